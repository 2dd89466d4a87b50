#include "platformdb.h"

#include "entitycolumns.h"

#include <QCryptographicHash>
#include <QSqlDriver>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <atomic>
#include <simdjson.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {
constexpr int kPbkdf2Iterations = 120000;

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    QRandomGenerator::system()->generate(out.begin(), out.end());
    return out;
}

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(),
                                              salt, iterations, 32);
}

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        qWarning("platformdb: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}
} // namespace

PlatformDb::PlatformDb()
{
    static std::atomic<int> counter{0};
    m_connection = u"platform-%1"_s.arg(counter++);
}

PlatformDb::~PlatformDb()
{
    if (m_seedInsert)
        sqlite3_finalize(m_seedInsert);
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

QString PlatformDb::nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

bool PlatformDb::open(const QString &path, QString *error)
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    const QStringList pragmas = {
        u"PRAGMA journal_mode=WAL"_s,
        u"PRAGMA synchronous=NORMAL"_s,
        u"PRAGMA foreign_keys=ON"_s,
        u"PRAGMA cache_size=-65536"_s,
        u"PRAGMA temp_store=MEMORY"_s,
    };
    for (const QString &p : pragmas)
        exec(m_db, p);
    const QStringList schema = {
        u"CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS entities(rid INTEGER PRIMARY KEY, entity TEXT NOT NULL, "
        "id TEXT NOT NULL, version INTEGER NOT NULL, seq INTEGER NOT NULL, "
        "deleted INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL, UNIQUE(entity, id))"_s,
        u"CREATE INDEX IF NOT EXISTS entities_seq ON entities(seq)"_s,
        // Snapshot pages walk one entity in rowid order.
        u"CREATE INDEX IF NOT EXISTS entities_entity_rid ON entities(entity, rid)"_s,
        u"CREATE TABLE IF NOT EXISTS versions(entity TEXT NOT NULL, id TEXT NOT NULL, "
        "version INTEGER NOT NULL, actor TEXT NOT NULL, at TEXT NOT NULL, "
        "PRIMARY KEY(entity, id, version)) WITHOUT ROWID"_s,
        u"CREATE TABLE IF NOT EXISTS mutations(id TEXT PRIMARY KEY, actor TEXT NOT NULL, "
        "result TEXT NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS users(username TEXT PRIMARY KEY, role TEXT NOT NULL, "
        "salt BLOB NOT NULL, hash BLOB NOT NULL, iterations INTEGER NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS tokens(token_hash TEXT PRIMARY KEY, "
        "username TEXT NOT NULL, expires_at TEXT NOT NULL)"_s,
    };
    for (const QString &s : schema) {
        if (!exec(m_db, s, error))
            return false;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QSqlQuery q(m_db);
    q.exec(u"SELECT COALESCE(MAX(seq), 0) FROM entities"_s);
    m_seq = q.next() ? q.value(0).toLongLong() : 0;
    return true;
}

bool PlatformDb::begin() { return m_db.transaction(); }
bool PlatformDb::commit() { return m_db.commit(); }
void PlatformDb::rollback() { m_db.rollback(); }

std::optional<PlatformDb::Stored> PlatformDb::get(const QString &entity, const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT data, version, seq, deleted FROM entities WHERE entity = ? AND id = ?"_s);
    q.addBindValue(entity);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Stored s;
    s.data = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    s.version = q.value(1).toLongLong();
    s.seq = q.value(2).toLongLong();
    s.deleted = q.value(3).toBool();
    return s;
}

qint64 PlatformDb::put(const QString &entity, const QString &id, QJsonObject data,
                       const QString &actor)
{
    const auto existing = get(entity, id);
    const qint64 version = existing ? existing->version + 1 : 1;
    const QString now = nowIso();
    data.insert(u"id"_s, id);
    data.insert(u"version"_s, version);
    data.insert(u"updated_at"_s, now);
    const qint64 seq = ++m_seq;
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO entities(entity, id, version, seq, deleted, data) "
              "VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT(entity, id) DO UPDATE SET "
              "version = excluded.version, seq = excluded.seq, deleted = 0, data = excluded.data"_s);
    q.addBindValue(entity);
    q.addBindValue(id);
    q.addBindValue(version);
    q.addBindValue(seq);
    q.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        qWarning("platformdb: put %s/%s: %s", qPrintable(entity), qPrintable(id),
                 qPrintable(q.lastError().text()));
    recordVersion(entity, id, version, actor, now);
    return version;
}

void PlatformDb::recordVersion(const QString &entity, const QString &id, qint64 version,
                               const QString &actor, const QString &at)
{
    // The platform's own changes are not recorded: they never make a user's edit a conflict.
    if (actor == u"system"_s)
        return;
    QSqlQuery v(m_db);
    v.prepare(u"INSERT OR REPLACE INTO versions(entity, id, version, actor, at) VALUES (?, ?, ?, ?, ?)"_s);
    v.addBindValue(entity);
    v.addBindValue(id);
    v.addBindValue(version);
    v.addBindValue(actor);
    v.addBindValue(at);
    v.exec();
}

qint64 PlatformDb::remove(const QString &entity, const QString &id, const QString &actor)
{
    const auto existing = get(entity, id);
    if (!existing || existing->deleted)
        return existing ? existing->version : 0;
    const qint64 version = existing->version + 1;
    const QString now = nowIso();
    // openapi.yaml (Change, DeletedEntity): a tombstone's data is only {id}.
    QJsonObject tomb{{u"id"_s, id}};
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE entities SET version = ?, seq = ?, deleted = 1, data = ? "
              "WHERE entity = ? AND id = ?"_s);
    q.addBindValue(version);
    q.addBindValue(++m_seq);
    q.addBindValue(QString::fromUtf8(QJsonDocument(tomb).toJson(QJsonDocument::Compact)));
    q.addBindValue(entity);
    q.addBindValue(id);
    q.exec();
    recordVersion(entity, id, version, actor, now);
    return version;
}

sqlite3 *PlatformDb::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

void PlatformDb::insertSeed(const QString &entity, const QString &id, const QByteArray &json)
{
    // The seeder writes millions of rows: one prepared statement through SQLite's own API,
    // UTF-8 bound as it is (Qt's driver would convert every row to UTF-16 and back).
    if (!m_seedInsert) {
        sqlite3_prepare_v2(handle(),
                           "INSERT INTO entities(entity, id, version, seq, deleted, data) "
                           "VALUES (?1, ?2, 1, ?3, 0, ?4)",
                           -1, &m_seedInsert, nullptr);
    }
    const QByteArray e = entity.toUtf8();
    const QByteArray i = id.toUtf8();
    sqlite3_bind_text(m_seedInsert, 1, e.constData(), int(e.size()), SQLITE_STATIC);
    sqlite3_bind_text(m_seedInsert, 2, i.constData(), int(i.size()), SQLITE_STATIC);
    sqlite3_bind_int64(m_seedInsert, 3, ++m_seq);
    sqlite3_bind_text(m_seedInsert, 4, json.constData(), int(json.size()), SQLITE_STATIC);
    if (sqlite3_step(m_seedInsert) != SQLITE_DONE)
        qWarning("platformdb: seed %s/%s: %s", e.constData(), i.constData(), sqlite3_errmsg(handle()));
    sqlite3_reset(m_seedInsert);
}

bool PlatformDb::isEmpty()
{
    QSqlQuery q(m_db);
    q.exec(u"SELECT EXISTS(SELECT 1 FROM entities)"_s);
    return !(q.next() && q.value(0).toBool());
}

qint64 PlatformDb::count(const QString &entity)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT COUNT(*) FROM entities WHERE entity = ? AND deleted = 0"_s);
    q.addBindValue(entity);
    q.exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

QStringList PlatformDb::otherActorsSince(const QString &entity, const QString &id,
                                         qint64 baseVersion, const QString &actor)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT DISTINCT actor FROM versions WHERE entity = ? AND id = ? AND version > ? "
              "AND actor <> ?"_s);
    q.addBindValue(entity);
    q.addBindValue(id);
    q.addBindValue(baseVersion);
    q.addBindValue(actor);
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

QPair<QString, QString> PlatformDb::lastChange(const QString &entity, const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT actor, at FROM versions WHERE entity = ? AND id = ? "
              "ORDER BY version DESC LIMIT 1"_s);
    q.addBindValue(entity);
    q.addBindValue(id);
    if (q.exec() && q.next())
        return {q.value(0).toString(), q.value(1).toString()};
    const auto s = get(entity, id);
    return {u"system"_s, s ? s->data.value(u"updated_at"_s).toString() : QString()};
}

PlatformDb::FeedPage PlatformDb::changes(qint64 since, int limit)
{
    FeedPage page;
    page.nextSince = since;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT seq, entity, id, version, deleted, data FROM entities "
              "WHERE seq > ? ORDER BY seq LIMIT ?"_s);
    q.addBindValue(since);
    q.addBindValue(limit + 1);
    q.exec();
    QByteArray out;
    out.reserve(limit * 256);
    out += '[';
    while (q.next()) {
        if (page.count == limit) {
            page.hasMore = true;
            break;
        }
        if (page.count > 0)
            out += ',';
        const qint64 seq = q.value(0).toLongLong();
        const bool deleted = q.value(4).toBool();
        out += "{\"seq\":" + QByteArray::number(seq) + ",\"entity\":\""
            + q.value(1).toString().toUtf8() + "\",\"id\":"
            + EntityColumns::jsonString(q.value(2).toString())
            + ",\"op\":\"" + (deleted ? "delete" : "upsert") + "\",\"version\":"
            + QByteArray::number(q.value(3).toLongLong()) + ",\"data\":"
            + q.value(5).toString().toUtf8() + '}';
        page.nextSince = seq;
        ++page.count;
    }
    out += ']';
    page.changesJson = out;
    return page;
}

PlatformDb::SnapshotPage PlatformDb::snapshotRows(const QString &entity, qint64 afterRid, int limit)
{
    // Each stored entity is JSON; a snapshot row is its fields in column order. simdjson
    // parses and re-emits them, SQLite hands over UTF-8 as stored: a page of 50,000 members
    // takes tens of milliseconds instead of seconds.
    SnapshotPage page;
    page.lastRid = afterRid;
    const QStringList &columns = EntityColumns::columns(entity);
    std::vector<std::string> keys;
    for (const QString &c : columns)
        keys.push_back(c.toStdString());
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(handle(),
                       "SELECT rid, data FROM entities WHERE entity = ?1 AND rid > ?2 AND deleted = 0 "
                       "ORDER BY rid LIMIT ?3",
                       -1, &stmt, nullptr);
    const QByteArray e = entity.toUtf8();
    sqlite3_bind_text(stmt, 1, e.constData(), int(e.size()), SQLITE_STATIC);
    sqlite3_bind_int64(stmt, 2, afterRid);
    sqlite3_bind_int(stmt, 3, limit + 1);
    simdjson::dom::parser parser;
    std::string out;
    out.reserve(size_t(limit) * 256);
    out += '[';
    page.entityDone = true;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        if (page.count == limit) {
            page.entityDone = false;
            break;
        }
        page.lastRid = sqlite3_column_int64(stmt, 0);
        const char *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1));
        const size_t len = size_t(sqlite3_column_bytes(stmt, 1));
        simdjson::dom::object object;
        if (parser.parse(text, len).get_object().get(object) != simdjson::SUCCESS) {
            qWarning("platformdb: snapshot: unreadable %s row %lld", e.constData(),
                     static_cast<long long>(page.lastRid));
            continue;
        }
        if (page.count > 0)
            out += ',';
        out += '[';
        for (size_t k = 0; k < keys.size(); ++k) {
            if (k > 0)
                out += ',';
            simdjson::dom::element value;
            if (object.at_key(keys[k]).get(value) == simdjson::SUCCESS)
                out += simdjson::minify(value);
            else
                out += "null";
        }
        out += ']';
        ++page.count;
    }
    sqlite3_finalize(stmt);
    out += ']';
    page.rowsJson = QByteArray(out.data(), qsizetype(out.size()));
    return page;
}

std::optional<QJsonObject> PlatformDb::mutationResult(const QString &mutationId)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT result FROM mutations WHERE id = ?"_s);
    q.addBindValue(mutationId);
    if (q.exec() && q.next())
        return QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    return std::nullopt;
}

void PlatformDb::storeMutationResult(const QString &mutationId, const QString &actor,
                                     const QJsonObject &result)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR IGNORE INTO mutations(id, actor, result) VALUES (?, ?, ?)"_s);
    q.addBindValue(mutationId);
    q.addBindValue(actor);
    q.addBindValue(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    q.exec();
}

void PlatformDb::upsertUser(const QString &username, const QString &password, const QString &role)
{
    const QByteArray salt = randomBytes(16);
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO users(username, role, salt, hash, iterations) "
              "VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(username);
    q.addBindValue(role);
    q.addBindValue(salt);
    q.addBindValue(derive(password, salt, kPbkdf2Iterations));
    q.addBindValue(kPbkdf2Iterations);
    q.exec();
}

std::optional<PlatformDb::User> PlatformDb::checkPassword(const QString &username,
                                                          const QString &password)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT role, salt, hash, iterations FROM users WHERE username = ?"_s);
    q.addBindValue(username);
    if (!q.exec() || !q.next()) {
        // Spend the same time as a real check so a wrong username is not distinguishable.
        derive(password, QByteArray(16, 'x'), kPbkdf2Iterations);
        return std::nullopt;
    }
    const QByteArray expected = q.value(2).toByteArray();
    const QByteArray actual = derive(password, q.value(1).toByteArray(), q.value(3).toInt());
    // Constant-time comparison.
    unsigned char diff = expected.size() == actual.size() ? 0 : 1;
    for (qsizetype i = 0; i < qMin(expected.size(), actual.size()); ++i)
        diff |= static_cast<unsigned char>(expected[i] ^ actual[i]);
    if (diff != 0)
        return std::nullopt;
    return User{username, q.value(0).toString()};
}

QString PlatformDb::issueToken(const QString &username, const QDateTime &expiresAt)
{
    const QString token = QString::fromLatin1(
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO tokens(token_hash, username, expires_at) VALUES (?, ?, ?)"_s);
    q.addBindValue(tokenHash(token));
    q.addBindValue(username);
    q.addBindValue(expiresAt.toUTC().toString(Qt::ISODate));
    q.exec();
    return token;
}

std::optional<PlatformDb::User> PlatformDb::userForToken(const QString &token)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT t.username, u.role FROM tokens t JOIN users u ON u.username = t.username "
              "WHERE t.token_hash = ? AND t.expires_at > ?"_s);
    q.addBindValue(tokenHash(token));
    q.addBindValue(nowIso());
    if (q.exec() && q.next())
        return User{q.value(0).toString(), q.value(1).toString()};
    return std::nullopt;
}

QString PlatformDb::meta(const QString &key, const QString &fallback)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

void PlatformDb::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    q.exec();
    if (key.startsWith(u"counter:"_s))
        m_counters.remove(key);
}

qint64 PlatformDb::nextId(const QString &counter)
{
    const QString key = u"counter:"_s + counter;
    auto it = m_counters.find(key);
    if (it == m_counters.end())
        it = m_counters.insert(key, meta(key, u"0"_s).toLongLong());
    const qint64 next = ++it.value();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"_s);
    q.addBindValue(key);
    q.addBindValue(QString::number(next));
    q.exec();
    return next;
}
