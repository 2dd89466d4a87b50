#include "moderationdetail.h"

#include "store.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
constexpr int kListLimit = 10;
}

ModerationItemDetail ModerationItemDetail::load(const Store &store, const QString &id)
{
    ModerationItemDetail d;
    d.id = id;
    const auto item = store.entity(u"moderation_item"_s, id);
    if (!item)
        return d;
    d.found = true;
    d.item = *item;
    const QString authorId = item->value(u"author_id"_s).toString();
    d.author = store.entity(u"member"_s, authorId);
    const QSqlDatabase db = store.database();

    {
        QSqlQuery q(db);
        q.prepare(u"SELECT status, count(*) FROM moderation_item WHERE author_id = ? GROUP BY status"_s);
        q.addBindValue(authorId);
        if (q.exec()) {
            while (q.next()) {
                const QString status = q.value(0).toString();
                const int n = q.value(1).toInt();
                d.authorItems += n;
                if (status == u"approved"_s) d.authorApproved = n;
                else if (status == u"rejected"_s) d.authorRejected = n;
                else if (status == u"escalated"_s) d.authorEscalated = n;
            }
        }
    }
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT id, COALESCE(NULLIF(title, ''), substr(body, 1, 80)), status, decided_by, decided_at, "
                  "decision_reason FROM moderation_item WHERE author_id = ? AND id <> ? AND status <> 'pending' "
                  "AND decided_at IS NOT NULL ORDER BY decided_at DESC LIMIT ?"_s);
        q.addBindValue(authorId);
        q.addBindValue(id);
        q.addBindValue(kListLimit);
        if (q.exec()) {
            while (q.next())
                d.authorDecisions.append({q.value(0).toString(), q.value(1).toString().simplified(),
                                          q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                                          q.value(5).toString()});
        }
    }
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT at, actor, action, summary FROM audit_entry WHERE entity = 'member' AND entity_id = ? "
                  "AND action IN ('mute', 'unmute', 'ban', 'unban', 'add_note') ORDER BY at DESC LIMIT ?"_s);
        q.addBindValue(authorId);
        q.addBindValue(kListLimit);
        if (q.exec()) {
            while (q.next())
                d.authorDiscipline.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                           q.value(3).toString(), false});
        }
    }
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT at, actor, action, summary FROM audit_entry WHERE entity = 'moderation_item' "
                  "AND entity_id = ? ORDER BY at, rid"_s);
        q.addBindValue(id);
        if (q.exec()) {
            while (q.next())
                d.history.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                  q.value(3).toString(), false});
        }
    }
    {
        // This console's changes to the item or its author that the server has not seen.
        QSqlQuery q(db);
        q.prepare(u"SELECT created_at, action, summary, entity FROM outbox WHERE (entity = 'moderation_item' "
                  "AND entity_id = ?) OR (entity = 'member' AND entity_id = ?) ORDER BY seq"_s);
        q.addBindValue(id);
        q.addBindValue(authorId);
        const QString me = store.actor();
        if (q.exec()) {
            while (q.next()) {
                const HistoryLine line{q.value(0).toString(), me, q.value(1).toString(), q.value(2).toString(), true};
                if (q.value(3).toString() == u"member"_s) {
                    d.authorDiscipline.prepend(line);
                } else {
                    d.history.append(line);
                    d.pendingSync = true;
                }
            }
        }
    }
    return d;
}
