#pragma once

#include "memberfilter.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

struct sqlite3;

// The member list's columns (also its sort keys and the CSV export's columns).
namespace MemberColumns {
enum Column { Handle, Name, Tier, Points, Badges, Joined, LastActive, Activity30, Spend, Channel,
              Status, Segment, Count };
}

// One cached member as the list shows it.
struct MemberRow {
    qint64 rid = 0;
    QString id, handle, name, tier, joinedAt, lastActiveAt, channel, status, mutedUntil, segment;
    QStringList badges;
    qint64 version = 0, points = 0;
    double spend = 0;
    int activeDays30 = 0;
    bool tierLocked = false, pendingSync = false;
};

// Where the next page starts: keyset paging over phases (see MemberPageQuery).
struct MemberPageKey {
    int phase = 0;
    QVariant value; // the sort key of the last row (range phases)
    qint64 rid = 0;
    bool valid = false;
};

struct MemberSort {
    int column = MemberColumns::Handle;
    bool descending = false;
    bool operator==(const MemberSort &) const = default;
};

// Reads pages of the member list with plain SQL on any connection (the GUI's, a worker's,
// an exporter's). Every page is a keyset query driven by an index in the sort order, so
// the last page of a million costs what the first does:
//  - range columns (handle, points, …) page by (key, rid) on the column's index, with the
//    members whose key is NULL as a phase of their own (SQL sorts NULL first);
//  - tier and segment page value by value in their logical order (newcomer → backbone,
//    champions → hibernating), each value by rid, so neither needs a sort of the table.
class MemberPageQuery final
{
public:
    MemberPageQuery(QSqlDatabase db, const MemberFilter &filter, const MemberSort &sort);

    // The next `limit` rows after `after` (from the start when !after.valid); `last` is
    // set to the key of the last row returned. `*atEnd` when no row is left. False (and
    // *error) on an SQL error, e.g. an interrupted query.
    bool page(int limit, const MemberPageKey &after, QList<MemberRow> *rows, MemberPageKey *last,
              bool *atEnd, QString *error = nullptr);
    // Every row matching the filter (one COUNT); -1 on error.
    qint64 count(QString *error = nullptr);
    bool hasSegments() const { return m_hasSegments; }

    static bool segmentsTableExists(const QSqlDatabase &db);

private:
    struct Phase {
        QString from;        // FROM … with member m
        QString where;       // the phase's own condition (with ? for values)
        QVariantList values;
        QString keyExpr;     // range phase: the sort key; empty: rid only
        QString ridExpr = QStringLiteral("m.rid");
    };
    QList<Phase> phases() const;
    // Whether the search matches few enough members to read them all and sort them,
    // rather than walking the sort order until a page of matches is found.
    bool textDrives() const;
    QStringList orderedValues(const QString &column) const;

    QSqlDatabase m_db;
    MemberFilter m_filter;
    MemberSort m_sort;
    bool m_hasSegments = false;
    mutable QList<Phase> m_phases;
    mutable bool m_phasesBuilt = false;
    mutable int m_textDrives = -1; // -1: not probed yet
};

// A read-only connection to a cache file for a worker thread, closed with the object.
// Must be created, used and destroyed on one thread.
class MemberReadConnection final
{
    Q_DISABLE_COPY_MOVE(MemberReadConnection)
public:
    explicit MemberReadConnection(const QString &filePath);
    ~MemberReadConnection();
    bool isOpen() const { return m_db.isOpen(); }
    QString errorString() const { return m_error; }
    QSqlDatabase database() const { return m_db; }
    sqlite3 *handle() const;

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
};
