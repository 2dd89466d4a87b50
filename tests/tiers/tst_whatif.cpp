// The what-if over a cache: every cell of the from/to matrix equals a plain SQL count of
// the same rules (CASE expressions); its item models; Apply through the outbox.
#include "cacheconnection.h"
#include "tierapplyjob.h"
#include "tierfixture.h"
#include "whatif.h"
#include "whatifmodels.h"

#include <QAbstractItemModelTester>
#include <QSqlError>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using C = TierCondition;

namespace {
QString sqlCondition(const TierDefinition &t, qint64 now)
{
    if (t.conditions.isEmpty())
        return u"1"_s;
    static const char *const cmp[] = {">=", ">", "<=", "<", "="};
    QStringList parts;
    for (const TierCondition &c : t.conditions) {
        QString figure;
        switch (c.field) {
        case C::Points: figure = u"points"_s; break;
        case C::ActiveDays30: figure = u"active_days_30"_s; break;
        case C::PostsTotal: figure = u"posts_total"_s; break;
        case C::HelpfulAnswersTotal: figure = u"helpful_answers_total"_s; break;
        case C::TenureDays: figure = u"((%1 - unixepoch(joined_at)) / 86400)"_s.arg(now); break;
        case C::SpendTotal: figure = u"spend_total"_s; break;
        default: break;
        }
        parts << u"(%1 %2 %3)"_s.arg(figure, QString::fromLatin1(cmp[c.cmp]), QString::number(c.value, 'g', 17));
    }
    return u"("_s + parts.join(t.anyOf ? u" OR "_s : u" AND "_s) + u")"_s;
}

QString evaluation(const TierRuleSet &set, qint64 now)
{
    QString e = u"CASE"_s;
    for (int i = set.size() - 1; i >= 0; --i)
        e += u" WHEN %1 THEN %2"_s.arg(sqlCondition(set.at(i), now)).arg(i);
    return e + u" ELSE -1 END"_s;
}

// from, to -> count, by SQL alone.
QHash<QPair<int, int>, qint64> sqlMatrix(const QSqlDatabase &db, const TierRuleSet &current, const TierRuleSet &proposed,
                                         qint64 now)
{
    QString cur = u"CASE tier"_s, meets = u"CASE tier"_s, grace = u"CASE tier"_s;
    for (int i = 0; i < proposed.size(); ++i) {
        cur += u" WHEN '%1' THEN %2"_s.arg(proposed.at(i).id).arg(i);
        grace += u" WHEN '%1' THEN %2"_s.arg(proposed.at(i).id).arg(proposed.at(i).demotionGraceDays);
    }
    for (int i = 0; i < current.size(); ++i)
        meets += u" WHEN '%1' THEN %2"_s.arg(current.at(i).id, sqlCondition(current.at(i), now));
    cur += u" ELSE %1 END"_s.arg(proposed.size());
    grace += u" ELSE 0 END"_s;
    meets += u" ELSE 0 END"_s;
    const QString sql = uR"(
        WITH m AS (SELECT %1 AS cur, %2 AS e, tier_locked AS locked,
                          max(coalesce(unixepoch(tier_since), 0), CASE WHEN %3 THEN %4 ELSE 0 END) AS anchor,
                          %5 AS grace FROM member)
        SELECT cur, CASE WHEN locked THEN cur
                         WHEN e < 0 THEN cur
                         WHEN cur = %6 THEN e
                         WHEN e > cur THEN e
                         WHEN e < cur AND %4 >= anchor + grace * 86400 THEN e
                         ELSE cur END AS target, count(*)
        FROM m GROUP BY 1, 2)"_s.arg(cur, evaluation(proposed, now), meets).arg(now).arg(grace).arg(proposed.size());
    QSqlQuery q(db);
    QHash<QPair<int, int>, qint64> out;
    if (!q.exec(sql))
        qWarning("%s", qPrintable(q.lastError().text()));
    while (q.next())
        out.insert({q.value(0).toInt(), q.value(1).toInt()}, q.value(2).toLongLong());
    return out;
}
} // namespace

class TestWhatIf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void matrixEqualsSqlCount_data();
    void matrixEqualsSqlCount();
    void graceRecordsCount();
    void models();
    void runnerReportsNewestOnly();
    void applyQueuesEverything();

private:
    std::unique_ptr<TierFixture> m_fixture;
};

void TestWhatIf::init()
{
    m_fixture = std::make_unique<TierFixture>();
    QVERIFY(m_fixture->open());
    m_fixture->addTiers(TierRuleSet::defaults());
    m_fixture->addMembers(m_fixture->generated(3000));
}

void TestWhatIf::cleanup()
{
    m_fixture.reset();
}

void TestWhatIf::matrixEqualsSqlCount_data()
{
    QTest::addColumn<int>("variant");
    QTest::newRow("current rules") << 0;
    QTest::newRow("stricter core") << 1;
    QTest::newRow("looser backbone, OR") << 2;
    QTest::newRow("regular as AND, longer grace") << 3;
    QTest::newRow("core removed") << 4;
}

void TestWhatIf::matrixEqualsSqlCount()
{
    QFETCH(int, variant);
    const TierRuleSet current = TierRuleSet::fromCache(m_fixture->store()->database());
    QCOMPARE(current.size(), 4);
    QList<TierDefinition> t = current.tiers();
    switch (variant) {
    case 1: t[2].conditions[0].value = 1200; t[2].conditions[3].value = 180; break;
    case 2: t[3].anyOf = true; t[3].conditions[0].value = 2800; break;
    case 3: t[1].anyOf = false; t[1].demotionGraceDays = 90; break;
    case 4: t.removeAt(2); break;
    default: break;
    }
    const TierRuleSet proposed(t);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    CacheConnection c(m_fixture->path(), CacheConnection::Mode::ReadOnly);
    QVERIFY2(c.isOpen(), qPrintable(c.errorString()));
    QString error;
    const auto r = WhatIf::compute(c.handle(), current, proposed, now, nullptr, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->total, 3000);
    const auto expected = sqlMatrix(m_fixture->store()->database(), current, proposed, now);
    QVERIFY(!expected.isEmpty());
    qint64 moving = 0;
    const int n = proposed.size();
    for (int from = 0; from <= n; ++from) {
        for (int to = 0; to <= n; ++to) {
            QCOMPARE(r->cell(from, to), expected.value({from, to}, 0));
            if (from != to)
                moving += r->cell(from, to);
        }
    }
    QCOMPARE(r->moving(), moving);
    if (variant == 1)
        QVERIFY(r->inGrace.size() > 0);
    if (variant == 4)
        QVERIFY(r->unranked > 0);
    // Locked members never move.
    QSqlQuery q(m_fixture->store()->database());
    QVERIFY(q.exec(u"SELECT count(*) FROM member WHERE tier_locked = 1"_s) && q.next());
    QCOMPARE(r->locked, q.value(0).toLongLong());
}

void TestWhatIf::graceRecordsCount()
{
    // A tier_grace row for the member's own tier is the time they last qualified.
    const TierRuleSet current = TierRuleSet::defaults();
    TierFixture::Member m;
    m.id = u"9001"_s;
    m.tier = u"core"_s;
    m.tierSince = TierFixture::now().addDays(-300);
    m.joined = TierFixture::now().addDays(-400);
    m.points = 10; // below core and regular
    m_fixture->addMembers({m});
    QSqlQuery q(m_fixture->store()->database());
    QVERIFY(q.exec(u"INSERT INTO tier_grace(member_rid, tier, below_since) SELECT rid, 'core', '%1' FROM member WHERE id = '9001'"_s
                       .arg(TierFixture::now().addDays(-5).toString(Qt::ISODate))));
    CacheConnection c(m_fixture->path(), CacheConnection::Mode::ReadOnly);
    auto r = WhatIf::compute(c.handle(), current, current, QDateTime::currentSecsSinceEpoch());
    QVERIFY(r);
    const auto in = std::find_if(r->inGrace.begin(), r->inGrace.end(), [](const WhatIfResult::Grace &g) { return !g.started; });
    QVERIFY(in != r->inGrace.end());
    // A row for another tier is ignored: then tier_since (300 days ago) decides.
    QVERIFY(q.exec(u"UPDATE tier_grace SET tier = 'backbone'"_s));
    r = WhatIf::compute(c.handle(), current, current, QDateTime::currentSecsSinceEpoch());
    QVERIFY(std::none_of(r->inGrace.begin(), r->inGrace.end(), [](const WhatIfResult::Grace &g) { return !g.started; }));
}

void TestWhatIf::models()
{
    const TierRuleSet current = TierRuleSet::defaults();
    QList<TierDefinition> t = current.tiers();
    t[2].conditions[0].value = 300;
    CacheConnection c(m_fixture->path(), CacheConnection::Mode::ReadOnly);
    auto r = WhatIf::compute(c.handle(), current, TierRuleSet(t), QDateTime::currentSecsSinceEpoch());
    QVERIFY(r);
    auto shared = std::make_shared<const WhatIfResult>(std::move(*r));

    TransitionMatrixModel matrix;
    QAbstractItemModelTester t1(&matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
    matrix.setResult(shared);
    QCOMPARE(matrix.rowCount(), 4);
    QCOMPARE(matrix.columnCount(), 5);
    qint64 moving = 0;
    for (int row = 0; row < 4; ++row)
        moving += matrix.index(row, matrix.movingColumn()).data(TransitionMatrixModel::CountRole).toLongLong();
    QCOMPARE(moving, shared->moving());

    TierSizesModel sizes;
    QAbstractItemModelTester t2(&sizes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    sizes.setResult(shared);
    qint64 before = 0, after = 0;
    for (int row = 0; row < sizes.rowCount(); ++row) {
        before += sizes.index(row, TierSizesModel::BeforeColumn).data(Qt::UserRole).toLongLong();
        after += sizes.index(row, TierSizesModel::AfterColumn).data(Qt::UserRole).toLongLong();
    }
    QCOMPARE(before, 3000);
    QCOMPARE(after, 3000);

    MoversModel movers(m_fixture->store());
    movers.setPageSize(50);
    QAbstractItemModelTester t3(&movers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    movers.setResult(shared);
    QVERIFY(shared->moving() > 100);
    QCOMPARE(movers.rowCount(), 50);
    QVERIFY(movers.canFetchMore({}));
    movers.fetchMore({});
    QCOMPARE(movers.rowCount(), 100);
    QVERIFY(movers.index(0, MoversModel::HandleColumn).data().toString().startsWith(u"member_"_s));
    movers.setTransition(1, 2);
    QCOMPARE(movers.matching(), shared->cell(1, 2));
    for (int row = 0; row < movers.rowCount(); ++row)
        QCOMPARE(movers.index(row, MoversModel::ToColumn).data().toString(), TierRuleSet::tierDisplayName(u"core"_s, u"Core"_s));
}

void TestWhatIf::runnerReportsNewestOnly()
{
    WhatIfRunner runner(m_fixture->path());
    QSignalSpy finished(&runner, &WhatIfRunner::finished);
    const TierRuleSet current = TierRuleSet::defaults();
    QList<TierDefinition> t = current.tiers();
    for (int v = 100; v <= 500; v += 100) {
        t[2].conditions[0].value = v;
        runner.request(current, TierRuleSet(t));
    }
    QTRY_VERIFY(!runner.isRunning());
    QCOMPARE(finished.size(), 1); // earlier requests were cancelled or superseded
    const auto r = finished.at(0).at(0).value<std::shared_ptr<const WhatIfResult>>();
    QCOMPARE(r->proposed.at(2).conditions.at(0).value, 500.0);
}

void TestWhatIf::applyQueuesEverything()
{
    m_fixture->setRole(u"manager"_s);
    const TierRuleSet current = TierRuleSet::fromCache(m_fixture->store()->database());
    QList<TierDefinition> t = current.tiers();
    t[2].conditions[0].value = 900;
    const TierRuleSet proposed(t);
    CacheConnection c(m_fixture->path(), CacheConnection::Mode::ReadOnly);
    auto r = WhatIf::compute(c.handle(), current, proposed, QDateTime::currentSecsSinceEpoch());
    QVERIFY(r);
    QList<TierApplyJob::Move> moves;
    for (const auto &m : r->movers)
        moves.append({m.rid, proposed.at(m.from).id, proposed.at(m.to).id});
    QList<TierApplyJob::GraceStart> grace;
    for (const auto &g : r->inGrace)
        if (g.started)
            grace.append({g.rid, proposed.at(g.tier).id});
    QVERIFY(!grace.isEmpty());
    std::atomic<bool> cancel{false};
    int progressCalls = 0;
    const QList<Mutation> tierChanges = {[&] {
        Mutation m;
        m.entity = u"tier"_s;
        m.entityId = u"core"_s;
        m.action = u"update"_s;
        m.payload = QJsonObject{{u"rules"_s, proposed.at(2).rulesJson()}};
        return m;
    }()};
    const TierApplyJob::Summary s = TierApplyJob::run(m_fixture->path(), m_fixture->notifier(), tierChanges, moves, grace,
                                                      100, cancel, [&](int, int) { ++progressCalls; });
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    QCOMPARE(s.tierChanges, 1);
    QCOMPARE(s.moved, int(moves.size()));
    QCOMPARE(s.graceStarted, int(grace.size()));
    QVERIFY(progressCalls >= int(moves.size() / 100));
    QCOMPARE(m_fixture->store()->pendingCount(), 1 + int(moves.size()));
    const QList<OutboxEntry> pending = m_fixture->store()->pendingMutations(2);
    QCOMPARE(pending.at(0).mutation.entity, u"tier"_s);
    QCOMPARE(pending.at(1).mutation.action, u"set_tier"_s);
    QCOMPARE(pending.at(1).mutation.payload.value(u"locked"_s).toBool(), false);

    // The cache now holds the decision: nothing is due under the applied rules, and the
    // members newly below their tier keep it in grace.
    const TierRuleSet applied = TierRuleSet::fromCache(m_fixture->store()->database());
    QCOMPARE(applied.at(2).conditions.at(0).value, 900.0);
    r = WhatIf::compute(c.handle(), applied, applied, QDateTime::currentSecsSinceEpoch());
    QCOMPARE(r->moving(), 0);
    QCOMPARE(qsizetype(r->inGrace.size()) >= grace.size(), true);

    // A second apply of the same moves skips them all: their tier changed meanwhile.
    const TierApplyJob::Summary again = TierApplyJob::run(m_fixture->path(), nullptr, {}, moves, {}, 100, cancel,
                                                          [](int, int) {});
    QCOMPARE(again.moved, 0);
    QCOMPARE(again.skipped, int(moves.size()));
}

QTEST_GUILESS_MAIN(TestWhatIf)
#include "tst_whatif.moc"
