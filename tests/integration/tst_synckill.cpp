// The required test: SIGKILL a real `steward sync` process again and again while
// it pushes a large outbox, let it finish, and find on the server every change exactly
// once (DESIGN.md §5: "a crash, a kill or a power cut at any moment loses nothing that the
// UI showed as done, and a replayed mutation is never applied twice").
//
// Steps (the slots run in order and share state):
//   1. the reference server with 2,000 members; `steward sync` (headless: no DISPLAY, no
//      QT_QPA_PLATFORM) into a scratch data dir exits 0;
//   2. the test opens that cache with the models API and enqueues, as the manager would,
//      3,000 point awards, moderation decisions (some claim-then-reject pairs) and
//      campaign creates, interleaved;
//   3. `steward sync` is started and SIGKILLed after a random 20-400 ms (seeded RNG; the
//      seed is printed, STEWARD_SYNCKILL_SEED replays a run), 15 times; after each kill the
//      test compares the server's audit log with the local outbox to see whether the kill
//      landed mid-push and how many applied mutations are still queued (they must come
//      back as duplicates);
//   4. one more `steward sync` runs to completion (exit 0); then the server must hold each
//      award, decision and campaign exactly once with one audit entry per mutation id, the
//      outbox must be empty and the cache must equal the server.

#include "store.h"
#include "synctypes.h"
#include "testserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <csignal>
#include <functional>
#include <random>
#include <sys/types.h>

using namespace Qt::StringLiterals;

#ifndef STEWARD_BIN
#error "STEWARD_BIN must name the built steward executable"
#endif

namespace {

constexpr qint64 kMembers = 2000;
constexpr int kDefaultAwards = 3000;
constexpr int kMaxDecisionItems = 160;
constexpr int kCampaigns = 60;
constexpr int kKills = 15;
constexpr int kMinWaitMs = 20;
constexpr int kMaxWaitMs = 400;
constexpr quint32 kDefaultSeed = 20261120;

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

// One entity as the server holds it (from /v1/changes, the latest row per entity).
struct ServerRow {
    qint64 version = 0;
    bool deleted = false;
    QJsonObject data;
};

// The whole platform read through the change feed from 0.
struct ServerState {
    QHash<QString, QHash<QString, ServerRow>> rows; // entity -> id -> row
    qint64 lastSeq = 0;
    const QHash<QString, ServerRow> &of(const QString &entity) const
    {
        static const QHash<QString, ServerRow> none;
        const auto it = rows.constFind(entity);
        return it == rows.cend() ? none : *it;
    }
    qint64 live(const QString &entity) const
    {
        qint64 n = 0;
        for (const ServerRow &r : of(entity))
            n += r.deleted ? 0 : 1;
        return n;
    }
};

struct Award {
    QString mutationId;
    QString memberId;
    qint64 points = 0;
    QString reason;
};

struct Decision {
    QStringList mutationIds; // claim (optional) then the decision
    QString itemId;
    QString finalStatus;
    QString reason;
};

struct CampaignCreate {
    QString mutationId;
    QString id;
    QString name;
};

enum class KillPhase { BeforePush, MidPush, AfterPush, ExitedByItself };

} // namespace

class TestSyncKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void headlessInitialSync();
    void enqueueLargeOutbox();
    void killRepeatedlyWhilePushing();
    void finalSyncCompletes();
    void serverHasEveryChangeExactlyOnce();
    void localCacheEqualsServer();

private:
    QProcessEnvironment headlessEnvironment() const;
    QStringList syncArguments() const;
    bool readFeed(qint64 &since, const std::function<void(const QJsonObject &)> &each, QString *why) const;
    bool readServer(ServerState &state, QString *why) const;
    bool openStore(Store &store) const;
    static QString id() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    TestServer m_server;
    QTemporaryDir m_dataDir;
    std::unique_ptr<TestHttp> m_http;
    QString m_token;
    quint32 m_seed = kDefaultSeed;
    std::mt19937 m_rng;

    QHash<QString, qint64> m_seedPoints; // member -> points on the server before the outbox
    QHash<QString, qint64> m_seedEntries; // entity counts on the server before the outbox
    QList<Award> m_awards;
    QList<Decision> m_decisions;
    QList<CampaignCreate> m_campaigns;
    QStringList m_allMutationIds; // enqueue order
    bool m_enqueued = false;
    bool m_finished = false;
};

// --- Helpers ---------------------------------------------------------------------------

QProcessEnvironment TestSyncKill::headlessEnvironment() const
{
    // A headless box: no X, no Wayland, no Qt platform plugin chosen. `steward sync` must
    // not need any of them (a QGuiApplication would abort here).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        env.remove(name);
    env.insert(u"STEWARD_PASSWORD"_s, u"steward-demo"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return env;
}

QStringList TestSyncKill::syncArguments() const
{
    return {u"sync"_s, u"--server"_s, m_server.url().toString(), u"--user"_s, u"manager"_s,
            u"--data-dir"_s, m_dataDir.path()};
}

bool TestSyncKill::readFeed(qint64 &since, const std::function<void(const QJsonObject &)> &each,
                            QString *why) const
{
    for (int rateLimited = 0;;) {
        const HttpResult r = m_http->get(u"/v1/changes?since=%1&limit=5000"_s.arg(since), m_token);
        if (r.status == 429 && ++rateLimited < 20) {
            QThread::msleep(1000);
            continue;
        }
        if (r.status != 200) {
            *why = u"GET /v1/changes?since=%1 answered %2 %3"_s.arg(since).arg(r.status).arg(
                r.networkError + QString::fromUtf8(r.body.left(300)));
            return false;
        }
        const QJsonObject o = r.json();
        for (const QJsonValue &v : o.value(u"changes"_s).toArray())
            each(v.toObject());
        since = o.value(u"next_since"_s).toInteger();
        if (!o.value(u"has_more"_s).toBool())
            return true;
    }
}

bool TestSyncKill::readServer(ServerState &state, QString *why) const
{
    state = {};
    qint64 since = 0;
    const bool ok = readFeed(since, [&](const QJsonObject &c) {
        ServerRow row;
        row.version = c.value(u"version"_s).toInteger();
        row.deleted = c.value(u"op"_s).toString() == u"delete"_s;
        row.data = c.value(u"data"_s).toObject();
        state.rows[c.value(u"entity"_s).toString()].insert(c.value(u"id"_s).toString(), row);
    }, why);
    state.lastSeq = since;
    return ok;
}

bool TestSyncKill::openStore(Store &store) const
{
    QString error;
    const bool ok = store.open(Store::cacheFilePath(m_dataDir.path()), &error);
    if (!ok)
        qWarning("cannot open the cache: %s", qPrintable(error));
    return ok;
}

// --- Steps -----------------------------------------------------------------------------

void TestSyncKill::initTestCase()
{
    m_seed = quint32(envInt("STEWARD_SYNCKILL_SEED", int(kDefaultSeed)));
    m_rng.seed(m_seed);
    qInfo("synckill: seed %u (replay with STEWARD_SYNCKILL_SEED=%u)", m_seed, m_seed);
    QVERIFY(QFileInfo(QStringLiteral(STEWARD_BIN)).isExecutable());
    QVERIFY(m_dataDir.isValid());
    const QString started = m_server.start({}, kMembers);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    m_http = std::make_unique<TestHttp>(m_server.url());
    m_token = m_http->login(u"manager"_s);
    QVERIFY(!m_token.isEmpty());
}

void TestSyncKill::headlessInitialSync()
{
    QProcess p;
    p.setProcessEnvironment(headlessEnvironment());
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(STEWARD_BIN), syncArguments());
    QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
    QVERIFY2(p.waitForFinished(120000), "the first `steward sync` did not finish in 2 minutes");
    const QString output = QString::fromUtf8(p.readAll());
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
             qPrintable(u"exit %1: %2"_s.arg(p.exitCode()).arg(output)));
    qInfo("synckill: initial headless sync took %lld ms: %s", timer.elapsed(),
          qPrintable(output.trimmed().section(u'\n', -1)));

    // The platform before the outbox: points per member and entity counts.
    ServerState server;
    QString why;
    QVERIFY2(readServer(server, &why), qPrintable(why));
    QCOMPARE(server.live(u"member"_s), kMembers);
    for (auto it = server.of(u"member"_s).cbegin(); it != server.of(u"member"_s).cend(); ++it)
        m_seedPoints.insert(it.key(), it->data.value(u"points"_s).toInteger());
    for (const QString &entity : Store::entityNames())
        m_seedEntries.insert(entity, server.live(entity));

    Store store;
    QVERIFY(openStore(store));
    QCOMPARE(store.count(u"member"_s), kMembers);
    QCOMPARE(store.pendingCount(), 0);
    QCOMPARE(store.actor(), u"manager"_s);
    QVERIFY(store.profile().has_value());
}

void TestSyncKill::enqueueLargeOutbox()
{
    Store store;
    QVERIFY(openStore(store));
    QStringList members;
    {
        QSqlQuery q(store.database());
        QVERIFY(q.exec(u"SELECT id FROM member ORDER BY CAST(id AS INTEGER)"_s));
        while (q.next())
            members << q.value(0).toString();
    }
    QCOMPARE(members.size(), qsizetype(kMembers));
    // Undecided, unclaimed items: the manager's decisions on them cannot conflict.
    QStringList items;
    {
        QSqlQuery q(store.database());
        QVERIFY(q.exec(u"SELECT id FROM moderation_item WHERE status = 'pending' "
                       "AND (claimed_by IS NULL OR claimed_by = '') ORDER BY rid LIMIT %1"_s
                           .arg(kMaxDecisionItems)));
        while (q.next())
            items << q.value(0).toString();
    }
    QVERIFY2(items.size() >= 40, qPrintable(u"only %1 pending moderation items"_s.arg(items.size())));

    const int awards = envInt("STEWARD_SYNCKILL_AWARDS", kDefaultAwards);
    std::uniform_int_distribution<qsizetype> pickMember(0, members.size() - 1);
    std::uniform_int_distribution<int> pickPoints(1, 5);
    QString error;
    const auto enqueue = [&](const QString &entity, const QString &entityId, const QString &action,
                             const QJsonObject &payload) {
        Mutation m;
        m.entity = entity;
        m.entityId = entityId;
        m.action = action;
        m.payload = payload;
        const QString mid = store.enqueue(m, &error);
        if (!mid.isEmpty())
            m_allMutationIds << mid;
        return mid;
    };

    QElapsedTimer timer;
    timer.start();
    qsizetype nextItem = 0;
    int campaigns = 0;
    // Decisions and campaigns are spread through the awards so that they sit in many push
    // batches, including the ones a kill interrupts.
    const int decisionEvery = std::max(1, awards / int(items.size()));
    const int campaignEvery = std::max(1, awards / kCampaigns);
    for (int i = 0; i < awards; ++i) {
        Award a;
        a.memberId = members.at(pickMember(m_rng));
        a.points = pickPoints(m_rng);
        a.reason = u"synckill award %1 (seed %2)"_s.arg(i, 4, 10, QLatin1Char('0')).arg(m_seed);
        a.mutationId = enqueue(u"member"_s, a.memberId, u"award_points"_s,
                               QJsonObject{{u"points"_s, a.points}, {u"reason"_s, a.reason}});
        QVERIFY2(!a.mutationId.isEmpty(), qPrintable(error));
        m_awards << a;

        if (i % decisionEvery == decisionEvery - 1 && nextItem < items.size()) {
            Decision d;
            d.itemId = items.at(nextItem);
            const int kind = int(nextItem % 4);
            ++nextItem;
            d.reason = u"synckill decision %1"_s.arg(nextItem);
            if (kind == 0) { // a user's own offline sequence: claim, then reject
                const QString claim = enqueue(u"moderation_item"_s, d.itemId, u"claim"_s,
                                              QJsonObject{{u"minutes"_s, 30}});
                QVERIFY2(!claim.isEmpty(), qPrintable(error));
                d.mutationIds << claim;
            }
            static const QStringList actions = {u"reject"_s, u"approve"_s, u"reject"_s, u"escalate"_s};
            static const QStringList statuses = {u"rejected"_s, u"approved"_s, u"rejected"_s, u"escalated"_s};
            const QString decision = enqueue(u"moderation_item"_s, d.itemId, actions.at(kind),
                                             QJsonObject{{u"reason"_s, d.reason}});
            QVERIFY2(!decision.isEmpty(), qPrintable(error));
            d.mutationIds << decision;
            d.finalStatus = statuses.at(kind);
            m_decisions << d;
        }
        if (i % campaignEvery == campaignEvery / 2 && campaigns < kCampaigns) {
            CampaignCreate c;
            c.id = id();
            c.name = u"synckill campaign %1"_s.arg(++campaigns);
            const QDate start = QDate(2026, 12, 1).addDays(campaigns);
            c.mutationId = enqueue(u"campaign"_s, c.id, u"create"_s,
                                   QJsonObject{{u"name"_s, c.name},
                                               {u"type"_s, u"qa"_s},
                                               {u"mode"_s, u"online"_s},
                                               {u"start_date"_s, start.toString(Qt::ISODate)},
                                               {u"end_date"_s, start.addDays(7).toString(Qt::ISODate)},
                                               {u"budget"_s, 100 * campaigns},
                                               {u"status"_s, u"draft"_s}});
            QVERIFY2(!c.mutationId.isEmpty(), qPrintable(error));
            m_campaigns << c;
        }
    }
    QCOMPARE(store.pendingCount(), int(m_allMutationIds.size()));
    QCOMPARE(QSet<QString>(m_allMutationIds.cbegin(), m_allMutationIds.cend()).size(), m_allMutationIds.size());
    m_enqueued = true;
    qInfo("synckill: enqueued %lld mutations in %lld ms: %lld awards, %lld decisions on %lld items, "
          "%lld campaign creates (%lld push batches of 200)",
          qint64(m_allMutationIds.size()), timer.elapsed(), qint64(m_awards.size()),
          qint64(m_allMutationIds.size() - m_awards.size() - m_campaigns.size()),
          qint64(m_decisions.size()), qint64(m_campaigns.size()), qint64((m_allMutationIds.size() + 199) / 200));
}

void TestSyncKill::killRepeatedlyWhilePushing()
{
    QVERIFY(m_enqueued);
    std::uniform_int_distribution<int> pickWait(kMinWaitMs, kMaxWaitMs);
    const QSet<QString> ours(m_allMutationIds.cbegin(), m_allMutationIds.cend());

    // The server's audit log is read incrementally: which of our mutations it has applied.
    QHash<QString, int> appliedOnServer; // mutation id -> audit entries seen
    qint64 feedSince = 0;
    QString why;
    QVERIFY2(readFeed(feedSince, [](const QJsonObject &) {}, &why), qPrintable(why));

    QHash<QString, qint64> expectedPoints; // member -> balance the cache must keep showing
    for (const Award &a : std::as_const(m_awards))
        expectedPoints[a.memberId] = m_seedPoints.value(a.memberId);
    for (const Award &a : std::as_const(m_awards))
        expectedPoints[a.memberId] += a.points;
    qint64 fewestLedgerRows = m_awards.size();
    int phases[4] = {0, 0, 0, 0};
    int partialBatches = 0;       // kills after which the outbox was neither full nor empty
    QSet<QString> replayed;       // applied on the server but still queued at a kill
    qint64 inFlightTotal = 0;
    for (int round = 1; round <= kKills; ++round) {
        int pendingBefore = 0;
        {
            Store store;
            QVERIFY(openStore(store));
            pendingBefore = store.pendingCount();
        }
        const int waitMs = pickWait(m_rng);
        QProcess p;
        p.setProcessEnvironment(headlessEnvironment());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(STEWARD_BIN), syncArguments());
        QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
        const qint64 pid = p.processId();
        // Start-up and login take a few hundred milliseconds, about as long as a push
        // batch; so most rounds count the wait from the push's first progress line
        // ("Sending changes: 0 / N", printed as the first batch goes out), and every
        // fifth round from the process start (kills during start-up and login).
        const bool fromStart = round % 5 == 0;
        QByteArray output;
        QElapsedTimer sinceStart;
        sinceStart.start();
        bool exitedByItself = false;
        qint64 pushStartedMs = -1;
        if (!fromStart) {
            while (!output.contains("Sending changes") && sinceStart.elapsed() < 15000) {
                if (p.waitForReadyRead(50))
                    output += p.readAll();
                else if (p.state() == QProcess::NotRunning)
                    break;
            }
            pushStartedMs = output.contains("Sending changes") ? sinceStart.elapsed() : -1;
        }
        exitedByItself = p.state() == QProcess::NotRunning || p.waitForFinished(waitMs);
        if (!exitedByItself) {
            QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
            QVERIFY(p.waitForFinished(10000));
            QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        }
        output += p.readAll();
        const QString printed = QString::fromUtf8(output).trimmed().replace(u'\n', u" | "_s);

        // What the server applied so far, and what the client still holds.
        int appliedThisRun = 0;
        QVERIFY2(readFeed(feedSince, [&](const QJsonObject &c) {
            if (c.value(u"entity"_s).toString() != u"audit_entry"_s)
                return;
            const QString mid = c.value(u"data"_s).toObject().value(u"mutation_id"_s).toString();
            if (ours.contains(mid)) {
                ++appliedOnServer[mid];
                ++appliedThisRun;
            }
        }, &why), qPrintable(why));
        QStringList pendingIds;
        int conflicts = 0;
        int rejected = 0;
        qint64 ledgerRows = 0;
        {
            Store store;
            QVERIFY(openStore(store));
            for (const OutboxEntry &e : store.pendingMutations())
                pendingIds << e.mutation.id;
            conflicts = store.conflictCount();
            rejected = store.rejectedCount();
            // What the UI showed as done is still shown: every balance includes every award,
            // pushed or not.
            for (auto it = expectedPoints.cbegin(); it != expectedPoints.cend(); ++it) {
                const std::optional<QJsonObject> member = store.entity(u"member"_s, it.key());
                QVERIFY(member);
                QVERIFY2(member->value(u"points"_s).toInteger() == it.value(),
                         qPrintable(u"after kill %1 member %2 shows %3 points, expected %4"_s.arg(round)
                                        .arg(it.key()).arg(member->value(u"points"_s).toInteger()).arg(it.value())));
            }
            QSqlQuery q(store.database());
            QVERIFY(q.exec(u"SELECT count(*) FROM points_entry WHERE reason LIKE 'synckill %'"_s) && q.next());
            ledgerRows = q.value(0).toLongLong();
        }
        QCOMPARE(conflicts, 0);
        QCOMPARE(rejected, 0);
        // The outbox is a suffix of what was enqueued: pushed in order, nothing skipped or lost.
        QVERIFY2(pendingIds == m_allMutationIds.mid(m_allMutationIds.size() - pendingIds.size()),
                 "the outbox is not the unacknowledged tail of what was enqueued");
        // The client never forgets a mutation the server has not applied.
        const QSet<QString> pendingSet(pendingIds.cbegin(), pendingIds.cend());
        for (const QString &mid : m_allMutationIds)
            if (!pendingSet.contains(mid))
                QVERIFY2(appliedOnServer.value(mid) == 1,
                         qPrintable(u"mutation %1 left the outbox but the server has %2 audit entries for it"_s
                                        .arg(mid).arg(appliedOnServer.value(mid))));
        int inFlight = 0; // applied by the server, answer lost with the process
        for (const QString &mid : pendingIds) {
            QVERIFY2(appliedOnServer.value(mid) <= 1, qPrintable(u"mutation %1 applied twice"_s.arg(mid)));
            if (appliedOnServer.value(mid) == 1) {
                ++inFlight;
                replayed.insert(mid);
            }
        }
        inFlightTotal += inFlight;
        const int pendingAfter = int(pendingIds.size());
        // Mid-push: the process died with mutations queued after its push had begun (its
        // first progress line was seen, the outbox shrank, or the server applied some of
        // ours). After push: the outbox was empty (the kill hit the pull).
        const bool pushed = output.contains("Sending changes") || pendingAfter < pendingBefore || appliedThisRun > 0;
        KillPhase phase = KillPhase::BeforePush;
        if (exitedByItself)
            phase = KillPhase::ExitedByItself;
        else if (pendingBefore == 0 || (pushed && pendingAfter == 0))
            phase = KillPhase::AfterPush;
        else if (pushed)
            phase = KillPhase::MidPush;
        ++phases[int(phase)];
        if (pendingAfter > 0 && pendingAfter < pendingBefore)
            ++partialBatches;
        static const char *names[] = {"before push (start/login)", "MID-PUSH", "after push (pull)",
                                      "exited by itself"};
        const QString when = fromStart ? u"%1 ms after start"_s.arg(waitMs)
            : pushStartedMs < 0 ? u"%1 ms, no push seen"_s.arg(waitMs)
                                : u"%1 ms after the push began (at %2 ms)"_s.arg(waitMs).arg(pushStartedMs);
        qInfo("synckill: run %2d killed %s: outbox %4d -> %4d, server applied %4lld of ours, "
              "%4d new this run, %3d applied-but-unacknowledged -> %s%s%s",
              round, qPrintable(when), pendingBefore, pendingAfter, qint64(appliedOnServer.size()), appliedThisRun,
              inFlight, names[int(phase)], printed.isEmpty() ? "" : "; output: ", qPrintable(printed.left(200)));
        // The ledger too: an acknowledged award keeps its optimistic row until the pull
        // stores the server's entry in its place, so every award shows exactly once.
        QVERIFY2(ledgerRows == m_awards.size(),
                 qPrintable(u"after kill %1 the cached ledger shows %2 of %3 awards"_s.arg(round)
                                .arg(ledgerRows).arg(m_awards.size())));
        fewestLedgerRows = std::min(fewestLedgerRows, ledgerRows);
        if (exitedByItself)
            QVERIFY2(p.exitCode() == 0, qPrintable(printed));
    }
    qInfo("synckill: %d kills: %d before the push, %d MID-PUSH, %d after the push; %d run(s) finished "
          "before their kill; %d kills left the outbox partly pushed",
          kKills - phases[3], phases[0], phases[1], phases[2], phases[3], partialBatches);
    qInfo("synckill: %lld distinct mutations were applied on the server but still queued at a kill "
          "(%lld counting repeats): each was re-sent and had to come back as 'duplicate', not be applied again",
          qint64(replayed.size()), inFlightTotal);
    qInfo("synckill: balances and the cached ledger kept every award after every kill "
          "(at least %lld of %lld ledger entries)", fewestLedgerRows, qint64(m_awards.size()));
    // The test is only meaningful when kills interrupt the push.
    QVERIFY2(phases[int(KillPhase::MidPush)] >= 3,
             "fewer than 3 kills landed mid-push: the outbox is too small for this machine");
}

void TestSyncKill::finalSyncCompletes()
{
    QVERIFY(m_enqueued);
    QProcess p;
    p.setProcessEnvironment(headlessEnvironment());
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(STEWARD_BIN), syncArguments());
    QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
    QVERIFY2(p.waitForFinished(120000), "the final `steward sync` did not finish in 2 minutes");
    const QString output = QString::fromUtf8(p.readAll());
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
             qPrintable(u"exit %1: %2"_s.arg(p.exitCode()).arg(output)));
    qInfo("synckill: final sync took %lld ms: %s", timer.elapsed(),
          qPrintable(output.trimmed().section(u'\n', -1)));
    m_finished = true;
}

void TestSyncKill::serverHasEveryChangeExactlyOnce()
{
    QVERIFY(m_finished);
    ServerState server;
    QString why;
    QVERIFY2(readServer(server, &why), qPrintable(why));

    // Awards: one ledger entry per (member, reason), balances = seed + awards.
    QHash<QString, QList<QJsonObject>> entriesByReason;
    for (const ServerRow &r : server.of(u"points_entry"_s))
        if (!r.deleted && r.data.value(u"reason"_s).toString().startsWith(u"synckill "_s))
            entriesByReason[r.data.value(u"reason"_s).toString()] << r.data;
    QCOMPARE(entriesByReason.size(), qsizetype(m_awards.size()));
    QHash<QString, qint64> awarded;
    for (const Award &a : m_awards) {
        const QList<QJsonObject> entries = entriesByReason.value(a.reason);
        QVERIFY2(entries.size() == 1, qPrintable(u"'%1': %2 ledger entries"_s.arg(a.reason).arg(entries.size())));
        const QJsonObject &e = entries.constFirst();
        QCOMPARE(e.value(u"member_id"_s).toString(), a.memberId);
        QCOMPARE(e.value(u"points"_s).toInteger(), a.points);
        QCOMPARE(e.value(u"awarded_by"_s).toString(), u"manager"_s);
        awarded[a.memberId] += a.points;
    }
    QCOMPARE(server.live(u"points_entry"_s), m_seedEntries.value(u"points_entry"_s) + m_awards.size());
    for (auto it = awarded.cbegin(); it != awarded.cend(); ++it) {
        const ServerRow member = server.of(u"member"_s).value(it.key());
        QVERIFY2(member.data.value(u"points"_s).toInteger() == m_seedPoints.value(it.key()) + it.value(),
                 qPrintable(u"member %1: %2 points, expected %3 + %4"_s.arg(it.key())
                                .arg(member.data.value(u"points"_s).toInteger())
                                .arg(m_seedPoints.value(it.key())).arg(it.value())));
    }
    qInfo("synckill: server: %lld award entries on %lld members, balances match",
          qint64(m_awards.size()), qint64(awarded.size()));

    // Decisions: each item decided as asked, by the manager.
    for (const Decision &d : m_decisions) {
        const ServerRow item = server.of(u"moderation_item"_s).value(d.itemId);
        QCOMPARE(item.data.value(u"status"_s).toString(), d.finalStatus);
        QCOMPARE(item.data.value(u"decided_by"_s).toString(), u"manager"_s);
        QCOMPARE(item.data.value(u"decision_reason"_s).toString(), d.reason);
    }

    // Campaigns: each created once (version 1: a second create would be refused, an
    // update would raise it).
    QCOMPARE(server.live(u"campaign"_s), m_seedEntries.value(u"campaign"_s) + m_campaigns.size());
    for (const CampaignCreate &c : m_campaigns) {
        const ServerRow row = server.of(u"campaign"_s).value(c.id);
        QVERIFY2(!row.deleted && row.version == 1, qPrintable(u"campaign %1: version %2"_s.arg(c.id).arg(row.version)));
        QCOMPARE(row.data.value(u"name"_s).toString(), c.name);
        QCOMPARE(row.data.value(u"owner"_s).toString(), u"manager"_s);
    }

    // The audit log: exactly one entry per mutation id, and nothing else from the manager.
    QHash<QString, int> audits;
    qint64 managerAudits = 0;
    for (const ServerRow &r : server.of(u"audit_entry"_s)) {
        ++audits[r.data.value(u"mutation_id"_s).toString()];
        managerAudits += r.data.value(u"actor"_s).toString() == u"manager"_s ? 1 : 0;
    }
    int missing = 0;
    int doubled = 0;
    for (const QString &mid : std::as_const(m_allMutationIds)) {
        missing += audits.value(mid) == 0 ? 1 : 0;
        doubled += audits.value(mid) > 1 ? 1 : 0;
    }
    qInfo("synckill: audit log: %lld mutations, %d missing, %d with more than one entry",
          qint64(m_allMutationIds.size()), missing, doubled);
    QCOMPARE(missing, 0);
    QCOMPARE(doubled, 0);
    QCOMPARE(managerAudits, qint64(m_allMutationIds.size()));
}

void TestSyncKill::localCacheEqualsServer()
{
    QVERIFY(m_finished);
    ServerState server;
    QString why;
    QVERIFY2(readServer(server, &why), qPrintable(why));
    Store store;
    QVERIFY(openStore(store));
    QCOMPARE(store.pendingCount(), 0);
    QCOMPARE(store.conflictCount(), 0);
    QCOMPARE(store.rejectedCount(), 0);
    QCOMPARE(store.syncCursor().feedSince, server.lastSeq);
    {
        // No optimistic ledger rows left behind: the server's entries replaced them.
        QSqlQuery q(store.database());
        QVERIFY(q.exec(u"SELECT count(*) FROM points_entry WHERE id LIKE 'pending-%' "
                       "OR local_pending_mutation IS NOT NULL"_s) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 0);
    }

    for (const QString &entity : Store::entityNames())
        QVERIFY2(store.count(entity) == server.live(entity),
                 qPrintable(u"%1: %2 cached, %3 on the server"_s.arg(entity).arg(store.count(entity))
                                .arg(server.live(entity))));

    // Every entity the outbox touched: same version and same content.
    QSet<QString> touchedMembers;
    for (const Award &a : std::as_const(m_awards))
        touchedMembers.insert(a.memberId);
    const auto same = [&](const QString &entity, const QString &id, const QStringList &fields) {
        const ServerRow row = server.of(entity).value(id);
        const std::optional<QJsonObject> local = store.entity(entity, id);
        if (!local)
            return u"%1 %2 is not cached"_s.arg(entity, id);
        if (store.entityVersion(entity, id) != row.version)
            return u"%1 %2: cached version %3, server %4"_s.arg(entity, id).arg(store.entityVersion(entity, id)).arg(row.version);
        for (const QString &f : fields)
            if (local->value(f) != row.data.value(f))
                return u"%1 %2: cached %3 = %4, server %5"_s.arg(entity, id, f,
                                                                 QString::fromUtf8(QJsonDocument(QJsonArray{local->value(f)}).toJson(QJsonDocument::Compact)),
                                                                 QString::fromUtf8(QJsonDocument(QJsonArray{row.data.value(f)}).toJson(QJsonDocument::Compact)));
        return QString();
    };
    for (const QString &mid : std::as_const(touchedMembers)) {
        const QString diff = same(u"member"_s, mid, {u"points"_s, u"tier"_s, u"status"_s});
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
    for (const Decision &d : std::as_const(m_decisions)) {
        const QString diff = same(u"moderation_item"_s, d.itemId,
                                  {u"status"_s, u"decided_by"_s, u"decision_reason"_s, u"claimed_by"_s});
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
    for (const CampaignCreate &c : std::as_const(m_campaigns)) {
        const QString diff = same(u"campaign"_s, c.id, {u"name"_s, u"owner"_s, u"budget"_s, u"status"_s});
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
    // The cached ledger: the same entries (id, member, points, reason) as the server's.
    qint64 ledger = 0;
    {
        QSqlQuery q(store.database());
        QVERIFY(q.exec(u"SELECT id, member_id, points, reason FROM points_entry WHERE reason LIKE 'synckill %'"_s));
        while (q.next()) {
            ++ledger;
            const ServerRow row = server.of(u"points_entry"_s).value(q.value(0).toString());
            QVERIFY2(!row.data.isEmpty(), qPrintable(u"cached entry %1 is not on the server"_s.arg(q.value(0).toString())));
            QCOMPARE(q.value(1).toString(), row.data.value(u"member_id"_s).toString());
            QCOMPARE(q.value(2).toLongLong(), row.data.value(u"points"_s).toInteger());
            QCOMPARE(q.value(3).toString(), row.data.value(u"reason"_s).toString());
        }
    }
    QCOMPARE(ledger, qint64(m_awards.size()));
    qInfo("synckill: cache equals server: %lld members, %lld decided items, %lld campaigns, %lld ledger entries",
          qint64(touchedMembers.size()), qint64(m_decisions.size()), qint64(m_campaigns.size()), ledger);
}

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_synckill.moc"
