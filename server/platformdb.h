#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

// The server's whole state in one SQLite file.
//
// Every entity is one row of `entities`: its JSON (which carries id, version and
// updated_at too), its version and the sequence number of its last change. The change
// feed is that table ordered by `seq`: each entity appears once, at its latest change, and
// a deleted entity stays as a tombstone, so reading the feed from any cursor up to the end
// rebuilds the whole state. `versions` records who made each version (changes made by
// the platform itself are not recorded), which is what conflict detection needs.
class PlatformDb final
{
    Q_DISABLE_COPY_MOVE(PlatformDb)
public:
    struct Stored {
        QJsonObject data;
        qint64 version = 0;
        qint64 seq = 0;
        bool deleted = false;
    };
    struct User {
        QString username;
        QString role;
    };

    PlatformDb();
    ~PlatformDb();

    bool open(const QString &path, QString *error);
    QSqlDatabase &db() { return m_db; }

    // Transactions: the seeder wraps its bulk insert in one; the mutation engine one a batch.
    bool begin();
    bool commit();
    void rollback();

    // Entity storage.
    std::optional<Stored> get(const QString &entity, const QString &id);
    // Writes a new version: sets data's id/version/updated_at, assigns the next seq, and
    // records the actor unless it is "system". Returns the new version.
    qint64 put(const QString &entity, const QString &id, QJsonObject data, const QString &actor);
    qint64 remove(const QString &entity, const QString &id, const QString &actor);
    // Fast path for seeding: version 1, no version record. `json` is the serialized entity
    // (it must already carry "id", "version": 1 and "updated_at").
    void insertSeed(const QString &entity, const QString &id, const QByteArray &json);
    bool isEmpty();
    qint64 count(const QString &entity);
    qint64 currentSeq() const { return m_seq; }
    // Actors (other than `actor` and "system") who made versions newer than baseVersion.
    QStringList otherActorsSince(const QString &entity, const QString &id, qint64 baseVersion,
                                 const QString &actor);
    // The actor and time of the entity's latest recorded version ("system" if none).
    QPair<QString, QString> lastChange(const QString &entity, const QString &id);

    // Change feed: a JSON array body of changes after `since`, at most `limit` of them.
    struct FeedPage {
        QByteArray changesJson; // "[...]"
        qint64 nextSince = 0;
        bool hasMore = false;
        int count = 0;
    };
    FeedPage changes(qint64 since, int limit);

    // Snapshot paging: rows of one entity with rid > afterRid.
    struct SnapshotPage {
        QByteArray rowsJson; // "[[...],[...]]"
        qint64 lastRid = 0;
        int count = 0;
        bool entityDone = true;
    };
    SnapshotPage snapshotRows(const QString &entity, qint64 afterRid, int limit);

    // Mutation ids (idempotency keys): the stored first answer.
    std::optional<QJsonObject> mutationResult(const QString &mutationId);
    void storeMutationResult(const QString &mutationId, const QString &actor,
                             const QJsonObject &result);

    // Users and tokens.
    void upsertUser(const QString &username, const QString &password, const QString &role);
    std::optional<User> checkPassword(const QString &username, const QString &password);
    // Returns the token (only its hash is stored).
    QString issueToken(const QString &username, const QDateTime &expiresAt);
    std::optional<User> userForToken(const QString &token);

    // Small key/value settings (timezone, seed day, counters).
    QString meta(const QString &key, const QString &fallback = {});
    void setMeta(const QString &key, const QString &value);
    // Next value of a named counter (ids for ledger and audit entries).
    qint64 nextId(const QString &counter);

    static QString nowIso();

private:
    QSqlDatabase m_db;
    QString m_connection;
    qint64 m_seq = 0;
    QHash<QString, qint64> m_counters;
    sqlite3 *handle() const;
    void recordVersion(const QString &entity, const QString &id, qint64 version,
                       const QString &actor, const QString &at);
    sqlite3_stmt *m_seedInsert = nullptr;
};
