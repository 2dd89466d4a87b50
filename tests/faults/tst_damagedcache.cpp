// Start-up with a cache file that cannot be used: truncated, not SQLite at all, written by
// a newer Steward, holding unsynced changes. Never a crash, never silent loss of the
// outbox: a clear message, the old file kept aside (renamed with a timestamp, never
// deleted), its pending changes carried over into a fresh cache, and the next sync sends
// them (exactly once) and downloads the rest again.
//
// Store level (CacheRecovery), the GUI's dialog (offscreen), the real `steward sync`
// (exit code 4 and --recover-cache against the real server) and the real console binary.

#include "cacherecovery.h"
#include "damagedcachedialog.h"
#include "outboxplan.h"
#include "store.h"
#include "testserver.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

#ifndef STEWARD_BIN
#error "STEWARD_BIN must name the built steward executable"
#endif

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Files in `dir` whose name contains `part`.
QStringList filesWith(const QString &dir, const QString &part)
{
    QStringList out;
    for (const QString &name : QDir(dir).entryList(QDir::Files))
        if (name.contains(part))
            out << name;
    return out;
}

QProcessEnvironment headless()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        env.remove(name);
    env.insert(u"STEWARD_PASSWORD"_s, u"steward-demo"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return env;
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runSteward(const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(headless());
    p.start(QStringLiteral(STEWARD_BIN), args);
    Run r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = u"did not finish"_s;
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Marks the cache as written by a newer Steward (schema 99).
bool makeNewer(const QString &path)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
        && sqlite3_exec(db, "INSERT INTO schema_migrations(version, name, applied_at) VALUES (99, 'future', "
                            "'2030-01-01T00:00:00Z'); PRAGMA user_version = 99; PRAGMA wal_checkpoint(TRUNCATE);",
                        nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}
} // namespace

class TestDamagedCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void notSqliteAtAll();
    void truncatedKeepsAndCarriesTheOutbox();
    void truncatedBeyondTheOutboxSaysSo();
    void newerSchemaCarriesPendingAndConflicts();
    void soundButUnopenableIsLeftAlone();
    void dialogOffersAFreshCache();
    void dialogQuitChangesNothing();
    void consoleWaitsWithTheDialog();
    void syncExitsWithCode4();
    void syncRecoverCarriesOverAndSendsOnce();

private:
    // A cache with `members` members, `pending` awards queued on the first ones (written
    // before the bulk of the members, so they sit early in the file) and one conflict.
    QString makeCache(const QString &dir, int members, int pending, bool conflict = true);

    std::unique_ptr<TestServer> m_server;
};

QString TestDamagedCache::makeCache(const QString &dir, int members, int pending, bool conflict)
{
    const QString path = Store::cacheFilePath(dir);
    Store store;
    QString error;
    if (!store.open(path, &error))
        return error;
    ConnectionProfile profile;
    profile.name = u"default"_s;
    profile.serverUrl = QUrl(u"http://127.0.0.1:1"_s);
    profile.username = u"manager"_s;
    profile.role = u"manager"_s;
    store.saveProfile(profile);
    qint64 seq = 0;
    const auto page = [&](int from, int to) {
        ChangesPage p;
        for (int i = from; i < to; ++i) {
            Change c;
            c.seq = ++seq;
            c.entity = u"member"_s;
            c.id = QString::number(i);
            c.version = 1;
            c.data = QJsonObject{{u"id"_s, c.id}, {u"handle"_s, u"member_%1"_s.arg(i)},
                                 {u"display_name"_s, u"成员 %1 with a longer display name"_s.arg(i)},
                                 {u"points"_s, 100}, {u"tier"_s, u"regular"_s}, {u"status"_s, u"active"_s}};
            p.changes << c;
        }
        Change item;
        item.seq = ++seq;
        item.entity = u"moderation_item"_s;
        item.id = u"item-%1"_s.arg(from);
        item.version = 3;
        item.data = QJsonObject{{u"id"_s, item.id}, {u"status"_s, u"pending"_s}, {u"title"_s, u"a post"_s}};
        p.changes << item;
        p.nextSince = seq;
        return p;
    };
    if (!store.applyChangesPage(page(0, 20), &error))
        return error;
    for (int i = 0; i < pending; ++i) {
        Mutation m;
        m.entity = u"member"_s;
        m.entityId = QString::number(i % 20);
        m.action = u"award_points"_s;
        m.payload = QJsonObject{{u"points"_s, 3}, {u"reason"_s, u"carried award %1"_s.arg(i)}};
        if (store.enqueue(m, &error).isEmpty())
            return error;
    }
    if (conflict) {
        Mutation m;
        m.entity = u"moderation_item"_s;
        m.entityId = u"item-0"_s;
        m.action = u"reject"_s;
        m.payload = QJsonObject{{u"reason"_s, u"spam"_s}};
        const QString id = store.enqueue(m, &error);
        if (id.isEmpty())
            return error;
        MutationResult r;
        r.id = id;
        r.status = MutationResult::Status::Conflict;
        r.entity = m.entity;
        r.entityId = m.entityId;
        r.serverVersion = 9;
        r.serverData = QJsonObject{{u"id"_s, m.entityId}, {u"status"_s, u"approved"_s}, {u"decided_by"_s, u"lin"_s}};
        r.changedBy = u"lin"_s;
        if (!store.recordResults({r}, &error))
            return error;
    }
    for (int from = 20; from < members; from += 1000)
        if (!store.applyChangesPage(page(from, std::min(members, from + 1000)), &error))
            return error;
    store.close(); // checkpoints the WAL into the file
    return {};
}

void TestDamagedCache::initTestCase()
{
    QVERIFY(QFileInfo(QStringLiteral(STEWARD_BIN)).isExecutable());
}

void TestDamagedCache::notSqliteAtAll()
{
    QTemporaryDir dir;
    const QString path = Store::cacheFilePath(dir.path());
    const QByteArray text = QByteArray("Quarterly notes, not a database.\n").repeated(200);
    QVERIFY(writeAll(path, text));
    Store store;
    QString error;
    QVERIFY(!store.open(path, &error));
    const CacheRecovery::Diagnosis d = CacheRecovery::diagnose(path, error);
    QCOMPARE(d.problem, CacheRecovery::Problem::NotACache);
    QVERIFY(d.recoverable());
    QVERIFY2(d.message().contains(u"not a Steward cache"_s) && d.message().contains(path), qPrintable(d.message()));
    const CacheRecovery::Outcome o = CacheRecovery::startFresh(d);
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(readAll(o.asidePath), text); // kept, byte for byte
    QVERIFY(QFileInfo(o.asidePath).fileName().startsWith(u"cache.not-a-cache-"_s));
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(store.pendingCount(), 0);
    QVERIFY(o.message().contains(o.asidePath));
}

void TestDamagedCache::truncatedKeepsAndCarriesTheOutbox()
{
    QTemporaryDir dir;
    const QString made = makeCache(dir.path(), 6000, 25);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    const QString path = Store::cacheFilePath(dir.path());
    QByteArray bytes = readAll(path);
    QVERIFY(bytes.size() > 400 * 1024);
    bytes.truncate(bytes.size() * 6 / 10); // a copy cut short (full disk, interrupted copy)
    QVERIFY(writeAll(path, bytes));

    Store store;
    QString error;
    QVERIFY(!store.open(path, &error));
    qInfo("damagedcache: Store::open on a truncated file: %s", qPrintable(error));
    const CacheRecovery::Diagnosis d = CacheRecovery::diagnose(path, error);
    QCOMPARE(d.problem, CacheRecovery::Problem::Damaged);
    QVERIFY2(d.detail.contains(u"truncated"_s), qPrintable(d.detail));
    QCOMPARE(d.pendingChanges, 25);
    QVERIFY(d.pendingComplete);
    QCOMPARE(d.unresolved, 1);
    QVERIFY2(d.message().contains(u"25 change(s) not yet sent"_s), qPrintable(d.message()));

    const CacheRecovery::Outcome o = CacheRecovery::startFresh(d);
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.carriedChanges, 25);
    QCOMPARE(o.carriedDecisions, 1);
    QCOMPARE(o.leftBehind, 0);
    QCOMPARE(readAll(o.asidePath), bytes); // the damaged file is kept as it was
    QVERIFY(QFileInfo(o.asidePath).fileName().startsWith(u"cache.damaged-"_s));
    QVERIFY2(o.message().contains(o.asidePath) && o.message().contains(u"25 change(s)"_s), qPrintable(o.message()));

    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(store.pendingCount(), 25);
    QCOMPARE(store.conflictCount(), 1);
    QCOMPARE(store.actor(), u"manager"_s); // the profile came along (no secret lives here)
    const QList<OutboxEntry> pending = store.pendingMutations();
    for (int i = 0; i < pending.size(); ++i) // in their order, with their ids and base versions
        QCOMPARE(pending.at(i).mutation.payload.value(u"reason"_s).toString(), u"carried award %1"_s.arg(i));
    QSqlQuery q(store.database());
    QVERIFY(q.exec(u"SELECT count(*) FROM points_entry WHERE local_pending_mutation IS NOT NULL"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 25); // the ledger still shows every pending award
    QCOMPARE(store.count(u"member"_s), 0); // the rest comes back with the next sync
    QVERIFY(!store.syncCursor().hasFeedCursor());
}

void TestDamagedCache::truncatedBeyondTheOutboxSaysSo()
{
    QTemporaryDir dir;
    const QString made = makeCache(dir.path(), 3000, 10);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    const QString path = Store::cacheFilePath(dir.path());
    QByteArray bytes = readAll(path);
    bytes.truncate(3 * 4096); // the schema's first pages only
    QVERIFY(writeAll(path, bytes));
    Store store;
    QString error;
    QVERIFY(!store.open(path, &error));
    const CacheRecovery::Diagnosis d = CacheRecovery::diagnose(path, error);
    QCOMPARE(d.problem, CacheRecovery::Problem::Damaged);
    QVERIFY(!d.pendingComplete); // unknown: the message must not claim "no changes"
    QVERIFY2(!d.message().contains(u"no changes"_s) && d.message().contains(u"not yet sent"_s), qPrintable(d.message()));
    const CacheRecovery::Outcome o = CacheRecovery::startFresh(d);
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(readAll(o.asidePath), bytes);
    // Where the old file is, and that it may still hold unsynced changes.
    QVERIFY2(o.message().contains(o.asidePath) && o.message().contains(u"may hold more unsynced changes"_s),
             qPrintable(o.message()));
    QVERIFY2(store.open(path, &error), qPrintable(error));
}

void TestDamagedCache::newerSchemaCarriesPendingAndConflicts()
{
    QTemporaryDir dir;
    const QString made = makeCache(dir.path(), 200, 5);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    const QString path = Store::cacheFilePath(dir.path());
    QVERIFY(makeNewer(path));
    Store store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.contains(u"newer version"_s), qPrintable(error));
    const CacheRecovery::Diagnosis d = CacheRecovery::diagnose(path, error);
    QCOMPARE(d.problem, CacheRecovery::Problem::NewerSchema);
    QCOMPARE(d.schemaVersion, 99);
    QCOMPARE(d.pendingChanges, 5);
    QVERIFY2(d.message().contains(u"newer version of Steward"_s) && d.message().contains(u"Or quit"_s),
             qPrintable(d.message()));
    QStringList ids;
    {
        // The ids as they were in the old file: carried over unchanged, so a change that
        // already reached the server comes back as a duplicate.
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(db, "SELECT mutation_id FROM outbox ORDER BY seq", -1, &s, nullptr);
        while (sqlite3_step(s) == SQLITE_ROW)
            ids << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
        sqlite3_finalize(s);
        sqlite3_close(db);
    }
    const CacheRecovery::Outcome o = CacheRecovery::startFresh(d);
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.carriedChanges, 5);
    QVERIFY(QFileInfo(o.asidePath).fileName().startsWith(u"cache.newer-"_s));
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QStringList carried;
    for (const OutboxEntry &e : store.pendingMutations())
        carried << e.mutation.id;
    QCOMPARE(carried, ids);
    QCOMPARE(store.conflictCount(), 1);
    // The old file is untouched: still schema 99, still its outbox.
    const CacheRecovery::Diagnosis old = CacheRecovery::diagnose(o.asidePath);
    QCOMPARE(old.problem, CacheRecovery::Problem::NewerSchema);
    QCOMPARE(old.pendingChanges, 5);
}

void TestDamagedCache::soundButUnopenableIsLeftAlone()
{
    // A sound cache is never moved aside, whatever the error was.
    QTemporaryDir dir;
    const QString made = makeCache(dir.path(), 50, 2, false);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    const QString path = Store::cacheFilePath(dir.path());
    const CacheRecovery::Diagnosis d = CacheRecovery::diagnose(path, u"disk I/O error"_s);
    QCOMPARE(d.problem, CacheRecovery::Problem::Unopenable);
    QVERIFY(!d.recoverable());
    const CacheRecovery::Outcome o = CacheRecovery::startFresh(d);
    QVERIFY(!o.ok);
    QVERIFY(filesWith(dir.path(), u"damaged"_s).isEmpty());
    Store store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(store.pendingCount(), 2);
}

void TestDamagedCache::dialogOffersAFreshCache()
{
    QTemporaryDir dir;
    const QString made = makeCache(dir.path(), 200, 7);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    const QString path = Store::cacheFilePath(dir.path());
    QVERIFY(makeNewer(path));
    DamagedCacheDialog dialog(CacheRecovery::diagnose(path, u"newer"_s));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *fresh = dialog.findChild<QPushButton *>(u"startFreshButton"_s);
    auto *quit = dialog.findChild<QPushButton *>(u"quitButton"_s);
    auto *cont = dialog.findChild<QPushButton *>(u"continueButton"_s);
    QVERIFY(fresh && quit && cont);
    QVERIFY(fresh->isVisible() && quit->isVisible() && !cont->isVisible());
    QVERIFY2(dialog.messageText().contains(u"7 change(s) not yet sent"_s), qPrintable(dialog.messageText()));
    QVERIFY(dialog.messageText().contains(QDir::toNativeSeparators(path)));

    QTest::mouseClick(fresh, Qt::LeftButton);
    QVERIFY(dialog.recovered());
    QVERIFY(cont->isVisible() && !fresh->isVisible() && !quit->isVisible());
    QVERIFY2(dialog.messageText().contains(dialog.outcome().asidePath), qPrintable(dialog.messageText()));
    QVERIFY(QFileInfo::exists(dialog.outcome().asidePath));
    QTest::mouseClick(cont, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    Store store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(store.pendingCount(), 7);
}

void TestDamagedCache::dialogQuitChangesNothing()
{
    QTemporaryDir dir;
    const QString path = Store::cacheFilePath(dir.path());
    QVERIFY(writeAll(path, QByteArray("not a database").repeated(100)));
    const QByteArray before = readAll(path);
    DamagedCacheDialog dialog(CacheRecovery::diagnose(path));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"quitButton"_s), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.recovered());
    QCOMPARE(readAll(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
}

void TestDamagedCache::consoleWaitsWithTheDialog()
{
    // The real console on a damaged cache: it neither crashes nor acts on its own — it
    // waits for the user's answer in the dialog, the file untouched.
    QTemporaryDir dir;
    const QString path = Store::cacheFilePath(dir.path());
    const QByteArray junk = QByteArray("\x00\x01garbage", 9).repeated(4000);
    QVERIFY(writeAll(path, junk));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, dir.path()); // no keychain session, no user settings
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(STEWARD_BIN), {u"--data-dir"_s, dir.path()});
    QVERIFY(p.waitForStarted(10000));
    QVERIFY2(!p.waitForFinished(4000), qPrintable(u"the console exited (%1): %2"_s.arg(p.exitCode())
                                                      .arg(QString::fromUtf8(p.readAllStandardError()))));
    QCOMPARE(readAll(path), junk);
    QVERIFY(filesWith(dir.path(), u"not-a-cache"_s).isEmpty());
    p.terminate();
    if (!p.waitForFinished(5000)) {
        p.kill();
        p.waitForFinished(5000);
    }
}

void TestDamagedCache::syncExitsWithCode4()
{
    // --help documents the code.
    const Run help = runSteward({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(u"4 the cache file is damaged"_s) && help.out.contains(u"--recover-cache"_s),
             qPrintable(help.out));

    QTemporaryDir dir;
    const QString path = Store::cacheFilePath(dir.path());
    const QByteArray text = QByteArray("not a database\n").repeated(300);
    QVERIFY(writeAll(path, text));
    // No server is needed to refuse: the cache is checked before logging in.
    const Run r = runSteward({u"sync"_s, u"--server"_s, u"http://127.0.0.1:9"_s, u"--user"_s, u"manager"_s,
                              u"--data-dir"_s, dir.path()});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(u"not a Steward cache"_s) && r.err.contains(u"--recover-cache"_s)
                 && r.err.contains(u"Nothing was changed"_s), qPrintable(r.err));
    QCOMPARE(readAll(path), text);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
}

void TestDamagedCache::syncRecoverCarriesOverAndSendsOnce()
{
    m_server = std::make_unique<TestServer>();
    const QString started = m_server->start({u"--rate-limit"_s, u"0"_s}, 300);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QTemporaryDir dir;
    const QStringList sync{u"sync"_s, u"--server"_s, m_server->url().toString(), u"--user"_s, u"manager"_s,
                           u"--data-dir"_s, dir.path()};
    const Run first = runSteward(sync);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err + first.out));

    // Offline work, then the file is found from a newer Steward (or restored from one).
    const QString path = Store::cacheFilePath(dir.path());
    const TestHttp http(m_server->url());
    const QString token = http.login(u"manager"_s);
    ServerState before;
    QString why;
    QVERIFY2(readServer(http, token, before, &why), qPrintable(why));
    OutboxPlan plan(u"recovered"_s);
    plan.recordBaseline(before);
    {
        Store store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        std::mt19937 rng(7);
        const QString failed = plan.enqueue(store, 40, 8, 3, rng);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    const int queued = int(plan.mutationIds().size());
    QVERIFY(makeNewer(path));

    const Run refused = runSteward(sync);
    QCOMPARE(refused.exitCode, 4);
    // The steward binary loads the English plural forms: "40 changes", not "change(s)".
    QVERIFY2(refused.err.contains(u"newer version of Steward"_s)
                 && refused.err.contains(u"%1 changes not yet sent"_s.arg(queued)),
             qPrintable(refused.err));

    QElapsedTimer timer;
    timer.start();
    const Run recovered = runSteward(sync + QStringList{u"--recover-cache"_s});
    QVERIFY2(recovered.exitCode == 0, qPrintable(recovered.err + recovered.out));
    qInfo("damagedcache: `steward sync --recover-cache` took %lld ms; stderr: %s", timer.elapsed(),
          qPrintable(recovered.err.trimmed().replace(u'\n', u" | "_s)));
    const QStringList aside = filesWith(dir.path(), u"cache.newer-"_s);
    QVERIFY2(!aside.isEmpty(), qPrintable(QDir(dir.path()).entryList().join(u", "_s)));
    QVERIFY(recovered.err.contains(aside.constFirst()));
    QVERIFY(recovered.err.contains(u"%1 changes not yet sent to the server were carried over"_s.arg(queued)));

    ServerState after;
    QVERIFY2(readServer(http, token, after, &why), qPrintable(why));
    const QString serverDiff = plan.checkServer(after);
    QVERIFY2(serverDiff.isEmpty(), qPrintable(serverDiff));
    Store store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    // The conflict-free plan leaves nothing behind; the fresh cache is the server's.
    const QString cacheDiff = plan.checkCache(store, after);
    QVERIFY2(cacheDiff.isEmpty(), qPrintable(cacheDiff));
    m_server.reset();
}

QTEST_MAIN(TestDamagedCache)
#include "tst_damagedcache.moc"
