#include "store.h"

#include "entitytables.h"
#include "feedingestor.h"
#include "fulltext.h"
#include "outboxwriter.h"
#include "schemamigrator.h"
#include "sqlitestatement.h"
#include "storenotifier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <atomic>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {
// Owner-only from the first byte: create the file before SQLite does.
bool createPrivateFile(const QString &path, QString *error)
{
    if (QFileInfo::exists(path))
        return true;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
        if (error)
            *error = QCoreApplication::translate("Store", "Cannot create the cache file %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

// DIR/profiles.json lists the profiles (never a secret) so the console can offer them
// before any cache is opened.
void recordProfileList(const QString &cachePath, const ConnectionProfile &p)
{
    QFile file(QFileInfo(cachePath).dir().filePath(u"profiles.json"_s));
    QJsonObject root;
    if (file.open(QIODevice::ReadOnly))
        root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject profiles = root.value(u"profiles"_s).toObject();
    profiles.insert(p.name, QJsonObject{{u"server_url"_s, p.serverUrl.toString()},
                                        {u"username"_s, p.username},
                                        {u"insecure"_s, p.insecure},
                                        {u"cache"_s, QFileInfo(cachePath).fileName()}});
    root.insert(u"profiles"_s, profiles);
    root.insert(u"last_used"_s, p.name);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QJsonDocument(root).toJson());
}

void restrictPermissions(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(path + suffix))
            QFile::setPermissions(path + suffix, QFile::ReadOwner | QFile::WriteOwner);
    }
}
} // namespace

Store::Store(StoreNotifier *notifier)
    : m_notifier(notifier)
{
    static std::atomic<int> counter{0};
    m_connection = u"steward-store-%1"_s.arg(counter++);
}

Store::~Store()
{
    close();
}

QString Store::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Store::cacheFilePath(const QString &dataDir, const QString &profileName)
{
    if (profileName.isEmpty() || profileName == u"default"_s)
        return QDir(dataDir).filePath(u"cache.sqlite"_s);
    QString safe;
    for (const QChar c : profileName)
        safe += (c.isLetterOrNumber() || c == u'-' || c == u'_') ? c : u'_';
    return QDir(dataDir).filePath(u"cache-%1.sqlite"_s.arg(safe));
}

bool Store::open(const QString &filePath, QString *error)
{
    close();
    const bool memory = filePath == u":memory:"_s;
    if (!memory && !createPrivateFile(filePath, error))
        return false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        db.setDatabaseName(filePath);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
    }
    m_path = filePath;
    sqlite3 *h = sqliteHandle(database());
    QString why;
    if (!h || !SchemaMigrator::prepareConnection(h, &why) || !SchemaMigrator::migrate(h, &why)
        || !SchemaMigrator::checkReadable(h, &why)) {
        if (error)
            *error = why.isEmpty() ? u"no SQLite handle"_s : why;
        close();
        return false;
    }
    if (!memory)
        restrictPermissions(filePath);
    m_tables = std::make_unique<EntityTables>(h);
    if (!m_tables->init(error)) {
        close();
        return false;
    }
    m_outbox = std::make_unique<OutboxWriter>(database(), m_tables.get());
    m_outbox->setActor(actor());
    m_ingestor = std::make_unique<FeedIngestor>(h, m_tables.get(), m_outbox.get());
    return true;
}

void Store::close()
{
    // Statements first: SQLite cannot close a handle with live prepared statements.
    m_ingestor.reset();
    m_outbox.reset();
    m_tables.reset();
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_path.clear();
}

bool Store::isOpen() const
{
    return m_tables != nullptr;
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

int Store::schemaVersion() const
{
    sqlite3 *h = sqliteHandle(database());
    return h ? SchemaMigrator::currentVersion(h) : 0;
}

int Store::latestSchemaVersion()
{
    return SchemaMigrator::latestVersion();
}

QString Store::tableFor(const QString &entity)
{
    return EntityTables::tableFor(entity);
}

const QStringList &Store::entityNames()
{
    return EntityTables::entities();
}

bool Store::exec(const QString &sql, QString *error) const
{
    QSqlQuery q(database());
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

void Store::notifyEntities(const QStringList &entities) const
{
    if (m_notifier && !entities.isEmpty())
        Q_EMIT m_notifier->entitiesChanged(entities);
}

// --- Profile --------------------------------------------------------------------------

std::optional<ConnectionProfile> Store::profile() const
{
    QSqlQuery q(database());
    if (!q.exec(u"SELECT name, server_url, username, insecure, role, allowed_actions FROM profile WHERE id = 1"_s)
        || !q.next())
        return std::nullopt;
    ConnectionProfile p;
    p.name = q.value(0).toString();
    p.serverUrl = QUrl(q.value(1).toString());
    p.username = q.value(2).toString();
    p.insecure = q.value(3).toBool();
    p.role = q.value(4).toString();
    p.allowedActions = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    return p;
}

bool Store::saveProfile(const ConnectionProfile &p, QString *error)
{
    QSqlQuery q(database());
    q.prepare(u"INSERT OR REPLACE INTO profile(id, name, server_url, username, insecure, role, allowed_actions, "
              "updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(p.name);
    q.addBindValue(p.serverUrl.toString());
    q.addBindValue(p.username);
    q.addBindValue(p.insecure);
    q.addBindValue(p.role);
    q.addBindValue(QString::fromUtf8(QJsonDocument(p.allowedActions).toJson(QJsonDocument::Compact)));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (m_outbox)
        m_outbox->setActor(p.username);
    if (m_path != u":memory:"_s)
        recordProfileList(m_path, p);
    if (m_notifier)
        Q_EMIT m_notifier->profileChanged();
    return true;
}

QString Store::actor() const
{
    const auto p = profile();
    return p ? p->username : QString();
}

// --- Sync state -----------------------------------------------------------------------

QString Store::stateValue(const QString &key) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT value FROM sync_state WHERE key = ?"_s);
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

SyncCursor Store::syncCursor() const
{
    SyncCursor c;
    const QString feed = stateValue(u"feed_since"_s);
    c.feedSince = feed.isEmpty() ? -1 : feed.toLongLong();
    c.snapshotCursor = stateValue(u"snapshot_cursor"_s);
    c.snapshotSeq = stateValue(u"snapshot_seq"_s).toLongLong();
    return c;
}

bool Store::resetSyncCursor(QString *error)
{
    return exec(u"DELETE FROM sync_state WHERE key IN ('feed_since', 'snapshot_cursor', 'snapshot_seq')"_s, error);
}

QDateTime Store::lastSuccessfulSync() const
{
    return QDateTime::fromString(stateValue(u"last_success_at"_s), Qt::ISODate);
}

qint64 Store::beginSyncRun()
{
    QSqlQuery q(database());
    q.prepare(u"INSERT INTO sync_run(started_at) VALUES (?)"_s);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return 0;
    // Keep the log short; the Sync view shows the recent runs.
    exec(u"DELETE FROM sync_run WHERE id <= (SELECT max(id) - 500 FROM sync_run)"_s);
    if (m_notifier)
        Q_EMIT m_notifier->syncLogChanged();
    return q.lastInsertId().toLongLong();
}

void Store::finishSyncRun(qint64 runId, bool ok, qint64 pushed, qint64 pulled, const QString &error)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery q(database());
    q.prepare(u"UPDATE sync_run SET finished_at = ?, ok = ?, pushed = ?, pulled = ?, error = ? WHERE id = ?"_s);
    for (const QVariant &v : {QVariant(now), QVariant(ok), QVariant(pushed), QVariant(pulled),
                              error.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(error),
                              QVariant(runId)})
        q.addBindValue(v);
    q.exec();
    if (ok) {
        QSqlQuery s(database());
        s.prepare(u"INSERT OR REPLACE INTO sync_state(key, value) VALUES ('last_success_at', ?)"_s);
        s.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        s.exec();
    }
    if (m_notifier)
        Q_EMIT m_notifier->syncLogChanged();
}

QList<SyncRunRecord> Store::syncRuns(int limit) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT id, started_at, finished_at, ok, pushed, pulled, error FROM sync_run ORDER BY id DESC LIMIT ?"_s);
    q.addBindValue(limit);
    QList<SyncRunRecord> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                    QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs), q.value(3).toBool(),
                    q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toString()});
    }
    return out;
}
