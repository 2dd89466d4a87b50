// RFM on a hand-checked sample, churn risk and silent members on fixtures, the summary
// API, target lists (model and CSV export) and the leaderboards.
#include "cacheconnection.h"
#include "leaderboardmodel.h"
#include "segmentjob.h"
#include "segments.h"
#include "segmentsummarymodel.h"
#include "targetlistmodel.h"
#include "tierfixture.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSegments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void quintiles();
    void rfmHandChecked();
    void churnRisk();
    void silentMembers();
    void exportCsv();
    void runnerWritesOnAWorker();
    void leaderboards();

private:
    void addRfmSample();
    std::optional<SegmentStats> computeNow(double minBefore = 2, double drop = 0.5);
    std::unique_ptr<TierFixture> m_fixture;
    QDateTime m_now;
};

void TestSegments::init()
{
    m_fixture = std::make_unique<TierFixture>();
    QVERIFY(m_fixture->open());
    m_now = TierFixture::now();
}

void TestSegments::cleanup()
{
    m_fixture.reset();
}

std::optional<SegmentStats> TestSegments::computeNow(double minBefore, double drop)
{
    CacheConnection c(m_fixture->path(), CacheConnection::Mode::ReadWrite);
    SegmentParams p;
    p.now = m_now.toSecsSinceEpoch() + 5;
    p.churnMinBefore = minBefore;
    p.churnDrop = drop;
    QString error;
    auto stats = SegmentJob::compute(c.handle(), p, nullptr, &error);
    if (!stats)
        qWarning("%s", qPrintable(error));
    return stats;
}

void TestSegments::quintiles()
{
    const std::vector<double> sorted = {0, 0, 0, 0, 0, 50, 100, 300, 500, 800};
    QCOMPARE(SegmentJob::quintile(sorted, 0), 1);
    QCOMPARE(SegmentJob::quintile(sorted, 50), 3);
    QCOMPARE(SegmentJob::quintile(sorted, 300), 4);
    QCOMPARE(SegmentJob::quintile(sorted, 800), 5);
    QCOMPARE(SegmentJob::quintile({}, 3), 1);
    QCOMPARE(Segments::classify(5, 5, 5), u"champions"_s);
    QCOMPARE(Segments::classify(3, 4, 1), u"loyal"_s);
    QCOMPARE(Segments::classify(3, 1, 1), u"potential"_s);
    QCOMPARE(Segments::classify(2, 1, 3), u"at_risk"_s);
    QCOMPARE(Segments::classify(1, 2, 2), u"hibernating"_s);
}

void TestSegments::addRfmSample()
{
    // Member i was last active i days ago; frequency (active days) and spend as below.
    const int frequency[] = {30, 25, 5, 28, 2, 20, 26, 3, 1, 0};
    const double spend[] = {500, 0, 0, 300, 0, 800, 0, 100, 0, 50};
    QList<TierFixture::Member> members;
    for (int i = 1; i <= 10; ++i) {
        TierFixture::Member m;
        m.id = QString::number(i);
        m.joined = m_now.addDays(-400);
        m.lastActive = m_now.addSecs(-qint64(i) * 86400 - 3600);
        m.activeDays30 = frequency[i - 1];
        m.spend = spend[i - 1];
        members << m;
    }
    m_fixture->addMembers(members);
}

void TestSegments::rfmHandChecked()
{
    addRfmSample();
    const auto stats = computeNow();
    QVERIFY(stats);
    QCOMPARE(stats->members, 10);
    // Worked out by hand: score = 1 + ⌊5 × (members below) / 10⌋.
    const QHash<QString, QString> expected = {
        {u"1"_s, u"champions 5 5 5"_s}, {u"2"_s, u"loyal 5 4 1"_s}, {u"3"_s, u"potential 4 3 1"_s},
        {u"4"_s, u"champions 4 5 4"_s}, {u"5"_s, u"potential 3 2 1"_s}, {u"6"_s, u"potential 3 3 5"_s},
        {u"7"_s, u"at_risk 2 4 1"_s}, {u"8"_s, u"at_risk 2 2 4"_s}, {u"9"_s, u"hibernating 1 1 1"_s},
        {u"10"_s, u"at_risk 1 1 3"_s}};
    QSqlQuery q(m_fixture->store()->database());
    QVERIFY(q.exec(u"SELECT m.id, s.segment, s.r_score, s.f_score, s.m_score, s.recency_days FROM member_segment s "
                   "JOIN member m ON m.rid = s.member_rid"_s));
    int rows = 0;
    while (q.next()) {
        ++rows;
        const QString got = u"%1 %2 %3 %4"_s.arg(q.value(1).toString()).arg(q.value(2).toInt()).arg(q.value(3).toInt())
                                .arg(q.value(4).toInt());
        QCOMPARE(got, expected.value(q.value(0).toString()));
        QCOMPARE(q.value(5).toInt(), q.value(0).toInt());
    }
    QCOMPARE(rows, 10);

    // The summary API (for the campaigns pane): all five segments, shares of members and spend.
    const QList<SegmentInfo> summary = Segments::segmentSummary(m_fixture->store()->database());
    QCOMPARE(summary.size(), 5);
    QCOMPARE(summary.at(0).id, u"champions"_s);
    QCOMPARE(summary.at(0).members, 2);
    QCOMPARE(summary.at(0).memberShare, 0.2);
    QCOMPARE(summary.at(0).spend, 800.0);
    QCOMPARE(summary.at(0).spendShare, 800.0 / 1750.0);
    QCOMPARE(summary.at(0).activeDaysAvg, 29.0);
    QCOMPARE(summary.at(0).layer, u"high_value"_s);
    QCOMPARE(summary.at(3).id, u"at_risk"_s);
    QCOMPARE(summary.at(3).members, 3);
    QCOMPARE(summary.at(4).members, 1);
    QVERIFY(Segments::computedAt(m_fixture->store()->database()).isValid());

    SegmentSummaryModel model(m_fixture->store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0, SegmentSummaryModel::SpendShareColumn).data(SegmentSummaryModel::SortRole).toDouble(),
             800.0 / 1750.0);

    // Why, for member 7: the scores, the figures and the rule.
    TargetListModel list(m_fixture->store());
    QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setList({TargetList::Kind::Segment, u"at_risk"_s});
    QCOMPARE(list.rowCount(), 3);
    QCOMPARE(list.count(), 3);
    QCOMPARE(list.index(0, TargetListModel::HandleColumn).data().toString(), u"member_7"_s);
    const QString why = list.index(0, 0).data(TargetListModel::WhyRole).toString();
    QVERIFY2(why.contains(u"R 2"_s) && why.contains(u"F 4"_s) && why.contains(u"M 1"_s), qPrintable(why));
    QVERIFY2(why.contains(Segments::rule(u"at_risk"_s)), qPrintable(why));
}

void TestSegments::churnRisk()
{
    QList<TierFixture::Member> members;
    auto member = [&](const QString &id, int tenureDays, qint64 postsTotal, qint64 posts30, qint64 helpfulTotal,
                      qint64 helpful30) {
        TierFixture::Member m;
        m.id = id;
        m.joined = m_now.addDays(-tenureDays);
        m.lastActive = m_now.addDays(-1);
        m.postsTotal = postsTotal;
        m.posts30 = posts30;
        m.helpfulTotal = helpfulTotal;
        m.helpful30 = helpful30;
        members << m;
    };
    member(u"1"_s, 365, 120, 1, 0, 0);    // ~10.8 a month before, 1 now: at risk
    member(u"2"_s, 365, 120, 10, 0, 0);   // ~10 before, 10 now: steady
    member(u"3"_s, 40, 30, 0, 0, 0);      // no earlier month: never at risk
    member(u"4"_s, 365, 15, 0, 5, 0);     // ~1.8 before: too little to lose
    member(u"5"_s, 200, 40, 2, 40, 1);    // (38 + 39) / 5.58 ≈ 13.8 before, 3 now: at risk
    m_fixture->addMembers(members);
    auto stats = computeNow();
    QVERIFY(stats);
    QCOMPARE(stats->churnRisk, 2);
    TargetListModel list(m_fixture->store());
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setList({TargetList::Kind::ChurnRisk});
    QCOMPARE(list.rowCount(), 2);
    // The biggest earlier activity first, with the figures.
    QCOMPARE(list.index(0, TargetListModel::HandleColumn).data().toString(), u"member_5"_s);
    const double before5 = 77.0 / ((200.0 - 30.0) / 30.4375);
    QCOMPARE(list.index(0, TargetListModel::BeforeColumn).data().toString(), QLocale().toString(before5, 'f', 1));
    QCOMPARE(list.index(0, TargetListModel::RecentColumn).data().toString(), u"3"_s);
    QCOMPARE(list.index(1, TargetListModel::HandleColumn).data().toString(), u"member_1"_s);
    QCOMPARE(Segments::churnRiskCount(m_fixture->store()->database()), 2);

    // A stricter fall (90 %) keeps only member 1 (1 of ~10.8); member 5 fell 78 %.
    stats = computeNow(2, 0.9);
    QCOMPARE(stats->churnRisk, 1);
}

void TestSegments::silentMembers()
{
    QList<TierFixture::Member> members;
    const int daysAgo[] = {5, 40, 100, 200};
    for (int i = 0; i < 4; ++i) {
        TierFixture::Member m;
        m.id = QString::number(i + 1);
        m.joined = m_now.addDays(-300);
        m.lastActive = m_now.addDays(-daysAgo[i]);
        m.status = i == 3 ? u"banned"_s : u"active"_s;
        members << m;
    }
    m_fixture->addMembers(members);
    TargetListModel list(m_fixture->store());
    list.setPageSize(1);
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setList({TargetList::Kind::Silent, {}, 30});
    QCOMPARE(list.count(), 2); // 40 and 100 days; the banned member is no target
    QCOMPARE(list.rowCount(), 1);
    QVERIFY(list.canFetchMore({}));
    list.fetchMore({});
    QCOMPARE(list.rowCount(), 2);
    QCOMPARE(list.index(0, TargetListModel::HandleColumn).data().toString(), u"member_2"_s); // most recent first
    QCOMPARE(list.index(1, TargetListModel::HandleColumn).data().toString(), u"member_3"_s);
    list.fetchMore({});
    QVERIFY(!list.canFetchMore({}));
    list.setList({TargetList::Kind::Silent, {}, 60});
    QCOMPARE(list.count(), 1);
    list.setList({TargetList::Kind::Silent, {}, 1});
    QCOMPARE(list.count(), 3);
}

void TestSegments::exportCsv()
{
    addRfmSample();
    QVERIFY(computeNow());
    const QString path = m_fixture->dataDir() + u"/champions.csv"_s;
    QString error;
    QCOMPARE(TargetListSql::exportCsv(m_fixture->path(), {TargetList::Kind::Segment, u"champions"_s}, path, &error), 2);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QVERIFY(lines.at(0).startsWith("\xEF\xBB\xBFmember_id,handle,display_name,tier,segment"));
    QVERIFY(lines.at(1).startsWith("1,member_1,成员 1,newcomer,champions,5,5,5,"));
    QVERIFY(lines.at(2).startsWith("4,member_4,"));
    QCOMPARE(TargetListSql::exportCsv(m_fixture->path(), {TargetList::Kind::Segment, u"champions"_s},
                                      u"/nonexistent-dir/x.csv"_s, &error), -1);
    QVERIFY(!error.isEmpty());
}

void TestSegments::runnerWritesOnAWorker()
{
    addRfmSample();
    SegmentRunner runner(m_fixture->path());
    QSignalSpy finished(&runner, &SegmentRunner::finished);
    SegmentParams p;
    p.now = QDateTime::currentSecsSinceEpoch();
    runner.start(p);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).value<SegmentStats>().members, 10);
    QCOMPARE(Segments::segmentSummary(m_fixture->store()->database()).at(0).members, 2);
}

void TestSegments::leaderboards()
{
    QList<TierFixture::Member> members;
    for (int i = 1; i <= 3; ++i) {
        TierFixture::Member m;
        m.id = QString::number(i);
        m.joined = m_now.addDays(-300);
        m.helpful30 = i == 3 ? 9 : i;
        m.helpfulTotal = i == 3 ? 9 : 100 * i;
        members << m;
    }
    m_fixture->addMembers(members);
    m_fixture->addLedger(u"p1"_s, u"1"_s, 50, u"Helpful answer in Python group"_s, m_now.addDays(-2));
    m_fixture->addLedger(u"p2"_s, u"1"_s, 100, u"Discussion: 3 posts, 10 comments, 2 helpful answers"_s, m_now.addDays(-10));
    m_fixture->addLedger(u"p3"_s, u"1"_s, -30, u"Redemption: community mug"_s, m_now.addDays(-1));
    m_fixture->addLedger(u"p4"_s, u"1"_s, 500, u"Opening balance"_s, m_now.addDays(-100));
    m_fixture->addLedger(u"p5"_s, u"2"_s, 80, u"Sharing: study notes"_s, m_now.addDays(-3));
    m_fixture->addLedger(u"p6"_s, u"2"_s, 4, u"Discussion: 0 posts, 2 comments, 3 helpful answers"_s, m_now.addDays(-4));

    CacheConnection c(m_fixture->path(), CacheConnection::Mode::ReadOnly);
    using B = LeaderboardModel::Board;
    using W = LeaderboardModel::Window;
    auto board = [&](B b, W w) {
        QStringList out;
        const auto entries = LeaderboardModel::compute(c.handle(), b, w, m_now, 10);
        if (!entries)
            return u"error"_s;
        for (const auto &e : *entries)
            out << u"%1=%2"_s.arg(e.memberId).arg(e.score);
        return out.join(u' ');
    };
    QCOMPARE(board(B::Contribution, W::Days7), u"2=84 1=50"_s);
    QCOMPARE(board(B::Contribution, W::Days30), u"1=150 2=84"_s);
    QCOMPARE(board(B::Contribution, W::AllTime), u"1=650 2=84"_s);
    QCOMPARE(board(B::MutualHelp, W::Days7), u"2=2 1=1"_s); // 3 in the ledger, capped at the 30-day 2
    QCOMPARE(board(B::MutualHelp, W::Days30), u"3=9 2=2 1=1"_s);
    QCOMPARE(board(B::MutualHelp, W::AllTime), u"2=200 1=100 3=9"_s);

    LeaderboardModel model(m_fixture->store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBoard(B::MutualHelp, W::AllTime);
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, LeaderboardModel::RankColumn).data().toInt(), 1);
    QCOMPARE(model.index(0, LeaderboardModel::HandleColumn).data().toString(), u"member_2"_s);
    QVERIFY(model.headerData(LeaderboardModel::ScoreColumn, Qt::Horizontal, Qt::ToolTipRole).toString()
                .contains(u"helpful_answers_total"_s));
}

QTEST_GUILESS_MAIN(TestSegments)
#include "tst_segments.moc"
