#include "syncstatusbar.h"

#include "accountservice.h"
#include "displaynames.h"
#include "relativetime.h"
#include "syncservice.h"
#include "localeformat.h"

#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QLabel *makeLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setContentsMargins(6, 0, 6, 0);
    // Usernames come from the server: never let one be read as markup.
    label->setTextFormat(Qt::PlainText);
    return label;
}
}

SyncStatusBar::SyncStatusBar(const PaneContext &context, QWidget *parent)
    : QStatusBar(parent)
    , m_context(context)
{
    setObjectName(u"statusBar"_s);
    m_online = makeLabel(u"onlineLabel"_s, this);
    m_online->setTextFormat(Qt::RichText); // the coloured dot; the text is ours
    m_lastSync = makeLabel(u"lastSyncLabel"_s, this);
    m_pending = makeLabel(u"pendingLabel"_s, this);

    m_conflicts = new QToolButton(this);
    m_conflicts->setObjectName(u"conflictsButton"_s);
    m_conflicts->setAutoRaise(true);
    m_conflicts->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(false);
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(u"cancelSyncButton"_s);

    m_user = makeLabel(u"userLabel"_s, this);
    m_login = new QToolButton(this);
    m_login->setObjectName(u"loginButton"_s);
    m_login->setIcon(QIcon(u":/icons/user.svg"_s));
    m_login->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    addPermanentWidget(m_progress);
    addPermanentWidget(m_cancel);
    addPermanentWidget(m_online);
    addPermanentWidget(m_lastSync);
    addPermanentWidget(m_pending);
    addPermanentWidget(m_conflicts);
    addPermanentWidget(m_user);
    addPermanentWidget(m_login);

    connect(m_conflicts, &QToolButton::clicked, this, &SyncStatusBar::conflictsClicked);
    connect(m_login, &QToolButton::clicked, this, &SyncStatusBar::loginRequested);
    connect(m_cancel, &QToolButton::clicked, m_context.sync, &SyncService::cancel);

    SyncService *sync = m_context.sync;
    connect(sync, &SyncService::onlineChanged, this, &SyncStatusBar::updateOnline);
    connect(sync, &SyncService::stateChanged, this, [this] {
        updateOnline();
        updateSyncing();
    });
    connect(sync, &SyncService::lastSuccessfulSyncChanged, this, &SyncStatusBar::updateLastSync);
    connect(sync, &SyncService::pendingCountChanged, this, &SyncStatusBar::updatePending);
    connect(sync, &SyncService::conflictCountChanged, this, &SyncStatusBar::updateConflicts);
    connect(sync, &SyncService::progress, this, &SyncStatusBar::showProgress);
    connect(sync, &SyncService::syncFinished, this, &SyncStatusBar::onFinished);

    AccountService *account = m_context.account;
    connect(account, &AccountService::loggedIn, this, &SyncStatusBar::refresh);
    connect(account, &AccountService::loggedOut, this, &SyncStatusBar::refresh);
    connect(account, &AccountService::sessionRestored, this, &SyncStatusBar::refresh);
    connect(account, &AccountService::accessTokenChanged, this, &SyncStatusBar::refresh);

    // "5 min ago" has to age even when nothing happens.
    m_clock = new QTimer(this);
    m_clock->setInterval(30 * 1000);
    connect(m_clock, &QTimer::timeout, this, &SyncStatusBar::updateLastSync);
    m_clock->start();

    retranslate();
}

void SyncStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QStatusBar::changeEvent(event);
}

void SyncStatusBar::retranslate()
{
    m_conflicts->setToolTip(tr("Show the conflicts in the Sync view"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop this sync; nothing is lost, the next sync resumes"));
    m_login->setText(tr("Log in"));
    refresh();
}

void SyncStatusBar::refresh()
{
    updateOnline();
    updateLastSync();
    updatePending(m_context.sync->pendingCount());
    updateConflicts(m_context.sync->conflictCount());
    updateSyncing();
    updateUser();
}

void SyncStatusBar::updateOnline()
{
    // Without a token the console does not talk to the server at all: working from the
    // cache is "offline" as far as the user is concerned.
    const SyncService *sync = m_context.sync;
    const bool online = m_context.account->isLoggedIn() && sync->isOnline()
            && sync->state() != SyncStatus::State::Offline;
    const QString icon = online ? u":/icons/online.svg"_s : u":/icons/offline.svg"_s;
    const int size = fontMetrics().height() * 2 / 3;
    m_online->setText(u"<img src=\"%1\" width=\"%2\" height=\"%2\"> %3"_s
                              .arg(icon, QString::number(size),
                                   online ? tr("Online") : tr("Offline")));
    m_online->setToolTip(online ? tr("Connected to the platform")
                                : tr("Working from the local cache; changes wait in the outbox"));
}

void SyncStatusBar::updateLastSync()
{
    const QDateTime when = m_context.sync->lastSuccessfulSync();
    m_lastSync->setText(tr("Last sync: %1").arg(RelativeTime::describe(when)));
    m_lastSync->setToolTip(when.isValid() ? LocaleFormat::dateTime(when.toLocalTime(), QLocale::LongFormat)
                                          : tr("This cache has never been synced"));
}

void SyncStatusBar::updatePending(int count)
{
    m_pending->setText(tr("Pending: %1").arg(QLocale().toString(qMax(0, count))));
    m_pending->setToolTip(tr("Changes made here that the server has not confirmed yet"));
}

void SyncStatusBar::updateConflicts(int count)
{
    count = qMax(0, count);
    m_conflicts->setText(tr("Conflicts: %1").arg(QLocale().toString(count)));
    m_conflicts->setIcon(count > 0 ? QIcon(u":/icons/conflict.svg"_s) : QIcon());
    // Red only when something waits for a decision, so it catches the eye then only.
    m_conflicts->setStyleSheet(count > 0 ? u"QToolButton { color: #c0392b; font-weight: bold; }"_s
                                         : QString());
}

void SyncStatusBar::updateSyncing()
{
    const bool syncing = m_context.sync->isSyncing();
    m_progress->setVisible(syncing);
    m_cancel->setVisible(syncing);
    if (syncing && m_progress->maximum() != 0 && m_progress->value() <= 0)
        m_progress->setRange(0, 0);
}

void SyncStatusBar::showProgress(const QString &phase, qint64 done, qint64 total)
{
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    if (total > 0) {
        // QProgressBar holds an int; scale so a million-row snapshot still fits.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
    } else {
        m_progress->setRange(0, 0);
    }
    const QLocale locale;
    m_progress->setToolTip(total > 0 ? tr("%1: %2 of %3").arg(phase, locale.toString(done), locale.toString(total))
                                     : tr("%1: %2").arg(phase, locale.toString(done)));
}

void SyncStatusBar::onFinished(bool ok, const QString &message)
{
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    refresh();
    if (!message.isEmpty())
        showMessage(message, ok ? 5000 : 15000);
    else if (ok)
        showMessage(tr("Sync finished"), 5000);
}

void SyncStatusBar::updateUser()
{
    const AccountService *account = m_context.account;
    const QString user = account->username();
    if (user.isEmpty()) {
        m_user->setText(tr("Not signed in"));
    } else {
        const QString role = account->role();
        m_user->setText(role.isEmpty() ? user : tr("%1 (%2)").arg(user, DisplayNames::role(role)));
    }
    m_user->setToolTip(account->isLoggedIn() ? tr("Signed in") : tr("No session: the cache is read and changes are queued"));
    m_login->setVisible(!account->isLoggedIn());
}
