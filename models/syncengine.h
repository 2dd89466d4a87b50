#pragma once

#include "apierror.h"
#include "syncstate.h"
#include "synctypes.h"

#include <QObject>
#include <QUrl>
#include <atomic>
#include <functional>
#include <utility>
#include <memory>

class ApiClient;
class ApiReply;
class Store;
class StoreNotifier;
class QNetworkAccessManager;

// Pushes the outbox and pulls the change feed into a Store. Works synchronously on the
// thread it lives on (SyncService gives it a worker thread; `steward sync` runs it
// directly): runSync() returns when the sync is over. Progress and results are signals.
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)
public:
    struct Options {
        QString databasePath;      // the cache file (the engine opens its own connection)
        QUrl serverUrl;
        bool allowInsecure = false;
        int pushBatch = 200;
        int changesPageSize = 2000;
        int snapshotPageSize = 20000;
        qint64 snapshotThreshold = 50000; // feed lag beyond which a snapshot is cheaper
        bool snapshotOnFirstSync = true;  // no cursor yet: snapshot (false: whole feed)
        int maxAttempts = 5;              // per request, with exponential backoff
        int baseBackoffMs = 500;
        int maxBackoffMs = 30000;
        int transferTimeoutMs = 30000;
    };
    struct Outcome {
        bool ok = false;
        ApiError error;        // why it failed (Kind::None when ok)
        QString message;       // human summary
        qint64 pushed = 0;
        qint64 pulled = 0;
        int conflicts = 0;     // conflicts left after this run
        int rejected = 0;      // rejected mutations left
    };

    explicit SyncEngine(Options options, StoreNotifier *notifier = nullptr, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Opens the engine's own Store connection. Call on the engine's thread.
    bool open(QString *error = nullptr);
    void setAccessToken(const QString &token);
    // Thread-safe: stops between pages/requests; the next sync resumes.
    void requestCancel() { m_cancel.store(true); }
    // Test hook: called after each pulled page is stored; return false to stop there
    // as if cancelled (simulates an interruption).
    void setPageHook(std::function<bool(const QString &phase, qint64 pages)> hook) { m_pageHook = std::move(hook); }

    // One full sync: push the outbox, then pull. Blocks (runs a local event loop).
    Outcome runSync();
    // GET /v1/health once; true when the server answered.
    bool probe();

Q_SIGNALS:
    void stateChanged(SyncStatus::State state);
    void progress(const QString &phase, qint64 done, qint64 total);
    void finished(bool ok, const QString &message);
    void authenticationRequired();
    void onlineChanged(bool online);

private:
    bool push(Outcome &out);
    bool pull(Outcome &out);
    bool pullSnapshot(Outcome &out, SyncCursor cursor);
    bool pullChanges(Outcome &out, qint64 since);
    bool fetchRejectedEntities(const QList<MutationResult> &results);
    // Sends the request `make` builds, retrying (backoff + jitter, Retry-After) while the
    // error is retryable; `accept` parses the reply and returns false for a bad one.
    // `sent`: the first attempt's request, already sent ahead (call() owns it).
    bool call(const std::function<ApiReply *()> &make,
              const std::function<bool(const QJsonObject &)> &accept, ApiError *error,
              const std::function<bool(const QByteArray &)> &acceptBody = {}, ApiReply *sent = nullptr);
    // A page asked for before it is needed; aborted and freed unless taken.
    struct Prefetch {
        ApiReply *reply = nullptr;
        Prefetch(ApiReply *r = nullptr) : reply(r) {}
        Prefetch(const Prefetch &) = delete;
        Prefetch &operator=(const Prefetch &) = delete;
        ~Prefetch() { drop(); }
        ApiReply *take() { return std::exchange(reply, nullptr); }
        void drop();
    };
    // body: when non-null, the reply's raw body (a reply set to setRawBody()).
    ApiError waitFor(ApiReply *reply, QJsonObject *json, QByteArray *body = nullptr);
    bool sleepCancellable(int ms);
    bool cancelled() const { return m_cancel.load(); }
    void setOnline(bool online);
    Outcome fail(Outcome out, const ApiError &error);

    Options m_options;
    StoreNotifier *m_notifier = nullptr;
    std::unique_ptr<Store> m_store;
    QNetworkAccessManager *m_nam = nullptr;
    ApiClient *m_api = nullptr;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
    qint64 m_targetSeq = 0;
    bool m_online = true;
    std::function<bool(const QString &, qint64)> m_pageHook;
};
