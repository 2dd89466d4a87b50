#include "authoractiondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AuthorActionDialog::AuthorActionDialog(Mode mode, const QString &authorName, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    setObjectName(mode == Mode::Mute ? u"muteDialog"_s : u"banDialog"_s);
    setWindowTitle(mode == Mode::Mute ? tr("Mute %1").arg(authorName) : tr("Ban %1").arg(authorName));
    auto *form = new QFormLayout;
    if (mode == Mode::Mute) {
        m_duration = new QComboBox(this);
        m_duration->setObjectName(u"muteDuration"_s);
        for (const auto &[hours, text] : {std::pair{1, tr("1 hour")}, std::pair{24, tr("1 day")},
                                          std::pair{72, tr("3 days")}, std::pair{168, tr("7 days")},
                                          std::pair{720, tr("30 days")}})
            m_duration->addItem(text, hours);
        m_duration->setCurrentIndex(1);
        form->addRow(tr("Mute for"), m_duration);
    }
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"authorActionReason"_s);
    m_reason->setPlaceholderText(mode == Mode::Mute ? tr("Optional; the member sees it")
                                                    : tr("Required; the member sees it"));
    form->addRow(tr("Reason"), m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(mode == Mode::Mute ? tr("Mute") : tr("Ban"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    if (mode == Mode::Ban) {
        auto *warning = new QLabel(tr("A ban removes %1 from the community until a manager or moderator "
                                      "lifts it.").arg(authorName), this);
        warning->setWordWrap(true);
        layout->addWidget(warning);
        ok->setEnabled(false);
        connect(m_reason, &QLineEdit::textChanged, ok, [ok](const QString &t) { ok->setEnabled(!t.trimmed().isEmpty()); });
    }
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QDateTime AuthorActionDialog::mutedUntil() const
{
    return QDateTime::currentDateTimeUtc().addSecs(qint64(muteHours()) * 3600);
}

int AuthorActionDialog::muteHours() const
{
    return m_duration ? m_duration->currentData().toInt() : 0;
}

void AuthorActionDialog::setMuteHours(int hours)
{
    if (m_duration)
        m_duration->setCurrentIndex(qMax(0, m_duration->findData(hours)));
}

QString AuthorActionDialog::reason() const
{
    return m_reason->text().trimmed();
}

void AuthorActionDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}
