#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

// The figures a tier rule can look at (docs/entities.md, tier.rules), in Field order.
struct TierCondition {
    enum Field { Points, ActiveDays30, PostsTotal, HelpfulAnswersTotal, TenureDays, SpendTotal, FieldCount };
    enum Cmp { Ge, Gt, Le, Lt, Eq, CmpCount };
    Field field = Points;
    Cmp cmp = Ge;
    double value = 0;

    bool test(double v) const
    {
        switch (cmp) {
        case Ge: return v >= value;
        case Gt: return v > value;
        case Le: return v <= value;
        case Lt: return v < value;
        case Eq: return v == value;
        case CmpCount: break;
        }
        return false;
    }
    // The platform's names: "points", "active_days_30", ... and ">=", ">", ...
    static QString fieldId(Field f);
    static QString cmpId(Cmp c);
    static std::optional<Field> fieldFromId(const QString &id);
    static std::optional<Cmp> cmpFromId(const QString &id);
    friend bool operator==(const TierCondition &, const TierCondition &) = default;
};

using MemberFigures = std::array<double, TierCondition::FieldCount>;

// One tier as the platform defines it. The lowest tier has no conditions and matches
// everybody; `anyOf` is "op": "or".
struct TierDefinition {
    QString id;
    QString name;
    int order = 0;
    bool anyOf = false;
    QList<TierCondition> conditions;
    QStringList privileges;
    int demotionGraceDays = 0;
    qint64 version = 0; // cached version; 0 for a tier not yet on the server

    bool meets(const MemberFigures &f) const
    {
        if (conditions.isEmpty())
            return true;
        for (const TierCondition &c : conditions) {
            const bool ok = c.test(f[c.field]);
            if (anyOf && ok)
                return true;
            if (!anyOf && !ok)
                return false;
        }
        return !anyOf;
    }
    QJsonObject rulesJson() const;
    // The tier's fields as a TierCreatePayload (without order when `withOrder` is false).
    QJsonObject payload(bool withOrder) const;
    // A cached tier row as JSON (Store::entity / the feed). nullopt and *error when the
    // rules name a field or comparison this console does not know.
    static std::optional<TierDefinition> fromJson(const QJsonObject &o, QString *error = nullptr);
    friend bool operator==(const TierDefinition &, const TierDefinition &) = default;
};

// A set of tiers ordered lowest first, and the decision for one member: promotion is
// immediate, a member below the rules of their tier keeps it until the grace period after
// they last qualified has passed, and a locked tier never moves.
class TierRuleSet final
{
    Q_DECLARE_TR_FUNCTIONS(TierRuleSet)
public:
    enum class Outcome { Stay, Promote, Demote, InGrace, Locked, Unranked };
    struct MemberState {
        int current = -1;          // index of the member's tier in this set; -1: not in the set
        bool locked = false;
        qint64 tierSince = 0;      // seconds since the epoch (0: unknown)
        qint64 lastQualified = 0;  // when the member last met their tier's rules (0: unknown)
        MemberFigures figures{};
    };
    struct Decision {
        int target = -1;           // tier index the member ends in
        Outcome outcome = Outcome::Stay;
        qint64 graceUntil = 0;     // InGrace: when the demotion falls due
    };

    TierRuleSet() = default;
    explicit TierRuleSet(QList<TierDefinition> tiers); // sorted by order, orders renumbered 0..n-1

    const QList<TierDefinition> &tiers() const { return m_tiers; }
    int size() const { return int(m_tiers.size()); }
    bool isEmpty() const { return m_tiers.isEmpty(); }
    const TierDefinition &at(int i) const { return m_tiers.at(i); }
    int indexOf(const QString &id) const;
    // Highest tier whose rules the figures meet; -1 when none (no tier without conditions).
    int evaluate(const MemberFigures &f) const
    {
        for (int i = int(m_tiers.size()) - 1; i >= 0; --i)
            if (m_tiers.at(i).meets(f))
                return i;
        return -1;
    }
    Decision decide(const MemberState &m, qint64 now) const;
    // Human problems that would make the set unusable or surprising (empty when fine).
    QStringList problems() const;

    // The tiers of the cache (table `tier`), lowest first. Rows with rules this console
    // cannot read are left out and named in *skipped.
    static TierRuleSet fromCache(const QSqlDatabase &db, QStringList *skipped = nullptr);
    // newcomer / regular / core / backbone as the platform seeds them.
    static TierRuleSet defaults();

    // "points ≥ 600 AND posts (all time) ≥ 30"; "everyone" for the lowest tier.
    static QString ruleText(const TierDefinition &t);
    static QString fieldName(TierCondition::Field f);
    static QString tierDisplayName(const QString &id, const QString &fallback);

    friend bool operator==(const TierRuleSet &a, const TierRuleSet &b) { return a.m_tiers == b.m_tiers; }

private:
    QList<TierDefinition> m_tiers;
};
