#include "memberdetail.h"

#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QDateTime at(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}

QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.exec();
    return q;
}
} // namespace

MemberDetail MemberDetail::load(Store *store, const QString &memberId, int ledgerLimit, int weeks)
{
    MemberDetail d;
    const auto member = store->entity(u"member"_s, memberId);
    if (!member)
        return d;
    d.found = true;
    d.member = *member;
    const QSqlDatabase db = store->database();

    {
        QSqlQuery q = run(db, u"SELECT count(*) FROM outbox WHERE entity = 'member' AND entity_id = ?"_s, {memberId});
        d.pendingSync = q.next() && q.value(0).toInt() > 0;
    }

    // Ledger: the newest entries, and the whole count.
    {
        QSqlQuery q = run(db, u"SELECT id, points, reason, awarded_by, created_at, local_pending_mutation IS NOT NULL "
                               "FROM points_entry WHERE member_id = ? ORDER BY created_at DESC, rid DESC LIMIT ?"_s,
                          {memberId, ledgerLimit});
        while (q.next())
            d.ledger.append({q.value(0).toString(), q.value(2).toString(), q.value(3).toString(),
                             q.value(1).toLongLong(), at(q.value(4)), q.value(5).toBool()});
        QSqlQuery c = run(db, u"SELECT count(*) FROM points_entry WHERE member_id = ?"_s, {memberId});
        d.ledgerCount = c.next() ? c.value(0).toLongLong() : 0;
    }

    // Weekly points over the last weeks, ending with the week of the newest activity the
    // cache knows for this member (the cache may be older than today).
    {
        QDate end = QDate::currentDate();
        QSqlQuery q = run(db, u"SELECT max(created_at) FROM points_entry WHERE member_id = ?"_s, {memberId});
        if (q.next()) {
            const QDateTime newest = at(q.value(0));
            if (newest.isValid() && newest.date() > end)
                end = newest.date();
        }
        d.weeksEnd = end;
        const QDate start = end.addDays(-7 * weeks + 1);
        d.weeklyEarned = QList<qint64>(weeks, 0);
        d.weeklySpent = QList<qint64>(weeks, 0);
        QSqlQuery w = run(db, u"SELECT created_at, points FROM points_entry WHERE member_id = ? AND created_at >= ?"_s,
                          {memberId, start.toString(Qt::ISODate)});
        while (w.next()) {
            const QDate day = at(w.value(0)).date();
            const qint64 i = start.daysTo(day) / 7;
            if (i < 0 || i >= weeks)
                continue;
            const qint64 p = w.value(1).toLongLong();
            (p >= 0 ? d.weeklyEarned : d.weeklySpent)[i] += qAbs(p);
        }
    }

    // Tier history and decisions about the member: the platform's audit entries, then
    // what is still waiting in the outbox.
    {
        QSqlQuery q = run(db, u"SELECT at, actor, action, summary FROM audit_entry WHERE entity = 'member' AND entity_id = ? "
                               "ORDER BY at DESC LIMIT 200"_s, {memberId});
        while (q.next()) {
            HistoryEntry e{at(q.value(0)), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), false};
            if (e.action == u"set_tier"_s)
                d.tierHistory.append(e);
            else if (e.action != u"award_points"_s && e.action != u"award_badge"_s && e.action != u"revoke_badge"_s)
                d.moderationHistory.append(e);
        }
        QSqlQuery o = run(db, u"SELECT created_at, action, summary FROM outbox WHERE entity = 'member' AND entity_id = ? "
                               "ORDER BY seq DESC"_s, {memberId});
        const QString me = store->actor();
        while (o.next()) {
            HistoryEntry e{at(o.value(0)), me, o.value(1).toString(), o.value(2).toString(), true};
            if (e.action == u"set_tier"_s)
                d.tierHistory.prepend(e);
            else if (e.action == u"mute"_s || e.action == u"unmute"_s || e.action == u"ban"_s || e.action == u"unban"_s)
                d.moderationHistory.prepend(e);
        }
    }

    {
        QSqlQuery q = run(db, u"SELECT id, kind, title, body, status, decided_by, decision_reason, ai_labels, created_at, "
                               "decided_at, ai_score FROM moderation_item WHERE author_id = ? ORDER BY created_at DESC LIMIT 100"_s,
                          {memberId});
        while (q.next()) {
            AuthoredItem item;
            item.id = q.value(0).toString();
            item.kind = q.value(1).toString();
            item.title = q.value(2).toString().isEmpty() ? q.value(3).toString().simplified().left(80) : q.value(2).toString();
            item.status = q.value(4).toString();
            item.decidedBy = q.value(5).toString();
            item.decisionReason = q.value(6).toString();
            for (const QJsonValue &v : QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array())
                item.labels << v.toString();
            item.createdAt = at(q.value(8));
            item.decidedAt = at(q.value(9));
            item.aiScore = q.value(10).toDouble();
            d.authoredItems.append(item);
        }
    }

    for (const QJsonValue &v : d.member.value(u"notes"_s).toArray()) {
        const QJsonObject n = v.toObject();
        d.notes.append({n.value(u"text"_s).toString(), n.value(u"by"_s).toString(),
                        QDateTime::fromString(n.value(u"at"_s).toString(), Qt::ISODate)});
    }
    std::stable_sort(d.notes.begin(), d.notes.end(), [](const Note &a, const Note &b) { return a.at > b.at; });

    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (const QJsonValue &v : d.member.value(u"badges"_s).toArray()) {
        Badge b{v.toString(), v.toString(), {}};
        if (const auto badge = store->entity(u"badge"_s, b.id)) {
            const QString zh = badge->value(u"name_zh"_s).toString();
            b.name = chinese && !zh.isEmpty() ? zh : badge->value(u"name"_s).toString();
            b.description = badge->value(u"description"_s).toString();
        }
        d.badges.append(b);
    }
    for (const QJsonValue &v : d.member.value(u"groups"_s).toArray()) {
        Group g{v.toString(), v.toString(), false};
        if (const auto group = store->entity(u"group"_s, g.id)) {
            g.name = group->value(u"name"_s).toString();
            g.admin = group->value(u"admins"_s).toArray().contains(memberId);
        }
        d.groups.append(g);
    }
    return d;
}
