#pragma once

#include <QList>
#include <QString>

struct sqlite3;

// The one owner of the cache schema: numbered migrations shipped as Qt resources
// (:/steward/migrations/NNNN_name.sql), applied in order, each in its own transaction,
// recorded in schema_migrations and PRAGMA user_version.
class SchemaMigrator final
{
public:
    struct Migration {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    static QList<Migration> migrations();
    static int latestVersion();
    // Registers steward_fts_text() (used by the full-text triggers) and sets the pragmas
    // every connection needs. Call before migrate() and before any write.
    static bool prepareConnection(sqlite3 *db, QString *error);
    // SQLite's soft heap limit for the process, set by the first prepareConnection().
    static constexpr long long kSoftHeapLimitBytes = 64LL << 20;
    // The version the file is at (0 for a new file).
    static int currentVersion(sqlite3 *db);
    // Upgrades to `target` (-1: latest). Refuses a file newer than this build knows.
    static bool migrate(sqlite3 *db, QString *error, int target = -1);
    // Reads the console's own small tables whole (outbox, conflicts, refused changes, sync
    // state, profile): what must never be lost is readable, or the file is refused at open
    // (and CacheRecovery takes over) rather than failing in the middle of a sync.
    static bool checkReadable(sqlite3 *db, QString *error);
};
