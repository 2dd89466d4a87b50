// Tier rule evaluation: AND/OR, each figure and comparison, promotion, demotion after the
// grace period, locked tiers; the outbox plan for edited tiers.
#include "tierchanges.h"
#include "tierruleset.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTierRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void condition_data();
    void condition();
    void andOr_data();
    void andOr();
    void decide_data();
    void decide();
    void defaultsMatchThePlatform();
    void readsAndWritesJson();
    void refusesUnknownFields();
    void problems();
    void changesBetween();
};

using C = TierCondition;
Q_DECLARE_METATYPE(TierCondition::Field)
Q_DECLARE_METATYPE(TierCondition::Cmp)

void TestTierRules::condition_data()
{
    QTest::addColumn<TierCondition::Field>("field");
    QTest::addColumn<TierCondition::Cmp>("cmp");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("passes");
    QTest::newRow("points >= equal") << C::Points << C::Ge << 100.0 << 100.0 << true;
    QTest::newRow("points >= below") << C::Points << C::Ge << 100.0 << 99.0 << false;
    QTest::newRow("active days > equal") << C::ActiveDays30 << C::Gt << 6.0 << 6.0 << false;
    QTest::newRow("active days > above") << C::ActiveDays30 << C::Gt << 6.0 << 7.0 << true;
    QTest::newRow("posts <= equal") << C::PostsTotal << C::Le << 8.0 << 8.0 << true;
    QTest::newRow("posts <= above") << C::PostsTotal << C::Le << 8.0 << 9.0 << false;
    QTest::newRow("helpful < equal") << C::HelpfulAnswersTotal << C::Lt << 10.0 << 10.0 << false;
    QTest::newRow("helpful < below") << C::HelpfulAnswersTotal << C::Lt << 10.0 << 9.0 << true;
    QTest::newRow("tenure == equal") << C::TenureDays << C::Eq << 90.0 << 90.0 << true;
    QTest::newRow("tenure == other") << C::TenureDays << C::Eq << 90.0 << 91.0 << false;
    QTest::newRow("spend >= cents") << C::SpendTotal << C::Ge << 300.0 << 299.99 << false;
    QTest::newRow("spend >= equal") << C::SpendTotal << C::Ge << 300.0 << 300.0 << true;
}

void TestTierRules::condition()
{
    QFETCH(TierCondition::Field, field);
    QFETCH(TierCondition::Cmp, cmp);
    QFETCH(double, threshold);
    QFETCH(double, value);
    QFETCH(bool, passes);
    TierDefinition t;
    t.conditions = {{field, cmp, threshold}};
    MemberFigures f{};
    f[field] = value;
    QCOMPARE(t.meets(f), passes);
    // Only the named figure counts.
    MemberFigures others{};
    others.fill(1e9);
    others[field] = value;
    QCOMPARE(t.meets(others), passes);
}

void TestTierRules::andOr_data()
{
    QTest::addColumn<bool>("anyOf");
    QTest::addColumn<double>("points");
    QTest::addColumn<double>("posts");
    QTest::addColumn<bool>("meets");
    // points >= 100 (AND|OR) posts >= 8
    QTest::newRow("and: both") << false << 100.0 << 8.0 << true;
    QTest::newRow("and: first only") << false << 100.0 << 7.0 << false;
    QTest::newRow("and: second only") << false << 99.0 << 8.0 << false;
    QTest::newRow("and: neither") << false << 0.0 << 0.0 << false;
    QTest::newRow("or: both") << true << 100.0 << 8.0 << true;
    QTest::newRow("or: first only") << true << 100.0 << 7.0 << true;
    QTest::newRow("or: second only") << true << 99.0 << 8.0 << true;
    QTest::newRow("or: neither") << true << 0.0 << 0.0 << false;
}

void TestTierRules::andOr()
{
    QFETCH(bool, anyOf);
    QFETCH(double, points);
    QFETCH(double, posts);
    QFETCH(bool, meets);
    TierDefinition t;
    t.anyOf = anyOf;
    t.conditions = {{C::Points, C::Ge, 100}, {C::PostsTotal, C::Ge, 8}};
    MemberFigures f{};
    f[C::Points] = points;
    f[C::PostsTotal] = posts;
    QCOMPARE(t.meets(f), meets);
    TierDefinition none;
    QVERIFY(none.meets(f)); // no conditions: everyone
}

void TestTierRules::decide_data()
{
    QTest::addColumn<QString>("current");
    QTest::addColumn<bool>("locked");
    QTest::addColumn<double>("points");
    QTest::addColumn<int>("tierSinceDaysAgo");     // -1: unknown
    QTest::addColumn<int>("lastQualifiedDaysAgo"); // -1: unknown
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("outcome");
    using O = TierRuleSet::Outcome;
    // Tiers: newcomer (everyone), regular points >= 100 (grace 14 d), core points >= 600 (grace 30 d).
    QTest::newRow("stays") << u"regular"_s << false << 150.0 << 10 << -1 << u"regular"_s << int(O::Stay);
    QTest::newRow("promotion is immediate") << u"newcomer"_s << false << 700.0 << 0 << -1 << u"core"_s << int(O::Promote);
    QTest::newRow("promotion one step") << u"regular"_s << false << 600.0 << 1 << -1 << u"core"_s << int(O::Promote);
    QTest::newRow("demotion after grace") << u"core"_s << false << 150.0 << 31 << -1 << u"regular"_s << int(O::Demote);
    QTest::newRow("demotion two steps") << u"core"_s << false << 10.0 << 45 << -1 << u"newcomer"_s << int(O::Demote);
    QTest::newRow("grace from tier_since") << u"core"_s << false << 150.0 << 29 << -1 << u"core"_s << int(O::InGrace);
    QTest::newRow("grace from last qualifying") << u"core"_s << false << 150.0 << 200 << 10 << u"core"_s << int(O::InGrace);
    QTest::newRow("grace over since last qualifying") << u"core"_s << false << 150.0 << 200 << 31 << u"regular"_s << int(O::Demote);
    QTest::newRow("grace per tier (regular: 14 d)") << u"regular"_s << false << 0.0 << 15 << -1 << u"newcomer"_s << int(O::Demote);
    QTest::newRow("grace per tier, inside") << u"regular"_s << false << 0.0 << 13 << -1 << u"regular"_s << int(O::InGrace);
    QTest::newRow("locked never promoted") << u"newcomer"_s << true << 5000.0 << 1 << -1 << u"newcomer"_s << int(O::Locked);
    QTest::newRow("locked never demoted") << u"core"_s << true << 0.0 << 400 << -1 << u"core"_s << int(O::Locked);
    QTest::newRow("unknown tier placed by rules") << u"vip"_s << false << 150.0 << 400 << -1 << u"regular"_s << int(O::Unranked);
}

void TestTierRules::decide()
{
    QFETCH(QString, current);
    QFETCH(bool, locked);
    QFETCH(double, points);
    QFETCH(int, tierSinceDaysAgo);
    QFETCH(int, lastQualifiedDaysAgo);
    QFETCH(QString, target);
    QFETCH(int, outcome);
    QList<TierDefinition> tiers;
    tiers.append({u"newcomer"_s, u"Newcomer"_s, 0, false, {}, {}, 30, 1});
    tiers.append({u"regular"_s, u"Regular"_s, 1, false, {{C::Points, C::Ge, 100}}, {}, 14, 1});
    tiers.append({u"core"_s, u"Core"_s, 2, false, {{C::Points, C::Ge, 600}}, {}, 30, 1});
    const TierRuleSet set(tiers);
    const qint64 now = 1'800'000'000;
    TierRuleSet::MemberState m;
    m.current = set.indexOf(current);
    m.locked = locked;
    m.tierSince = tierSinceDaysAgo < 0 ? 0 : now - qint64(tierSinceDaysAgo) * 86400;
    m.lastQualified = lastQualifiedDaysAgo < 0 ? 0 : now - qint64(lastQualifiedDaysAgo) * 86400;
    m.figures[C::Points] = points;
    const TierRuleSet::Decision d = set.decide(m, now);
    QCOMPARE(int(d.outcome), outcome);
    QCOMPARE(d.target < 0 ? current : set.at(d.target).id, target);
    if (d.outcome == TierRuleSet::Outcome::InGrace)
        QVERIFY(d.graceUntil > now);
}

void TestTierRules::defaultsMatchThePlatform()
{
    const TierRuleSet d = TierRuleSet::defaults();
    QCOMPARE(d.size(), 4);
    QCOMPARE(d.at(0).id, u"newcomer"_s);
    QCOMPARE(d.at(3).id, u"backbone"_s);
    QVERIFY(d.at(1).anyOf);
    QVERIFY(d.problems().isEmpty());
    MemberFigures f{};
    f[C::Points] = 2500;
    f[C::HelpfulAnswersTotal] = 60;
    f[C::ActiveDays30] = 12;
    f[C::TenureDays] = 200;
    f[C::PostsTotal] = 40;
    QCOMPARE(d.evaluate(f), 3);
    f[C::ActiveDays30] = 11; // backbone needs 12: core (points, posts, helpful, tenure all met)
    QCOMPARE(d.evaluate(f), 2);
    MemberFigures spender{};
    spender[C::SpendTotal] = 300; // one sign of commitment is enough for regular (OR)
    QCOMPARE(d.evaluate(spender), 1);
    QCOMPARE(d.evaluate(MemberFigures{}), 0);
}

void TestTierRules::readsAndWritesJson()
{
    const TierDefinition core = TierRuleSet::defaults().at(2);
    QJsonObject o = core.payload(true);
    o.insert(u"id"_s, core.id);
    o.insert(u"version"_s, 7);
    const auto back = TierDefinition::fromJson(o);
    QVERIFY(back);
    QCOMPARE(back->conditions, core.conditions);
    QCOMPARE(back->privileges, core.privileges);
    QCOMPARE(back->demotionGraceDays, 30);
    QCOMPARE(back->version, 7);
    QCOMPARE(o.value(u"rules"_s).toObject().value(u"op"_s).toString(), u"and"_s);
    QCOMPARE(o.value(u"rules"_s).toObject().value(u"conditions"_s).toArray().at(0).toObject().value(u"field"_s).toString(),
             u"points"_s);
}

void TestTierRules::refusesUnknownFields()
{
    QString error;
    const QJsonObject bad{{u"id"_s, u"x"_s},
                          {u"rules"_s, QJsonObject{{u"op"_s, u"and"_s},
                                                   {u"conditions"_s, QJsonArray{QJsonObject{
                                                        {u"field"_s, u"karma"_s}, {u"cmp"_s, u">="_s}, {u"value"_s, 1}}}}}}};
    QVERIFY(!TierDefinition::fromJson(bad, &error));
    QVERIFY(error.contains(u"karma"_s));
    const QJsonObject badOp{{u"id"_s, u"x"_s}, {u"rules"_s, QJsonObject{{u"op"_s, u"xor"_s}}}};
    QVERIFY(!TierDefinition::fromJson(badOp, &error));
}

void TestTierRules::problems()
{
    QList<TierDefinition> tiers = TierRuleSet::defaults().tiers();
    tiers[0].conditions = {{C::Points, C::Ge, 1}};
    tiers[2].conditions.clear();
    const QStringList p = TierRuleSet(tiers).problems();
    QCOMPARE(p.size(), 2);
    QVERIFY(TierRuleSet().problems().size() == 1);
}

void TestTierRules::changesBetween()
{
    const TierRuleSet cached = TierRuleSet::defaults();
    QVERIFY(TierChanges::between(cached, cached).isEmpty());

    // Swap regular and core, raise core's points, add a tier on top, delete backbone.
    QList<TierDefinition> t = cached.tiers();
    t.swapItemsAt(1, 2);
    t[1].conditions[0].value = 800;
    t.removeAt(3);
    TierDefinition star{u"star"_s, u"Star"_s, 3, false, {{C::Points, C::Ge, 9000}}, {}, 10, 0};
    t.append(star);
    for (int i = 0; i < t.size(); ++i)
        t[i].order = i;
    const QList<Mutation> m = TierChanges::between(cached, TierRuleSet(t));
    QStringList plan;
    for (const Mutation &x : m)
        plan << x.action + u" "_s + x.entityId + (x.action == u"reorder" ? u" "_s + QString::number(x.payload.value(u"order"_s).toInt()) : QString());
    QCOMPARE(plan, (QStringList{u"delete backbone"_s, u"create star"_s, u"reorder core 1"_s, u"reorder regular 2"_s,
                               u"update core"_s}));
    QVERIFY(m.at(4).payload.contains(u"rules"_s));
    QVERIFY(!m.at(4).payload.contains(u"name"_s));
    QCOMPARE(m.at(1).payload.value(u"order"_s).toInt(), 3);
}

QTEST_GUILESS_MAIN(TestTierRules)
#include "tst_tierrules.moc"
