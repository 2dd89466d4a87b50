#include "campaign.h"
#include "campaignstats.h"
#include "campaignwarnings.h"
#include "quarterspend.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Overlapping campaigns aimed at the same tier or segment, quarters over budget, ended
// campaigns without results; the quarter figures the report uses.
class tst_CampaignWarnings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void overlap_data();
    void overlap();
    void overlapsListsEachPairOnce();
    void missingResults();
    void quarterSpendAndBudget();
    void quarterStats();
};

namespace {
Campaign make(const QString &id, QDate start, QDate end, const QString &tier = {}, const QString &segment = {},
              const QString &status = u"scheduled"_s)
{
    Campaign c;
    c.id = id;
    c.name = u"Campaign "_s + id;
    c.type = u"contest"_s;
    c.startDate = start;
    c.endDate = end;
    c.targetTier = tier;
    c.targetSegment = segment;
    c.status = status;
    c.owner = u"manager"_s;
    return c;
}
} // namespace

void tst_CampaignWarnings::overlap_data()
{
    QTest::addColumn<Campaign>("a");
    QTest::addColumn<Campaign>("b");
    QTest::addColumn<bool>("clash");
    const QDate d(2026, 11, 10);
    QTest::newRow("same tier, overlapping") << make(u"a"_s, d, d.addDays(6), u"core"_s)
                                            << make(u"b"_s, d.addDays(3), d.addDays(9), u"core"_s) << true;
    QTest::newRow("same tier, touching on one day") << make(u"a"_s, d, d.addDays(6), u"core"_s)
                                                    << make(u"b"_s, d.addDays(6), d.addDays(9), u"core"_s) << true;
    QTest::newRow("same tier, back to back") << make(u"a"_s, d, d.addDays(6), u"core"_s)
                                             << make(u"b"_s, d.addDays(7), d.addDays(9), u"core"_s) << false;
    QTest::newRow("one inside the other") << make(u"a"_s, d, d.addDays(30), QString(), u"at_risk"_s)
                                          << make(u"b"_s, d.addDays(10), d.addDays(10), QString(), u"at_risk"_s) << true;
    QTest::newRow("different tiers") << make(u"a"_s, d, d.addDays(6), u"core"_s)
                                     << make(u"b"_s, d, d.addDays(6), u"regular"_s) << false;
    QTest::newRow("tier vs segment") << make(u"a"_s, d, d.addDays(6), u"core"_s)
                                     << make(u"b"_s, d, d.addDays(6), QString(), u"champions"_s) << false;
    QTest::newRow("both for everyone") << make(u"a"_s, d, d.addDays(6)) << make(u"b"_s, d, d.addDays(6)) << false;
    QTest::newRow("one cancelled") << make(u"a"_s, d, d.addDays(6), u"core"_s)
                                   << make(u"b"_s, d, d.addDays(6), u"core"_s, QString(), u"cancelled"_s) << false;
    QTest::newRow("a draft counts") << make(u"a"_s, d, d.addDays(6), u"core"_s)
                                    << make(u"b"_s, d, d.addDays(6), u"core"_s, QString(), u"draft"_s) << true;
}

void tst_CampaignWarnings::overlap()
{
    QFETCH(Campaign, a);
    QFETCH(Campaign, b);
    QFETCH(bool, clash);
    QCOMPARE(CampaignWarnings::clash(a, b), clash);
    QCOMPARE(CampaignWarnings::clash(b, a), clash);
    QCOMPARE(CampaignWarnings::overlaps({a, b}).size(), clash ? 1 : 0);
}

void tst_CampaignWarnings::overlapsListsEachPairOnce()
{
    const QDate d(2026, 11, 1);
    const QList<Campaign> all = {make(u"1"_s, d, d.addDays(20), u"core"_s), make(u"2"_s, d.addDays(5), d.addDays(8), u"core"_s),
                                 make(u"3"_s, d.addDays(7), d.addDays(12), u"core"_s), make(u"4"_s, d.addDays(30), d.addDays(31), u"core"_s),
                                 make(u"5"_s, d, d.addDays(31), QString(), u"loyal"_s)};
    const auto pairs = CampaignWarnings::overlaps(all);
    const QList<QPair<QString, QString>> expected = {{u"1"_s, u"2"_s}, {u"1"_s, u"3"_s}, {u"2"_s, u"3"_s}};
    QCOMPARE(pairs, expected);
    const auto warnings = CampaignWarnings::all(all, {}, d);
    QCOMPARE(warnings.size(), 3);
    QCOMPARE(warnings.first().kind, CampaignWarning::Kind::Overlap);
    QVERIFY(warnings.first().text.contains(u"Campaign 1"_s));
    QVERIFY(warnings.first().text.contains(u"Tier: Core"_s));
}

void tst_CampaignWarnings::missingResults()
{
    const QDate today(2026, 11, 20);
    Campaign ended = make(u"e"_s, QDate(2026, 11, 1), QDate(2026, 11, 19));
    QVERIFY(CampaignWarnings::missingResults(ended, today));
    Campaign endsToday = make(u"t"_s, QDate(2026, 11, 1), today);
    QVERIFY(!CampaignWarnings::missingResults(endsToday, today)); // still running
    Campaign recorded = ended;
    recorded.results = CampaignFigures{10, 1, 0, 0};
    QVERIFY(!CampaignWarnings::missingResults(recorded, today));
    Campaign cancelled = make(u"c"_s, QDate(2026, 11, 1), QDate(2026, 11, 5), {}, {}, u"cancelled"_s);
    QVERIFY(!CampaignWarnings::missingResults(cancelled, today));
    Campaign draft = make(u"d"_s, QDate(2026, 11, 1), QDate(2026, 11, 5), {}, {}, u"draft"_s);
    QVERIFY(!CampaignWarnings::missingResults(draft, today));
    const auto warnings = CampaignWarnings::all({ended, endsToday, recorded}, {}, today);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().kind, CampaignWarning::Kind::MissingResults);
    QCOMPARE(warnings.first().campaignIds, QStringList{u"e"_s});
}

void tst_CampaignWarnings::quarterSpendAndBudget()
{
    const QDate today(2026, 11, 20);
    // Q4 2026: a finished campaign (cost 30,000 of 35,000: the rest is released), a running
    // one (cost 10,000 of 25,000: 15,000 planned), a draft (20,000 planned), a cancelled
    // one that had cost 2,000. Spent 42,000 + planned 35,000 = 77,000.
    Campaign finished = make(u"f"_s, QDate(2026, 10, 5), QDate(2026, 10, 20));
    finished.budget = 35000;
    finished.cost = 30000;
    finished.results = CampaignFigures{800, 60, 40, 45000};
    Campaign running = make(u"r"_s, QDate(2026, 11, 15), QDate(2026, 11, 30));
    running.budget = 25000;
    running.cost = 10000;
    Campaign draft = make(u"d"_s, QDate(2026, 12, 10), QDate(2026, 12, 12), {}, {}, u"draft"_s);
    draft.budget = 20000;
    Campaign cancelled = make(u"c"_s, QDate(2026, 10, 1), QDate(2026, 10, 2), {}, {}, u"cancelled"_s);
    cancelled.budget = 8000;
    cancelled.cost = 2000;
    // Starts in Q3: not this quarter's money.
    Campaign earlier = make(u"q3"_s, QDate(2026, 9, 28), QDate(2026, 10, 3));
    earlier.budget = earlier.cost = 9000;
    earlier.results = CampaignFigures{100, 5, 2, 400};
    const QList<Campaign> all = {finished, running, draft, cancelled, earlier};
    Budget b;
    b.quarter = u"2026Q4"_s;
    b.amount = 70000;

    const QuarterSpend s = QuarterSpending::of(*Quarter::parse(u"2026Q4"_s), all, {b}, today);
    QCOMPARE(s.campaigns, 4);
    QCOMPARE(s.spent, 42000.0);
    QCOMPARE(s.planned, 35000.0);
    QCOMPARE(s.committed(), 77000.0);
    QCOMPARE(s.overBudgetBy().value_or(-1), 7000.0);
    QVERIFY(qAbs(*s.budgetUsed() - 1.1) < 1e-12);
    QCOMPARE(s.roi.value_or(-99), 0.5); // (45,000 - 30,000) / 30,000

    const auto warnings = CampaignWarnings::all(all, {b}, today);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().kind, CampaignWarning::Kind::OverBudget);
    QCOMPARE(warnings.first().quarter, u"2026Q4"_s);

    b.amount = 77000; // exactly the budget: fine
    QVERIFY(!QuarterSpending::of(*Quarter::parse(u"2026Q4"_s), all, {b}, today).overBudgetBy());
    QVERIFY(CampaignWarnings::all(all, {b}, today).isEmpty());
    // Without a budget there is nothing to exceed.
    QVERIFY(CampaignWarnings::all(all, {}, today).isEmpty());
}

void tst_CampaignWarnings::quarterStats()
{
    const QDate today(2026, 11, 20);
    Campaign contest = make(u"c1"_s, QDate(2026, 10, 5), QDate(2026, 10, 20), u"core"_s);
    contest.cost = 10000;
    contest.results = CampaignFigures{500, 40, 30, 25000};
    contest.variants = {{u"A: control"_s, 1000, 50}, {u"B: bold banner"_s, 1000, 75}};
    Campaign contest2 = make(u"c2"_s, QDate(2026, 11, 1), QDate(2026, 11, 10), u"core"_s);
    contest2.cost = 10000;
    contest2.results = CampaignFigures{300, 20, 10, 5000};
    Campaign salon = make(u"s1"_s, QDate(2026, 12, 1), QDate(2026, 12, 1));
    salon.type = u"salon"_s;
    salon.cost = 8000;
    salon.results = CampaignFigures{80, 5, 4, 6000};
    Campaign other = make(u"o"_s, QDate(2027, 1, 5), QDate(2027, 1, 9));
    Budget b{u"2026Q4"_s, 100000, u"notes"_s, 1, false};

    const QuarterCampaignStats s = CampaignStats::compute(*Quarter::parse(u"2026Q4"_s), {other, salon, contest2, contest}, {b}, today);
    QCOMPARE(s.campaigns.size(), 3);
    QCOMPARE(s.campaigns.first().campaign.id, u"c1"_s); // by start date
    QCOMPARE(s.campaigns.first().phase, CampaignPhase::Finished);
    QVERIFY(s.campaigns.first().abWording.startsWith(u"B is better"_s));
    QCOMPARE(s.campaigns.first().metrics.roi.value_or(-99), 1.5);
    QCOMPARE(s.roiByType.size(), 2);
    // Contests: (30,000 - 20,000) / 20,000 = 0.5; salon: (6,000 - 8,000) / 8,000 = -0.25.
    QCOMPARE(s.roiByType.at(0).type, u"contest"_s);
    QCOMPARE(s.roiByType.at(0).campaigns, 2);
    QCOMPARE(s.roiByType.at(0).roi.value_or(-99), 0.5);
    QCOMPARE(s.roiByType.at(1).roi.value_or(-99), -0.25);
    QCOMPARE(s.spend.spent, 28000.0);
    QVERIFY(s.spend.hasBudget);
    QCOMPARE(s.spend.budget, 100000.0);
    // The overlap of c1 and c2? They do not overlap (Oct 5-20, Nov 1-10): no warnings.
    QVERIFY(s.warnings.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CampaignWarnings)
#include "tst_campaignwarnings.moc"
