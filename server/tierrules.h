#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Tier definitions and their evaluation, shared with whoever re-evaluates tiers.
class TierRules final
{
public:
    enum class Field { Points, ActiveDays30, PostsTotal, HelpfulAnswersTotal, TenureDays, SpendTotal };
    enum class Cmp { Ge, Gt, Le, Lt, Eq };
    struct Condition {
        Field field = Field::Points;
        Cmp cmp = Cmp::Ge;
        double value = 0;
    };
    struct Tier {
        QString id;
        QString name;
        int order = 0;
        bool anyOf = false; // "op": "or" when true, "and" otherwise
        QList<Condition> conditions;
        QStringList privileges;
        int demotionGraceDays = 30;
    };
    // The member fields tier rules can look at.
    struct MemberFigures {
        double points = 0;
        double activeDays30 = 0;
        double postsTotal = 0;
        double helpfulAnswersTotal = 0;
        double tenureDays = 0;
        double spendTotal = 0;
    };

    TierRules() = delete;

    static QList<Tier> defaultTiers();
    static QJsonObject tierToJson(const Tier &tier);
    // nullopt when the object has an unknown field or comparison.
    static std::optional<Tier> tierFromJson(const QJsonObject &object);
    static bool meets(const Tier &tier, const MemberFigures &figures);
    // The id of the highest-order tier whose rules the figures meet (a tier without
    // conditions always matches). Empty when no tier matches.
    static QString evaluateTier(const MemberFigures &figures, const QList<Tier> &tiers);
    static QString evaluateTier(const MemberFigures &figures);
    // tenure_days is whole days between joined_at and `now`.
    static MemberFigures figuresOf(const QJsonObject &member, const QDateTime &now);
};
