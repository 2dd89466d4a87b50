#include "campaignrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
QJsonValue json(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    const QJsonDocument d = QJsonDocument::fromJson(v.toString().toUtf8());
    if (d.isObject())
        return d.object();
    if (d.isArray())
        return d.array();
    return QJsonValue::Null;
}

QJsonValue text(const QVariant &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString());
}

QSet<QString> pendingIds(const QSqlDatabase &db, const QString &entity)
{
    QSet<QString> ids;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT DISTINCT entity_id FROM outbox WHERE entity = ?"_s);
    q.addBindValue(entity);
    if (q.exec())
        while (q.next())
            ids.insert(q.value(0).toString());
    return ids;
}
} // namespace

namespace CampaignRepository {
QList<Campaign> campaigns(const QSqlDatabase &db, QString *error)
{
    QList<Campaign> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, version, name, type, mode, place, start_date, end_date, owner, budget, cost, "
                "target_tier, target_segment, goals, results, variants, status, notes "
                "FROM campaign ORDER BY start_date, name, id"_s)) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    const QSet<QString> pending = pendingIds(db, u"campaign"_s);
    while (q.next()) {
        const QJsonObject o{{u"id"_s, q.value(0).toString()},
                            {u"version"_s, q.value(1).toLongLong()},
                            {u"name"_s, q.value(2).toString()},
                            {u"type"_s, q.value(3).toString()},
                            {u"mode"_s, q.value(4).toString()},
                            {u"place"_s, text(q.value(5))},
                            {u"start_date"_s, q.value(6).toString()},
                            {u"end_date"_s, q.value(7).toString()},
                            {u"owner"_s, q.value(8).toString()},
                            {u"budget"_s, q.value(9).toDouble()},
                            {u"cost"_s, q.value(10).toDouble()},
                            {u"target_tier"_s, text(q.value(11))},
                            {u"target_segment"_s, text(q.value(12))},
                            {u"goals"_s, json(q.value(13))},
                            {u"results"_s, json(q.value(14))},
                            {u"variants"_s, json(q.value(15))},
                            {u"status"_s, q.value(16).toString()},
                            {u"notes"_s, text(q.value(17))}};
        Campaign c = Campaign::fromJson(o);
        c.pendingSync = pending.contains(c.id);
        out.append(std::move(c));
    }
    return out;
}

QList<Budget> budgets(const QSqlDatabase &db, QString *error)
{
    QList<Budget> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, quarter, amount, notes, version FROM budget ORDER BY id"_s)) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    const QSet<QString> pending = pendingIds(db, u"budget"_s);
    while (q.next()) {
        Budget b;
        b.quarter = q.value(1).isNull() ? q.value(0).toString() : q.value(1).toString();
        b.amount = q.value(2).toDouble();
        b.notes = q.value(3).toString();
        b.version = q.value(4).toLongLong();
        b.pendingSync = pending.contains(q.value(0).toString());
        out.append(b);
    }
    return out;
}
} // namespace CampaignRepository
