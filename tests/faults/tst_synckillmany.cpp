// SIGKILL a real `steward sync` at random points, many times, over ONE large push and
// ONE large pull: the console's big offline outbox (awards, claim-then-decide pairs,
// campaign creates) goes up in batches, and what it produced plus another manager's
// thousands of concurrent awards come down in change-feed pages. Run after run is killed
// at a random point of its work (seeded: STEWARD_SYNCKILLMANY_SEED replays a run) — nine
// in the push phase, seven in the pull — and the next one must finish. After every kill:
//   - the cache opens (no damage) and the outbox is exactly the unacknowledged tail of
//     what was queued, in order — nothing lost, nothing skipped;
//   - every mutation that left the outbox is on the server, and none twice (the audit
//     log: one entry per mutation id); the ones applied but still queued (their answer
//     died with the process) are re-sent later and must come back as duplicates;
//   - the cached ledger shows every award exactly once;
//   - the feed cursor never moves backwards, and never past what the server has.
// At the end the server holds every change exactly once and the cache equals the server.
// tst_synckill (tests/integration) covers kills over a push; this one spans push and pull.

#include "outboxplan.h"
#include "store.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <QFile>

#include <csignal>
#include <functional>
#include <sqlite3.h>
#include <random>
#include <sys/types.h>

using namespace Qt::StringLiterals;

#ifndef STEWARD_BIN
#error "STEWARD_BIN must name the built steward executable"
#endif

namespace {
constexpr qint64 kMembers = 1500;
constexpr int kAwards = 1500;
constexpr int kDecisions = 100;
constexpr int kCampaigns = 30;
constexpr int kOtherAwards = 14000; // another manager's, while ours wait offline: the big pull (enough pages for every pull kill now that pages are fetched ahead)
constexpr int kPushKills = 9; // runs killed while the outbox is not empty
constexpr int kPullKills = 7; // runs killed after the push, in the pull
constexpr quint32 kDefaultSeed = 9001;

QProcessEnvironment headless()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        env.remove(name);
    env.insert(u"STEWARD_PASSWORD"_s, u"steward-demo"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return env;
}
// A read-only look at the cache while `steward sync` writes it (WAL: never blocks it).
class CacheProbe
{
public:
    struct Progress {
        bool ok = false;
        int pending = 0;
        qint64 cursor = -1;
    };
    explicit CacheProbe(const QString &path)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            sqlite3_close(m_db);
            m_db = nullptr;
        }
        if (m_db)
            sqlite3_busy_timeout(m_db, 1000);
    }
    ~CacheProbe() { close(); }
    void close()
    {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
    Progress read() const
    {
        Progress p;
        if (!m_db)
            return p;
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(m_db, "SELECT (SELECT count(*) FROM outbox), "
                                     "(SELECT value FROM sync_state WHERE key = 'feed_since')", -1, &s, nullptr) == SQLITE_OK
            && sqlite3_step(s) == SQLITE_ROW) {
            p.ok = true;
            p.pending = sqlite3_column_int(s, 0);
            p.cursor = sqlite3_column_type(s, 1) == SQLITE_NULL ? -1 : sqlite3_column_int64(s, 1);
        }
        sqlite3_finalize(s);
        return p;
    }

private:
    sqlite3 *m_db = nullptr;
};
} // namespace

class TestSyncKillMany : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void offlineOutboxAndConcurrentWork();
    void killRepeatedlyOverPushAndPull();
    void serverHasEveryChangeExactlyOnce();
    void cacheEqualsServer();

private:
    QStringList syncArguments() const
    {
        return {u"sync"_s, u"--server"_s, m_server.url().toString(), u"--user"_s, u"manager"_s,
                u"--data-dir"_s, m_dir.path()};
    }
    QString cachePath() const { return Store::cacheFilePath(m_dir.path()); }

    TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<TestHttp> m_http;
    QString m_token;
    quint32 m_seed = kDefaultSeed;
    std::mt19937 m_rng;
    OutboxPlan m_plan{u"killmany"_s};
    qint64 m_targetSeq = 0; // the server's sequence before the kills (the pull must pass it)
    bool m_ready = false;
    bool m_done = false;
    QElapsedTimer m_clock;
};

void TestSyncKillMany::initTestCase()
{
    m_clock.start();
    bool ok = false;
    const int seed = qEnvironmentVariableIntValue("STEWARD_SYNCKILLMANY_SEED", &ok);
    m_seed = ok ? quint32(seed) : kDefaultSeed;
    m_rng.seed(m_seed);
    qInfo("synckillmany: seed %u (replay with STEWARD_SYNCKILLMANY_SEED=%u)", m_seed, m_seed);
    QVERIFY(m_dir.isValid());
    const QString started = m_server.start({u"--rate-limit"_s, u"0"_s}, kMembers);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    m_http = std::make_unique<TestHttp>(m_server.url());
    m_token = m_http->login(u"manager"_s);
    QVERIFY(!m_token.isEmpty());

    QProcess p;
    p.setProcessEnvironment(headless());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(STEWARD_BIN), syncArguments());
    QVERIFY(p.waitForStarted(10000));
    QVERIFY2(p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
             p.readAll().constData());
    qInfo("synckillmany: set-up and first sync took %lld ms", m_clock.elapsed());
}

void TestSyncKillMany::offlineOutboxAndConcurrentWork()
{
    ServerState baseline;
    QString why;
    QVERIFY2(readServer(*m_http, m_token, baseline, &why), qPrintable(why));
    m_plan.recordBaseline(baseline);
    {
        Store store;
        QString error;
        QVERIFY2(store.open(cachePath(), &error), qPrintable(error));
        const QString failed = m_plan.enqueue(store, kAwards, kDecisions, kCampaigns, m_rng);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QCOMPARE(store.pendingCount(), int(m_plan.mutationIds().size()));
    }
    // Meanwhile chen, another manager, awards thousands of points: the pull after our push
    // brings them all (plus what our own mutations produced).
    const QString chen = m_http->login(u"chen"_s);
    QVERIFY(!chen.isEmpty());
    QStringList members;
    for (auto it = baseline.of(u"member"_s).cbegin(); it != baseline.of(u"member"_s).cend(); ++it)
        members << it.key();
    std::uniform_int_distribution<qsizetype> pick(0, members.size() - 1);
    for (int sent = 0; sent < kOtherAwards; sent += 500) {
        QJsonArray batch;
        for (int i = sent; i < std::min(kOtherAwards, sent + 500); ++i) {
            const QString member = members.at(pick(m_rng));
            m_plan.recordOtherAward(member, 2);
            batch.append(QJsonObject{{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                     {u"entity"_s, u"member"_s},
                                     {u"entity_id"_s, member},
                                     {u"action"_s, u"award_points"_s},
                                     {u"base_version"_s, 0},
                                     {u"payload"_s, QJsonObject{{u"points"_s, 2}, {u"reason"_s, u"chen's award %1"_s.arg(i)}}}});
        }
        const HttpResult r = m_http->post(u"/v1/mutations"_s,
                                          QJsonDocument(QJsonObject{{u"mutations"_s, batch}}).toJson(QJsonDocument::Compact), chen);
        QVERIFY2(r.status == 200, r.body.constData());
    }
    const HttpResult health = m_http->get(u"/v1/health"_s);
    m_targetSeq = health.json().value(u"seq"_s).toInteger();
    qInfo("synckillmany: %lld mutations queued offline; the server is at sequence %lld (%lld behind the cache)",
          qint64(m_plan.mutationIds().size()), m_targetSeq, m_targetSeq - baseline.lastSeq);
    m_ready = true;
}

void TestSyncKillMany::killRepeatedlyOverPushAndPull()
{
    QVERIFY(m_ready);
    const QStringList &ids = m_plan.mutationIds();
    const QSet<QString> ours(ids.cbegin(), ids.cend());
    QHash<QString, int> applied; // mutation id -> audit entries seen on the server
    qint64 auditSince = 0;
    QString why;
    QVERIFY2(readFeed(*m_http, m_token, auditSince, [](const QJsonObject &) {}, &why), qPrintable(why));
    // The audit read above starts past what is already there; count from the kills on.
    qint64 lastCursor = 0;
    {
        Store store;
        QVERIFY(store.open(cachePath()));
        lastCursor = store.syncCursor().feedSince;
    }
    // Kill points follow the work, not the clock, so they land in the push and in the pull
    // on a slow machine and on a fast one: each run is let complete a random number of push
    // batches (0-1) or pull pages (0-1) — watched through a read-only look at the cache —
    // and is then killed a random 0-150 ms later, i.e. somewhere in the next batch or page
    // (on the server, on the wire, in the client's transaction). Every fourth run of the
    // push phase is killed during start-up or login instead.
    std::uniform_int_distribution<int> pickBatches(0, 1);
    std::uniform_int_distribution<int> pickPages(0, 1);
    std::uniform_int_distribution<int> pickDelay(0, 150);
    std::uniform_int_distribution<int> pickStartup(0, 100);
    int midPush = 0, midPull = 0, noProgress = 0, kills = 0, replayedTotal = 0;
    bool finishedByItself = false;
    QElapsedTimer timer;
    timer.start();
    int pushKillsLeft = kPushKills;
    int pullKillsLeft = kPullKills;
    for (int round = 1; !finishedByItself; ++round) {
        CacheProbe probe(cachePath());
        const CacheProbe::Progress before = probe.read();
        QVERIFY(before.ok);
        const int pendingBefore = before.pending;
        const bool pushing = pendingBefore > 0;
        const bool last = pushing ? pushKillsLeft == 0 && pullKillsLeft == 0 : pullKillsLeft == 0;
        const bool fromStart = !last && pushing && pushKillsLeft > 0 && round % 4 == 0;
        // After its push kills, a run is let push to the end and is killed in its pull.
        const bool killInPull = !last && (!pushing || pushKillsLeft == 0);
        if (!last)
            --(killInPull ? pullKillsLeft : pushKillsLeft);
        const int batches = pickBatches(m_rng);
        const int pages = pickPages(m_rng);
        const int delayMs = pickDelay(m_rng);
        const int startupShare = pickStartup(m_rng);

        QProcess p;
        p.setProcessEnvironment(headless());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(STEWARD_BIN), syncArguments());
        QVERIFY(p.waitForStarted(10000));
        QByteArray output;
        QElapsedTimer sinceStart;
        sinceStart.start();
        QString when;
        // Polls the process's output and the cache until `reached` or the process ends.
        const auto waitUntil = [&](const std::function<bool(const CacheProbe::Progress &)> &reached) {
            while (p.state() != QProcess::NotRunning && sinceStart.elapsed() < 90000) {
                if (p.waitForReadyRead(5))
                    output += p.readAll();
                if (reached(probe.read()))
                    return true;
            }
            return false;
        };
        bool armed = true;
        if (last) {
            armed = false;
            when = u"not killed"_s;
        } else if (fromStart) {
            const int ms = startupShare * 6; // 0-600 ms: loading, opening the cache, logging in
            // ... or as soon as the push begins, if that comes first: a fast machine can
            // otherwise send the whole rest of the outbox within the window.
            QElapsedTimer window;
            window.start();
            while (p.state() != QProcess::NotRunning && window.elapsed() < ms && !output.contains("Sending changes")) {
                if (p.waitForReadyRead(5))
                    output += p.readAll();
            }
            when = u"%1 ms after the start (start-up/login)"_s.arg(window.elapsed());
        } else if (!killInPull) {
            armed = waitUntil([&](const CacheProbe::Progress &now) {
                return output.contains("Sending changes") && now.pending <= std::max(0, pendingBefore - 200 * batches);
            });
            when = u"%1 ms after %2 batch(es) were acknowledged"_s.arg(delayMs).arg(batches);
        } else {
            qint64 cursors = 0;
            qint64 seen = before.cursor;
            armed = waitUntil([&](const CacheProbe::Progress &now) {
                if (now.pending == 0 && now.cursor != seen) {
                    seen = now.cursor;
                    ++cursors;
                }
                // The first page stored shows the pull has begun; then `pages` more.
                return now.pending == 0 && cursors > pages;
            });
            when = u"%1 ms after %2 more page(s) were stored"_s.arg(delayMs).arg(pages);
        }
        if (armed && !fromStart && !last)
            p.waitForFinished(delayMs);
        if (p.state() == QProcess::NotRunning || last) {
            QVERIFY2(p.state() == QProcess::NotRunning || p.waitForFinished(120000), "the last run did not finish");
            finishedByItself = true;
            output += p.readAll();
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, output.constData());
            qInfo("synckillmany: the run that finished printed: %s", output.trimmed().replace('\n', " | ").constData());
        } else {
            QCOMPARE(::kill(pid_t(p.processId()), SIGKILL), 0);
            QVERIFY(p.waitForFinished(10000));
            if (p.exitStatus() == QProcess::CrashExit) {
                ++kills;
            } else { // it exited between the wait and the kill
                finishedByItself = true;
                output += p.readAll();
                QVERIFY2(p.exitCode() == 0, output.constData());
            }
        }
        probe.close();

        int appliedThisRun = 0;
        QVERIFY2(readFeed(*m_http, m_token, auditSince, [&](const QJsonObject &c) {
            if (c.value(u"entity"_s).toString() != u"audit_entry"_s)
                return;
            const QString mid = c.value(u"data"_s).toObject().value(u"mutation_id"_s).toString();
            if (ours.contains(mid)) {
                ++applied[mid];
                ++appliedThisRun;
            }
        }, &why), qPrintable(why));

        Store store;
        QString error;
        QVERIFY2(store.open(cachePath(), &error), qPrintable(u"after kill %1: %2"_s.arg(round).arg(error)));
        QStringList pending;
        for (const OutboxEntry &e : store.pendingMutations())
            pending << e.mutation.id;
        QVERIFY2(pending == ids.mid(ids.size() - pending.size()),
                 qPrintable(u"after kill %1 the outbox is not the unacknowledged tail of what was queued"_s.arg(round)));
        const QSet<QString> pendingSet(pending.cbegin(), pending.cend());
        int replayed = 0;
        for (const QString &mid : ids) {
            const int n = applied.value(mid);
            QVERIFY2(n <= 1, qPrintable(u"mutation %1 applied %2 times"_s.arg(mid).arg(n)));
            if (!pendingSet.contains(mid))
                QVERIFY2(n == 1, qPrintable(u"after kill %1 mutation %2 left the outbox but is not on the server"_s
                                                .arg(round).arg(mid)));
            else if (n == 1)
                ++replayed; // applied, answer lost with the process: must come back as duplicate
        }
        replayedTotal += replayed;
        QCOMPARE(store.conflictCount(), 0);
        QCOMPARE(store.rejectedCount(), 0);
        QSqlQuery q(store.database());
        q.prepare(u"SELECT count(*) FROM points_entry WHERE reason LIKE ?"_s);
        q.addBindValue(QString(m_plan.tag() + u" award %"_s));
        QVERIFY(q.exec() && q.next());
        QVERIFY2(q.value(0).toInt() == m_plan.awards().size(),
                 qPrintable(u"after kill %1 the cached ledger shows %2 of %3 awards"_s.arg(round)
                                .arg(q.value(0).toInt()).arg(m_plan.awards().size())));
        const qint64 cursor = store.syncCursor().feedSince;
        const qint64 serverSeq = m_http->get(u"/v1/health"_s).json().value(u"seq"_s).toInteger();
        QVERIFY2(cursor <= serverSeq, "the feed cursor is past the server's sequence");
        QVERIFY2(cursor >= lastCursor, "the feed cursor moved backwards");
        const bool pushMoved = pending.size() < pendingBefore || appliedThisRun > 0;
        const bool pullMoved = cursor > lastCursor;
        const char *phase = "no progress";
        if (finishedByItself) {
            phase = "finished by itself";
        } else if (!pending.isEmpty() && (pushMoved || output.contains("Sending changes"))) {
            // The push had begun (a batch was out) or moved on.
            phase = "MID-PUSH";
            ++midPush;
        } else if (pending.isEmpty() && (pullMoved || pendingBefore > 0) && cursor < serverSeq) {
            phase = "MID-PULL";
            ++midPull;
        } else if (!pushMoved && !pullMoved) {
            ++noProgress;
        } else {
            phase = "other";
        }
        qInfo("synckillmany: run %2d %s %s: outbox %4d -> %4lld, cursor %6lld -> %6lld, %3d applied-but-queued -> %s",
              round, finishedByItself ? "ended" : "killed", qPrintable(finishedByItself ? u"by itself"_s : when),
              pendingBefore, qint64(pending.size()), lastCursor, cursor, replayed, phase);
        lastCursor = cursor;
    }
    qInfo("synckillmany: %d kills in %lld ms: %d mid-push, %d mid-pull, %d with no progress; %d applied-but-queued "
          "mutations re-sent", kills, timer.elapsed(), midPush, midPull, noProgress, replayedTotal);
    QVERIFY2(finishedByItself, "no run finished by itself");
    QVERIFY2(kills >= 10, "fewer than 10 kills");
    QVERIFY2(midPush >= 4, "fewer than 4 kills landed mid-push");
    QVERIFY2(midPull >= 3, "fewer than 3 kills landed mid-pull");
    m_done = true;
}

void TestSyncKillMany::serverHasEveryChangeExactlyOnce()
{
    QVERIFY(m_done);
    ServerState server;
    QString why;
    QVERIFY2(readServer(*m_http, m_token, server, &why), qPrintable(why));
    const QString diff = m_plan.checkServer(server);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestSyncKillMany::cacheEqualsServer()
{
    QVERIFY(m_done);
    ServerState server;
    QString why;
    QVERIFY2(readServer(*m_http, m_token, server, &why), qPrintable(why));
    Store store;
    QVERIFY(store.open(cachePath()));
    const QString diff = m_plan.checkCache(store, server);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    qInfo("synckillmany: whole test %lld ms", m_clock.elapsed());
}

QTEST_GUILESS_MAIN(TestSyncKillMany)
#include "tst_synckillmany.moc"
