#pragma once

#include "synctypes.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>

class StoreNotifier;
class EntityTables;
class OutboxWriter;
class FeedIngestor;

// The local cache: one SQLite file per connection profile. A Store object is one
// connection and belongs to the thread that opened it; the sync worker opens its own
// Store on the same file. Every write that the UI shows as done (enqueue, undo, conflict
// choices) is one transaction together with its outbox row, so nothing is lost on a crash.
//
// Errors: methods returning bool fill *error (if given) with a human sentence.
class Store final
{
    Q_DISABLE_COPY_MOVE(Store)
public:
    explicit Store(StoreNotifier *notifier = nullptr);
    ~Store();

    // --- Files and opening -------------------------------------------------------------
    // --data-dir or QStandardPaths::AppDataLocation.
    static QString defaultDataDir();
    // DIR/cache.sqlite for the "default" profile, DIR/cache-<name>.sqlite otherwise.
    static QString cacheFilePath(const QString &dataDir, const QString &profileName = QStringLiteral("default"));
    // Opens (creating with mode 0600) and migrates. ":memory:" opens a private in-memory
    // cache (tests). Refuses a file written by a newer Steward.
    bool open(const QString &filePath, QString *error = nullptr);
    void close();
    bool isOpen() const;
    QString filePath() const { return m_path; }
    StoreNotifier *notifier() const { return m_notifier; }
    // For read-only queries of item models living on this Store's thread.
    QSqlDatabase database() const;
    int schemaVersion() const;
    static int latestSchemaVersion();
    // The SQL table of a feed entity ("group" -> "study_group"); empty when unknown.
    static QString tableFor(const QString &entity);
    static const QStringList &entityNames();

    // --- Profile and session facts (no secrets) -----------------------------------------
    std::optional<ConnectionProfile> profile() const;
    // Also lists the profile (no secret) in profiles.json next to the cache file.
    bool saveProfile(const ConnectionProfile &profile, QString *error = nullptr);
    // Who acts locally (decided_by, awarded_by of optimistic effects); from the profile.
    QString actor() const;

    // --- Sync state ----------------------------------------------------------------------
    SyncCursor syncCursor() const;
    // Forget the pull position (next sync starts from scratch); the outbox stays.
    bool resetSyncCursor(QString *error = nullptr);
    QDateTime lastSuccessfulSync() const;
    qint64 beginSyncRun();
    void finishSyncRun(qint64 runId, bool ok, qint64 pushed, qint64 pulled, const QString &error);
    QList<SyncRunRecord> syncRuns(int limit = 50) const;

    // --- Ingest (one transaction per page, the cursor saved in it) ----------------------
    bool applyChangesPage(const ChangesPage &page, QString *error = nullptr);
    bool applySnapshotPage(const SnapshotPage &page, QString *error = nullptr);
    // The server's copy of one entity (after a rejection), pending effects re-applied.
    bool applyEntityState(const EntityState &state, QString *error = nullptr);

    // --- Reads ---------------------------------------------------------------------------
    // The cached entity as JSON (the feed's field names); nullopt when not cached.
    std::optional<QJsonObject> entity(const QString &entity, const QString &id) const;
    qint64 entityVersion(const QString &entity, const QString &id) const; // 0: not cached
    qint64 count(const QString &entity) const;
    // Whether the cache holds any row of `entity`: one row read, where count() reads all.
    bool hasAny(const QString &entity) const;
    // Ids of matching members / moderation items, best match first (see FullText).
    QStringList searchMembers(const QString &query, int limit = 200) const;
    QStringList searchModeration(const QString &query, int limit = 200) const;

    // --- Outbox --------------------------------------------------------------------------
    // Applies the optimistic effect and queues the mutation in ONE transaction. Fills id
    // (new UUID when empty), baseVersion (the cached version) and createdAt. Returns the
    // mutation id, or an empty string (and *error) when the action is unknown or invalid.
    QString enqueue(Mutation mutation, QString *error = nullptr);
    // Several mutations in ONE transaction (a bulk action, an imported sheet): every one is
    // queued, or none is. Returns their ids in order, or an empty list (and *error).
    QStringList enqueueAll(QList<Mutation> mutations, QString *error = nullptr);
    // Withdraws a not-yet-pushed mutation and restores the entity as it was without it.
    bool undo(const QString &mutationId, QString *error = nullptr);
    // The newest pending mutation id (for Ctrl+Z), empty when none.
    QString lastPendingMutationId() const;
    QList<OutboxEntry> pendingMutations(int limit = -1) const;
    int pendingCount() const;
    void recordAttempt(const QStringList &mutationIds, const QString &error);
    // Applies the server's answers: applied/duplicate leave the outbox, conflicts go to
    // the conflicts table (server state cached), rejections to the rejected table (the
    // entity is restored without the effect; fetch the server copy afterwards).
    bool recordResults(const QList<MutationResult> &results, QString *error = nullptr);

    // --- Conflicts and rejections -------------------------------------------------------
    QList<ConflictRecord> conflicts() const;
    int conflictCount() const;
    // Re-sends my change (new id) against the server's version; returns the new id.
    QString keepMine(qint64 conflictId, QString *error = nullptr);
    // Drops my change; the cache already holds the server's state.
    bool takeTheirs(qint64 conflictId, QString *error = nullptr);
    QList<RejectedRecord> rejectedMutations() const;
    int rejectedCount() const;
    bool dismissRejected(qint64 rejectedId, QString *error = nullptr);

private:
    bool exec(const QString &sql, QString *error = nullptr) const;
    QString stateValue(const QString &key) const;
    void notifyEntities(const QStringList &entities) const;
    void notifyOutbox(const QStringList &entities, bool conflicts) const;
    template<typename F> bool writeTx(F &&body, QString *error);

    StoreNotifier *m_notifier = nullptr;
    QString m_path;
    QString m_connection;
    std::unique_ptr<EntityTables> m_tables;
    std::unique_ptr<OutboxWriter> m_outbox;
    std::unique_ptr<FeedIngestor> m_ingestor;
};
