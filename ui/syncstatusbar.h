#pragma once

#include "panecontext.h"

#include <QStatusBar>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

// The always-visible facts: online or not, last successful sync, pending changes,
// conflicts (a click opens the Sync view), sync progress with Cancel, who is signed in,
// and a "Log in" button when no token is at hand.
class SyncStatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusBar)
public:
    explicit SyncStatusBar(const PaneContext &context, QWidget *parent = nullptr);

    // Re-reads everything from the services (also after a log-in or log-out).
    void refresh();

Q_SIGNALS:
    void conflictsClicked();
    void loginRequested();

protected:
    // A language switch: the texts change in place, the sync's progress stays.
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateOnline();
    void updateLastSync();
    void updatePending(int count);
    void updateConflicts(int count);
    void updateSyncing();
    void updateUser();
    void showProgress(const QString &phase, qint64 done, qint64 total);
    void onFinished(bool ok, const QString &message);

    PaneContext m_context;
    QLabel *m_online = nullptr;
    QLabel *m_lastSync = nullptr;
    QLabel *m_pending = nullptr;
    QToolButton *m_conflicts = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QLabel *m_user = nullptr;
    QToolButton *m_login = nullptr;
    QTimer *m_clock = nullptr;
};
