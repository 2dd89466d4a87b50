#include "tierruleset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const char *const kFieldIds[] = {"points", "active_days_30", "posts_total",
                                 "helpful_answers_total", "tenure_days", "spend_total"};
const char *const kCmpIds[] = {">=", ">", "<=", "<", "=="};
const char *const kCmpSigns[] = {"≥", ">", "≤", "<", "="};
} // namespace

QString TierCondition::fieldId(Field f)
{
    return f >= 0 && f < FieldCount ? QString::fromLatin1(kFieldIds[f]) : QString();
}

QString TierCondition::cmpId(Cmp c)
{
    return c >= 0 && c < CmpCount ? QString::fromLatin1(kCmpIds[c]) : QString();
}

std::optional<TierCondition::Field> TierCondition::fieldFromId(const QString &id)
{
    for (int i = 0; i < FieldCount; ++i)
        if (id == QLatin1StringView(kFieldIds[i]))
            return Field(i);
    return std::nullopt;
}

std::optional<TierCondition::Cmp> TierCondition::cmpFromId(const QString &id)
{
    for (int i = 0; i < CmpCount; ++i)
        if (id == QLatin1StringView(kCmpIds[i]))
            return Cmp(i);
    return std::nullopt;
}

QJsonObject TierDefinition::rulesJson() const
{
    QJsonArray list;
    for (const TierCondition &c : conditions)
        list.append(QJsonObject{{u"field"_s, TierCondition::fieldId(c.field)},
                                {u"cmp"_s, TierCondition::cmpId(c.cmp)},
                                {u"value"_s, c.value}});
    return QJsonObject{{u"op"_s, anyOf ? u"or"_s : u"and"_s}, {u"conditions"_s, list}};
}

QJsonObject TierDefinition::payload(bool withOrder) const
{
    QJsonObject o{{u"name"_s, name},
                  {u"rules"_s, rulesJson()},
                  {u"privileges"_s, QJsonArray::fromStringList(privileges)},
                  {u"demotion_grace_days"_s, demotionGraceDays}};
    if (withOrder)
        o.insert(u"order"_s, order);
    return o;
}

std::optional<TierDefinition> TierDefinition::fromJson(const QJsonObject &o, QString *error)
{
    TierDefinition t;
    t.id = o.value(u"id"_s).toString();
    t.name = o.value(u"name"_s).toString();
    t.order = o.value(u"order"_s).toInt();
    t.version = o.value(u"version"_s).toInteger();
    t.demotionGraceDays = std::max(0, o.value(u"demotion_grace_days"_s).toInt());
    const QJsonObject rules = o.value(u"rules"_s).toObject();
    const QString op = rules.value(u"op"_s).toString(u"and"_s);
    if (op != u"and"_s && op != u"or"_s) {
        if (error)
            *error = TierRuleSet::tr("Tier %1 combines its conditions with '%2'; expected 'and' or 'or'.").arg(t.id, op);
        return std::nullopt;
    }
    t.anyOf = op == u"or"_s;
    for (const QJsonValue &v : rules.value(u"conditions"_s).toArray()) {
        const QJsonObject c = v.toObject();
        const auto field = TierCondition::fieldFromId(c.value(u"field"_s).toString());
        const auto cmp = TierCondition::cmpFromId(c.value(u"cmp"_s).toString());
        if (!field || !cmp || !c.value(u"value"_s).isDouble()) {
            if (error)
                *error = TierRuleSet::tr("Tier %1 has a condition this console cannot read: %2")
                             .arg(t.id, QString::fromUtf8(QJsonDocument(c).toJson(QJsonDocument::Compact)));
            return std::nullopt;
        }
        t.conditions.append({*field, *cmp, c.value(u"value"_s).toDouble()});
    }
    for (const QJsonValue &v : o.value(u"privileges"_s).toArray())
        t.privileges.append(v.toString());
    return t;
}

TierRuleSet::TierRuleSet(QList<TierDefinition> tiers)
    : m_tiers(std::move(tiers))
{
    std::stable_sort(m_tiers.begin(), m_tiers.end(),
                     [](const TierDefinition &a, const TierDefinition &b) { return a.order < b.order; });
    for (int i = 0; i < m_tiers.size(); ++i)
        m_tiers[i].order = i;
}

int TierRuleSet::indexOf(const QString &id) const
{
    for (int i = 0; i < m_tiers.size(); ++i)
        if (m_tiers.at(i).id == id)
            return i;
    return -1;
}

TierRuleSet::Decision TierRuleSet::decide(const MemberState &m, qint64 now) const
{
    Decision d;
    d.target = m.current;
    if (m.locked) {
        d.outcome = Outcome::Locked;
        return d;
    }
    const int e = evaluate(m.figures);
    if (m.current < 0) {
        // The member's tier is not in this set (deleted, or unknown): placed by the rules.
        d.target = e;
        d.outcome = e < 0 ? Outcome::Stay : Outcome::Unranked;
        return d;
    }
    if (e < 0 || e == m.current)
        return d;
    if (e > m.current) {
        d.target = e;
        d.outcome = Outcome::Promote;
        return d;
    }
    const qint64 anchor = std::max(m.tierSince, m.lastQualified);
    d.graceUntil = anchor + qint64(m_tiers.at(m.current).demotionGraceDays) * 86400;
    if (now < d.graceUntil) {
        d.outcome = Outcome::InGrace;
        return d;
    }
    d.target = e;
    d.outcome = Outcome::Demote;
    return d;
}

QStringList TierRuleSet::problems() const
{
    QStringList out;
    if (m_tiers.isEmpty()) {
        out << tr("There are no tiers.");
        return out;
    }
    if (!m_tiers.constFirst().conditions.isEmpty())
        out << tr("The lowest tier (%1) has conditions: members who meet none of the rules would have no tier.")
                   .arg(tierDisplayName(m_tiers.constFirst().id, m_tiers.constFirst().name));
    QStringList seen;
    for (const TierDefinition &t : m_tiers) {
        if (t.name.trimmed().isEmpty())
            out << tr("Tier %1 has no name.").arg(t.id);
        if (seen.contains(t.id))
            out << tr("Two tiers have the id %1.").arg(t.id);
        seen << t.id;
        if (t.order > 0 && t.conditions.isEmpty())
            out << tr("%1 has no conditions: every member would reach it and no tier above it.")
                       .arg(tierDisplayName(t.id, t.name));
    }
    return out;
}

TierRuleSet TierRuleSet::fromCache(const QSqlDatabase &db, QStringList *skipped)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QList<TierDefinition> tiers;
    if (!q.exec(u"SELECT id, version, name, \"order\", rules, privileges, demotion_grace_days FROM tier"_s))
        return {};
    while (q.next()) {
        const QJsonObject o{
            {u"id"_s, q.value(0).toString()},
            {u"version"_s, q.value(1).toLongLong()},
            {u"name"_s, q.value(2).toString()},
            {u"order"_s, q.value(3).toInt()},
            {u"rules"_s, QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object()},
            {u"privileges"_s, QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array()},
            {u"demotion_grace_days"_s, q.value(6).toInt()}};
        QString why;
        if (auto t = TierDefinition::fromJson(o, &why)) {
            t->order = q.value(3).toInt();
            tiers.append(*t);
        } else if (skipped) {
            skipped->append(why);
        }
    }
    // Orders are kept as cached (the server numbers them 0..n-1); ties sort by id so the
    // order is stable.
    std::sort(tiers.begin(), tiers.end(), [](const TierDefinition &a, const TierDefinition &b) {
        return a.order != b.order ? a.order < b.order : a.id < b.id;
    });
    TierRuleSet set;
    set.m_tiers = tiers;
    return set;
}

TierRuleSet TierRuleSet::defaults()
{
    using C = TierCondition;
    QList<TierDefinition> t;
    t.append({u"newcomer"_s, u"Newcomer"_s, 0, false, {},
              {u"Ask questions and comment in every board"_s, u"Join up to three study groups"_s,
               u"Take part in campaigns"_s}, 30, 0});
    t.append({u"regular"_s, u"Regular"_s, 1, true,
              {{C::Points, C::Ge, 100}, {C::ActiveDays30, C::Ge, 6}, {C::PostsTotal, C::Ge, 8}, {C::SpendTotal, C::Ge, 300}},
              {u"Upload images and attachments"_s, u"Start polls"_s, u"Join any number of study groups"_s}, 14, 0});
    t.append({u"core"_s, u"Core"_s, 2, false,
              {{C::Points, C::Ge, 600}, {C::PostsTotal, C::Ge, 30}, {C::HelpfulAnswersTotal, C::Ge, 10}, {C::TenureDays, C::Ge, 90}},
              {u"Edit own posts at any time"_s, u"Nominate featured posts"_s, u"Early access to campaigns"_s,
               u"10% off paid courses"_s}, 30, 0});
    t.append({u"backbone"_s, u"Backbone"_s, 3, false,
              {{C::Points, C::Ge, 2000}, {C::HelpfulAnswersTotal, C::Ge, 50}, {C::ActiveDays30, C::Ge, 12}, {C::TenureDays, C::Ge, 180}},
              {u"Help moderate study groups"_s, u"Invitation to the backbone salon"_s,
               u"One free seat at an offline event each quarter"_s, u"Direct line to the community team"_s}, 30, 0});
    return TierRuleSet(t);
}

QString TierRuleSet::fieldName(TierCondition::Field f)
{
    switch (f) {
    case TierCondition::Points: return tr("points");
    case TierCondition::ActiveDays30: return tr("active days (30 days)");
    case TierCondition::PostsTotal: return tr("posts (all time)");
    case TierCondition::HelpfulAnswersTotal: return tr("helpful answers (all time)");
    case TierCondition::TenureDays: return tr("tenure (days)");
    case TierCondition::SpendTotal: return tr("spend (all time)");
    case TierCondition::FieldCount: break;
    }
    return {};
}

QString TierRuleSet::ruleText(const TierDefinition &t)
{
    if (t.conditions.isEmpty())
        return tr("everyone");
    QStringList parts;
    const QLocale locale;
    for (const TierCondition &c : t.conditions)
        parts << u"%1 %2 %3"_s.arg(fieldName(c.field), QString::fromUtf8(kCmpSigns[c.cmp]),
                                   locale.toString(c.value, 'g', 12));
    return parts.join(t.anyOf ? tr(" OR ") : tr(" AND "));
}

QString TierRuleSet::tierDisplayName(const QString &id, const QString &fallback)
{
    // The glossary names (DESIGN.md §2) for the platform's tiers; others by their own name.
    // A tier the manager renamed shows its new name.
    const bool unnamed = fallback.isEmpty() || fallback.compare(id, Qt::CaseInsensitive) == 0;
    if (unnamed && id == u"newcomer") return tr("Newcomer");
    if (unnamed && id == u"regular") return tr("Regular");
    if (unnamed && id == u"core") return tr("Core");
    if (unnamed && id == u"backbone") return tr("Backbone");
    return fallback.isEmpty() ? id : fallback;
}
