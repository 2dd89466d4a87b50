#include "syncservice.h"

#include "store.h"
#include "storenotifier.h"
#include "syncengine.h"

#include <QNetworkInformation>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr int kProbeIntervalMs = 30000;
}

SyncService::SyncService(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_periodic(new QTimer(this))
    , m_probeTimer(new QTimer(this))
{
    qRegisterMetaType<SyncStatus::State>();
    m_periodic->setInterval(m_intervalSeconds * 1000);
    connect(m_periodic, &QTimer::timeout, this, &SyncService::syncNow);
    m_probeTimer->setInterval(kProbeIntervalMs);
    connect(m_probeTimer, &QTimer::timeout, this, &SyncService::probe);
    if (StoreNotifier *n = store ? store->notifier() : nullptr) {
        connect(n, &StoreNotifier::outboxChanged, this, &SyncService::refreshCounts);
        connect(n, &StoreNotifier::conflictsChanged, this, &SyncService::refreshCounts);
    }
}

SyncService::~SyncService()
{
    stop();
}

void SyncService::setServerUrl(const QUrl &url, bool allowInsecure)
{
    const bool changed = url != m_url || allowInsecure != m_allowInsecure;
    m_url = url;
    m_allowInsecure = allowInsecure;
    if (changed && m_thread) {
        // The engine was made for the old server: make a new one.
        stop();
        start();
    }
}

void SyncService::setAccessToken(const QString &token)
{
    m_token = token;
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, [engine = m_engine, token] { engine->setAccessToken(token); });
    if (!token.isEmpty() && m_state == State::AuthRequired)
        setState(State::Idle);
}

void SyncService::setSyncInterval(int seconds)
{
    m_intervalSeconds = std::max(0, seconds);
    m_periodic->setInterval(std::max(1, m_intervalSeconds) * 1000);
    if (m_intervalSeconds == 0)
        m_periodic->stop();
    else if (m_started)
        m_periodic->start();
}

void SyncService::start()
{
    if (m_started)
        return;
    m_started = true;
    ensureWorker();
    watchReachability();
    if (m_intervalSeconds > 0)
        m_periodic->start();
    refreshCounts();
    if (!m_token.isEmpty())
        syncNow();
}

void SyncService::stop()
{
    m_started = false;
    m_periodic->stop();
    m_probeTimer->stop();
    if (!m_thread)
        return;
    m_engine->requestCancel();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_engine = nullptr; // deleted on its thread when it finished
    if (m_state == State::Syncing)
        setState(State::Idle);
}

void SyncService::ensureWorker()
{
    if (m_thread || !m_store)
        return;
    SyncEngine::Options options;
    options.databasePath = m_store->filePath();
    options.serverUrl = m_url;
    options.allowInsecure = m_allowInsecure;
    m_thread = new QThread(this);
    m_thread->setObjectName(u"steward-sync"_s);
    m_engine = new SyncEngine(options, m_store->notifier());
    m_engine->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &SyncEngine::stateChanged, this, &SyncService::setState);
    connect(m_engine, &SyncEngine::progress, this, &SyncService::progress);
    connect(m_engine, &SyncEngine::finished, this, &SyncService::onEngineFinished);
    connect(m_engine, &SyncEngine::onlineChanged, this, &SyncService::onOnline);
    connect(m_engine, &SyncEngine::authenticationRequired, this, &SyncService::authenticationRequired);
    m_thread->start();
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, token = m_token] {
        QString error;
        if (!engine->open(&error))
            Q_EMIT engine->finished(false, error);
        engine->setAccessToken(token);
    });
}

void SyncService::syncNow()
{
    if (!m_started)
        start();
    if (!m_engine)
        return;
    if (m_token.isEmpty()) {
        setState(State::AuthRequired);
        Q_EMIT authenticationRequired();
        return;
    }
    if (m_state == State::Syncing)
        return; // the running sync picks up whatever is queued now at its next push
    setState(State::Syncing);
    QMetaObject::invokeMethod(m_engine, [engine = m_engine] { engine->runSync(); });
}

void SyncService::cancel()
{
    if (m_engine)
        m_engine->requestCancel();
}

void SyncService::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SyncService::onEngineFinished(bool ok, const QString &message)
{
    m_lastMessage = message;
    refreshCounts();
    if (ok)
        Q_EMIT lastSuccessfulSyncChanged(lastSuccessfulSync());
    Q_EMIT syncFinished(ok, message);
}

void SyncService::onOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online);
    // No reachability backend here: probe the server until it answers again.
    if (!online && !QNetworkInformation::instance())
        m_probeTimer->start();
    if (online) {
        m_probeTimer->stop();
        if (m_state == State::Offline)
            setState(State::Idle);
        syncNow();
    }
}

void SyncService::probe()
{
    if (m_engine && m_state != State::Syncing)
        QMetaObject::invokeMethod(m_engine, [engine = m_engine] { engine->probe(); });
}

void SyncService::watchReachability()
{
    if (!QNetworkInformation::instance()
        && !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return; // headless Linux: the probe timer covers it
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability r) {
                if (r == QNetworkInformation::Reachability::Online)
                    probe();
                else if (r == QNetworkInformation::Reachability::Disconnected)
                    onOnline(false);
            });
}

QDateTime SyncService::lastSuccessfulSync() const
{
    return m_store ? m_store->lastSuccessfulSync() : QDateTime();
}

int SyncService::pendingCount() const
{
    return m_store ? m_store->pendingCount() : 0;
}

int SyncService::conflictCount() const
{
    return m_store ? m_store->conflictCount() + m_store->rejectedCount() : 0;
}

QString SyncService::keepMine(qint64 conflictId, QString *error)
{
    return m_store ? m_store->keepMine(conflictId, error) : QString();
}

bool SyncService::takeTheirs(qint64 conflictId, QString *error)
{
    return m_store && m_store->takeTheirs(conflictId, error);
}

bool SyncService::dismissRejected(qint64 rejectedId, QString *error)
{
    return m_store && m_store->dismissRejected(rejectedId, error);
}

void SyncService::refreshCounts()
{
    const int pending = pendingCount();
    const int conflicts = conflictCount();
    if (pending != m_pending) {
        m_pending = pending;
        Q_EMIT pendingCountChanged(pending);
    }
    if (conflicts != m_conflicts) {
        m_conflicts = conflicts;
        Q_EMIT conflictCountChanged(conflicts);
    }
}
