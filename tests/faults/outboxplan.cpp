#include "outboxplan.h"

#include "store.h"
#include "synctypes.h"

#include <QJsonArray>
#include <QDate>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;

const QHash<QString, ServerRow> &ServerState::of(const QString &entity) const
{
    static const QHash<QString, ServerRow> none;
    const auto it = rows.constFind(entity);
    return it == rows.cend() ? none : *it;
}

qint64 ServerState::live(const QString &entity) const
{
    qint64 n = 0;
    for (const ServerRow &r : of(entity))
        n += r.deleted ? 0 : 1;
    return n;
}

bool readFeed(const TestHttp &http, const QString &token, qint64 &since,
              const std::function<void(const QJsonObject &)> &each, QString *why)
{
    for (int rateLimited = 0;;) {
        const HttpResult r = http.get(u"/v1/changes?since=%1&limit=5000"_s.arg(since), token);
        if (r.status == 429 && ++rateLimited < 20) {
            QThread::msleep(1000);
            continue;
        }
        if (r.status != 200) {
            *why = u"GET /v1/changes?since=%1 answered %2 %3"_s.arg(since).arg(r.status).arg(
                r.networkError + QString::fromUtf8(r.body.left(300)));
            return false;
        }
        const QJsonObject o = r.json();
        for (const QJsonValue &v : o.value(u"changes"_s).toArray())
            each(v.toObject());
        since = o.value(u"next_since"_s).toInteger();
        if (!o.value(u"has_more"_s).toBool())
            return true;
    }
}

bool readServer(const TestHttp &http, const QString &token, ServerState &state, QString *why)
{
    state = {};
    qint64 since = 0;
    const bool ok = readFeed(http, token, since, [&](const QJsonObject &c) {
        ServerRow row;
        row.version = c.value(u"version"_s).toInteger();
        row.deleted = c.value(u"op"_s).toString() == u"delete"_s;
        row.data = c.value(u"data"_s).toObject();
        state.rows[c.value(u"entity"_s).toString()].insert(c.value(u"id"_s).toString(), row);
    }, why);
    state.lastSeq = since;
    return ok;
}

void OutboxPlan::recordBaseline(const ServerState &server)
{
    for (auto it = server.of(u"member"_s).cbegin(); it != server.of(u"member"_s).cend(); ++it)
        m_seedPoints.insert(it.key(), it->data.value(u"points"_s).toInteger());
    for (const QString &entity : Store::entityNames())
        m_seedCounts.insert(entity, server.live(entity));
}

void OutboxPlan::recordOtherAward(const QString &memberId, qint64 points)
{
    m_seedPoints[memberId] += points;
    ++m_seedCounts[u"points_entry"_s];
}

QString OutboxPlan::enqueue(Store &store, int awards, int maxDecisions, int campaigns, std::mt19937 &rng)
{
    QStringList members;
    {
        QSqlQuery q(store.database());
        q.exec(u"SELECT id FROM member ORDER BY rid"_s);
        while (q.next())
            members << q.value(0).toString();
    }
    // Undecided, unclaimed items: the manager's decisions on them cannot conflict.
    QStringList items;
    {
        QSqlQuery q(store.database());
        q.exec(u"SELECT id FROM moderation_item WHERE status = 'pending' AND (claimed_by IS NULL OR claimed_by = '') "
               "ORDER BY rid LIMIT %1"_s.arg(maxDecisions));
        while (q.next())
            items << q.value(0).toString();
    }
    if (members.isEmpty() || items.isEmpty())
        return u"the cache holds %1 members and %2 pending items"_s.arg(members.size()).arg(items.size());

    std::uniform_int_distribution<qsizetype> pickMember(0, members.size() - 1);
    std::uniform_int_distribution<int> pickPoints(1, 5);
    QString error;
    const auto add = [&](const QString &entity, const QString &entityId, const QString &action,
                         const QJsonObject &payload) {
        Mutation m;
        m.entity = entity;
        m.entityId = entityId;
        m.action = action;
        m.payload = payload;
        const QString mid = store.enqueue(m, &error);
        if (!mid.isEmpty())
            m_ids << mid;
        return mid;
    };
    qsizetype nextItem = 0;
    int made = 0;
    const int decisionEvery = std::max(1, awards / int(items.size()));
    const int campaignEvery = std::max(1, awards / std::max(1, campaigns));
    for (int i = 0; i < awards; ++i) {
        Award a;
        a.memberId = members.at(pickMember(rng));
        a.points = pickPoints(rng);
        a.reason = u"%1 award %2"_s.arg(m_tag).arg(i, 5, 10, QLatin1Char('0'));
        a.mutationId = add(u"member"_s, a.memberId, u"award_points"_s,
                           QJsonObject{{u"points"_s, a.points}, {u"reason"_s, a.reason}});
        if (a.mutationId.isEmpty())
            return u"award %1: %2"_s.arg(i).arg(error);
        m_awards << a;

        if (i % decisionEvery == decisionEvery - 1 && nextItem < items.size()) {
            Decision d;
            d.itemId = items.at(nextItem);
            const int kind = int(nextItem % 4);
            ++nextItem;
            d.reason = u"%1 decision %2"_s.arg(m_tag).arg(nextItem);
            if (kind == 0) { // an offline sequence on one item: claim, then reject
                const QString claim = add(u"moderation_item"_s, d.itemId, u"claim"_s, QJsonObject{{u"minutes"_s, 30}});
                if (claim.isEmpty())
                    return u"claim: "_s + error;
                d.mutationIds << claim;
            }
            static const QStringList actions = {u"reject"_s, u"approve"_s, u"reject"_s, u"escalate"_s};
            static const QStringList statuses = {u"rejected"_s, u"approved"_s, u"rejected"_s, u"escalated"_s};
            const QString decision = add(u"moderation_item"_s, d.itemId, actions.at(kind),
                                         QJsonObject{{u"reason"_s, d.reason}});
            if (decision.isEmpty())
                return u"decision: "_s + error;
            d.mutationIds << decision;
            d.finalStatus = statuses.at(kind);
            m_decisions << d;
        }
        if (i % campaignEvery == campaignEvery / 2 && made < campaigns) {
            CampaignCreate c;
            c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            c.name = u"%1 campaign %2"_s.arg(m_tag).arg(++made);
            const QDate start = QDate(2026, 12, 1).addDays(made);
            c.mutationId = add(u"campaign"_s, c.id, u"create"_s,
                               QJsonObject{{u"name"_s, c.name},
                                           {u"type"_s, u"qa"_s},
                                           {u"mode"_s, u"online"_s},
                                           {u"start_date"_s, start.toString(Qt::ISODate)},
                                           {u"end_date"_s, start.addDays(7).toString(Qt::ISODate)},
                                           {u"budget"_s, 100 * made},
                                           {u"status"_s, u"draft"_s}});
            if (c.mutationId.isEmpty())
                return u"campaign: "_s + error;
            m_campaigns << c;
        }
    }
    return {};
}

QHash<QString, qint64> OutboxPlan::expectedBalances() const
{
    QHash<QString, qint64> out;
    for (const Award &a : m_awards)
        out.insert(a.memberId, m_seedPoints.value(a.memberId));
    for (const Award &a : m_awards)
        out[a.memberId] += a.points;
    return out;
}

QString OutboxPlan::checkServer(const ServerState &server) const
{
    const QString prefix = m_tag + u" award "_s;
    QHash<QString, QList<QJsonObject>> entriesByReason;
    for (const ServerRow &r : server.of(u"points_entry"_s))
        if (!r.deleted && r.data.value(u"reason"_s).toString().startsWith(prefix))
            entriesByReason[r.data.value(u"reason"_s).toString()] << r.data;
    if (entriesByReason.size() != m_awards.size())
        return u"%1 distinct award reasons on the server, %2 awards made"_s.arg(entriesByReason.size()).arg(m_awards.size());
    for (const Award &a : m_awards) {
        const QList<QJsonObject> entries = entriesByReason.value(a.reason);
        if (entries.size() != 1)
            return u"'%1': %2 ledger entries on the server"_s.arg(a.reason).arg(entries.size());
        if (entries.constFirst().value(u"member_id"_s).toString() != a.memberId
            || entries.constFirst().value(u"points"_s).toInteger() != a.points)
            return u"'%1': wrong member or points on the server"_s.arg(a.reason);
    }
    if (server.live(u"points_entry"_s) != m_seedCounts.value(u"points_entry"_s) + m_awards.size())
        return u"the server holds %1 ledger entries, expected %2 + %3"_s.arg(server.live(u"points_entry"_s))
            .arg(m_seedCounts.value(u"points_entry"_s)).arg(m_awards.size());
    const QHash<QString, qint64> balances = expectedBalances();
    for (auto it = balances.cbegin(); it != balances.cend(); ++it) {
        const qint64 points = server.of(u"member"_s).value(it.key()).data.value(u"points"_s).toInteger();
        if (points != it.value())
            return u"member %1 has %2 points on the server, expected %3"_s.arg(it.key()).arg(points).arg(it.value());
    }
    for (const Decision &d : m_decisions) {
        const QJsonObject item = server.of(u"moderation_item"_s).value(d.itemId).data;
        if (item.value(u"status"_s).toString() != d.finalStatus || item.value(u"decision_reason"_s).toString() != d.reason)
            return u"item %1 is '%2' on the server, expected '%3'"_s.arg(d.itemId, item.value(u"status"_s).toString(),
                                                                           d.finalStatus);
    }
    if (server.live(u"campaign"_s) != m_seedCounts.value(u"campaign"_s) + m_campaigns.size())
        return u"the server holds %1 campaigns, expected %2 + %3"_s.arg(server.live(u"campaign"_s))
            .arg(m_seedCounts.value(u"campaign"_s)).arg(m_campaigns.size());
    for (const CampaignCreate &c : m_campaigns) {
        const ServerRow row = server.of(u"campaign"_s).value(c.id);
        if (row.deleted || row.version != 1 || row.data.value(u"name"_s).toString() != c.name)
            return u"campaign %1: version %2 on the server (a second create or an update?)"_s.arg(c.id).arg(row.version);
    }
    // The audit log: one entry per mutation id — a replayed mutation was never applied again.
    QHash<QString, int> audits;
    for (const ServerRow &r : server.of(u"audit_entry"_s))
        ++audits[r.data.value(u"mutation_id"_s).toString()];
    for (const QString &mid : m_ids) {
        if (audits.value(mid) != 1)
            return u"mutation %1 has %2 audit entries on the server"_s.arg(mid).arg(audits.value(mid));
    }
    return {};
}

QString OutboxPlan::checkCache(Store &store, const ServerState &server) const
{
    if (store.pendingCount() != 0 || store.conflictCount() != 0 || store.rejectedCount() != 0)
        return u"the cache still has %1 pending, %2 conflicts, %3 refused"_s.arg(store.pendingCount())
            .arg(store.conflictCount()).arg(store.rejectedCount());
    if (store.syncCursor().feedSince != server.lastSeq)
        return u"the cache's feed cursor is %1, the server's last sequence %2"_s.arg(store.syncCursor().feedSince)
            .arg(server.lastSeq);
    {
        QSqlQuery q(store.database());
        q.exec(u"SELECT count(*) FROM points_entry WHERE id LIKE 'pending-%' OR local_pending_mutation IS NOT NULL"_s);
        if (!q.next() || q.value(0).toLongLong() != 0)
            return u"optimistic ledger rows left in the cache"_s;
    }
    for (const QString &entity : Store::entityNames()) {
        if (store.count(entity) != server.live(entity))
            return u"%1: %2 cached, %3 on the server"_s.arg(entity).arg(store.count(entity)).arg(server.live(entity));
    }
    const auto same = [&](const QString &entity, const QString &id, const QStringList &fields) -> QString {
        const ServerRow row = server.of(entity).value(id);
        const std::optional<QJsonObject> local = store.entity(entity, id);
        if (!local)
            return u"%1 %2 is not cached"_s.arg(entity, id);
        if (store.entityVersion(entity, id) != row.version)
            return u"%1 %2: cached version %3, server %4"_s.arg(entity, id).arg(store.entityVersion(entity, id)).arg(row.version);
        for (const QString &f : fields) {
            if (local->value(f) != row.data.value(f))
                return u"%1 %2: cached %3 = %4, server %5"_s.arg(
                    entity, id, f, QString::fromUtf8(QJsonDocument(QJsonArray{local->value(f)}).toJson(QJsonDocument::Compact)),
                    QString::fromUtf8(QJsonDocument(QJsonArray{row.data.value(f)}).toJson(QJsonDocument::Compact)));
        }
        return {};
    };
    QSet<QString> members;
    for (const Award &a : m_awards)
        members.insert(a.memberId);
    for (const QString &id : std::as_const(members))
        if (const QString diff = same(u"member"_s, id, {u"points"_s, u"tier"_s, u"status"_s}); !diff.isEmpty())
            return diff;
    for (const Decision &d : m_decisions)
        if (const QString diff = same(u"moderation_item"_s, d.itemId,
                                      {u"status"_s, u"decided_by"_s, u"decision_reason"_s, u"claimed_by"_s});
            !diff.isEmpty())
            return diff;
    for (const CampaignCreate &c : m_campaigns)
        if (const QString diff = same(u"campaign"_s, c.id, {u"name"_s, u"owner"_s, u"budget"_s, u"status"_s});
            !diff.isEmpty())
            return diff;
    // The cached ledger: the server's entries, one per award.
    QSqlQuery q(store.database());
    q.prepare(u"SELECT id, member_id, points, reason FROM points_entry WHERE reason LIKE ?"_s);
    q.addBindValue(QString(m_tag + u" award %"_s));
    q.exec();
    qint64 ledger = 0;
    while (q.next()) {
        ++ledger;
        const ServerRow row = server.of(u"points_entry"_s).value(q.value(0).toString());
        if (row.data.isEmpty() || row.data.value(u"reason"_s).toString() != q.value(3).toString()
            || row.data.value(u"points"_s).toInteger() != q.value(2).toLongLong())
            return u"cached ledger entry %1 differs from the server's"_s.arg(q.value(0).toString());
    }
    if (ledger != m_awards.size())
        return u"the cached ledger shows %1 of %2 awards"_s.arg(ledger).arg(m_awards.size());
    return {};
}
