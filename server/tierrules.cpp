#include "tierrules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

QList<TierRules::Tier> TierRules::defaultTiers()
{
    QList<TierRules::Tier> tiers;
    tiers.append({u"newcomer"_s, u"Newcomer"_s, 0, false, {},
                  {u"Ask questions and comment in every board"_s,
                   u"Join up to three study groups"_s, u"Take part in campaigns"_s},
                  30});
    // Any one sign of commitment is enough to become a regular.
    tiers.append({u"regular"_s, u"Regular"_s, 1, true,
                  {{Field::Points, Cmp::Ge, 100}, {Field::ActiveDays30, Cmp::Ge, 6},
                   {Field::PostsTotal, Cmp::Ge, 8}, {Field::SpendTotal, Cmp::Ge, 300}},
                  {u"Upload images and attachments"_s, u"Start polls"_s,
                   u"Join any number of study groups"_s},
                  14});
    tiers.append({u"core"_s, u"Core"_s, 2, false,
                  {{Field::Points, Cmp::Ge, 600}, {Field::PostsTotal, Cmp::Ge, 30},
                   {Field::HelpfulAnswersTotal, Cmp::Ge, 10}, {Field::TenureDays, Cmp::Ge, 90}},
                  {u"Edit own posts at any time"_s, u"Nominate featured posts"_s,
                   u"Early access to campaigns"_s, u"10% off paid courses"_s},
                  30});
    tiers.append({u"backbone"_s, u"Backbone"_s, 3, false,
                  {{Field::Points, Cmp::Ge, 2000}, {Field::HelpfulAnswersTotal, Cmp::Ge, 50},
                   {Field::ActiveDays30, Cmp::Ge, 12}, {Field::TenureDays, Cmp::Ge, 180}},
                  {u"Help moderate study groups"_s, u"Invitation to the backbone salon"_s,
                   u"One free seat at an offline event each quarter"_s,
                   u"Direct line to the community team"_s},
                  30});
    return tiers;
}

namespace {
const char *const kFieldNames[] = {"points", "active_days_30", "posts_total",
                                   "helpful_answers_total", "tenure_days", "spend_total"};
const char *const kCmpNames[] = {">=", ">", "<=", "<", "=="};
} // namespace

QJsonObject TierRules::tierToJson(const TierRules::Tier &tier)
{
    QJsonArray conditions;
    for (const Condition &c : tier.conditions)
        conditions.append(QJsonObject{
            {u"field"_s, QString::fromLatin1(kFieldNames[int(c.field)])},
            {u"cmp"_s, QString::fromLatin1(kCmpNames[int(c.cmp)])},
            {u"value"_s, c.value}});
    return QJsonObject{
        {u"id"_s, tier.id},
        {u"name"_s, tier.name},
        {u"order"_s, tier.order},
        {u"rules"_s, QJsonObject{{u"op"_s, tier.anyOf ? u"or"_s : u"and"_s},
                                 {u"conditions"_s, conditions}}},
        {u"privileges"_s, QJsonArray::fromStringList(tier.privileges)},
        {u"demotion_grace_days"_s, tier.demotionGraceDays},
    };
}

std::optional<TierRules::Tier> TierRules::tierFromJson(const QJsonObject &o)
{
    Tier t;
    t.id = o.value(u"id"_s).toString();
    t.name = o.value(u"name"_s).toString();
    t.order = o.value(u"order"_s).toInt();
    const QJsonObject rules = o.value(u"rules"_s).toObject();
    t.anyOf = rules.value(u"op"_s).toString() == u"or"_s;
    for (const QJsonValue &v : rules.value(u"conditions"_s).toArray()) {
        const QJsonObject c = v.toObject();
        const QString field = c.value(u"field"_s).toString();
        const QString cmp = c.value(u"cmp"_s).toString();
        Condition cond;
        const auto f = std::find_if(std::begin(kFieldNames), std::end(kFieldNames),
                                    [&](const char *n) { return field == QLatin1StringView(n); });
        const auto k = std::find_if(std::begin(kCmpNames), std::end(kCmpNames),
                                    [&](const char *n) { return cmp == QLatin1StringView(n); });
        if (f == std::end(kFieldNames) || k == std::end(kCmpNames))
            return std::nullopt;
        cond.field = Field(f - std::begin(kFieldNames));
        cond.cmp = Cmp(k - std::begin(kCmpNames));
        cond.value = c.value(u"value"_s).toDouble();
        t.conditions.append(cond);
    }
    for (const QJsonValue &v : o.value(u"privileges"_s).toArray())
        t.privileges.append(v.toString());
    t.demotionGraceDays = o.value(u"demotion_grace_days"_s).toInt(30);
    return t;
}

bool TierRules::meets(const TierRules::Tier &tier, const TierRules::MemberFigures &m)
{
    if (tier.conditions.isEmpty())
        return true;
    for (const Condition &c : tier.conditions) {
        double v = 0;
        switch (c.field) {
        case Field::Points: v = m.points; break;
        case Field::ActiveDays30: v = m.activeDays30; break;
        case Field::PostsTotal: v = m.postsTotal; break;
        case Field::HelpfulAnswersTotal: v = m.helpfulAnswersTotal; break;
        case Field::TenureDays: v = m.tenureDays; break;
        case Field::SpendTotal: v = m.spendTotal; break;
        }
        bool ok = false;
        switch (c.cmp) {
        case Cmp::Ge: ok = v >= c.value; break;
        case Cmp::Gt: ok = v > c.value; break;
        case Cmp::Le: ok = v <= c.value; break;
        case Cmp::Lt: ok = v < c.value; break;
        case Cmp::Eq: ok = v == c.value; break;
        }
        if (tier.anyOf && ok)
            return true;
        if (!tier.anyOf && !ok)
            return false;
    }
    return !tier.anyOf;
}

QString TierRules::evaluateTier(const TierRules::MemberFigures &figures, const QList<TierRules::Tier> &tiers)
{
    const Tier *best = nullptr;
    for (const Tier &t : tiers) {
        if ((!best || t.order > best->order) && meets(t, figures))
            best = &t;
    }
    return best ? best->id : QString();
}

QString TierRules::evaluateTier(const TierRules::MemberFigures &figures)
{
    static const QList<Tier> tiers = defaultTiers();
    return evaluateTier(figures, tiers);
}

TierRules::MemberFigures TierRules::figuresOf(const QJsonObject &member, const QDateTime &now)
{
    MemberFigures f;
    f.points = member.value(u"points"_s).toDouble();
    f.activeDays30 = member.value(u"active_days_30"_s).toDouble();
    f.postsTotal = member.value(u"posts_total"_s).toDouble();
    f.helpfulAnswersTotal = member.value(u"helpful_answers_total"_s).toDouble();
    f.spendTotal = member.value(u"spend_total"_s).toDouble();
    const QDateTime joined = QDateTime::fromString(member.value(u"joined_at"_s).toString(), Qt::ISODate);
    if (joined.isValid())
        f.tenureDays = double(std::max<qint64>(0, joined.secsTo(now) / 86400));
    return f;
}
