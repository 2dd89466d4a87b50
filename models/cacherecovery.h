#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// A cache file that Store::open() refused: what is wrong with it, and the way forward.
//
// diagnose() reads the file read-only (never changes it) and tells a damaged or
// truncated file, a file that is not a cache at all and a cache written by a newer
// Steward apart from problems that moving the file would not fix (permissions, a full
// disk). It counts what the file still holds that the server does not: pending outbox
// entries, conflicts and refused changes waiting for the user.
//
// startFresh() renames the file (and its -wal/-shm) aside with a timestamp — it never
// deletes anything — creates a fresh cache in its place and carries over what it can
// read: the connection profile (no secrets live in the cache), the pending outbox in its
// order, the optimistic ledger rows of pending awards, conflicts and refused changes.
// The next sync downloads everything else again and re-applies the carried changes on
// top (OutboxWriter::rebase), and the server's mutation ids make a change that had
// already reached the server come back as a duplicate, never applied twice.
class CacheRecovery final
{
    Q_DECLARE_TR_FUNCTIONS(CacheRecovery)
public:
    enum class Problem {
        None,        // nothing wrong that recovery could help with (or no file)
        NotACache,   // not an SQLite database at all
        Damaged,     // SQLite, but truncated or corrupt
        NewerSchema, // a cache from a newer Steward
        Unopenable,  // readable and sound, refused for another reason (permissions, disk full, ...)
    };

    struct Diagnosis {
        Problem problem = Problem::None;
        QString path;
        QString detail;             // what SQLite / Store said
        int schemaVersion = 0;      // NewerSchema: the file's version
        int pendingChanges = 0;     // outbox entries read from the file
        bool pendingComplete = true; // false: the outbox could not be read (completely)
        int unresolved = 0;          // conflicts + refused changes read from the file

        // Moving the file aside and starting fresh is the way forward.
        bool recoverable() const { return problem == Problem::NotACache || problem == Problem::Damaged
                                          || problem == Problem::NewerSchema; }
        // A translated paragraph: what is wrong, what the file holds, what can be done.
        QString message() const;
    };

    struct Outcome {
        bool ok = false;
        QString error;          // when !ok: why no fresh cache could be made; else why rows stayed behind
        QString asidePath;      // where the old file is now
        int carriedChanges = 0; // pending outbox entries now in the fresh cache
        int carriedDecisions = 0; // conflicts + refused changes carried
        int leftBehind = 0;     // known pending entries that could not be carried
        bool pendingComplete = true;
        // A translated paragraph: where the old file is and what was carried.
        QString message() const;
    };

    // `openError` is what Store::open() said.
    static Diagnosis diagnose(const QString &path, const QString &openError = {});
    // Moves the file aside and makes a fresh, migrated cache at d.path with the carried
    // rows. The fresh cache is closed again: open it with Store::open() afterwards.
    static Outcome startFresh(const Diagnosis &d);
    // The name the old file gets: "<name>.damaged-20261120-153012.sqlite" next to it.
    static QString asideName(const QString &path, Problem problem, const QDateTime &when);
};
