// A sync of a large offline outbox through a hostile server (steward-platform --faults):
// 500s, 429s with Retry-After, delays, dropped connections (before a byte, after the
// header, mid-body), truncated bodies and malformed JSON, on every route the console uses
// (the snapshot, the feed, the batch push, entity fetches, health). SyncService is driven
// the way the GUI drives it (syncNow, its worker thread, its signals) until it converges.
// Then, with the faults off:
//   - every change is on the server exactly once (ledger entries, balances, decisions,
//     campaigns at version 1, one audit entry per mutation id — a batch whose answer was
//     lost after it was applied came back as 'duplicate', never applied twice);
//   - the cache equals the server (cursor, every entity's row count, versions and fields
//     of everything the outbox touched, the ledger);
//   - every failure reached the user as a sentence: SyncService's messages, the sync log
//     (Store::syncRuns) and the retry progress lines, never raw bodies or codes alone.
//
// STEWARD_FAULTS overrides the fault SPEC; the seed in it makes the server's sequence of
// faults repeatable.

#include "outboxplan.h"
#include "store.h"
#include "storenotifier.h"
#include "syncservice.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMembers = 1500;
constexpr int kAwards = 1500;
constexpr int kDecisions = 120;
constexpr int kCampaigns = 40;
constexpr int kMaxRuns = 40; // syncs allowed to fail before the test gives up
const QString kDefaultFaults =
    u"500=0.1,delay=0.1:200ms,drop=0.05,truncate=0.05,429=0.05,malformed=0.05,seed=7"_s;
} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstSyncThroughFaults();
    void largeOutboxThroughFaults();
    void serverHasEveryChangeExactlyOnce();
    void cacheEqualsServer();
    void errorsAreSentences();
    void cleanupTestCase();

private:
    // syncNow() until a sync ends ok with an empty outbox; false after kMaxRuns failures.
    bool syncUntilConverged(const char *what);
    bool readServerFaultFree(ServerState &state, QString *why);

    TestServer m_server;
    QTemporaryDir m_dir;
    QString m_token;
    QString m_faults;
    std::unique_ptr<StoreNotifier> m_notifier;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SyncService> m_sync;
    OutboxPlan m_plan{u"syncfaults"_s};
    QStringList m_failures;  // SyncService::syncFinished(false, message)
    QStringList m_retries;   // progress phases "Retrying: ..."
    bool m_synced = false;
    bool m_pushed = false;
    QElapsedTimer m_clock;
};

bool TestSyncFaults::syncUntilConverged(const char *what)
{
    QElapsedTimer timer;
    timer.start();
    int failures = 0;
    for (int run = 1; run <= kMaxRuns; ++run) {
        QSignalSpy finished(m_sync.get(), &SyncService::syncFinished);
        m_sync->syncNow();
        if (!finished.wait(90000)) {
            qWarning("%s: sync %d did not finish in 90 s", what, run);
            return false;
        }
        const bool ok = finished.constFirst().at(0).toBool();
        const QString message = finished.constFirst().at(1).toString();
        if (!ok) {
            ++failures;
            m_failures << message;
            qInfo("%s: sync %d failed: %s", what, run, qPrintable(message));
            continue;
        }
        if (m_store->pendingCount() == 0) {
            qInfo("%s: converged after %d sync(s) (%d failed) in %lld ms: %s", what, run, failures, timer.elapsed(),
                  qPrintable(message));
            return true;
        }
    }
    return false;
}

bool TestSyncFaults::readServerFaultFree(ServerState &state, QString *why)
{
    const TestHttp http(m_server.url());
    return readServer(http, m_token, state, why);
}

void TestSyncFaults::initTestCase()
{
    m_clock.start();
    QVERIFY(m_dir.isValid());
    m_faults = qEnvironmentVariableIsSet("STEWARD_FAULTS") ? qEnvironmentVariable("STEWARD_FAULTS") : kDefaultFaults;
    qInfo("syncfaults: --faults %s", qPrintable(m_faults));
    // Seed without faults, take the baseline and a token, then restart with the faults
    // on the same database (tokens live in it).
    const QString started = m_server.start({u"--rate-limit"_s, u"0"_s}, kMembers);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const TestHttp http(m_server.url());
    m_token = http.login(u"manager"_s);
    QVERIFY(!m_token.isEmpty());
    ServerState baseline;
    QString why;
    QVERIFY2(readServer(http, m_token, baseline, &why), qPrintable(why));
    QCOMPARE(baseline.live(u"member"_s), kMembers);
    m_plan.recordBaseline(baseline);
    const QString restarted = m_server.restart({u"--faults"_s, m_faults});
    QVERIFY2(restarted.isEmpty(), qPrintable(restarted));

    m_notifier = std::make_unique<StoreNotifier>();
    m_store = std::make_unique<Store>(m_notifier.get());
    QString error;
    QVERIFY2(m_store->open(Store::cacheFilePath(m_dir.path()), &error), qPrintable(error));
    ConnectionProfile profile;
    profile.name = u"default"_s;
    profile.serverUrl = m_server.url();
    profile.username = u"manager"_s;
    profile.role = u"manager"_s;
    QVERIFY2(m_store->saveProfile(profile, &error), qPrintable(error));

    m_sync = std::make_unique<SyncService>(m_store.get());
    m_sync->setSyncInterval(0);
    m_sync->setServerUrl(m_server.url());
    m_sync->setAccessToken(m_token);
    connect(m_sync.get(), &SyncService::progress, this, [this](const QString &phase) {
        if (phase.startsWith(u"Retrying"_s))
            m_retries << phase;
    });
    qInfo("syncfaults: set-up took %lld ms", m_clock.elapsed());
}

void TestSyncFaults::firstSyncThroughFaults()
{
    // The snapshot pages (parsed by simdjson), then the feed: malformed and truncated
    // bodies must be refused as a whole page, never half stored.
    QVERIFY(syncUntilConverged("first sync"));
    QCOMPARE(m_store->count(u"member"_s), kMembers);
    m_synced = true;
}

void TestSyncFaults::largeOutboxThroughFaults()
{
    QVERIFY(m_synced);
    // Offline: the user works; everything goes to the outbox (optimistic effects).
    std::mt19937 rng(20261120);
    QElapsedTimer timer;
    timer.start();
    const QString error = m_plan.enqueue(*m_store, kAwards, kDecisions, kCampaigns, rng);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const int queued = m_store->pendingCount();
    QCOMPARE(queued, int(m_plan.mutationIds().size()));
    qInfo("syncfaults: %d mutations queued offline in %lld ms", queued, timer.elapsed());
    // Back online: push in batches and pull what the pushes produced, through the faults.
    QVERIFY(syncUntilConverged("outbox sync"));
    m_pushed = true;
}

void TestSyncFaults::serverHasEveryChangeExactlyOnce()
{
    QVERIFY(m_pushed);
    // The faults are off from here: the checks must not be faulted themselves.
    m_sync->stop();
    const QString restarted = m_server.restart();
    QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
    ServerState server;
    QString why;
    QVERIFY2(readServerFaultFree(server, &why), qPrintable(why));
    const QString diff = m_plan.checkServer(server);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    qInfo("syncfaults: server: %lld mutations applied exactly once", qint64(m_plan.mutationIds().size()));
}

void TestSyncFaults::cacheEqualsServer()
{
    QVERIFY(m_pushed);
    ServerState server;
    QString why;
    QVERIFY2(readServerFaultFree(server, &why), qPrintable(why));
    const QString diff = m_plan.checkCache(*m_store, server);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestSyncFaults::errorsAreSentences()
{
    QVERIFY(m_pushed);
    // The faults must have been felt, or this test proves nothing.
    qInfo("syncfaults: %lld failed sync(s), %lld retries", qint64(m_failures.size()), qint64(m_retries.size()));
    QVERIFY2(m_failures.size() + m_retries.size() >= 5, "the faults were hardly noticed: is --faults on?");
    // A sentence: starts with a capital letter, ends with a full stop or a closing
    // parenthesis, carries no raw body (problem JSON, injected HTML) and no bare code.
    static const QRegularExpression sentence(u"^[A-Z][^<>{}]*[.)]$"_s);
    const auto check = [](const QString &text, const char *where) {
        if (!sentence.match(text).hasMatch() || text.size() > 600)
            return u"%1 is not a sentence for a person: \"%2\""_s.arg(QLatin1StringView(where), text);
        return QString();
    };
    for (const QString &m : std::as_const(m_failures)) {
        const QString bad = check(m, "a failed sync's message");
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
    }
    for (const QString &phase : std::as_const(m_retries)) {
        const QString bad = check(phase.mid(phase.indexOf(u':') + 2), "a retry line");
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
    }
    // The sync log (the Sync view's table): every failed run with its sentence, the last
    // run a success.
    const QList<SyncRunRecord> runs = m_store->syncRuns(200);
    QVERIFY(!runs.isEmpty());
    QVERIFY(runs.constFirst().ok);
    int failedRuns = 0;
    for (const SyncRunRecord &r : runs) {
        if (r.ok || !r.finishedAt.isValid())
            continue;
        ++failedRuns;
        const QString bad = check(r.error, "the sync log's error");
        QVERIFY2(bad.isEmpty(), qPrintable(bad));
    }
    QCOMPARE(failedRuns, int(m_failures.size()));
    // Each distinct wording once in the log, for the report.
    QStringList distinct;
    for (const QString &m : std::as_const(m_failures) + m_retries)
        if (!distinct.contains(m.section(u" ("_s, 0, 0)))
            distinct << m.section(u" ("_s, 0, 0);
    for (const QString &m : std::as_const(distinct))
        qInfo("syncfaults: shown: %s", qPrintable(m));
}

void TestSyncFaults::cleanupTestCase()
{
    if (m_sync)
        m_sync->stop();
    qInfo("syncfaults: whole test %lld ms", m_clock.elapsed());
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
