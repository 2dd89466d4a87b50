#pragma once

#include "syncstate.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

class QThread;
class QTimer;
class Store;
class SyncEngine;

// The GUI's handle on syncing. Lives on the GUI thread; runs a SyncEngine on its own
// worker thread. Syncs on start, every interval, on syncNow() (F5) and when the network
// comes back (QNetworkInformation, or a /v1/health probe timer where no backend loads).
class SyncService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncService)
    Q_PROPERTY(SyncStatus::State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool online READ isOnline NOTIFY onlineChanged)
    Q_PROPERTY(QDateTime lastSuccessfulSync READ lastSuccessfulSync NOTIFY lastSuccessfulSyncChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY conflictCountChanged)
public:
    using State = SyncStatus::State;

    // `store` is the GUI thread's Store (counts, last sync); its file is what is synced.
    explicit SyncService(Store *store, QObject *parent = nullptr);
    ~SyncService() override;

    void setServerUrl(const QUrl &url, bool allowInsecure = false);
    void setAccessToken(const QString &token);
    // Seconds between periodic syncs; 0 turns periodic sync off. Default 300.
    void setSyncInterval(int seconds);
    int syncInterval() const { return m_intervalSeconds; }
    // Starts the worker (and a first sync when a token is set). Idempotent.
    void start();
    void stop();

    State state() const { return m_state; }
    bool isOnline() const { return m_online; }
    bool isSyncing() const { return m_state == State::Syncing; }
    QDateTime lastSuccessfulSync() const;
    int pendingCount() const;
    int conflictCount() const; // conflicts + rejected mutations waiting for the user
    QString lastMessage() const { return m_lastMessage; }

    // The user's answers to conflicts and refusals, each one transaction in the GUI
    // thread's cache (the counts follow through the store's notifier). keepMine re-queues
    // my change against the server's version and returns its new id (empty on failure);
    // it goes out with the next sync.
    QString keepMine(qint64 conflictId, QString *error = nullptr);
    bool takeTheirs(qint64 conflictId, QString *error = nullptr);
    bool dismissRejected(qint64 rejectedId, QString *error = nullptr);

public Q_SLOTS:
    void syncNow();
    void cancel();

Q_SIGNALS:
    void stateChanged(SyncStatus::State state);
    void progress(const QString &phase, qint64 done, qint64 total);
    void syncFinished(bool ok, const QString &message);
    void onlineChanged(bool online);
    void lastSuccessfulSyncChanged(const QDateTime &when);
    void pendingCountChanged(int count);
    void conflictCountChanged(int count);
    void authenticationRequired();

private:
    void ensureWorker();
    void setState(State state);
    void onEngineFinished(bool ok, const QString &message);
    void onOnline(bool online);
    void probe();
    void watchReachability();
    void refreshCounts();

    Store *m_store = nullptr;
    QThread *m_thread = nullptr;
    SyncEngine *m_engine = nullptr;
    QTimer *m_periodic = nullptr;
    QTimer *m_probeTimer = nullptr;
    QUrl m_url;
    bool m_allowInsecure = false;
    QString m_token;
    int m_intervalSeconds = 300;
    State m_state = State::Idle;
    bool m_online = true;
    bool m_started = false;
    int m_pending = -1;
    int m_conflicts = -1;
    QString m_lastMessage;
};
