// Offscreen GUI tests of the tabs: a threshold edit in the rule editor recounts the
// what-if off the GUI thread, Apply queues the tiers through the outbox; the segments
// and leaderboards views fill from the cache.
#include "accountservice.h"
#include "credentialstore.h"
#include "leaderboardsview.h"
#include "segments.h"
#include "segmentsview.h"
#include "segmentsummarymodel.h"
#include "targetlistmodel.h"
#include "tierfixture.h"
#include "tierruleeditor.h"
#include "tiersview.h"

#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QSignalSpy>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTiersView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void whatIfFollowsEdits();
    void applyQueuesTiers();
    void analystCannotApply();
    void segmentsAndLeaderboards();

private:
    PaneContext context() { return {m_fixture->store(), nullptr, m_account.get()}; }
    std::unique_ptr<TierFixture> m_fixture;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<AccountService> m_account;
};

void TestTiersView::init()
{
    m_fixture = std::make_unique<TierFixture>();
    QVERIFY(m_fixture->open());
    m_fixture->addTiers(TierRuleSet::defaults());
    m_fixture->addMembers(m_fixture->generated(1500));
    m_fixture->setRole(u"manager"_s);
    m_credentials = std::make_unique<CredentialStore>();
    m_credentials->setMemoryOnly(true);
    m_account = std::make_unique<AccountService>(m_fixture->store(), m_credentials.get());
}

void TestTiersView::cleanup()
{
    m_account.reset();
    m_credentials.reset();
    m_fixture.reset();
}

void TestTiersView::whatIfFollowsEdits()
{
    TiersView view(context());
    view.resize(1200, 900);
    view.show();
    QSignalSpy updated(&view, &TiersView::whatIfUpdated);
    QVERIFY(updated.wait(10000));
    auto first = view.result();
    QVERIFY(first);
    QCOMPARE(first->total, 1500);
    auto *status = view.findChild<QLabel *>(u"whatIfStatus"_s);
    QVERIFY(status->text().contains(QLocale().toString(first->moving())));

    // Raise core's points threshold in the editor: more members leave core.
    view.selectTier(2);
    QCOMPARE(view.editor()->tier().id, u"core"_s);
    view.editor()->setConditionValue(0, 2500);
    QTRY_VERIFY_WITH_TIMEOUT(view.result() && view.result() != first
                                 && view.result()->proposed.at(2).conditions.at(0).value == 2500.0, 10000);
    const auto raised = view.result();
    QVERIFY(raised->inGrace.size() > first->inGrace.size() || raised->demotions > first->demotions);
    auto *matrix = view.findChild<QTableView *>(u"transitionMatrix"_s);
    QVERIFY(matrix->model()->rowCount() >= 4);
    auto *movers = view.findChild<QTableView *>(u"movers"_s);
    QCOMPARE(movers->model()->rowCount(), int(qMin<qint64>(200, raised->moving())));
    QVERIFY(view.findChild<QPushButton *>(u"revertTiers"_s)->isEnabled());

    // Clicking a cell lists that transition only.
    const QModelIndex cell = matrix->model()->index(2, 1); // core -> regular
    QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, matrix->visualRect(cell).center());
    QCOMPARE(movers->model()->rowCount(), int(qMin<qint64>(200, raised->cell(2, 1))));
}

void TestTiersView::applyQueuesTiers()
{
    TiersView view(context());
    view.show();
    QSignalSpy updated(&view, &TiersView::whatIfUpdated);
    QVERIFY(updated.wait(10000));
    view.selectTier(3);
    view.editor()->setConditionValue(0, 1500); // backbone from 1,500 points
    QTRY_VERIFY_WITH_TIMEOUT(view.result()->proposed.at(3).conditions.at(0).value == 1500.0, 10000);
    auto *apply = view.findChild<QPushButton *>(u"applyTiers"_s);
    QTRY_VERIFY(apply->isEnabled());
    const qint64 moving = view.result()->moving();
    QSignalSpy done(&view, &TiersView::applyFinished);
    view.applyNow();
    QVERIFY(done.wait(30000));
    const auto summary = done.at(0).at(0).value<TierApplyJob::Summary>();
    QCOMPARE(summary.tierChanges, 1);
    QCOMPARE(qint64(summary.moved), moving);
    QCOMPARE(m_fixture->store()->pendingCount(), 1 + int(moving));
    const auto backbone = m_fixture->store()->entity(u"tier"_s, u"backbone"_s);
    QCOMPARE(backbone->value(u"rules"_s).toObject().value(u"conditions"_s).toArray().at(0).toObject()
                 .value(u"value"_s).toDouble(), 1500.0);
    // Once applied, the edits are the cached rules and nothing is left to move.
    QTRY_VERIFY_WITH_TIMEOUT(view.result() && view.result()->moving() == 0, 10000);
    QVERIFY(!view.findChild<QPushButton *>(u"revertTiers"_s)->isEnabled());
}

void TestTiersView::analystCannotApply()
{
    m_fixture->setRole(u"analyst"_s);
    TiersView view(context());
    view.show();
    QVERIFY(QSignalSpy(&view, &TiersView::whatIfUpdated).wait(10000));
    QVERIFY(!view.findChild<QPushButton *>(u"applyTiers"_s)->isVisible());
}

void TestTiersView::segmentsAndLeaderboards()
{
    SegmentsView segments(context());
    // Hidden (the Members pane opens on another tab), the view reads nothing yet.
    auto *listCount = segments.findChild<QLabel *>(u"targetListCount"_s);
    QVERIFY(listCount);
    QVERIFY(listCount->text().isEmpty());
    segments.show();
    QSignalSpy computed(&segments, &SegmentsView::segmentsComputed);
    QVERIFY(computed.wait(20000)); // never computed: the view starts it
    qint64 total = 0;
    for (const SegmentInfo &s : segments.summary()->segments())
        total += s.members;
    QCOMPARE(total, 1500);
    QVERIFY(segments.targetList()->rowCount() > 0);
    // The list's size is counted off the GUI thread, and agrees with the model's count.
    const QString counted = QLocale().toString(segments.targetList()->count());
    QTRY_VERIFY2(listCount->text().startsWith(counted + u' '), qPrintable(listCount->text()));
    QSignalSpy exported(&segments, &SegmentsView::exported);
    segments.exportTo(m_fixture->dataDir() + u"/list.csv"_s);
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.at(0).at(0).toLongLong(), segments.targetList()->count());

    LeaderboardsView boards(context());
    boards.show();
    boards.setWindow(LeaderboardModel::Window::AllTime);
    QTRY_VERIFY(boards.mutualHelp()->rowCount() > 0);
    QVERIFY(!boards.findChild<QLabel *>(u"mutualHelpBoardFormula"_s)->text().isEmpty());
}

QTEST_MAIN(TestTiersView)
#include "tst_tiersview.moc"
