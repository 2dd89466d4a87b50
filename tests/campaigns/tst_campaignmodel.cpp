#include "campaignfixture.h"
#include "campaignmodel.h"
#include "campaignmutations.h"
#include "campaignstats.h"
#include "quartersummarymodel.h"
#include "storenotifier.h"
#include "typeroimodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The one campaign model over the cache, the quarter models that follow it, and the
// report's API (CampaignStats::forQuarter) on the same cache.
class tst_CampaignModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void rowsAndColumns();
    void followsTheOutbox();
    void quarterModels();
    void statsForTheReport();

private:
    std::unique_ptr<StoreNotifier> m_notifier;
    std::unique_ptr<Store> m_store;
};

void tst_CampaignModel::init()
{
    m_notifier = std::make_unique<StoreNotifier>();
    m_store = std::make_unique<Store>(m_notifier.get());
    QString error;
    QVERIFY2(m_store->open(u":memory:"_s, &error), qPrintable(error));
    CampaignFixture::setRole(*m_store, u"manager"_s, u"manager"_s);
    CampaignFixture::apply(*m_store, CampaignFixture::sample(), {CampaignFixture::sampleBudget()});
}

void tst_CampaignModel::cleanup()
{
    m_store.reset();
    m_notifier.reset();
}

void tst_CampaignModel::rowsAndColumns()
{
    CampaignModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(CampaignFixture::today());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(CampaignModel::ColumnCount));
    // By start date.
    QCOMPARE(model.index(0, 0).data(CampaignModel::IdRole).toString(), u"cmp-a"_s);
    QCOMPARE(model.index(3, 0).data(CampaignModel::IdRole).toString(), u"cmp-d"_s);
    QCOMPARE(model.index(0, CampaignModel::NameColumn).data().toString(), u"Python 编程挑战赛"_s);
    QCOMPARE(model.index(0, CampaignModel::StatusColumn).data().toString(), u"Finished"_s);
    QCOMPARE(model.index(1, CampaignModel::StatusColumn).data().toString(), u"Running"_s);
    QCOMPARE(model.index(2, CampaignModel::StatusColumn).data().toString(), u"Scheduled"_s);
    QCOMPARE(model.index(3, CampaignModel::StatusColumn).data().toString(), u"Draft"_s);
    QCOMPARE(model.index(0, 0).data(CampaignModel::PhaseRole).toInt(), int(CampaignPhase::Finished));
    // ROI (12,000 - 8,000) / 8,000 = +50%; 8,000 / 400 = ¥20 per participant.
    QCOMPARE(model.index(0, CampaignModel::RoiColumn).data().toString(), u"+50%"_s);
    QCOMPARE(model.index(0, CampaignModel::RoiColumn).data(CampaignModel::SortRole).toDouble(), 0.5);
    QVERIFY(model.index(0, CampaignModel::CostPerParticipantColumn).data().toString().contains(u"20"_s));
    QVERIFY(model.index(0, CampaignModel::AbTestColumn).data().toString().startsWith(u"B is better"_s));
    QCOMPARE(model.index(1, CampaignModel::RoiColumn).data().toString(), u"\u2014"_s); // no results
    QCOMPARE(model.index(1, CampaignModel::TargetColumn).data().toString(), u"Tier: Core"_s);
    // b and c overlap on the core tier: both carry the warning.
    QCOMPARE(model.index(1, 0).data(CampaignModel::WarningsRole).toStringList().size(), 1);
    QCOMPARE(model.index(2, 0).data(CampaignModel::WarningsRole).toStringList().size(), 1);
    QVERIFY(model.index(0, 0).data(CampaignModel::WarningsRole).toStringList().isEmpty());
    QCOMPARE(model.warnings().size(), 1);
    const Campaign a = model.index(0, 0).data(CampaignModel::CampaignRole).value<Campaign>();
    QCOMPARE(a.variants.size(), 2);
    QCOMPARE(a.results->revenue, 12000.0);
    QVERIFY(model.budget(u"2026Q4"_s));
    QCOMPARE(model.budget(u"2026Q4"_s)->amount, 50000.0);

    // Today moves: b has finished and has no results.
    model.setToday(QDate(2026, 11, 25));
    QCOMPARE(model.index(1, CampaignModel::StatusColumn).data().toString(), u"Finished"_s);
    QCOMPARE(model.warningsFor(u"cmp-b"_s).size(), 2);
}

void tst_CampaignModel::followsTheOutbox()
{
    CampaignModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(CampaignFixture::today());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // Move c after b: the overlap warning goes; the row is pending until synced.
    QString error;
    QVERIFY2(!m_store->enqueue(CampaignMutations::reschedule(u"cmp-c"_s, QDate(2026, 11, 23), QDate(2026, 12, 2)), &error).isEmpty(),
             qPrintable(error));
    QVERIFY(!reset.isEmpty());
    const int row = model.rowOf(u"cmp-c"_s);
    QCOMPARE(model.index(row, 0).data(CampaignModel::StartDateRole).toDate(), QDate(2026, 11, 23));
    QCOMPARE(model.index(row, 0).data(CampaignModel::EndDateRole).toDate(), QDate(2026, 12, 2));
    QVERIFY(model.index(row, 0).data(CampaignModel::PendingRole).toBool());
    QVERIFY(!model.index(model.rowOf(u"cmp-a"_s), 0).data(CampaignModel::PendingRole).toBool());
    QVERIFY(model.warnings().isEmpty());

    // A new campaign appears at its place; undo takes it away again.
    Campaign n = CampaignFixture::campaign(QString(), u"Live: From Zero to Data Analyst"_s, QDate(2026, 11, 15), QDate(2026, 11, 15));
    const Mutation create = CampaignMutations::create(n);
    const QString mutationId = m_store->enqueue(create, &error);
    QVERIFY2(!mutationId.isEmpty(), qPrintable(error));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.rowOf(create.entityId), 1);
    QVERIFY(m_store->undo(mutationId, &error));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOf(create.entityId), -1);
}

void tst_CampaignModel::quarterModels()
{
    CampaignModel campaigns(m_store.get());
    campaigns.setToday(CampaignFixture::today());
    QuarterSummaryModel quarters(&campaigns);
    QAbstractItemModelTester quarterTester(&quarters, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TypeRoiModel types(&campaigns);
    QAbstractItemModelTester typeTester(&types, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(quarters.rowCount(), 1);
    const QuarterSpend q4 = quarters.spendAt(0);
    QCOMPARE(q4.quarter.id(), u"2026Q4"_s);
    // Spent: a's 8,000. Planned: b, c and d's budgets (10,000 each, nothing spent yet).
    QCOMPARE(q4.spent, 8000.0);
    QCOMPARE(q4.planned, 30000.0);
    QCOMPARE(quarters.index(0, QuarterSummaryModel::UsedColumn).data().toString(), u"76%"_s);
    QVERIFY(!quarters.index(0, 0).data(QuarterSummaryModel::OverBudgetRole).toBool());
    types.setQuarter(u"2026Q4"_s);
    QCOMPARE(types.rowCount(), 1); // only a has results
    QCOMPARE(types.index(0, TypeRoiModel::RoiColumn).data(TypeRoiModel::RoiRole).toDouble(), 0.5);
    types.setQuarter(u"2027Q1"_s);
    QCOMPARE(types.rowCount(), 0);

    // A manager lowers the budget: the quarter goes over it, and a warning says so.
    QString error;
    QVERIFY(!m_store->enqueue(CampaignMutations::setBudget(u"2026Q4"_s, 30000, u"cut"_s, true), &error).isEmpty());
    QVERIFY(quarters.index(0, 0).data(QuarterSummaryModel::OverBudgetRole).toBool());
    QVERIFY(quarters.index(0, 0).data(QuarterSummaryModel::PendingRole).toBool());
    QCOMPARE(campaigns.warnings().last().kind, CampaignWarning::Kind::OverBudget);
    // A new quarter's budget.
    QVERIFY(!m_store->enqueue(CampaignMutations::setBudget(u"2027Q1"_s, 60000, QString(), false), &error).isEmpty());
    QCOMPARE(quarters.rowCount(), 2);
    QCOMPARE(quarters.index(0, 0).data(QuarterSummaryModel::QuarterIdRole).toString(), u"2027Q1"_s); // newest first
}

void tst_CampaignModel::statsForTheReport()
{
    QString error;
    const auto stats = CampaignStats::forQuarter(m_store->database(), u"2026Q4"_s, CampaignFixture::today(), &error);
    QVERIFY2(stats, qPrintable(error));
    QCOMPARE(stats->campaigns.size(), 4);
    QCOMPARE(stats->campaigns.first().campaign.id, u"cmp-a"_s);
    QVERIFY(stats->campaigns.first().abWording.startsWith(u"B is better"_s));
    QCOMPARE(stats->spend.budget, 50000.0);
    QCOMPARE(stats->roiByType.size(), 1);
    QCOMPARE(stats->warnings.size(), 1); // b and c overlap
    QVERIFY(!CampaignStats::forQuarter(m_store->database(), u"Q4"_s, CampaignFixture::today(), &error));
    QVERIFY(!error.isEmpty());
    const auto empty = CampaignStats::forQuarter(m_store->database(), u"2025Q1"_s, CampaignFixture::today());
    QVERIFY(empty && empty->campaigns.isEmpty() && !empty->spend.hasBudget);
}

QTEST_GUILESS_MAIN(tst_CampaignModel)
#include "tst_campaignmodel.moc"
