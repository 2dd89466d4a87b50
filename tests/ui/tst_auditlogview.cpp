// The audit log pages through the cache newest first, filters by text, actor and entity,
// and shows the selected entry in full.

#include "auditlogmodel.h"
#include "auditlogview.h"
#include "cachefixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAuditLogView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_cache = std::make_unique<CacheFixture>();
        QVERIFY(m_cache->open());
        m_cache->addAuditEntries(450);
        m_view = std::make_unique<AuditLogView>(m_cache->context());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_view->resize(1000, 600);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_tester.reset();
        m_view.reset();
        m_cache.reset();
    }

    void newestFirstInPages()
    {
        AuditLogModel *model = m_view->model();
        // The model tester fetched a page of its own at attach time; start over.
        model->setPageSize(50);
        model->reload();
        QVERIFY(model->rowCount() > 0);
        QVERIFY(model->rowCount() < 450);
        QCOMPARE(model->index(0, AuditLogModel::EntityIdColumn).data().toString(), u"949"_s);
        auto *more = m_view->findChild<QPushButton *>(u"auditLoadMore"_s);
        QTRY_VERIFY(more->isEnabled());
        while (more->isEnabled())
            QTest::mouseClick(more, Qt::LeftButton);
        QCOMPARE(model->rowCount(), 450);
        QVERIFY(!model->canFetchMore({}));
        QTRY_COMPARE(m_view->findChild<QLabel *>(u"auditCount"_s)->text(), u"450 entries"_s);
    }

    void filtersByText()
    {
        QTest::keyClicks(m_view->findChild<QLineEdit *>(u"auditSearch"_s), u"spam #44"_s);
        QTRY_VERIFY(m_view->model()->rowCount() > 0 && m_view->model()->rowCount() < 20);
        for (int row = 0; row < m_view->model()->rowCount(); ++row)
            QVERIFY(m_view->model()->index(row, AuditLogModel::SummaryColumn).data().toString().contains(u"spam #44"_s));
    }

    void filtersByActorAndEntity()
    {
        m_view->findChild<QLineEdit *>(u"auditActor"_s)->setText(u"lin"_s);
        m_view->applyFilters();
        QAbstractItemModel *model = m_view->model();
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), 225);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, AuditLogModel::ActorColumn).data().toString(), u"lin"_s);

        auto *entity = m_view->findChild<QComboBox *>(u"auditEntity"_s);
        entity->setCurrentIndex(entity->findData(u"member"_s));
        while (model->canFetchMore({}))
            model->fetchMore({});
        // Entries 0, 3, 6 ... are member awards; lin has the odd ones: 3, 9, 15 ... 447.
        QCOMPARE(model->rowCount(), 75);

        m_view->findChild<QLineEdit *>(u"auditActor"_s)->setText(u"nobody"_s);
        m_view->applyFilters();
        QCOMPARE(model->rowCount(), 0);
        QTRY_COMPARE(m_view->findChild<QLabel *>(u"auditCount"_s)->text(), u"No audit entries match."_s);
    }

    void detailOfSelectedEntry()
    {
        auto *table = m_view->findChild<QTableView *>(u"auditTable"_s);
        // Row 2 is entry 447: lin's member award, with markup in its summary.
        table->selectRow(2);
        const auto value = [this](int row) {
            return m_view->findChild<QLabel *>(u"auditDetail_%1"_s.arg(row))->text();
        };
        QCOMPARE(value(1), u"lin"_s);
        QCOMPARE(value(4), u"947"_s);
        QCOMPARE(value(6), u"awarded 10 points <b>for help</b>"_s);
        QCOMPARE(m_view->findChild<QLabel *>(u"auditDetail_6"_s)->textFormat(), Qt::PlainText);
        QCOMPARE(value(8), u"mut-447"_s);
    }

private:
    std::unique_ptr<CacheFixture> m_cache;
    std::unique_ptr<AuditLogView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestAuditLogView)
#include "tst_auditlogview.moc"
