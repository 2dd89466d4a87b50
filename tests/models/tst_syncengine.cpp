#include "store.h"
#include "syncengine.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The sync engine against the real reference server.
class tst_SyncEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void snapshotAndFeedGiveIdenticalCaches();
    void incrementalSync();
    void resumesAfterInterruptedSnapshot();
    void replayedPushIsNotAppliedTwice();
    void conflictRoundTrip();
    void unauthorizedKeepsOutbox();
    void rateLimitedSyncStillFinishes();
    void serverDownThenBack();

private:
    struct Client {
        QString path;
        std::unique_ptr<Store> store;
        std::unique_ptr<SyncEngine> engine;
    };
    std::unique_ptr<Client> client(const QString &name, const QString &user, SyncEngine::Options options = {});
    static QString dump(Store &store);
    Mutation mutation(const QString &entity, const QString &id, const QString &action, QJsonObject payload = {});
    QString firstPendingItem();

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_SyncEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<TestServer>();
    QStringList args;
    if (QByteArray(QTest::currentTestFunction()) == "rateLimitedSyncStillFinishes")
        args << u"--rate-limit"_s << u"2"_s;
    const QString error = m_server->start(args, 300);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_SyncEngine::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

std::unique_ptr<tst_SyncEngine::Client> tst_SyncEngine::client(const QString &name, const QString &user,
                                                               SyncEngine::Options options)
{
    auto c = std::make_unique<Client>();
    c->path = m_dir->filePath(name + u".sqlite"_s);
    c->store = std::make_unique<Store>();
    QString error;
    if (!c->store->open(c->path, &error))
        qFatal("open: %s", qPrintable(error));
    ConnectionProfile p;
    p.serverUrl = m_server->url();
    p.username = user;
    c->store->saveProfile(p);
    options.databasePath = c->path;
    options.serverUrl = m_server->url();
    c->engine = std::make_unique<SyncEngine>(options);
    if (!c->engine->open(&error))
        qFatal("engine: %s", qPrintable(error));
    c->engine->setAccessToken(TestHttp(m_server->url()).login(user));
    return c;
}

QString tst_SyncEngine::dump(Store &store)
{
    QString out;
    for (const QString &entity : Store::entityNames()) {
        QSqlQuery q(store.database());
        q.exec(u"SELECT * FROM \"%1\" ORDER BY id"_s.arg(Store::tableFor(entity)));
        while (q.next()) {
            out += entity;
            for (int i = 0; i < q.record().count(); ++i)
                if (q.record().fieldName(i) != u"rid"_s)
                    out += u"|"_s + q.value(i).toString();
            out += u"\n"_s;
        }
    }
    return out;
}

Mutation tst_SyncEngine::mutation(const QString &entity, const QString &id, const QString &action, QJsonObject payload)
{
    Mutation m;
    m.entity = entity;
    m.entityId = id;
    m.action = action;
    m.payload = payload;
    return m;
}

void tst_SyncEngine::snapshotAndFeedGiveIdenticalCaches()
{
    SyncEngine::Options viaSnapshot;
    viaSnapshot.snapshotPageSize = 700; // several pages per big entity
    auto a = client(u"snapshot"_s, u"analyst"_s, viaSnapshot);
    SyncEngine::Options viaFeed;
    viaFeed.snapshotOnFirstSync = false;
    viaFeed.changesPageSize = 900;
    auto b = client(u"feed"_s, u"analyst"_s, viaFeed);
    QSignalSpy progress(a->engine.get(), &SyncEngine::progress);
    const auto ra = a->engine->runSync();
    QVERIFY2(ra.ok, qPrintable(ra.message));
    const auto rb = b->engine->runSync();
    QVERIFY2(rb.ok, qPrintable(rb.message));
    QVERIFY(progress.size() > 1);
    QCOMPARE(a->store->count(u"member"_s), 300);
    QVERIFY(a->store->count(u"moderation_item"_s) > 0);
    const QString da = dump(*a->store);
    const QString db = dump(*b->store);
    QVERIFY(da.size() > 10000);
    QCOMPARE(da, db);
    QCOMPARE(a->store->syncCursor().feedSince, b->store->syncCursor().feedSince);
    QVERIFY(a->store->lastSuccessfulSync().isValid());
    QCOMPARE(a->store->syncRuns().size(), 1);
    QVERIFY(a->store->syncRuns()[0].ok);
}

QString tst_SyncEngine::firstPendingItem()
{
    TestHttp http(m_server->url());
    const QString token = http.login(u"analyst"_s);
    // The feed lists every item; pick a pending one from the snapshot of a fresh client.
    const QJsonArray changes = http.get(u"/v1/changes?since=0&limit=5000"_s, token).json().value(u"changes"_s).toArray();
    for (const QJsonValue &c : changes) {
        const QJsonObject o = c.toObject();
        if (o.value(u"entity"_s).toString() == u"moderation_item"_s
            && o.value(u"data"_s).toObject().value(u"status"_s).toString() == u"pending"_s
            && o.value(u"data"_s).toObject().value(u"claimed_by"_s).isNull())
            return o.value(u"id"_s).toString();
    }
    return {};
}

void tst_SyncEngine::incrementalSync()
{
    auto mod = client(u"mod"_s, u"moderator"_s);
    QVERIFY(mod->engine->runSync().ok);
    const QString item = firstPendingItem();
    QVERIFY(!item.isEmpty());
    // Someone else decides an item: the next sync brings just that (and its audit entry).
    TestHttp http(m_server->url());
    const QString lin = http.login(u"lin"_s);
    const QByteArray body = R"({"mutations":[{"id":"lin-1","entity":"moderation_item","entity_id":")" + item.toUtf8()
        + R"(","action":"approve","base_version":)" + QByteArray::number(mod->store->entityVersion(u"moderation_item"_s, item))
        + R"(,"payload":{}}]})";
    QCOMPARE(http.post(u"/v1/mutations"_s, body, lin).json().value(u"results"_s).toArray()[0].toObject()
                 .value(u"status"_s).toString(), u"applied"_s);
    QElapsedTimer timer;
    timer.start();
    const auto r = mod->engine->runSync();
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(r.pulled >= 2 && r.pulled < 10);
    QCOMPARE(mod->store->entity(u"moderation_item"_s, item)->value(u"status"_s).toString(), u"approved"_s);
    QCOMPARE(mod->store->entity(u"moderation_item"_s, item)->value(u"decided_by"_s).toString(), u"lin"_s);
    // A change of our own goes up and comes back with the server's version.
    const QString note = mod->store->enqueue(mutation(u"member"_s, u"1"_s, u"add_note"_s, {{u"text"_s, u"welcome 欢迎"_s}}));
    QVERIFY(!note.isEmpty());
    const auto r2 = mod->engine->runSync();
    QVERIFY2(r2.ok, qPrintable(r2.message));
    QCOMPARE(r2.pushed, 1);
    QCOMPARE(mod->store->pendingCount(), 0);
    const QJsonObject server = http.get(u"/v1/entities/member/1"_s, lin).json();
    QCOMPARE(mod->store->entityVersion(u"member"_s, u"1"_s), server.value(u"version"_s).toInteger());
    QCOMPARE(mod->store->entity(u"member"_s, u"1"_s)->value(u"notes"_s),
             server.value(u"data"_s).toObject().value(u"notes"_s));
    qInfo("incremental sync: %lld ms", timer.elapsed());
}

void tst_SyncEngine::resumesAfterInterruptedSnapshot()
{
    SyncEngine::Options options;
    options.snapshotPageSize = 100;
    auto c = client(u"resume"_s, u"analyst"_s, options);
    c->engine->setPageHook([](const QString &phase, qint64 pages) { return !(phase == u"snapshot"_s && pages == 3); });
    const auto first = c->engine->runSync();
    QVERIFY(!first.ok);
    QCOMPARE(first.error.kind(), ApiError::Kind::Cancelled);
    const SyncCursor cursor = c->store->syncCursor();
    QVERIFY(!cursor.snapshotCursor.isEmpty());
    QVERIFY(!cursor.hasFeedCursor());
    QVERIFY(first.pulled > 0);
    QVERIFY(c->store->count(u"member"_s) < 300);
    c->engine->setPageHook({});
    const auto second = c->engine->runSync();
    QVERIFY2(second.ok, qPrintable(second.message));
    QVERIFY(c->store->syncCursor().snapshotCursor.isEmpty());
    // The same cache as one uninterrupted sync.
    auto whole = client(u"whole"_s, u"analyst"_s);
    QVERIFY(whole->engine->runSync().ok);
    QCOMPARE(dump(*c->store), dump(*whole->store));
}

void tst_SyncEngine::replayedPushIsNotAppliedTwice()
{
    auto mgr = client(u"mgr"_s, u"manager"_s);
    QVERIFY(mgr->engine->runSync().ok);
    const qint64 before = mgr->store->entity(u"member"_s, u"2"_s)->value(u"points"_s).toInteger();
    const QString id = mgr->store->enqueue(mutation(u"member"_s, u"2"_s, u"award_points"_s,
                                                    {{u"points"_s, 25}, {u"reason"_s, u"quiz winner"_s}}));
    QVERIFY(!id.isEmpty());
    QCOMPARE(mgr->store->entity(u"member"_s, u"2"_s)->value(u"points"_s).toInteger(), before + 25);
    // The push reaches the server, but the app dies before the results are recorded.
    TestHttp http(m_server->url());
    const QString token = http.login(u"manager"_s);
    const QJsonObject m = mgr->store->pendingMutations()[0].mutation.toJson();
    const QByteArray body = QJsonDocument(QJsonObject{{u"mutations"_s, QJsonArray{m}}}).toJson(QJsonDocument::Compact);
    QCOMPARE(http.post(u"/v1/mutations"_s, body, token).json().value(u"results"_s).toArray()[0].toObject()
                 .value(u"status"_s).toString(), u"applied"_s);
    QCOMPARE(mgr->store->pendingCount(), 1);
    // Restarted: the same id is pushed again and answered "duplicate".
    const auto r = mgr->engine->runSync();
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(mgr->store->pendingCount(), 0);
    const qint64 server = http.get(u"/v1/entities/member/2"_s, token).json().value(u"data"_s).toObject()
                              .value(u"points"_s).toInteger();
    QCOMPARE(server, before + 25);
    QCOMPARE(mgr->store->entity(u"member"_s, u"2"_s)->value(u"points"_s).toInteger(), before + 25);
    QSqlQuery q(mgr->store->database());
    QVERIFY(q.exec(u"SELECT count(*) FROM points_entry WHERE member_id = '2' AND reason = 'quiz winner'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1); // the server's entry; the pending one is gone
}

void tst_SyncEngine::conflictRoundTrip()
{
    auto mod = client(u"mod"_s, u"moderator"_s);
    auto lin = client(u"lin"_s, u"lin"_s);
    QVERIFY(mod->engine->runSync().ok);
    QVERIFY(lin->engine->runSync().ok);
    const QString item = firstPendingItem();
    // Both decide the same item offline; lin syncs first.
    QVERIFY(!lin->store->enqueue(mutation(u"moderation_item"_s, item, u"approve"_s)).isEmpty());
    QVERIFY(!mod->store->enqueue(mutation(u"moderation_item"_s, item, u"reject"_s, {{u"reason"_s, u"spam"_s}})).isEmpty());
    QVERIFY(lin->engine->runSync().ok);
    const auto r = mod->engine->runSync();
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.conflicts, 1);
    QCOMPARE(mod->store->pendingCount(), 0);
    auto conflicts = mod->store->conflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts[0].changedBy, u"lin"_s);
    QCOMPARE(conflicts[0].mine.action, u"reject"_s);
    QCOMPARE(conflicts[0].theirData->value(u"status"_s).toString(), u"approved"_s);
    QCOMPARE(mod->store->entity(u"moderation_item"_s, item)->value(u"status"_s).toString(), u"approved"_s);
    QVERIFY(mod->store->takeTheirs(conflicts[0].id));
    QCOMPARE(mod->store->conflictCount(), 0);

    // An edit conflict: both change the same keyword rule; mod keeps theirs... then mine.
    QSqlQuery q(mod->store->database());
    QVERIFY(q.exec(u"SELECT id FROM keyword_rule ORDER BY id LIMIT 1"_s) && q.next());
    const QString rule = q.value(0).toString();
    q.finish(); // an unfinished statement would pin this connection to an old WAL snapshot
    QVERIFY(!lin->store->enqueue(mutation(u"keyword_rule"_s, rule, u"update"_s, {{u"note"_s, u"lin's note"_s}})).isEmpty());
    QVERIFY(!mod->store->enqueue(mutation(u"keyword_rule"_s, rule, u"update"_s, {{u"label"_s, u"spam"_s}})).isEmpty());
    QVERIFY(lin->engine->runSync().ok);
    QCOMPARE(mod->engine->runSync().conflicts, 1);
    conflicts = mod->store->conflicts();
    QCOMPARE(conflicts.size(), 1);
    const QString again = mod->store->keepMine(conflicts[0].id);
    QVERIFY(!again.isEmpty());
    const auto r2 = mod->engine->runSync();
    QVERIFY2(r2.ok, qPrintable(r2.message));
    QCOMPARE(r2.conflicts, 0);
    QCOMPARE(mod->store->pendingCount(), 0);
    const auto cached = mod->store->entity(u"keyword_rule"_s, rule);
    QCOMPARE(cached->value(u"label"_s).toString(), u"spam"_s);
    QCOMPARE(cached->value(u"note"_s).toString(), u"lin's note"_s);
}

void tst_SyncEngine::unauthorizedKeepsOutbox()
{
    auto mod = client(u"mod"_s, u"moderator"_s);
    QVERIFY(mod->engine->runSync().ok);
    QVERIFY(!mod->store->enqueue(mutation(u"member"_s, u"3"_s, u"add_note"_s, {{u"text"_s, u"x"_s}})).isEmpty());
    mod->engine->setAccessToken(u"expired-or-forged"_s);
    QSignalSpy auth(mod->engine.get(), &SyncEngine::authenticationRequired);
    QSignalSpy state(mod->engine.get(), &SyncEngine::stateChanged);
    const auto r = mod->engine->runSync();
    QVERIFY(!r.ok);
    QCOMPARE(r.error.kind(), ApiError::Kind::Unauthorized);
    QCOMPARE(auth.size(), 1);
    QCOMPARE(state.last().at(0).value<SyncStatus::State>(), SyncStatus::State::AuthRequired);
    const auto pending = mod->store->pendingMutations();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending[0].attempts, 0);
    // Logged in again: the change goes up.
    mod->engine->setAccessToken(TestHttp(m_server->url()).login(u"moderator"_s));
    QVERIFY(mod->engine->runSync().ok);
    QCOMPARE(mod->store->pendingCount(), 0);
}

void tst_SyncEngine::rateLimitedSyncStillFinishes()
{
    SyncEngine::Options options;
    options.snapshotOnFirstSync = false;
    options.changesPageSize = 200; // many small requests, over 2 a second
    options.maxAttempts = 20;
    auto c = client(u"limited"_s, u"analyst"_s, options);
    QSignalSpy progress(c->engine.get(), &SyncEngine::progress);
    const auto r = c->engine->runSync();
    QVERIFY2(r.ok, qPrintable(r.message));
    bool retried = false;
    for (const auto &args : progress)
        retried |= args.at(0).toString().startsWith(u"Retrying"_s);
    QVERIFY(retried);
    QCOMPARE(c->store->count(u"member"_s), 300);
}

void tst_SyncEngine::serverDownThenBack()
{
    SyncEngine::Options options;
    options.maxAttempts = 2;
    options.baseBackoffMs = 50;
    auto mod = client(u"mod"_s, u"moderator"_s, options);
    QVERIFY(mod->engine->runSync().ok);
    QVERIFY(!mod->store->enqueue(mutation(u"member"_s, u"4"_s, u"add_note"_s, {{u"text"_s, u"offline note"_s}})).isEmpty());
    m_server->stop();
    QSignalSpy online(mod->engine.get(), &SyncEngine::onlineChanged);
    const auto r = mod->engine->runSync();
    QVERIFY(!r.ok);
    QCOMPARE(r.error.kind(), ApiError::Kind::Network);
    QVERIFY2(r.message.contains(u"cannot be reached"_s), qPrintable(r.message));
    QCOMPARE(online.size(), 1);
    QCOMPARE(mod->store->pendingCount(), 1);
    QCOMPARE(mod->store->pendingMutations()[0].attempts, 1);
    QVERIFY(!mod->store->syncRuns()[0].ok);
    const QString error = m_server->restart();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    mod->engine->setAccessToken(TestHttp(m_server->url()).login(u"moderator"_s));
    // The restarted server may listen on another port: a fresh engine for the new URL.
    SyncEngine::Options again = options;
    again.databasePath = mod->path;
    again.serverUrl = m_server->url();
    SyncEngine engine(again);
    QVERIFY(engine.open());
    engine.setAccessToken(TestHttp(m_server->url()).login(u"moderator"_s));
    const auto r2 = engine.runSync();
    QVERIFY2(r2.ok, qPrintable(r2.message));
    QCOMPARE(mod->store->pendingCount(), 0);
}

QTEST_GUILESS_MAIN(tst_SyncEngine)
#include "tst_syncengine.moc"
