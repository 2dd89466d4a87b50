// The Sync view shows the outbox, the conflicts with both sides, and resolves conflicts
// through the models; the role decides what is offered.

#include "cachefixture.h"
#include "conflictmodel.h"
#include "outboxmodel.h"
#include "syncview.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSyncView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_cache = std::make_unique<CacheFixture>();
        QVERIFY(m_cache->open());
        m_cache->addModerationItem(u"7"_s);
        m_cache->addModerationItem(u"8"_s);
    }

    void cleanup() { m_cache.reset(); }

    void showsOutboxEntries()
    {
        m_cache->setRole(u"lin"_s, u"moderator"_s);
        QVERIFY(!m_cache->enqueueReject(u"7"_s).isEmpty());
        QVERIFY(!m_cache->enqueueReject(u"8"_s, u"ads"_s).isEmpty());
        SyncView view(m_cache->context());
        view.show();
        auto *table = view.findChild<QTableView *>(u"outboxTable"_s);
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 2);
        const QModelIndex id = table->model()->index(0, OutboxModel::IdColumn);
        QCOMPARE(id.data().toString(), u"7"_s);
        QVERIFY(table->model()->headerData(OutboxModel::LastErrorColumn, Qt::Horizontal).isValid());

        // A change made while the view is open appears without a reload.
        m_cache->addModerationItem(u"9"_s);
        QVERIFY(!m_cache->enqueueReject(u"9"_s).isEmpty());
        QTRY_COMPARE(table->model()->rowCount(), 3);
    }

    void showsConflictWithBothSides()
    {
        m_cache->setRole(u"manager"_s, u"manager"_s);
        const QString mutation = m_cache->enqueueReject(u"7"_s);
        m_cache->recordConflict(mutation, u"7"_s);
        SyncView view(m_cache->context());
        view.show();
        auto *table = view.findChild<QTableView *>(u"conflictTable"_s);
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->rowCount(), 1);
        const QString mine = table->model()->index(0, ConflictModel::MineColumn).data().toString();
        const QString theirs = table->model()->index(0, ConflictModel::TheirsColumn).data().toString();
        QVERIFY2(mine.contains(u"reject"_s), qPrintable(mine));
        QVERIFY2(theirs.contains(u"lin"_s), qPrintable(theirs));
        // What the view draws is the model's text: whole sentences, both sides.
        QCOMPARE(mine, u"You rejected it"_s);
        QVERIFY2(theirs.startsWith(u"lin approved it at "_s), qPrintable(theirs));
        // The first conflict is selected, so the buttons work straight away.
        QVERIFY(view.findChild<QPushButton *>(u"keepMineButton"_s)->isEnabled());
        QVERIFY(view.findChild<QPushButton *>(u"takeTheirsButton"_s)->isEnabled());
    }

    void keepMineResendsMyChange()
    {
        m_cache->setRole(u"manager"_s, u"manager"_s);
        const QString mutation = m_cache->enqueueReject(u"7"_s);
        m_cache->recordConflict(mutation, u"7"_s);
        QCOMPARE(m_cache->store()->pendingCount(), 0);
        SyncView view(m_cache->context());
        view.show();
        QTest::mouseClick(view.findChild<QPushButton *>(u"keepMineButton"_s), Qt::LeftButton);
        QCOMPARE(m_cache->store()->conflictCount(), 0);
        QCOMPARE(m_cache->store()->pendingCount(), 1);
        QTRY_COMPARE(view.findChild<QTableView *>(u"conflictTable"_s)->model()->rowCount(), 0);
        QTRY_COMPARE(view.findChild<QTableView *>(u"outboxTable"_s)->model()->rowCount(), 1);
        QVERIFY(!view.findChild<QPushButton *>(u"keepMineButton"_s)->isEnabled());
    }

    void takeTheirsDropsMyChange()
    {
        m_cache->setRole(u"lin"_s, u"moderator"_s);
        const QString mutation = m_cache->enqueueReject(u"7"_s);
        m_cache->recordConflict(mutation, u"7"_s);
        SyncView view(m_cache->context());
        view.show();
        QTest::mouseClick(view.findChild<QPushButton *>(u"takeTheirsButton"_s), Qt::LeftButton);
        QCOMPARE(m_cache->store()->conflictCount(), 0);
        QCOMPARE(m_cache->store()->pendingCount(), 0);
        QTRY_COMPARE(view.findChild<QTableView *>(u"conflictTable"_s)->model()->rowCount(), 0);
        const auto item = m_cache->store()->entity(u"moderation_item"_s, u"7"_s);
        QVERIFY(item);
        QCOMPARE(item->value(u"status"_s).toString(), u"approved"_s);
    }

    void analystOnlyReads()
    {
        m_cache->setRole(u"manager"_s, u"manager"_s);
        const QString mutation = m_cache->enqueueReject(u"7"_s);
        m_cache->recordConflict(mutation, u"7"_s);
        m_cache->setRole(u"ana"_s, u"analyst"_s);
        SyncView view(m_cache->context());
        view.show();
        QCOMPARE(view.findChild<QTableView *>(u"conflictTable"_s)->model()->rowCount(), 1);
        QVERIFY(!view.findChild<QPushButton *>(u"keepMineButton"_s)->isVisible());
        QVERIFY(!view.findChild<QPushButton *>(u"takeTheirsButton"_s)->isVisible());
        QVERIFY(view.findChild<QLabel *>(u"readOnlyNote"_s)->isVisible());
    }

    void syncNowNeedsASession()
    {
        SyncView view(m_cache->context());
        view.show();
        auto *button = view.findChild<QPushButton *>(u"syncNowButton"_s);
        QVERIFY(button);
        QVERIFY(!button->isEnabled());
        QVERIFY(view.findChild<QLabel *>(u"syncStatusLabel"_s)->text().contains(u"Not signed in"_s));
        QVERIFY(view.findChild<QTableView *>(u"syncRunsTable"_s));
    }

private:
    std::unique_ptr<CacheFixture> m_cache;
};

QTEST_MAIN(TestSyncView)
#include "tst_syncview.moc"
