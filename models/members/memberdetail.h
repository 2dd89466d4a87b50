#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class Store;

// Everything the member detail panel shows about one member, read from the cache in a
// handful of indexed queries (ledger by member, audit by entity, items by author).
struct MemberDetail {
    struct LedgerEntry {
        QString id, reason, awardedBy;
        qint64 points = 0;
        QDateTime at;
        bool pending = false; // queued here, not yet confirmed by the platform
    };
    struct HistoryEntry {     // tier changes and moderation decisions about the member
        QDateTime at;
        QString actor, action, summary;
        bool pending = false;
    };
    struct AuthoredItem {     // moderation items this member wrote
        QString id, kind, title, status, decidedBy, decisionReason;
        QStringList labels;
        QDateTime createdAt, decidedAt;
        double aiScore = 0;
    };
    struct Note {
        QString text, by;
        QDateTime at;
    };
    struct Badge {
        QString id, name, description;
    };
    struct Group {
        QString id, name;
        bool admin = false;
    };

    bool found = false;
    QJsonObject member;       // the cached entity (feed field names)
    bool pendingSync = false;
    QList<LedgerEntry> ledger;     // newest first, at most ledgerLimit
    qint64 ledgerCount = 0;        // all entries of the member
    QList<HistoryEntry> tierHistory;       // newest first
    QList<HistoryEntry> moderationHistory; // mutes, bans, notes about the member; newest first
    QList<AuthoredItem> authoredItems;     // newest first
    QList<Note> notes;                     // newest first
    QList<Badge> badges;
    QList<Group> groups;
    // Points earned (positive entries) and spent per week, the last `weeks` weeks up to
    // `asOf`; [0] is the oldest week.
    QList<qint64> weeklyEarned, weeklySpent;
    QDate weeksEnd;

    static MemberDetail load(Store *store, const QString &memberId, int ledgerLimit = 200, int weeks = 12);
};
