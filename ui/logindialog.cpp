#include "logindialog.h"

#include "accountservice.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
bool isLoopback(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
}

LoginDialog::LoginDialog(AccountService *account, QWidget *parent)
    : QDialog(parent)
    , m_account(account)
{
    setObjectName(u"loginDialog"_s);
    setWindowTitle(tr("Log in to the community platform"));

    m_profileName = new QLineEdit(this);
    m_profileName->setObjectName(u"profileEdit"_s);
    m_server = new QLineEdit(this);
    m_server->setObjectName(u"serverEdit"_s);
    m_server->setPlaceholderText(tr("https://community.example.com"));
    m_username = new QLineEdit(this);
    m_username->setObjectName(u"usernameEdit"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_insecure = new QCheckBox(tr("Allow plain HTTP to a non-loopback host (insecure, on purpose)"), this);
    m_insecure->setObjectName(u"insecureCheck"_s);
    m_insecure->setToolTip(tr("Your password and token would cross the network unencrypted."));

    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText); // server text is never markup
    m_error->setStyleSheet(u"color: #c0392b;"_s);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Profile:"), m_profileName);
    form->addRow(tr("&Server URL:"), m_server);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_insecure);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"loginOkButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    for (QLineEdit *edit : {m_profileName, m_server, m_username, m_password})
        connect(edit, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);

    connect(m_account, &AccountService::loggedIn, this, [this] {
        setBusy(false);
        m_password->clear();
        QDialog::accept();
    });
    connect(m_account, &AccountService::loginFailed, this, [this](const QString &message) {
        setBusy(false);
        showError(message);
        m_password->selectAll();
        m_password->setFocus();
    });

    ConnectionProfile stored;
    if (const auto profile = m_account->profile())
        stored = *profile;
    setProfile(stored);
}

void LoginDialog::setProfile(const ConnectionProfile &profile)
{
    m_profileName->setText(profile.name.isEmpty() ? u"default"_s : profile.name);
    m_server->setText(profile.serverUrl.toString());
    m_username->setText(profile.username);
    m_insecure->setChecked(profile.insecure);
    (m_server->text().isEmpty() ? m_server : m_username->text().isEmpty() ? m_username : m_password)->setFocus();
    updateButtons();
}

ConnectionProfile LoginDialog::profile() const
{
    ConnectionProfile profile;
    if (const auto stored = m_account->profile())
        profile = *stored;
    profile.name = m_profileName->text().trimmed();
    profile.serverUrl = QUrl::fromUserInput(m_server->text().trimmed());
    profile.username = m_username->text().trimmed();
    profile.insecure = m_insecure->isChecked();
    return profile;
}

QString LoginDialog::validationError() const
{
    if (m_profileName->text().trimmed().isEmpty())
        return tr("Enter a profile name.");
    const QString serverText = m_server->text().trimmed();
    const QUrl url = QUrl::fromUserInput(serverText);
    if (serverText.isEmpty())
        return tr("Enter the server URL.");
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"https" && url.scheme() != u"http"))
        return tr("The server URL must start with https:// or http:// and name a host.");
    if (url.scheme() == u"http" && !isLoopback(url.host()) && !m_insecure->isChecked())
        return tr("Plain HTTP to %1 would send your password unencrypted. Use https://, or tick "
                  "the insecure option if you really mean it.").arg(url.host());
    if (m_username->text().trimmed().isEmpty())
        return tr("Enter your username.");
    if (m_password->text().isEmpty())
        return tr("Enter your password.");
    return {};
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginDialog::accept()
{
    if (m_account->isBusy())
        return;
    if (const QString problem = validationError(); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    m_error->hide();
    setBusy(true);
    m_account->login(profile(), m_password->text());
}

void LoginDialog::setBusy(bool busy)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_profileName, m_server, m_username, m_password, m_insecure})
        w->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setText(busy ? tr("Logging in…") : tr("Log in"));
}

void LoginDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void LoginDialog::updateButtons()
{
    // Once the user edits, an old error no longer describes the fields.
    if (!m_account->isBusy() && !m_error->isHidden() && sender() != nullptr)
        m_error->hide();
}
