#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

class Store;

// Everything the detail panel shows about one moderation item, read from the cache in a
// handful of indexed queries (fast enough to run on every J/K): the item, its author's
// card (member row, earlier decisions on their items, mutes and bans, notes) and the
// item's history (the platform's audit entries plus this console's unsynced changes).
struct ModerationItemDetail {
    struct Decision {
        QString itemId, title, status, decidedBy, decidedAt, reason;
    };
    struct HistoryLine {
        QString at, actor, action, summary;
        bool pendingSync = false; // in this console's outbox, not yet on the server
    };

    QString id;
    bool found = false;
    QJsonObject item;
    std::optional<QJsonObject> author;
    int authorItems = 0;            // cached items by the author, this one included
    int authorApproved = 0, authorRejected = 0, authorEscalated = 0;
    QList<Decision> authorDecisions; // newest first, other items only, at most 10
    QList<HistoryLine> authorDiscipline; // mutes, bans, notes: newest first, at most 10
    QList<HistoryLine> history;      // oldest first
    bool pendingSync = false;

    static ModerationItemDetail load(const Store &store, const QString &id);
};
