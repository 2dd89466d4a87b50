#include "campaign.h"
#include "campaignmetrics.h"
#include "campaignmutations.h"
#include "campaignvalidator.h"

#include <QTest>
#include <limits>

using namespace Qt::StringLiterals;

// ROI, cost per participant / new member and goal attainment against hand-computed
// values; the validator and the mutations built from an edit.
class tst_CampaignMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void metrics_data();
    void metrics();
    void noResults();
    void validator();
    void updateSendsOnlyChanges();
};

namespace {
// NaN in the table: undefined (nullopt).
constexpr double undefined = std::numeric_limits<double>::quiet_NaN();

void compareOptional(const std::optional<double> &actual, double expected, const char *what)
{
    if (qIsNaN(expected)) {
        QVERIFY2(!actual, what);
        return;
    }
    QVERIFY2(actual, what);
    QVERIFY2(qAbs(*actual - expected) < 1e-9, qPrintable(u"%1: %2 != %3"_s.arg(QLatin1StringView(what)).arg(*actual).arg(expected)));
}
} // namespace

void tst_CampaignMetrics::metrics_data()
{
    QTest::addColumn<double>("cost");
    QTest::addColumn<qint64>("participants");
    QTest::addColumn<qint64>("newMembers");
    QTest::addColumn<qint64>("conversions");
    QTest::addColumn<double>("revenue");
    QTest::addColumn<double>("roi");
    QTest::addColumn<double>("perParticipant");
    QTest::addColumn<double>("perNewMember");
    QTest::addColumn<double>("attainment");
    // Goals in every row: 500 participants, 40 new members, 20 conversions, ¥2,000.
    // (3000-2000)/2000 = 0.5; 2000/400 = 5; 2000/50 = 40;
    // attainment mean(400/500, 50/40, 25/20, 3000/2000) = mean(.8, 1.25, 1.25, 1.5) = 1.2
    QTest::newRow("profitable") << 2000.0 << 400LL << 50LL << 25LL << 3000.0 << 0.5 << 5.0 << 40.0 << 1.2;
    // (500-4000)/4000 = -0.875; 4000/250 = 16; 4000/8 = 500;
    // mean(.5, .2, .25, .25) = 0.3
    QTest::newRow("loss") << 4000.0 << 250LL << 8LL << 5LL << 500.0 << -0.875 << 16.0 << 500.0 << 0.3;
    // No cost: no ROI; costs per head are 0.
    QTest::newRow("free") << 0.0 << 100LL << 10LL << 2LL << 200.0 << undefined << 0.0 << 0.0 << (0.2 + 0.25 + 0.1 + 0.1) / 4;
    // Nobody came: no cost per head; nothing back: ROI -100%.
    QTest::newRow("zero participants") << 1500.0 << 0LL << 0LL << 0LL << 0.0 << -1.0 << undefined << undefined << 0.0;
    // A runaway figure counts at most 200%: mean(2.0, 2.0, 2.0, 2.0).
    QTest::newRow("capped attainment") << 100.0 << 5000LL << 400LL << 200LL << 20000.0 << 199.0 << 0.02 << 0.25 << 2.0;
}

void tst_CampaignMetrics::metrics()
{
    QFETCH(double, cost);
    QFETCH(qint64, participants);
    QFETCH(qint64, newMembers);
    QFETCH(qint64, conversions);
    QFETCH(double, revenue);
    QFETCH(double, roi);
    QFETCH(double, perParticipant);
    QFETCH(double, perNewMember);
    QFETCH(double, attainment);
    Campaign c;
    c.cost = cost;
    c.goals = {500, 40, 20, 2000.0};
    c.results = CampaignFigures{participants, newMembers, conversions, revenue};
    const CampaignMetrics::Summary s = CampaignMetrics::of(c);
    QVERIFY(s.hasResults);
    compareOptional(s.roi, roi, "roi");
    compareOptional(s.costPerParticipant, perParticipant, "cost per participant");
    compareOptional(s.costPerNewMember, perNewMember, "cost per new member");
    compareOptional(s.goalAttainment, attainment, "goal attainment");
}

void tst_CampaignMetrics::noResults()
{
    Campaign c;
    c.cost = 1000;
    c.goals = {100, 10, 5, 500};
    const CampaignMetrics::Summary s = CampaignMetrics::of(c);
    QVERIFY(!s.hasResults);
    QVERIFY(!s.roi && !s.costPerParticipant && !s.costPerNewMember && !s.goalAttainment);
    // No goals set: attainment undefined even with results.
    c.goals = {};
    c.results = CampaignFigures{10, 1, 1, 50};
    QVERIFY(!CampaignMetrics::of(c).goalAttainment);
    QVERIFY(!CampaignMetrics::attainment(5, 0));
    QVERIFY(!CampaignMetrics::roi(100, 0));
    QCOMPARE(*CampaignMetrics::roi(0, 100), -1.0);
}

void tst_CampaignMetrics::validator()
{
    using F = CampaignValidator::Field;
    Campaign c;
    c.name = u"Python 编程挑战赛"_s;
    c.type = u"contest"_s;
    c.startDate = QDate(2026, 12, 1);
    c.endDate = QDate(2026, 12, 21);
    c.owner = u"manager"_s;
    QVERIFY(CampaignValidator::validate(c).isEmpty());

    Campaign bad = c;
    bad.name = u"   "_s;
    bad.mode = u"offline"_s;
    bad.endDate = QDate(2026, 11, 30);
    bad.targetTier = u"core"_s;
    bad.targetSegment = u"loyal"_s;
    bad.variants = {{u"A"_s, 100, 5}};
    const auto errors = CampaignValidator::validate(bad);
    QVERIFY(errors.contains(F::Name));
    QVERIFY(errors.contains(F::Place));
    QVERIFY(errors.contains(F::EndDate));
    QVERIFY(errors.contains(F::Target));
    QVERIFY(errors.contains(F::Variants));
    QVERIFY(!errors.contains(F::Type));

    bad = c;
    bad.variants = {{u"A"_s, 100, 5}, {u"B"_s, 100, 150}};
    QCOMPARE(CampaignValidator::validate(bad).value(F::Variants), u"Variant “B” has more conversions than exposures."_s);
    bad.variants = {{u"A"_s, 100, 5}, {u"A"_s, 100, 6}};
    QVERIFY(CampaignValidator::validate(bad).contains(F::Variants));

    QVERIFY(CampaignValidator::validateBudget(u"2026Q3"_s, 90000).isEmpty());
    QVERIFY(!CampaignValidator::validateBudget(u"2026-3"_s, 90000).isEmpty());
    QVERIFY(!CampaignValidator::validateBudget(u"2026Q3"_s, -1).isEmpty());
}

void tst_CampaignMetrics::updateSendsOnlyChanges()
{
    Campaign before;
    before.id = u"cmp-001"_s;
    before.name = u"Reading Marathon"_s;
    before.type = u"topic_discussion"_s;
    before.startDate = QDate(2026, 12, 1);
    before.endDate = QDate(2026, 12, 30);
    before.owner = u"manager"_s;
    before.budget = 5000;
    Campaign after = before;
    QVERIFY(!CampaignMutations::update(before, after));
    after.budget = 6000.004; // a spin box's binary fraction is sent as money
    after.results = CampaignFigures{120, 8, 4, 480.0};
    const auto m = CampaignMutations::update(before, after);
    QVERIFY(m);
    QCOMPARE(m->entity, u"campaign"_s);
    QCOMPARE(m->action, u"update"_s);
    QCOMPARE(m->payload.keys(), (QStringList{u"budget"_s, u"results"_s}));
    QCOMPARE(m->payload.value(u"budget"_s).toDouble(), 6000.0);

    const Mutation r = CampaignMutations::reschedule(u"cmp-001"_s, QDate(2026, 12, 3), QDate(2027, 1, 1));
    QCOMPARE(r.payload, (QJsonObject{{u"start_date"_s, u"2026-12-03"_s}, {u"end_date"_s, u"2027-01-01"_s}}));
    const Mutation b = CampaignMutations::setBudget(u"2027Q1"_s, 95000, QString(), false);
    QCOMPARE(b.action, u"create"_s);
    QCOMPARE(b.entityId, u"2027Q1"_s);
    QVERIFY(b.payload.value(u"notes"_s).isNull());
    const Mutation created = CampaignMutations::create(after);
    QVERIFY(!created.entityId.isEmpty());
    QCOMPARE(created.payload.value(u"name"_s).toString(), u"Reading Marathon"_s);
    QVERIFY(created.payload.value(u"place"_s).isNull());
}

QTEST_GUILESS_MAIN(tst_CampaignMetrics)
#include "tst_campaignmetrics.moc"
