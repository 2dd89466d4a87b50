#include "badgecatalogmodel.h"
#include "badgecatalogview.h"
#include "cachefixture.h"
#include "memberactiondialog.h"
#include "memberdetailpanel.h"
#include "memberfixture.h"
#include "memberlistmodel.h"
#include "memberlistview.h"
#include "memberspane.h"
#include "pointsimportdialog.h"
#include "studygroupmodel.h"
#include "studygroupsview.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// The Members pane offscreen over a real cache: list, search, detail, a bulk award
// through the dialog, role-dependent actions, groups with their health, badges, import.
class tst_MembersPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listSearchAndDetail();
    void bulkAwardThroughTheDialog();
    void moderatorSeesModeratorActions();
    void groupsHealthAndPromotion();
    void badgesAndHolders();
    void importDialogShowsPreviewAndProblems();

private:
    MembersPane *makePane();
    std::unique_ptr<CacheFixture> m_cache;
    std::unique_ptr<MembersPane> m_pane;
};

void tst_MembersPane::init()
{
    QStandardPaths::setTestModeEnabled(true); // the pane remembers its tab in QSettings
    m_cache = std::make_unique<CacheFixture>();
    QVERIFY(m_cache->open());
    m_cache->setRole(u"manager"_s, u"manager"_s);
    QString error;
    QVERIFY2(MemberFixture::fill(m_cache->store(), 90, &error), qPrintable(error));
}

void tst_MembersPane::cleanup()
{
    m_pane.reset();
    m_cache.reset();
}

MembersPane *tst_MembersPane::makePane()
{
    m_pane = std::make_unique<MembersPane>(m_cache->context());
    m_pane->resize(1300, 800);
    m_pane->show();
    MemberListModel *model = m_pane->memberList()->model();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy() && model->rowCount() > 0, 20000); }();
    return m_pane.get();
}

void tst_MembersPane::listSearchAndDetail()
{
    MembersPane *pane = makePane();
    MemberListView *list = pane->memberList();
    QVERIFY(pane->tabs()->count() >= 3); // the tiers tabs follow ours
    QCOMPARE(pane->tabs()->widget(0), list);
    QCOMPARE(pane->tabs()->widget(1), pane->groups());
    QCOMPARE(pane->tabs()->widget(2), pane->badges());
    QTableView *table = pane->findChild<QTableView *>(u"memberTable"_s);
    QVERIFY(table);
    QTRY_COMPARE(pane->findChild<QLabel *>(u"memberCount"_s)->text(), u"Members: 90"_s);
    // The first member is selected and shown.
    QTRY_COMPARE(list->detailPanel()->memberId(), MemberFixture::id(1));
    auto *name = pane->findChild<QLabel *>(u"memberDetailName"_s);
    QCOMPARE(name->text(), MemberFixture::name(1));

    auto *search = pane->findChild<QLineEdit *>(u"memberSearch"_s);
    search->setText(u"小明"_s); // QTest::keyClicks() types ASCII only
    QTRY_VERIFY_WITH_TIMEOUT(list->model()->filter().text == u"小明"_s && !list->model()->isBusy()
                                 && list->model()->matchCount() >= 0, 20000);
    QCOMPARE(list->model()->matchCount(), 13); // 王小明: members 4, 11, …, 88
    for (int r = 0; r < list->model()->rowCount(); ++r)
        QVERIFY(list->model()->index(r, MemberListModel::NameColumn).data().toString().contains(u"小明"_s));

    table->selectRow(1);
    QTRY_COMPARE(list->detailPanel()->memberId(), list->model()->idAt(1));
    auto *tabs = pane->findChild<QTabWidget *>(u"memberDetailTabs"_s);
    QCOMPARE(tabs->count(), 5);
    QVERIFY(!pane->findChild<QLabel *>(u"memberDetailSubtitle"_s)->text().isEmpty());
}

void tst_MembersPane::bulkAwardThroughTheDialog()
{
    MembersPane *pane = makePane();
    MemberListView *list = pane->memberList();
    QTableView *table = list->table();
    table->selectRow(0);
    table->selectionModel()->select(list->model()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(list->model()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(list->selectedIds().size(), 3);
    auto *button = pane->findChild<QToolButton *>(u"memberAwardPoints"_s);
    QVERIFY(button->isVisible() && button->isEnabled());
    const qint64 before = m_cache->store()->entity(u"member"_s, list->selectedIds().at(1))->value(u"points"_s).toInteger();
    const QStringList ids = list->selectedIds();
    QTest::mouseClick(button, Qt::LeftButton);
    MemberActionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = list->findChild<MemberActionDialog *>()) != nullptr);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no reason yet
    dialog->findChild<QSpinBox *>(u"actionPoints"_s)->setValue(30);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"actionReason"_s), u"Study sprint winners"_s);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(m_cache->store()->pendingCount(), 3);
    QCOMPARE(m_cache->store()->entity(u"member"_s, ids.at(1))->value(u"points"_s).toInteger(), before + 30);
    QVERIFY(list->lastMessage().contains(u"3"_s));
    // The detail shows the pending award in its ledger.
    QTRY_VERIFY(list->detailPanel()->detail().pendingSync);
    auto *ledger = pane->findChild<QTreeWidget *>(u"memberLedger"_s);
    QTRY_VERIFY(ledger->topLevelItemCount() > 0);
    QCOMPARE(ledger->topLevelItem(0)->text(2), u"Study sprint winners"_s);
}

void tst_MembersPane::moderatorSeesModeratorActions()
{
    m_cache->setRole(u"moderator"_s, u"moderator"_s);
    MembersPane *pane = makePane();
    QVERIFY(!pane->findChild<QToolButton *>(u"memberAwardPoints"_s)->isVisible());
    QVERIFY(!pane->findChild<QToolButton *>(u"memberImport"_s)->isVisible());
    QVERIFY(pane->findChild<QToolButton *>(u"memberMute"_s)->isVisible());
    QVERIFY(pane->findChild<QToolButton *>(u"memberNote"_s)->isVisible());
    m_cache->setRole(u"analyst"_s, u"analyst"_s);
    QTRY_VERIFY(!pane->findChild<QToolButton *>(u"memberMute"_s)->isVisible());
}

void tst_MembersPane::groupsHealthAndPromotion()
{
    ConnectionProfile profile = *m_cache->store()->profile();
    profile.allowedActions.insert(u"group"_s, QJsonArray{u"add_admin"_s, u"remove_admin"_s});
    QVERIFY(m_cache->store()->saveProfile(profile));
    MembersPane *pane = makePane();
    StudyGroupsView *groups = pane->groups();
    QCOMPARE(groups->groups()->rowCount(), 2);
    const int g1 = groups->groups()->rowOf(u"g1"_s);
    const int g2 = groups->groups()->rowOf(u"g2"_s);
    QCOMPARE(groups->groups()->index(g1, StudyGroupModel::HealthColumn).data().toString(), u"Growing"_s);
    QCOMPARE(groups->groups()->index(g2, StudyGroupModel::HealthColumn).data().toString(), u"Gone cold"_s);
    QVERIFY(groups->groups()->index(g1, StudyGroupModel::HealthColumn).data(Qt::ToolTipRole).toString().contains(u"30%"_s));
    groups->selectGroup(u"g1"_s);
    MemberListModel *members = groups->members();
    QTRY_VERIFY_WITH_TIMEOUT(!members->isBusy() && members->matchCount() == 30, 20000); // every third of 90
    // Promote the top member who is not an admin yet.
    int row = 0;
    while (members->idAt(row) == u"3"_s)
        ++row;
    groups->memberTable()->selectRow(row);
    auto *promote = pane->findChild<QPushButton *>(u"groupPromote"_s);
    QVERIFY(promote->isEnabled());
    const QString memberId = members->idAt(row);
    QTest::mouseClick(promote, Qt::LeftButton);
    QCOMPARE(m_cache->store()->pendingCount(), 1);
    QVERIFY(m_cache->store()->entity(u"group"_s, u"g1"_s)->value(u"admins"_s).toArray().contains(memberId));
    QCOMPARE(groups->currentGroupId(), u"g1"_s); // the reload kept the group
    // "Show in member list" filters the Members tab by the group.
    QTest::mouseClick(pane->findChild<QPushButton *>(u"groupShowInList"_s), Qt::LeftButton);
    QCOMPARE(pane->tabs()->currentWidget(), pane->memberList());
    QCOMPARE(pane->memberList()->model()->filter().groupId, u"g1"_s);
}

void tst_MembersPane::badgesAndHolders()
{
    MembersPane *pane = makePane();
    BadgeCatalogView *badges = pane->badges();
    QCOMPARE(badges->badges()->rowCount(), 3);
    QVERIFY(!badges->badgeTable()->model()->index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    badges->badgeTable()->selectRow(badges->badges()->rowCount() - 1); // sorted by name: mentor last
    QCOMPARE(badges->currentBadgeId(), u"mentor"_s);
    MemberListModel *holders = badges->holders();
    // Members with i % 4 == 3 hold three badges, mentor among them.
    QTRY_VERIFY_WITH_TIMEOUT(!holders->isBusy() && holders->matchCount() == 22, 20000);
    QTRY_VERIFY(pane->findChild<QLabel *>(u"badgeHoldersTitle"_s)->text().contains(u"22"_s));
}

void tst_MembersPane::importDialogShowsPreviewAndProblems()
{
    MembersPane *pane = makePane();
    const QString path = m_cache->dataDir() + u"/sheet.csv"_s;
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\xEF\xBB\xBFhandle,points,reason\r\nuser001,10,\"Salon, Beijing\"\r\nghost,5,x\r\nuser002,abc,x\r\n");
    f.close();
    pane->memberList()->importPoints();
    PointsImportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = pane->findChild<PointsImportDialog *>()) != nullptr);
    dialog->loadFile(path);
    QCOMPARE(dialog->findChild<QTableWidget *>(u"importPreview"_s)->rowCount(), 1);
    auto *problems = dialog->findChild<QListWidget *>(u"importProblems"_s);
    QCOMPARE(problems->count(), 2);
    QVERIFY(problems->item(0)->text().startsWith(u"line 3"_s));
    auto *queue = dialog->findChild<QPushButton *>(u"importQueue"_s);
    QVERIFY(!queue->isEnabled());
    if (const QString shots = qEnvironmentVariable("STEWARD_SHOTS_DIR"); !shots.isEmpty())
        dialog->grab().save(shots + u"/members-import.png"_s); // the closing note's picture
    // Fixed sheet: importable, and queued at once.
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("handle,points,reason\nuser001,10,Salon\nuser002,15,\n");
    f.close();
    dialog->findChild<QLineEdit *>(u"importReason"_s)->setText(u"Sign-in"_s);
    dialog->loadFile(path);
    QVERIFY(queue->isEnabled());
    QTest::mouseClick(queue, Qt::LeftButton);
    QCOMPARE(dialog->queuedCount(), 2);
    QCOMPARE(m_cache->store()->pendingCount(), 2);
}

QTEST_MAIN(tst_MembersPane)
#include "tst_memberspane.moc"
