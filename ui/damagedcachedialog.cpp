#include "damagedcachedialog.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DamagedCacheDialog::DamagedCacheDialog(CacheRecovery::Diagnosis diagnosis, QWidget *parent)
    : QDialog(parent)
    , m_diagnosis(std::move(diagnosis))
{
    setObjectName(u"damagedCacheDialog"_s);
    setWindowTitle(tr("Steward — the local cache cannot be used"));

    m_icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    m_icon->setAlignment(Qt::AlignTop);

    m_title = new QLabel(this);
    m_title->setObjectName(u"titleLabel"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    if (bold.pointSizeF() > 0)
        bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_title->setText(m_diagnosis.problem == CacheRecovery::Problem::NewerSchema
                         ? tr("This cache belongs to a newer version of Steward")
                         : tr("The local cache is damaged"));

    m_message = new QLabel(this);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // paths and SQLite's words are never markup
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setText(m_diagnosis.message());
    m_message->setMinimumWidth(460);

    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_message);
    text->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_icon);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_fresh = buttons->addButton(tr("Set It Aside and Start &Fresh"), QDialogButtonBox::AcceptRole);
    m_fresh->setObjectName(u"startFreshButton"_s);
    m_fresh->setDefault(true);
    m_folder = buttons->addButton(tr("Show &Folder"), QDialogButtonBox::ActionRole);
    m_folder->setObjectName(u"showFolderButton"_s);
    m_quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    m_quit->setObjectName(u"quitButton"_s);
    m_continue = buttons->addButton(tr("&Continue"), QDialogButtonBox::ActionRole);
    m_continue->setObjectName(u"continueButton"_s);
    m_continue->hide();
    connect(m_fresh, &QPushButton::clicked, this, &DamagedCacheDialog::startFresh);
    connect(m_folder, &QPushButton::clicked, this, &DamagedCacheDialog::showFolder);
    connect(m_quit, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_continue, &QPushButton::clicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(buttons);
}

QString DamagedCacheDialog::messageText() const
{
    return m_message->text();
}

void DamagedCacheDialog::startFresh()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_outcome = CacheRecovery::startFresh(m_diagnosis);
    QApplication::restoreOverrideCursor();
    m_message->setText(m_outcome.message());
    m_fresh->hide();
    if (m_outcome.ok) {
        const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this).pixmap(size, size));
        m_title->setText(tr("A fresh cache is ready"));
        m_quit->hide();
        m_continue->show();
        m_continue->setDefault(true);
        m_continue->setFocus();
    } else {
        m_title->setText(tr("The cache could not be replaced"));
    }
    adjustSize();
}

void DamagedCacheDialog::showFolder()
{
    const QString file = m_outcome.asidePath.isEmpty() ? m_diagnosis.path : m_outcome.asidePath;
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(file).absolutePath()));
}
