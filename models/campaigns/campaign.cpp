#include "campaign.h"

#include <QJsonArray>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

qint64 count(const QJsonValue &v)
{
    return qint64(std::llround(std::max(0.0, v.toDouble())));
}

// Money has two decimals at most (docs/entities.md); rounding here keeps a spin box's
// binary fraction from reaching the server as 1999.9999999.
double money(double v)
{
    return std::round(v * 100.0) / 100.0;
}
} // namespace

CampaignFigures CampaignFigures::fromJson(const QJsonObject &o)
{
    CampaignFigures f;
    f.participants = count(o.value(u"participants"_s));
    f.newMembers = count(o.value(u"new_members"_s));
    f.conversions = count(o.value(u"conversions"_s));
    f.revenue = std::max(0.0, o.value(u"revenue"_s).toDouble());
    return f;
}

QJsonObject CampaignFigures::toJson() const
{
    return {{u"participants"_s, participants}, {u"new_members"_s, newMembers},
            {u"conversions"_s, conversions}, {u"revenue"_s, money(revenue)}};
}

CampaignVariant CampaignVariant::fromJson(const QJsonObject &o)
{
    return {o.value(u"name"_s).toString(), count(o.value(u"exposures"_s)), count(o.value(u"conversions"_s))};
}

QJsonObject CampaignVariant::toJson() const
{
    return {{u"name"_s, name}, {u"exposures"_s, exposures}, {u"conversions"_s, conversions}};
}

Campaign Campaign::fromJson(const QJsonObject &o)
{
    Campaign c;
    c.id = o.value(u"id"_s).toString();
    c.version = o.value(u"version"_s).toInteger();
    c.name = o.value(u"name"_s).toString();
    c.type = o.value(u"type"_s).toString();
    c.mode = o.value(u"mode"_s).toString(u"online"_s);
    c.place = o.value(u"place"_s).toString();
    c.startDate = QDate::fromString(o.value(u"start_date"_s).toString(), Qt::ISODate);
    c.endDate = QDate::fromString(o.value(u"end_date"_s).toString(), Qt::ISODate);
    c.owner = o.value(u"owner"_s).toString();
    c.budget = o.value(u"budget"_s).toDouble();
    c.cost = o.value(u"cost"_s).toDouble();
    c.targetTier = o.value(u"target_tier"_s).toString();
    c.targetSegment = o.value(u"target_segment"_s).toString();
    c.goals = CampaignFigures::fromJson(o.value(u"goals"_s).toObject());
    if (o.value(u"results"_s).isObject())
        c.results = CampaignFigures::fromJson(o.value(u"results"_s).toObject());
    for (const QJsonValue &v : o.value(u"variants"_s).toArray())
        c.variants.append(CampaignVariant::fromJson(v.toObject()));
    c.status = o.value(u"status"_s).toString(u"draft"_s);
    c.notes = o.value(u"notes"_s).toString();
    return c;
}

QJsonObject Campaign::toPayload() const
{
    QJsonArray v;
    for (const CampaignVariant &variant : variants)
        v.append(variant.toJson());
    return {{u"name"_s, name.trimmed()},
            {u"type"_s, type},
            {u"mode"_s, mode},
            {u"place"_s, nullable(isOffline() ? place.trimmed() : QString())},
            {u"start_date"_s, startDate.toString(Qt::ISODate)},
            {u"end_date"_s, endDate.toString(Qt::ISODate)},
            {u"owner"_s, owner.trimmed()},
            {u"budget"_s, money(budget)},
            {u"cost"_s, money(cost)},
            {u"target_tier"_s, nullable(targetTier)},
            {u"target_segment"_s, nullable(targetSegment)},
            {u"goals"_s, goals.toJson()},
            {u"results"_s, results ? QJsonValue(results->toJson()) : QJsonValue(QJsonValue::Null)},
            {u"variants"_s, v},
            {u"status"_s, status},
            {u"notes"_s, nullable(notes)}};
}

QJsonObject Campaign::changedFields(const Campaign &before, const Campaign &after)
{
    const QJsonObject a = before.toPayload();
    const QJsonObject b = after.toPayload();
    QJsonObject changed;
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (a.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    return changed;
}

QString Campaign::targetKey() const
{
    if (!targetTier.isEmpty())
        return u"tier:"_s + targetTier;
    if (!targetSegment.isEmpty())
        return u"segment:"_s + targetSegment;
    return {};
}

Budget Budget::fromJson(const QJsonObject &o)
{
    Budget b;
    b.quarter = o.value(u"quarter"_s).toString(o.value(u"id"_s).toString());
    b.amount = o.value(u"amount"_s).toDouble();
    b.notes = o.value(u"notes"_s).toString();
    b.version = o.value(u"version"_s).toInteger();
    return b;
}

namespace CampaignIds {
const QStringList &types()
{
    static const QStringList t = {u"contest"_s, u"topic_discussion"_s, u"qa"_s, u"vote"_s,
                                  u"lottery"_s, u"holiday_theme"_s, u"salon"_s, u"live_session"_s};
    return t;
}

const QStringList &tiers()
{
    static const QStringList t = {u"newcomer"_s, u"regular"_s, u"core"_s, u"backbone"_s};
    return t;
}

const QStringList &segments()
{
    static const QStringList s = {u"champions"_s, u"loyal"_s, u"potential"_s, u"at_risk"_s, u"hibernating"_s};
    return s;
}

const QStringList &storedStatuses()
{
    static const QStringList s = {u"draft"_s, u"scheduled"_s, u"cancelled"_s};
    return s;
}
} // namespace CampaignIds
