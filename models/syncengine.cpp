#include "syncengine.h"

#include "apiclient.h"
#include "store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SyncEngine", text);
}

ApiError badResponse(const QString &what)
{
    return ApiError(ApiError::Kind::BadResponse, what);
}
} // namespace

SyncEngine::SyncEngine(Options options, StoreNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_notifier(notifier)
{
}

SyncEngine::~SyncEngine() = default;

bool SyncEngine::open(QString *error)
{
    m_store = std::make_unique<Store>(m_notifier);
    if (!m_store->open(m_options.databasePath, error))
        return false;
    m_nam = new QNetworkAccessManager(this);
    m_api = new ApiClient(m_nam, this);
    m_api->setBaseUrl(m_options.serverUrl);
    m_api->setAllowInsecure(m_options.allowInsecure);
    m_api->setTransferTimeout(m_options.transferTimeoutMs);
    return true;
}

void SyncEngine::setAccessToken(const QString &token)
{
    if (m_api)
        m_api->setAccessToken(token);
}

void SyncEngine::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online);
}

ApiError SyncEngine::waitFor(ApiReply *reply, QJsonObject *json, QByteArray *body)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        connect(reply, &ApiReply::finished, &loop, &QEventLoop::quit);
        // Cancellation is a flag set from another thread: poll it and abort the request.
        QTimer poll;
        connect(&poll, &QTimer::timeout, reply, [this, reply] {
            if (cancelled())
                reply->abort();
        });
        poll.start(50);
        loop.exec();
    }
    ApiError error = reply->isFinished() ? reply->error() : ApiError(ApiError::Kind::Cancelled);
    if (!error && json)
        *json = reply->json();
    if (!error && body)
        *body = reply->body();
    reply->deleteLater();
    return error;
}

void SyncEngine::Prefetch::drop()
{
    if (ApiReply *r = take()) {
        r->abort();
        r->deleteLater();
    }
}

bool SyncEngine::sleepCancellable(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        if (cancelled())
            return false;
        QThread::msleep(std::min<qint64>(50, ms - timer.elapsed()));
    }
    return !cancelled();
}

bool SyncEngine::call(const std::function<ApiReply *()> &make,
                      const std::function<bool(const QJsonObject &)> &accept, ApiError *error,
                      const std::function<bool(const QByteArray &)> &acceptBody, ApiReply *sent)
{
    for (int attempt = 1;; ++attempt) {
        if (cancelled()) {
            Prefetch{sent}.drop();
            *error = ApiError(ApiError::Kind::Cancelled);
            return false;
        }
        // The first attempt may have been sent ahead (the next page of a pull); retries
        // always build a fresh request.
        ApiReply *reply = sent ? std::exchange(sent, nullptr) : make();
        QJsonObject json;
        QByteArray body;
        ApiError e;
        if (acceptBody) {
            reply->setRawBody(true);
            e = waitFor(reply, nullptr, &body);
        } else {
            e = waitFor(reply, &json);
        }
        if (!e && !(acceptBody ? acceptBody(body) : accept(json)))
            e = badResponse(tr("unexpected fields or types"));
        if (e.kind() == ApiError::Kind::Network || e.kind() == ApiError::Kind::Timeout)
            setOnline(false);
        else if (e.kind() != ApiError::Kind::Cancelled)
            setOnline(true);
        if (!e)
            return true;
        if (!e.retryable() || attempt >= m_options.maxAttempts) {
            *error = e;
            return false;
        }
        // Exponential backoff with full jitter; the server's Retry-After wins.
        int delay = std::min(m_options.maxBackoffMs, m_options.baseBackoffMs << std::min(attempt - 1, 16));
        delay = delay / 2 + int(QRandomGenerator::global()->bounded(delay / 2 + 1));
        if (e.retryAfterSeconds() >= 0)
            delay = std::max(delay / 4, e.retryAfterSeconds() * 1000);
        Q_EMIT progress(tr("Retrying: %1").arg(e.message()), attempt, m_options.maxAttempts);
        if (!sleepCancellable(delay)) {
            *error = ApiError(ApiError::Kind::Cancelled);
            return false;
        }
    }
}

bool SyncEngine::probe()
{
    if (!m_api)
        return false;
    const ApiError e = waitFor(m_api->health(), nullptr);
    const bool reachable = !e || (e.kind() != ApiError::Kind::Network && e.kind() != ApiError::Kind::Timeout);
    setOnline(reachable);
    return reachable;
}

SyncEngine::Outcome SyncEngine::fail(Outcome out, const ApiError &error)
{
    out.ok = false;
    out.error = error;
    out.message = error.message();
    return out;
}

SyncEngine::Outcome SyncEngine::runSync()
{
    Outcome out;
    if (m_running || !m_store) {
        out.message = m_running ? tr("A sync is already running.") : tr("The local cache is not open.");
        return out;
    }
    m_running = true;
    m_cancel.store(false);
    Q_EMIT stateChanged(SyncStatus::State::Syncing);
    const qint64 run = m_store->beginSyncRun();
    ApiError error;
    if (m_api->accessToken().isEmpty())
        error = ApiError(ApiError::Kind::Unauthorized, tr("not logged in"));
    else if (push(out))
        pull(out);
    error = out.error.isError() ? out.error : error;
    out.conflicts = m_store->conflictCount();
    out.rejected = m_store->rejectedCount();
    if (error) {
        out = fail(out, error);
        // Retried with backoff and still failing: say that the run stopped, and that the
        // changes wait (a bare "the server had a problem" reads as if something was lost).
        if (error.retryable())
            out.message = tr("The sync stopped after %n attempt(s): %1 Your changes are kept and go out with the "
                             "next sync.", nullptr, m_options.maxAttempts).arg(error.message());
    } else {
        out.ok = true;
        out.message = tr("Synced: %Ln change(s) sent, %L1 received.", nullptr, int(qMin<qint64>(out.pushed, INT_MAX)))
                          .arg(out.pulled);
        // Each count with its own noun; the sentence names only what is there.
        QStringList waiting;
        if (out.conflicts > 0)
            waiting << tr("%Ln conflict(s)", nullptr, out.conflicts);
        if (out.rejected > 0)
            waiting << tr("%Ln refused change(s)", nullptr, out.rejected);
        if (!waiting.isEmpty())
            out.message += u" "_s + tr("Waiting for your decision: %1.")
                                       .arg(waiting.size() == 2 ? tr("%1 and %2").arg(waiting.at(0), waiting.at(1))
                                                                : waiting.at(0));
    }
    m_store->finishSyncRun(run, out.ok, out.pushed, out.pulled, out.ok ? QString() : out.message);
    m_running = false;
    using S = SyncStatus::State;
    const auto kind = out.error.kind();
    if (kind == ApiError::Kind::Unauthorized)
        Q_EMIT authenticationRequired();
    Q_EMIT stateChanged(kind == ApiError::Kind::Unauthorized ? S::AuthRequired
                        : (kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout) ? S::Offline
                                                                                              : S::Idle);
    Q_EMIT finished(out.ok, out.message);
    return out;
}

bool SyncEngine::push(Outcome &out)
{
    const int total = m_store->pendingCount();
    while (true) {
        const QList<OutboxEntry> entries = m_store->pendingMutations(m_options.pushBatch);
        if (entries.isEmpty())
            return true;
        Q_EMIT progress(tr("Sending changes"), out.pushed, total);
        QList<Mutation> batch;
        QStringList ids;
        for (const OutboxEntry &e : entries) {
            batch.append(e.mutation);
            ids.append(e.mutation.id);
        }
        QList<MutationResult> results;
        const auto accept = [&](const QJsonObject &o) {
            results.clear();
            const QJsonArray list = o.value(u"results"_s).toArray();
            for (const QJsonValue &v : list) {
                auto r = MutationResult::fromJson(v.toObject());
                if (!r)
                    return false;
                results.append(*r);
            }
            return results.size() == batch.size();
        };
        ApiError error;
        if (!call([&] { return m_api->postMutations(batch); }, accept, &error)) {
            // A refused token says nothing about the changes: leave them untouched.
            if (error.kind() != ApiError::Kind::Unauthorized && error.kind() != ApiError::Kind::Cancelled)
                m_store->recordAttempt(ids, error.message());
            out.error = error;
            return false;
        }
        QString why;
        if (!m_store->recordResults(results, &why)) {
            out.error = ApiError(ApiError::Kind::Local, why);
            return false;
        }
        out.pushed += results.size();
        fetchRejectedEntities(results);
        const QList<OutboxEntry> head = m_store->pendingMutations(1);
        if (!head.isEmpty() && head.constFirst().mutation.id == ids.constFirst())
            return true; // the batch did not leave the outbox: do not loop forever
    }
}

bool SyncEngine::fetchRejectedEntities(const QList<MutationResult> &results)
{
    // The rejected effect was undone locally; the server's copy makes sure of it.
    for (const MutationResult &r : results) {
        if (r.status != MutationResult::Status::Rejected || r.entity.isEmpty())
            continue;
        std::optional<EntityState> state;
        ApiError error;
        const auto accept = [&](const QJsonObject &o) { return (state = EntityState::fromJson(o)).has_value(); };
        if (call([&] { return m_api->entity(r.entity, r.entityId); }, accept, &error))
            m_store->applyEntityState(*state);
    }
    return true;
}

bool SyncEngine::pull(Outcome &out)
{
    std::optional<HealthInfo> health;
    ApiError error;
    if (!call([&] { return m_api->health(); },
              [&](const QJsonObject &o) { return (health = HealthInfo::fromJson(o)).has_value(); }, &error)) {
        out.error = error;
        return false;
    }
    m_targetSeq = health->seq;
    const SyncCursor cursor = m_store->syncCursor();
    const bool resumeSnapshot = !cursor.snapshotCursor.isEmpty();
    const bool firstSync = !cursor.hasFeedCursor();
    const bool farBehind = cursor.hasFeedCursor() && health->seq - cursor.feedSince > m_options.snapshotThreshold;
    if (resumeSnapshot || (firstSync && m_options.snapshotOnFirstSync) || farBehind) {
        if (!pullSnapshot(out, cursor))
            return false;
    }
    return pullChanges(out, std::max<qint64>(0, m_store->syncCursor().feedSince));
}

bool SyncEngine::pullSnapshot(Outcome &out, SyncCursor cursor)
{
    QString next = cursor.snapshotCursor;
    qint64 pages = 0;
    Prefetch ahead;
    for (;;) {
        std::optional<SnapshotPage> page;
        ApiError error;
        const auto accept = [&](const QJsonObject &o) { return (page = SnapshotPage::fromJson(o)).has_value(); };
        // Pages of up to 50k rows: parsed by simdjson and bound cell by cell, no QJsonValue tree.
        const auto acceptBody = [&](const QByteArray &body) {
            if (!(page = SnapshotPage::fromBody(body)))
                return false;
            // Ask for the next page at once: the server reads and sends it while this one
            // is written to the cache, instead of both waiting on each other in turn.
            if (page->hasMore && !cancelled()) {
                ahead.reply = m_api->snapshot(page->nextCursor, m_options.snapshotPageSize);
                ahead.reply->setRawBody(true);
            }
            return true;
        };
        if (!call([&] { return m_api->snapshot(next, m_options.snapshotPageSize); }, accept, &error, acceptBody,
                  ahead.take())) {
            out.error = error;
            return false;
        }
        QString why;
        if (!m_store->applySnapshotPage(*page, &why)) {
            out.error = ApiError(ApiError::Kind::Local, why);
            return false;
        }
        out.pulled += page->rowCount;
        ++pages;
        Q_EMIT progress(tr("Downloading %1").arg(page->entity), out.pulled, 0);
        if (!page->hasMore)
            return true;
        next = page->nextCursor;
        if (cancelled() || (m_pageHook && !m_pageHook(u"snapshot"_s, pages))) {
            out.error = ApiError(ApiError::Kind::Cancelled);
            return false;
        }
    }
}

bool SyncEngine::pullChanges(Outcome &out, qint64 since)
{
    const qint64 start = since;
    qint64 pages = 0;
    Prefetch ahead;
    for (;;) {
        std::optional<ChangesPage> page;
        ApiError error;
        const auto accept = [&](const QJsonObject &o) {
            if (!(page = ChangesPage::fromJson(o)))
                return false;
            if (page->hasMore && !cancelled()) // the next page travels while this one is applied
                ahead.reply = m_api->changes(page->nextSince, m_options.changesPageSize);
            return true;
        };
        if (!call([&] { return m_api->changes(since, m_options.changesPageSize); }, accept, &error, {}, ahead.take())) {
            out.error = error;
            return false;
        }
        QString why;
        if (!m_store->applyChangesPage(*page, &why)) {
            out.error = ApiError(ApiError::Kind::Local, why);
            return false;
        }
        out.pulled += page->changes.size();
        ++pages;
        since = page->nextSince;
        Q_EMIT progress(tr("Receiving changes"), since - start, std::max<qint64>(since, m_targetSeq) - start);
        if (!page->hasMore)
            return true;
        if (cancelled() || (m_pageHook && !m_pageHook(u"changes"_s, pages))) {
            out.error = ApiError(ApiError::Kind::Cancelled);
            return false;
        }
    }
}
