#include "payloadschema.h"

#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

namespace PayloadSchema {

namespace {
enum class Type { String, NonEmptyString, Int, NonNegNumber, Bool, Date, StringList, EnumList, Enum, Object, TierRules, Quarter, Goals, Variants };

struct Field {
    QString name;
    Type type;
    bool required = false;
    QStringList values = {};
    bool nullable = false;
};

const QList<Field> &fields(const QString &entity)
{
    static const QList<Field> tier = {
        {u"name"_s, Type::NonEmptyString, true},
        {u"order"_s, Type::Int},
        {u"rules"_s, Type::TierRules, true},
        {u"privileges"_s, Type::StringList},
        {u"demotion_grace_days"_s, Type::Int},
    };
    static const QList<Field> keywordRule = {
        {u"pattern"_s, Type::NonEmptyString, true},
        {u"is_regex"_s, Type::Bool},
        {u"whole_word"_s, Type::Bool},
        {u"boards"_s, Type::StringList},
        {u"kinds"_s, Type::EnumList, false, {u"post"_s, u"comment"_s, u"profile"_s}},
        {u"action"_s, Type::Enum, true, {u"flag"_s, u"hold"_s, u"suggest_mute"_s}},
        {u"label"_s, Type::String, false, {}, true},
        {u"enabled"_s, Type::Bool},
        {u"note"_s, Type::String, false, {}, true},
    };
    static const QList<Field> campaign = {
        {u"name"_s, Type::NonEmptyString, true},
        {u"type"_s, Type::Enum, true,
         {u"contest"_s, u"topic_discussion"_s, u"qa"_s, u"vote"_s, u"lottery"_s,
          u"holiday_theme"_s, u"salon"_s, u"live_session"_s}},
        {u"mode"_s, Type::Enum, true, {u"online"_s, u"offline"_s}},
        {u"place"_s, Type::String, false, {}, true},
        {u"start_date"_s, Type::Date, true},
        {u"end_date"_s, Type::Date, true},
        {u"owner"_s, Type::String},
        {u"budget"_s, Type::NonNegNumber},
        {u"cost"_s, Type::NonNegNumber},
        {u"target_tier"_s, Type::String, false, {}, true},
        {u"target_segment"_s, Type::String, false, {}, true},
        {u"goals"_s, Type::Goals},
        {u"results"_s, Type::Goals, false, {}, true},
        {u"variants"_s, Type::Variants},
        {u"status"_s, Type::Enum, false, {u"draft"_s, u"scheduled"_s, u"cancelled"_s}},
        {u"notes"_s, Type::String, false, {}, true},
    };
    static const QList<Field> budget = {
        {u"quarter"_s, Type::Quarter, true},
        {u"amount"_s, Type::NonNegNumber, true},
        {u"notes"_s, Type::String, false, {}, true},
    };
    static const QList<Field> none;
    if (entity == u"tier"_s) return tier;
    if (entity == u"keyword_rule"_s) return keywordRule;
    if (entity == u"campaign"_s) return campaign;
    if (entity == u"budget"_s) return budget;
    return none;
}

QString checkGoals(const QJsonValue &v)
{
    if (!v.isObject())
        return u"must be an object"_s;
    // openapi.yaml CampaignFigures: all four, counts whole, revenue any number >= 0.
    static const QStringList keys = {u"participants"_s, u"new_members"_s, u"conversions"_s, u"revenue"_s};
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!keys.contains(it.key()))
            return u"has an unknown key '%1'"_s.arg(it.key());
        const double x = it.value().toDouble(-1);
        if (!it.value().isDouble() || x < 0 || x >= 1e12
            || (it.key() != u"revenue"_s && x != std::floor(x)))
            return it.key() == u"revenue"_s ? u"'revenue' must be a number >= 0"_s
                                            : u"'%1' must be a whole number >= 0"_s.arg(it.key());
    }
    for (const QString &k : keys)
        if (!o.contains(k))
            return u"needs '%1'"_s.arg(k);
    return {};
}

QString checkVariants(const QJsonValue &v)
{
    if (!v.isArray())
        return u"must be an array"_s;
    for (const QJsonValue &e : v.toArray()) {
        const QJsonObject o = e.toObject();
        if (!e.isObject() || !o.value(u"name"_s).isString() || o.value(u"name"_s).toString().isEmpty())
            return u"each variant needs a name"_s;
        const double exp = o.value(u"exposures"_s).toDouble(-1);
        const double conv = o.value(u"conversions"_s).toDouble(-1);
        if (exp < 0 || conv < 0 || conv > exp || exp >= 1e12 || exp != std::floor(exp)
            || conv != std::floor(conv) || o.size() != 3)
            return u"each variant is {name, exposures, conversions} with whole exposures >= conversions >= 0"_s;
    }
    return {};
}

QString check(const Field &f, const QJsonValue &v)
{
    if (v.isNull() && f.nullable)
        return {};
    switch (f.type) {
    case Type::String:
        return v.isString() ? QString() : u"must be a string"_s;
    case Type::NonEmptyString:
        return v.isString() && !v.toString().trimmed().isEmpty() && v.toString().size() <= 500
            ? QString() : u"must be a non-empty string of at most 500 characters"_s;
    case Type::Int:
        return v.isDouble() && v.toDouble() >= 0 && v.toDouble() < 1e9 && v.toDouble() == std::floor(v.toDouble())
            ? QString() : u"must be a whole number >= 0"_s;
    case Type::NonNegNumber:
        return v.isDouble() && v.toDouble() >= 0 && v.toDouble() < 1e12
            ? QString() : u"must be a number >= 0"_s;
    case Type::Bool:
        return v.isBool() ? QString() : u"must be true or false"_s;
    case Type::Date:
        return v.isString() && QDate::fromString(v.toString(), Qt::ISODate).isValid()
            ? QString() : u"must be a date YYYY-MM-DD"_s;
    case Type::StringList: {
        if (!v.isArray())
            return u"must be an array of strings"_s;
        for (const QJsonValue &e : v.toArray())
            if (!e.isString())
                return u"must be an array of strings"_s;
        return {};
    }
    case Type::EnumList: {
        const QString problem = u"must be an array of: %1"_s.arg(f.values.join(u", "_s));
        if (!v.isArray())
            return problem;
        for (const QJsonValue &e : v.toArray())
            if (!f.values.contains(e.toString()))
                return problem;
        return {};
    }
    case Type::Enum:
        return v.isString() && f.values.contains(v.toString())
            ? QString() : u"must be one of: %1"_s.arg(f.values.join(u", "_s));
    case Type::Object:
        return v.isObject() ? QString() : u"must be an object"_s;
    case Type::TierRules:
        return checkTierRules(v);
    case Type::Quarter: {
        static const QRegularExpression re(u"^\\d{4}Q[1-4]$"_s);
        return v.isString() && re.match(v.toString()).hasMatch()
            ? QString() : u"must be a quarter like 2026Q3"_s;
    }
    case Type::Goals:
        return checkGoals(v);
    case Type::Variants:
        return checkVariants(v);
    }
    return {};
}
} // namespace

QString checkTierRules(const QJsonValue &rules)
{
    if (!rules.isObject())
        return u"must be an object {op, conditions}"_s;
    const QJsonObject o = rules.toObject();
    const QString op = o.value(u"op"_s).toString();
    if (op != u"and"_s && op != u"or"_s)
        return u"op must be \"and\" or \"or\""_s;
    if (!o.value(u"conditions"_s).isArray())
        return u"conditions must be an array"_s;
    static const QStringList fieldsAllowed = {u"points"_s, u"active_days_30"_s, u"posts_total"_s,
                                              u"helpful_answers_total"_s, u"tenure_days"_s,
                                              u"spend_total"_s};
    static const QStringList cmps = {u">="_s, u">"_s, u"<="_s, u"<"_s, u"=="_s};
    for (const QJsonValue &c : o.value(u"conditions"_s).toArray()) {
        const QJsonObject co = c.toObject();
        if (!fieldsAllowed.contains(co.value(u"field"_s).toString()))
            return u"condition field must be one of: %1"_s.arg(fieldsAllowed.join(u", "_s));
        if (!cmps.contains(co.value(u"cmp"_s).toString()))
            return u"condition cmp must be one of: %1"_s.arg(cmps.join(u" "_s));
        if (!co.value(u"value"_s).isDouble())
            return u"condition value must be a number"_s;
    }
    return {};
}

QString mergeFields(const QString &entity, const QJsonObject &payload, bool create,
                    QJsonObject &target)
{
    const QList<Field> &spec = fields(entity);
    for (auto it = payload.begin(); it != payload.end(); ++it) {
        const auto f = std::find_if(spec.begin(), spec.end(),
                                    [&](const Field &x) { return x.name == it.key(); });
        if (f == spec.end())
            return u"unknown field '%1'"_s.arg(it.key());
        const QString problem = check(*f, it.value());
        if (!problem.isEmpty())
            return u"'%1' %2"_s.arg(it.key(), problem);
    }
    if (create) {
        for (const Field &f : spec) {
            if (f.required && !payload.contains(f.name))
                return u"'%1' is required"_s.arg(f.name);
        }
    }
    for (auto it = payload.begin(); it != payload.end(); ++it)
        target.insert(it.key(), it.value());
    return {};
}

} // namespace PayloadSchema
