#include "schemamigrator.h"

#include "fulltext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <sqlite3.h>

#include <mutex>

using namespace Qt::StringLiterals;

namespace {
bool execSql(sqlite3 *db, const QString &sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return false;
}

int intQuery(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    int value = 0;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

void ftsText(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QString spaced = FullText::indexText(QString::fromUtf8(text, sqlite3_value_bytes(argv[0])));
    const QByteArray utf8 = spaced.toUtf8();
    sqlite3_result_text(ctx, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}
} // namespace

QList<SchemaMigrator::Migration> SchemaMigrator::migrations()
{
    static const QRegularExpression name(u"^(\\d{4})_(\\w+)\\.sql$"_s);
    QList<Migration> out;
    const QDir dir(u":/steward/migrations"_s);
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = name.match(file);
        if (m.hasMatch())
            out.append({m.captured(1).toInt(), m.captured(2), dir.filePath(file)});
    }
    return out;
}

int SchemaMigrator::latestVersion()
{
    const auto all = migrations();
    return all.isEmpty() ? 0 : all.constLast().version;
}

bool SchemaMigrator::prepareConnection(sqlite3 *db, QString *error)
{
    // One bound for SQLite's memory in the whole process (every connection, ours and Qt's
    // QSQLITE ones, share the library): past it SQLite recycles cached pages instead of
    // growing. Each pane's worker keeps a connection with its own page cache; without a
    // bound they added up to over 400 MB in a session over a 1M-member cache.
    static std::once_flag bounded;
    std::call_once(bounded, [] { sqlite3_soft_heap_limit64(kSoftHeapLimitBytes); });
    if (sqlite3_create_function_v2(db, "steward_fts_text", 1,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                   nullptr, ftsText, nullptr, nullptr, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    // Two connections (GUI and sync worker) write the same file: wait instead of failing.
    return execSql(db, u"PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; "
                       "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; "
                       "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768;"_s, error);
}

int SchemaMigrator::currentVersion(sqlite3 *db)
{
    const int userVersion = intQuery(db, "PRAGMA user_version");
    const bool hasTable = intQuery(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                       "AND name = 'schema_migrations'") > 0;
    const int recorded = hasTable ? intQuery(db, "SELECT coalesce(max(version), 0) FROM schema_migrations") : 0;
    return std::max(userVersion, recorded);
}

bool SchemaMigrator::migrate(sqlite3 *db, QString *error, int target)
{
    const int latest = latestVersion();
    if (target < 0)
        target = latest;
    const int current = currentVersion(db);
    if (current > latest) {
        if (error) {
            *error = QCoreApplication::translate("Store", "This cache was written by a newer version of Steward "
                                                          "(schema %1; this version knows up to %2). Update Steward, "
                                                          "or use another data directory.").arg(current).arg(latest);
        }
        return false;
    }
    if (!execSql(db, u"CREATE TABLE IF NOT EXISTS schema_migrations(version INTEGER PRIMARY KEY, "
                     "name TEXT NOT NULL, applied_at TEXT NOT NULL)"_s, error))
        return false;
    for (const Migration &m : migrations()) {
        if (m.version <= current || m.version > target)
            continue;
        QFile file(m.resourcePath);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = u"missing migration %1"_s.arg(m.resourcePath);
            return false;
        }
        const QString sql = QString::fromUtf8(file.readAll());
        const QString record = u"INSERT INTO schema_migrations(version, name, applied_at) VALUES (%1, '%2', '%3');"
                               "PRAGMA user_version = %1;"_s
                                   .arg(m.version).arg(m.name, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        QString why;
        if (!execSql(db, u"BEGIN IMMEDIATE"_s, &why) || !execSql(db, sql, &why) || !execSql(db, record, &why)
            || !execSql(db, u"COMMIT"_s, &why)) {
            execSql(db, u"ROLLBACK"_s, nullptr);
            if (error)
                *error = u"migration %1 (%2) failed: %3"_s.arg(m.version).arg(m.name, why);
            return false;
        }
    }
    return true;
}

bool SchemaMigrator::checkReadable(sqlite3 *db, QString *error)
{
    for (const char *table : {"outbox", "conflict", "rejected_mutation", "sync_state", "profile"}) {
        // count(*) visits every page of the table's b-tree; these tables are small.
        sqlite3_stmt *stmt = nullptr;
        const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
        int rc = sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(stmt);
        sqlite3_finalize(stmt);
        if (rc != SQLITE_ROW) {
            if (error)
                *error = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
    }
    return true;
}
