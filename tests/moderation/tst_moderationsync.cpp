// The moderation queue against the real reference server: worked by keyboard with the
// server stopped, then synced and checked on the server; and two moderators deciding the
// same item, which ends in the conflicts view with both decisions and who made them.

#include "conflictmodel.h"
#include "moderationactions.h"
#include "moderationfilter.h"
#include "moderationpane.h"
#include "moderationqueuemodel.h"
#include "moderationqueuepage.h"
#include "paneharness.h"
#include "rejectreasondialog.h"
#include "store.h"
#include "storenotifier.h"
#include "syncview.h"
#include "testserver.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// A console of `user`: its own cache file, services, synced once against `server`.
struct Console {
    QTemporaryDir dir;
    StoreNotifier notifier;
    Store store{&notifier};
    std::unique_ptr<PaneHarness> harness;

    bool open(const QString &user, const QUrl &serverUrl)
    {
        if (!store.open(Store::cacheFilePath(dir.path())))
            return false;
        ConnectionProfile p;
        p.serverUrl = serverUrl;
        p.username = user;
        p.role = u"moderator"_s;
        p.allowedActions = QJsonObject{
            {u"moderation_item"_s, QJsonArray{u"approve"_s, u"reject"_s, u"escalate"_s, u"claim"_s, u"release"_s, u"hold"_s}},
            {u"member"_s, QJsonArray{u"add_note"_s, u"mute"_s, u"unmute"_s, u"ban"_s, u"unban"_s}},
            {u"keyword_rule"_s, QJsonArray{u"create"_s, u"update"_s, u"delete"_s}},
            {u"feedback"_s, QJsonArray{u"reply"_s, u"resolve"_s}}};
        if (!store.saveProfile(p))
            return false;
        harness = std::make_unique<PaneHarness>(&store);
        return true;
    }
    ~Console() { harness.reset(); }
};

QJsonObject serverItem(const TestServer &server, const QString &token, const QString &id)
{
    const HttpResult r = TestHttp(server.url()).get(u"/v1/entities/moderation_item/"_s + id, token);
    return r.json().value(u"data"_s).toObject();
}
} // namespace

class tst_ModerationSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void keyboardOfflineThenSync();
    void twoModeratorsConflict();
};

void tst_ModerationSync::keyboardOfflineThenSync()
{
    TestServer server;
    const QString started = server.start({}, 300);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    Console console;
    QVERIFY(console.open(u"moderator"_s, server.url()));
    QString message;
    QVERIFY2(console.harness->syncWith(server.url(), TestHttp(server.url()).login(u"moderator"_s), &message),
             qPrintable(message));
    QVERIFY(console.store.count(u"moderation_item"_s) >= 2000);
    server.stop(); // from here on: offline

    ModerationPane pane(console.harness->context());
    pane.resize(1200, 700);
    pane.show();
    QApplication::setActiveWindow(&pane);
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    ModerationQueuePage *queue = pane.queue();
    // Unclaimed pending items only, riskiest first.
    auto *claims = queue->findChild<QComboBox *>(u"claimFilter"_s);
    claims->setCurrentIndex(claims->findData(int(ModerationFilter::Claim::Unclaimed)));
    QVERIFY(queue->model()->rowCount() >= 4);
    queue->table()->setFocus();
    const QStringList ids{queue->model()->idAt(0), queue->model()->idAt(1), queue->model()->idAt(2),
                          queue->model()->idAt(3)};
    const auto key = [&pane](int k, Qt::KeyboardModifiers m = Qt::NoModifier) {
        // No window manager offscreen: the window is activated again after a dialog here.
        if (QApplication::activeWindow() != &pane)
            QApplication::setActiveWindow(&pane);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(k), m);
    };

    key(Qt::Key_A);                 // approve #0
    QCOMPARE(queue->currentItemId(), ids.at(1));
    key(Qt::Key_R);                 // reject #1 with the first template
    auto *dialog = queue->findChild<RejectReasonDialog *>();
    QTRY_VERIFY(dialog && dialog->isVisible());
    const QString reasonTemplate = dialog->reasonText();
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY2(queue->currentItemId() == ids.at(2),
                 qPrintable(queue->findChild<QLabel *>(u"queueMessage"_s)->text()));
    key(Qt::Key_J);                 // skip #2
    QCOMPARE(queue->currentItemId(), ids.at(3));
    key(Qt::Key_E);                 // escalate #3
    QTRY_VERIFY(queue->model()->rowOf(ids.at(3)) < 0); // decided rows leave the pending view
    key(Qt::Key_K);
    QCOMPARE(queue->currentItemId(), ids.at(2));
    key(Qt::Key_C);                 // claim #2 ...
    key(Qt::Key_Z, Qt::ControlModifier); // ... and take it back
    QCOMPARE(console.store.pendingCount(), 3);
    const QJsonObject rejectedLocally = console.store.entity(u"moderation_item"_s, ids.at(1)).value();
    const QString expectedReason = rejectedLocally.value(u"decision_reason"_s).toString();
    QVERIFY(!expectedReason.contains(u"{author}"_s) && reasonTemplate.contains(u"{author}"_s));

    // Back online: one sync sends the three decisions.
    const QString restarted = server.restart();
    QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
    const QString token = TestHttp(server.url()).login(u"moderator"_s);
    QVERIFY2(console.harness->syncWith(server.url(), token, &message), qPrintable(message));
    QCOMPARE(console.store.pendingCount(), 0);
    QCOMPARE(console.store.conflictCount(), 0);

    const QJsonObject approved = serverItem(server, token, ids.at(0));
    QCOMPARE(approved.value(u"status"_s).toString(), u"approved"_s);
    QCOMPARE(approved.value(u"decided_by"_s).toString(), u"moderator"_s);
    const QJsonObject rejected = serverItem(server, token, ids.at(1));
    QCOMPARE(rejected.value(u"status"_s).toString(), u"rejected"_s);
    QCOMPARE(rejected.value(u"decision_reason"_s).toString(), expectedReason);
    QCOMPARE(serverItem(server, token, ids.at(2)).value(u"status"_s).toString(), u"pending"_s);
    QVERIFY(serverItem(server, token, ids.at(2)).value(u"claimed_by"_s).isNull());
    QCOMPARE(serverItem(server, token, ids.at(3)).value(u"status"_s).toString(), u"escalated"_s);
    // The pending marks are gone once the server confirmed.
    QTRY_VERIFY(!queue->model()->index(0, 0).data(ModerationQueueModel::PendingSyncRole).toBool());
}

void tst_ModerationSync::twoModeratorsConflict()
{
    TestServer server;
    QVERIFY(server.start({}, 300).isEmpty());
    TestHttp http(server.url());
    Console mine, lins;
    QVERIFY(mine.open(u"moderator"_s, server.url()));
    QVERIFY(lins.open(u"lin"_s, server.url()));
    const QString myToken = http.login(u"moderator"_s);
    const QString linToken = http.login(u"lin"_s);
    QVERIFY(mine.harness->syncWith(server.url(), myToken));
    QVERIFY(lins.harness->syncWith(server.url(), linToken));

    ModerationQueueModel queue(&mine.store);
    ModerationFilter pending;
    pending.statuses = {u"pending"_s};
    pending.claim = ModerationFilter::Claim::Unclaimed;
    queue.setFilter(pending);
    const QString id = queue.idAt(0);
    QVERIFY(!id.isEmpty());

    // Both decide the same item, each on their own console; lin syncs first.
    ModerationActions myActions(&mine.store), linActions(&lins.store);
    QVERIFY(myActions.decide(id, u"reject"_s, u"spam"_s).ok());
    QVERIFY(linActions.decide(id, u"approve"_s).ok());
    QVERIFY(lins.harness->syncWith(server.url(), linToken));
    QString message;
    mine.harness->syncWith(server.url(), myToken, &message);

    QCOMPARE(mine.store.conflictCount(), 1);
    QCOMPARE(mine.store.pendingCount(), 0);
    // The cache holds the server's state: lin's approval.
    QCOMPARE(mine.store.entity(u"moderation_item"_s, id)->value(u"status"_s).toString(), u"approved"_s);

    SyncView view(mine.harness->context());
    view.show();
    auto *table = view.findChild<QTableView *>(u"conflictTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, ConflictModel::IdColumn).data().toString(), id);
    QCOMPARE(table->model()->index(0, ConflictModel::MineColumn).data().toString(), u"You rejected it"_s);
    const QString theirs = table->model()->index(0, ConflictModel::TheirsColumn).data().toString();
    QVERIFY2(theirs.startsWith(u"lin approved it at "_s), qPrintable(theirs));
    QVERIFY(table->model()->index(0, 0).data(ConflictModel::DetailRole).toString().contains(u"lin"_s));
    QCOMPARE(serverItem(server, myToken, id).value(u"decided_by"_s).toString(), u"lin"_s);
}

QTEST_MAIN(tst_ModerationSync)
#include "tst_moderationsync.moc"
