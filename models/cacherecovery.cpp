#include "cacherecovery.h"

#include "schemamigrator.h"
#include "store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {
constexpr char kMagic[] = "SQLite format 3"; // and a NUL: the first 16 bytes of every SQLite file

// Rows of one table read from the old file: its column names and values.
struct TableRows {
    QStringList columns;
    QList<QVariantList> rows;
    bool complete = true; // false: reading stopped at an error (some rows may be missing)
    bool present = false; // the table exists and could be queried
};

// What the old file holds that must not be lost.
struct Carry {
    TableRows profile, outbox, ledger, conflicts, rejected;
};

QVariant columnValue(sqlite3_stmt *s, int i)
{
    switch (sqlite3_column_type(s, i)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(s, i));
    case SQLITE_FLOAT:
        return sqlite3_column_double(s, i);
    case SQLITE_TEXT:
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, i)), sqlite3_column_bytes(s, i));
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(s, i)), sqlite3_column_bytes(s, i));
    default:
        return QVariant(QMetaType::fromType<QString>());
    }
}

// Steps through `sql`; returns the final SQLite code (SQLITE_DONE when every row was read).
int each(sqlite3 *db, const QString &sql, const std::function<void(sqlite3_stmt *)> &row, QString *error = nullptr)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            row(stmt);
    }
    if (rc != SQLITE_DONE && error)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    return rc;
}

TableRows readTable(sqlite3 *db, const QString &table, const QString &tail = {})
{
    TableRows t;
    const int rc = each(db, u"SELECT * FROM \"%1\" %2"_s.arg(table, tail), [&t](sqlite3_stmt *s) {
        const int n = sqlite3_column_count(s);
        if (t.columns.isEmpty()) {
            for (int i = 0; i < n; ++i)
                t.columns << QString::fromUtf8(sqlite3_column_name(s, i));
        }
        QVariantList values;
        values.reserve(n);
        for (int i = 0; i < n; ++i)
            values << columnValue(s, i);
        t.rows << values;
    });
    t.present = rc == SQLITE_DONE || !t.rows.isEmpty();
    t.complete = rc == SQLITE_DONE;
    return t;
}

class OldFile
{
public:
    explicit OldFile(const QString &path)
    {
        // Read-only: diagnosing and carrying over never change the old file.
        m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
        if (m_rc == SQLITE_OK)
            sqlite3_busy_timeout(m_db, 5000);
    }
    ~OldFile() { sqlite3_close_v2(m_db); }
    sqlite3 *handle() const { return m_db; }
    int openCode() const { return m_rc; }
    QString errorString() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString(); }

    // A first read. Corrupt: retried with writable_schema, which makes SQLite read the
    // pages a truncated file still has instead of refusing the whole file.
    int probe(QString *error, bool *forced)
    {
        *forced = false;
        int rc = each(m_db, u"SELECT count(*) FROM sqlite_master"_s, [](sqlite3_stmt *) {}, error);
        if (rc == SQLITE_CORRUPT) {
            each(m_db, u"PRAGMA writable_schema = ON"_s, [](sqlite3_stmt *) {});
            QString ignored;
            if (each(m_db, u"SELECT count(*) FROM sqlite_master"_s, [](sqlite3_stmt *) {}, &ignored) == SQLITE_DONE)
                *forced = true;
        }
        return rc;
    }

    int schemaVersion()
    {
        int version = 0;
        each(m_db, u"PRAGMA user_version"_s, [&](sqlite3_stmt *s) { version = sqlite3_column_int(s, 0); });
        each(m_db, u"SELECT max(version) FROM schema_migrations"_s,
             [&](sqlite3_stmt *s) { version = std::max(version, sqlite3_column_int(s, 0)); });
        return version;
    }

    Carry carry()
    {
        Carry c;
        c.profile = readTable(m_db, u"profile"_s);
        c.outbox = readTable(m_db, u"outbox"_s, u"ORDER BY seq"_s);
        // The optimistic ledger rows of awards still in the outbox.
        c.ledger = readTable(m_db, u"points_entry"_s,
                             u"WHERE local_pending_mutation IN (SELECT mutation_id FROM outbox)"_s);
        c.conflicts = readTable(m_db, u"conflict"_s, u"ORDER BY id"_s);
        c.rejected = readTable(m_db, u"rejected_mutation"_s, u"ORDER BY id"_s);
        return c;
    }

private:
    sqlite3 *m_db = nullptr;
    int m_rc = SQLITE_OK;
};

// Whether the file's own header says it is longer than it is (a truncated copy).
bool truncatedByHeader(const QString &path, qint64 size)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray h = f.read(100);
    if (h.size() < 100)
        return true;
    const auto u16 = [&h](int at) { return (quint32(quint8(h[at])) << 8) | quint8(h[at + 1]); };
    const auto u32 = [&h](int at) {
        return (quint32(quint8(h[at])) << 24) | (quint32(quint8(h[at + 1])) << 16) | (quint32(quint8(h[at + 2])) << 8)
            | quint8(h[at + 3]);
    };
    const qint64 pageSize = u16(16) == 1 ? 65536 : u16(16);
    const quint32 pages = u32(28);
    const bool countValid = u32(24) == u32(92); // the page count is valid for this change counter
    if (pageSize < 512)
        return true;
    return size < pageSize || (countValid && pages > 0 && size < qint64(pages) * pageSize);
}

QStringList freshColumns(const QSqlDatabase &db, const QString &table)
{
    QStringList out;
    QSqlQuery q(db);
    if (q.exec(u"PRAGMA table_info(\"%1\")"_s.arg(table))) {
        while (q.next())
            out << q.value(1).toString();
    }
    return out;
}

// Inserts the rows' columns that the fresh table also has (minus `skip`, the key).
bool insertRows(const QSqlDatabase &db, const QString &table, const TableRows &rows, const QString &skip,
                int *inserted, QString *error)
{
    if (rows.rows.isEmpty())
        return true;
    const QStringList target = freshColumns(db, table);
    QList<int> from;
    QStringList names;
    for (qsizetype i = 0; i < rows.columns.size(); ++i) {
        if (rows.columns[i] != skip && target.contains(rows.columns[i])) {
            from << int(i);
            names << u"\""_s + rows.columns[i] + u"\""_s;
        }
    }
    QSqlQuery q(db);
    if (!q.prepare(u"INSERT OR IGNORE INTO \"%1\"(%2) VALUES (%3)"_s.arg(
            table, names.join(u", "_s), QStringList(names.size(), u"?"_s).join(u", "_s)))) {
        *error = q.lastError().text();
        return false;
    }
    for (const QVariantList &row : rows.rows) {
        for (qsizetype i = 0; i < from.size(); ++i)
            q.bindValue(int(i), row.value(from[i]));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        *inserted += q.numRowsAffected() > 0 ? 1 : 0;
    }
    return true;
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

QString CacheRecovery::asideName(const QString &path, Problem problem, const QDateTime &when)
{
    const QFileInfo info(path);
    const QString why = problem == Problem::NewerSchema ? u"newer"_s
        : problem == Problem::NotACache                 ? u"not-a-cache"_s
                                                        : u"damaged"_s;
    const QString suffix = info.suffix().isEmpty() ? u"sqlite"_s : info.suffix();
    const QString stem = info.dir().filePath(info.completeBaseName() + u'.' + why + u'-'
                                             + when.toString(u"yyyyMMdd-HHmmss"_s));
    QString candidate = stem + u'.' + suffix;
    for (int n = 2; QFileInfo::exists(candidate) || QFileInfo::exists(candidate + u"-wal"_s); ++n)
        candidate = stem + u'-' + QString::number(n) + u'.' + suffix;
    return candidate;
}

CacheRecovery::Diagnosis CacheRecovery::diagnose(const QString &path, const QString &openError)
{
    Diagnosis d;
    d.path = path;
    d.detail = openError;
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return d; // nothing there: Store::open() makes a new cache
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            d.problem = Problem::Unopenable;
            d.detail = f.errorString();
            return d;
        }
        if (f.read(16) != QByteArray(kMagic, 16)) {
            d.problem = Problem::NotACache;
            return d;
        }
    }
    OldFile old(path);
    if (old.openCode() != SQLITE_OK) {
        d.problem = Problem::Unopenable;
        d.detail = old.errorString();
        return d;
    }
    QString readError;
    bool forced = false;
    const int rc = old.probe(&readError, &forced);
    const int primary = rc & 0xff;
    if (primary == SQLITE_NOTADB) {
        d.problem = Problem::NotACache;
        return d;
    }
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED || primary == SQLITE_CANTOPEN || primary == SQLITE_PERM
        || primary == SQLITE_NOMEM) {
        d.problem = Problem::Unopenable;
        d.detail = readError;
        return d;
    }
    if (primary != SQLITE_DONE) {
        d.problem = Problem::Damaged;
        d.detail = readError;
    }
    if (d.problem == Problem::None || forced) {
        d.schemaVersion = old.schemaVersion();
        if (d.problem == Problem::None && d.schemaVersion > SchemaMigrator::latestVersion())
            d.problem = Problem::NewerSchema;
    }
    if (d.problem == Problem::None) {
        // Refused, yet the first read worked: look closer before blaming anything else.
        QString check;
        const int qc = each(old.handle(), u"PRAGMA quick_check(5)"_s, [&check](sqlite3_stmt *s) {
            const QString line = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
            if (line != u"ok"_s)
                check += (check.isEmpty() ? QString() : u"; "_s) + line;
        }, &readError);
        if (qc != SQLITE_DONE || !check.isEmpty() || truncatedByHeader(path, info.size())) {
            d.problem = Problem::Damaged;
            d.detail = !check.isEmpty() ? check : qc != SQLITE_DONE ? readError : tr("the file is truncated");
        } else {
            d.problem = Problem::Unopenable;
            return d;
        }
    }
    if (d.problem == Problem::Damaged && truncatedByHeader(path, info.size()))
        d.detail = tr("the file is truncated") + (d.detail.isEmpty() ? QString() : u"; "_s + d.detail);
    const Carry c = old.carry();
    d.pendingChanges = int(c.outbox.rows.size());
    d.pendingComplete = c.outbox.complete;
    d.unresolved = int(c.conflicts.rows.size() + c.rejected.rows.size());
    return d;
}

CacheRecovery::Outcome CacheRecovery::startFresh(const Diagnosis &d)
{
    Outcome o;
    o.pendingComplete = d.pendingComplete;
    if (!d.recoverable()) {
        o.error = tr("This cache file is not damaged; Steward leaves it where it is.");
        return o;
    }
    // 1. Aside: the file with its WAL (which may hold the newest committed outbox rows).
    o.asidePath = asideName(d.path, d.problem, QDateTime::currentDateTime());
    if (!QFile::rename(d.path, o.asidePath)) {
        o.error = tr("Cannot rename %1 to %2; nothing was changed.").arg(nativePath(d.path), nativePath(o.asidePath));
        o.asidePath.clear();
        return o;
    }
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(d.path + suffix) && !QFile::rename(d.path + suffix, o.asidePath + suffix)) {
            // Without its WAL the old file would lose its newest rows: put everything back.
            QFile::rename(o.asidePath + u"-wal"_s, d.path + u"-wal"_s);
            QFile::rename(o.asidePath, d.path);
            o.error = tr("Cannot rename %1 to %2; nothing was changed.")
                          .arg(nativePath(d.path + suffix), nativePath(o.asidePath + suffix));
            o.asidePath.clear();
            return o;
        }
    }
    // 2. A fresh cache in its place.
    Store fresh;
    QString error;
    if (!fresh.open(d.path, &error)) {
        o.error = tr("The old cache was kept as %1, but a new one cannot be created: %2")
                      .arg(nativePath(o.asidePath), error);
        return o;
    }
    o.ok = true;
    if (d.problem == Problem::NotACache)
        return o;
    // 3. What the old file holds that the server may not have.
    Carry carry;
    {
        OldFile old(o.asidePath);
        bool forced = false;
        QString ignored;
        if (old.openCode() == SQLITE_OK) {
            old.probe(&ignored, &forced);
            carry = old.carry();
        }
    }
    o.pendingComplete = carry.outbox.complete && d.pendingComplete;
    QSqlDatabase db = fresh.database();
    int profiles = 0;
    int carried = 0;
    int decisions = 0;
    int ledger = 0;
    db.transaction();
    const bool stored = insertRows(db, u"profile"_s, carry.profile, QString(), &profiles, &error)
        && insertRows(db, u"outbox"_s, carry.outbox, u"seq"_s, &carried, &error)
        && insertRows(db, u"points_entry"_s, carry.ledger, u"rid"_s, &ledger, &error)
        && insertRows(db, u"conflict"_s, carry.conflicts, u"id"_s, &decisions, &error)
        && insertRows(db, u"rejected_mutation"_s, carry.rejected, u"id"_s, &decisions, &error);
    if (!stored || !db.commit()) {
        db.rollback();
        o.pendingComplete = false;
        o.leftBehind = std::max(d.pendingChanges, int(carry.outbox.rows.size()));
        o.error = error; // ok stays true: the fresh cache is there, the old file keeps the rest
        return o;
    }
    o.carriedChanges = carried;
    o.carriedDecisions = decisions;
    o.leftBehind = std::max(0, std::max(d.pendingChanges, int(carry.outbox.rows.size())) - carried);
    if (const auto p = fresh.profile())
        fresh.saveProfile(*p); // profiles.json names the fresh cache again
    return o;
}

QString CacheRecovery::Diagnosis::message() const
{
    const QString file = nativePath(path);
    QString what;
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::NotACache:
        what = tr("The file %1 is not a Steward cache: it is not an SQLite database.").arg(file);
        break;
    case Problem::Damaged:
        what = tr("The local cache %1 is damaged (%2).").arg(file, detail);
        break;
    case Problem::NewerSchema:
        what = tr("The local cache %1 was written by a newer version of Steward (schema %2; this version knows "
                  "up to %3).").arg(file).arg(schemaVersion).arg(SchemaMigrator::latestVersion());
        break;
    case Problem::Unopenable:
        return tr("The local cache %1 cannot be opened: %2").arg(file, detail);
    }
    QStringList parts{what};
    if (problem != Problem::NotACache) {
        if (!pendingComplete)
            parts << (pendingChanges > 0
                          ? tr("It holds at least %Ln change(s) not yet sent to the server; some of its pending "
                               "changes could not be read.", nullptr, pendingChanges)
                          : tr("Steward could not read which changes in it are not yet sent to the server."));
        else if (pendingChanges > 0)
            parts << tr("It holds %Ln change(s) not yet sent to the server. Starting fresh carries them over into "
                        "the new cache, and the next sync sends them.", nullptr, pendingChanges);
        else
            parts << tr("It holds no changes waiting to be sent.");
        if (unresolved > 0)
            parts << tr("%Ln conflict(s) or refused change(s) waiting for your decision are carried over too.",
                        nullptr, unresolved);
    }
    parts << tr("Steward can set the file aside (renamed with the date and time, never deleted) and start with a "
                "fresh cache, which the next sync downloads from the server again.");
    if (problem == Problem::NewerSchema)
        parts << tr("Or quit and use the newer version of Steward, which can still read it.");
    return parts.join(u"\n\n"_s);
}

QString CacheRecovery::Outcome::message() const
{
    if (!ok)
        return error;
    QStringList parts{tr("The old cache was kept as %1.").arg(nativePath(asidePath))};
    if (carriedChanges > 0)
        parts << tr("%Ln change(s) not yet sent to the server were carried over and go out with the next sync.",
                    nullptr, carriedChanges);
    if (carriedDecisions > 0)
        parts << tr("%Ln conflict(s) or refused change(s) wait for your decision in the Sync view.", nullptr,
                    carriedDecisions);
    if (leftBehind > 0)
        parts << tr("%Ln change(s) not yet sent could not be carried over; they are still in the old file.",
                    nullptr, leftBehind)
                + (error.isEmpty() ? QString() : u" ("_s + error + u")"_s);
    else if (!pendingComplete)
        parts << tr("Part of the old file could not be read: it may hold more unsynced changes. Keep it until "
                    "you have checked with the server.");
    return parts.join(u' ');
}
