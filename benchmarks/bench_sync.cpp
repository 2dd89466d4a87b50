// First sync of a large community end to end (reference server and console sync code over
// loopback), the floor for getting the same rows into SQLite (`sqlite3 .import` of CSV
// into an equivalent table), and incremental syncs of 1,000 changes each way. Prints one
// JSON line per figure, each with its target.
//
// Usage: bench_sync [--members N] [--work DIR] [--runs N] [--platform PATH] [--sqlite3 PATH]
//   --members  community size (default 1000000); the seeded platform database is kept in
//              DIR as platform-N.db and reused by later runs (seeding 1M takes ~20 s)
//   --runs     incremental rounds (default 5); the first sync runs once
//   --incremental-only   skip the first sync and the floor: reuse the cache and the server
//              database the last run left in DIR (for profiling the incremental path)
// The run works on a copy of the seeded database, so every run starts from the same state.
#include "benchcommon.h"
#include "apiclient.h"
#include "apireply.h"
#include "entitytables.h"
#include "headlesssync.h"
#include "store.h"
#include "synctypes.h"
#include "syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QUuid>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using Bench::die;
using Bench::median;

namespace {
const QString kPassword = u"steward-demo"_s;

// The reference server on a free loopback port; stopped with the object.
class Platform
{
public:
    Platform(const QString &program, const QString &db, const QStringList &extra = {})
    {
        m_process.setProgram(program);
        m_process.setArguments(QStringList{u"--db"_s, db, u"--port"_s, u"0"_s, u"--rate-limit"_s, u"0"_s,
                                           u"--today"_s, u"2026-11-20"_s} + extra);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted())
            die(u"cannot start %1"_s.arg(program));
        const QRegularExpression listening(u"listening on (http://\\S+)"_s);
        QByteArray seen;
        while (m_url.isEmpty()) {
            if (!m_process.waitForReadyRead(600'000))
                die(u"the platform did not start: %1"_s.arg(QString::fromUtf8(seen)));
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine();
                seen += line;
                if (line.startsWith("seeded"))
                    std::fprintf(stderr, "bench_sync: %s", line.constData());
                if (const auto m = listening.match(QString::fromUtf8(line)); m.hasMatch())
                    m_url = QUrl(m.captured(1));
            }
        }
    }
    ~Platform()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished();
    }
    QUrl url() const { return m_url; }

private:
    QProcess m_process;
    QUrl m_url;
};

QJsonObject waitJson(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError)
        die(u"%1: %2 %3"_s.arg(reply->url().toString(), reply->errorString(), QString::fromUtf8(body.left(300))));
    return QJsonDocument::fromJson(body).object();
}

QString token(QNetworkAccessManager &nam, const QUrl &base, const QString &user)
{
    QNetworkRequest request(base.resolved(QUrl(u"/v1/auth/token"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QJsonObject body{{u"username"_s, user}, {u"password"_s, kPassword}};
    return waitJson(nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)))
        .value(u"access_token"_s).toString();
}

// Another manager (chen) awards points to `count` members: `count` changes on the server
// that the benchmarked client has not seen.
void serverChanges(QNetworkAccessManager &nam, const QUrl &base, const QString &bearer,
                   const QStringList &members, int count, int round)
{
    for (int start = 0; start < count; start += 500) {
        QJsonArray batch;
        for (int i = start; i < std::min(count, start + 500); ++i) {
            batch.append(QJsonObject{{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                     {u"entity"_s, u"member"_s},
                                     {u"entity_id"_s, members.at(i % members.size())},
                                     {u"action"_s, u"award_points"_s},
                                     {u"base_version"_s, 0},
                                     {u"payload"_s, QJsonObject{{u"points"_s, 1 + i % 5},
                                                                {u"reason"_s, u"bench round %1"_s.arg(round)}}}});
        }
        QNetworkRequest request(base.resolved(QUrl(u"/v1/mutations"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
        const QJsonObject answer = waitJson(nam.post(request, QJsonDocument(QJsonObject{{u"mutations"_s, batch}})
                                                                   .toJson(QJsonDocument::Compact)));
        for (const QJsonValue &r : answer.value(u"results"_s).toArray()) {
            if (r.toObject().value(u"status"_s).toString() != u"applied"_s)
                die(u"a server-side award was not applied: %1"_s.arg(QString::fromUtf8(QJsonDocument(r.toObject()).toJson())));
        }
    }
}

qint64 scalar(sqlite3 *db, const QString &sql)
{
    sqlite3_stmt *s = nullptr;
    qint64 v = -1;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        v = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return v;
}

QStringList column(sqlite3 *db, const QString &sql)
{
    QStringList out;
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &s, nullptr) == SQLITE_OK) {
        while (sqlite3_step(s) == SQLITE_ROW)
            out << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
    }
    sqlite3_finalize(s);
    return out;
}

QByteArray runSqlite(const QString &shell, const QStringList &args, const QByteArray &input, double *seconds = nullptr)
{
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(shell, args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(1'800'000) || p.exitCode() != 0)
        die(u"sqlite3 %1 failed: %2"_s.arg(args.join(u' '), QString::fromUtf8(p.readAllStandardError())));
    if (seconds)
        *seconds = timer.nsecsElapsed() / 1e9;
    return p.readAllStandardOutput();
}

struct Floor {
    double seconds = 0;
    qint64 rows = 0;
};

// The same rows, exported to CSV, imported by the sqlite3 shell into a fresh database with
// the cache's table definition and indexes (no triggers, no full-text tables) and the
// cache's own journal settings. Only the .import is timed.
Floor importFloor(const QString &shell, const QString &cachePath, const QStringList &tables, const QString &dir)
{
    Floor floor;
    const QString floorDb = dir + u"/floor.db"_s;
    QFile::remove(floorDb);
    QByteArray schema = "PRAGMA journal_mode=WAL;\n";
    QByteArray script = "PRAGMA synchronous=NORMAL;\nPRAGMA cache_size=-32768;\n.mode csv\n";
    sqlite3 *cache = nullptr;
    if (sqlite3_open_v2(cachePath.toUtf8().constData(), &cache, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        die(u"cannot open the cache"_s);
    for (const QString &table : tables) {
        const QString csv = dir + u"/floor-%1.csv"_s.arg(table);
        QFile out(csv);
        if (!out.open(QIODevice::WriteOnly))
            die(u"cannot write %1"_s.arg(csv));
        out.write(runSqlite(shell, {u"-csv"_s, u"-readonly"_s, cachePath, u"SELECT * FROM \"%1\""_s.arg(table)}, {}));
        out.close();
        floor.rows += scalar(cache, u"SELECT count(*) FROM \"%1\""_s.arg(table));
        for (const QString &sql : column(cache, u"SELECT sql FROM sqlite_master WHERE tbl_name = '%1' AND sql IS NOT NULL "
                                                 "AND type IN ('table','index') ORDER BY type = 'index'"_s.arg(table)))
            schema += sql.toUtf8() + ";\n";
        script += ".import '" + csv.toUtf8() + "' \"" + table.toUtf8() + "\"\n";
    }
    sqlite3_close(cache);
    runSqlite(shell, {floorDb}, schema);
    runSqlite(shell, {floorDb}, script, &floor.seconds);
    for (const QString &table : tables)
        QFile::remove(dir + u"/floor-%1.csv"_s.arg(table));
    return floor;
}

long peakRssKib()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    qint64 members = 1'000'000;
    int runs = 5;
    QString work = QDir::tempPath() + u"/steward-bench"_s;
    QString platform = QCoreApplication::applicationDirPath() + u"/../server/steward-platform"_s;
    QString shell = u"sqlite3"_s;
    const bool incrementalOnly = args.removeAll(u"--incremental-only"_s) > 0;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--members"_s)
            members = args.at(i + 1).toLongLong();
        else if (args.at(i) == u"--runs"_s)
            runs = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == u"--work"_s)
            work = args.at(i + 1);
        else if (args.at(i) == u"--platform"_s)
            platform = args.at(i + 1);
        else if (args.at(i) == u"--sqlite3"_s)
            shell = args.at(i + 1);
        else
            die(u"unknown option %1"_s.arg(args.at(i)));
    }
    QDir().mkpath(work);
    const QString seeded = work + u"/platform-%1.db"_s.arg(members);
    if (!QFile::exists(seeded)) {
        Platform seeding(platform, seeded + u".part"_s, {u"--members"_s, QString::number(members)});
    }
    if (QFile::exists(seeded + u".part"_s)) {
        // The platform was stopped with SIGTERM: fold its write-ahead log into the file
        // (closing the last connection does) before the file is copied on its own.
        sqlite3 *db = nullptr;
        if (sqlite3_open((seeded + u".part"_s).toUtf8().constData(), &db) != SQLITE_OK
            || sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;", nullptr, nullptr, nullptr) != SQLITE_OK)
            die(u"cannot checkpoint the seeded database"_s);
        sqlite3_close(db);
        QFile::rename(seeded + u".part"_s, seeded);
    }
    const QString runDb = work + u"/platform-run.db"_s;
    const QString dataDir = work + u"/cache"_s;
    const QString cachePath = Store::cacheFilePath(dataDir);
    if (incrementalOnly && (!QFile::exists(runDb) || !QFile::exists(cachePath)))
        die(u"--incremental-only: no cache and server database from an earlier run in %1"_s.arg(work));
    if (!incrementalOnly) {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(runDb + suffix);
        if (!QFile::copy(seeded, runDb))
            die(u"cannot copy %1"_s.arg(seeded));
    }
    Platform server(platform, runDb);
    QStringList someMembers;
    QElapsedTimer timer;
    if (!incrementalOnly) {

    // First sync: the same code as `steward sync`, into an empty data directory.
    QDir(dataDir).removeRecursively();
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    HeadlessSyncOptions options;
    options.serverUrl = server.url();
    options.username = u"manager"_s;
    options.password = kPassword;
    options.dataDir = dataDir;
    options.quiet = true;
    timer.start();
    const int code = HeadlessSync::run(options, outStream, errStream);
    const double firstSeconds = timer.nsecsElapsed() / 1e9;
    if (code != 0)
        die(u"first sync failed (%1): %2"_s.arg(code).arg(err));
    const long firstRss = peakRssKib();

    // The entity tables the snapshot filled.
    sqlite3 *cache = nullptr;
    sqlite3_open_v2(cachePath.toUtf8().constData(), &cache, SQLITE_OPEN_READONLY, nullptr);
    QStringList tables;
    qint64 memberRows = 0;
    for (const QString &entity : EntityTables::entities()) {
        const QString table = EntityTables::tableFor(entity);
        if (scalar(cache, u"SELECT count(*) FROM \"%1\""_s.arg(table)) > 0)
            tables << table;
    }
    memberRows = scalar(cache, u"SELECT count(*) FROM member"_s);
    sqlite3_close(cache);

    const Floor memberFloor = importFloor(shell, cachePath, {u"member"_s}, work);
    const Floor allFloor = importFloor(shell, cachePath, tables, work);
    std::printf("{\"benchmark\":\"first_sync\",\"members\":%lld,\"rows\":%lld,\"tables\":%lld,\"seconds\":%.2f,"
                "\"floor_all_rows_seconds\":%.2f,\"ratio_to_floor\":%.2f,\"member_rows\":%lld,"
                "\"floor_member_rows_seconds\":%.2f,\"peak_rss_mib\":%.0f,\"target\":\"within 2x of the floor\"}\n",
                static_cast<long long>(members), static_cast<long long>(allFloor.rows),
                static_cast<long long>(tables.size()), firstSeconds, allFloor.seconds, firstSeconds / allFloor.seconds,
                static_cast<long long>(memberRows), memberFloor.seconds, firstRss / 1024.0);
    std::fflush(stdout);
    }
    {
        sqlite3 *cache = nullptr;
        sqlite3_open_v2(cachePath.toUtf8().constData(), &cache, SQLITE_OPEN_READONLY, nullptr);
        someMembers = column(cache, u"SELECT id FROM member ORDER BY id LIMIT 1000"_s);
        sqlite3_close(cache);
    }

    // Incremental: the console's periodic sync, token already held (as the GUI's sync
    // service does), after another manager made 1,000 changes; and 1,000 local awards pushed.
    QNetworkAccessManager nam;
    const QString chen = token(nam, server.url(), u"chen"_s);
    const QString manager = token(nam, server.url(), u"manager"_s);
    SyncEngine::Options engineOptions;
    engineOptions.databasePath = cachePath;
    engineOptions.serverUrl = server.url();
    SyncEngine engine(engineOptions);
    QString error;
    if (!engine.open(&error))
        die(error);
    engine.setAccessToken(manager);
    if (!engine.runSync().ok)
        die(u"catch-up sync failed"_s);
    Store store;
    if (!store.open(cachePath, &error))
        die(error);
    std::vector<double> pullMs, pushMs;
    qint64 pulled = 0, pushed = 0;
    for (int round = 0; round < runs; ++round) {
        serverChanges(nam, server.url(), chen, someMembers, 1000, round);
        timer.restart();
        const SyncEngine::Outcome pull = engine.runSync();
        pullMs.push_back(timer.nsecsElapsed() / 1e6);
        if (!pull.ok)
            die(u"incremental pull failed: %1"_s.arg(pull.message));
        pulled = pull.pulled;

        QList<Mutation> awards;
        for (int i = 0; i < 1000; ++i) {
            Mutation m;
            m.entity = u"member"_s;
            m.entityId = someMembers.at((i * 7 + round) % someMembers.size());
            m.action = u"award_points"_s;
            m.payload = QJsonObject{{u"points"_s, 2}, {u"reason"_s, u"bench push round %1"_s.arg(round)}};
            awards << m;
        }
        if (store.enqueueAll(awards, &error).size() != 1000)
            die(u"cannot queue the awards: %1"_s.arg(error));
        timer.restart();
        const SyncEngine::Outcome push = engine.runSync();
        pushMs.push_back(timer.nsecsElapsed() / 1e6);
        if (!push.ok || push.pushed != 1000)
            die(u"incremental push failed: %1 (%2 pushed)"_s.arg(push.message).arg(push.pushed));
        pushed = push.pushed;
    }
    std::printf("{\"benchmark\":\"incremental_pull\",\"changes_made\":1000,\"changes_pulled\":%lld,\"runs\":%d,"
                "\"median_ms\":%.1f,\"max_ms\":%.1f,\"target_ms\":200}\n",
                static_cast<long long>(pulled), runs, median(pullMs), *std::max_element(pullMs.begin(), pullMs.end()));
    std::printf("{\"benchmark\":\"incremental_push\",\"changes_pushed\":%lld,\"runs\":%d,\"median_ms\":%.1f,"
                "\"max_ms\":%.1f,\"target_ms\":200}\n",
                static_cast<long long>(pushed), runs, median(pushMs), *std::max_element(pushMs.begin(), pushMs.end()));
    return 0;
}
