#include "accountservice.h"
#include "campaignmodel.h"
#include "campaignmutations.h"
#include "campaignrepository.h"
#include "conflictmodel.h"
#include "credentialstore.h"
#include "store.h"
#include "storenotifier.h"
#include "syncengine.h"
#include "syncservice.h"
#include "syncview.h"
#include "testserver.h"

#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Two managers edit the same campaign against the real reference server: the second to
// sync gets a conflict, which the Sync pane's conflicts view shows with both versions,
// and nothing is overwritten silently.
class tst_CampaignConflict : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void twoManagersEditTheSameCampaign();

private:
    struct Client {
        QString path;
        std::unique_ptr<StoreNotifier> notifier;
        std::unique_ptr<Store> store;
        std::unique_ptr<SyncEngine> engine;
    };
    std::unique_ptr<Client> client(const QString &user);

    TestServer m_server;
    QTemporaryDir m_dir;
};

std::unique_ptr<tst_CampaignConflict::Client> tst_CampaignConflict::client(const QString &user)
{
    auto c = std::make_unique<Client>();
    c->path = m_dir.filePath(user + u".sqlite"_s);
    c->notifier = std::make_unique<StoreNotifier>();
    c->store = std::make_unique<Store>(c->notifier.get());
    QString error;
    if (!c->store->open(c->path, &error))
        qFatal("open: %s", qPrintable(error));
    ConnectionProfile p;
    p.serverUrl = m_server.url();
    p.username = user;
    p.role = u"manager"_s;
    p.allowedActions = {{u"campaign"_s, QJsonArray{u"create"_s, u"update"_s, u"delete"_s}}};
    c->store->saveProfile(p);
    SyncEngine::Options options;
    options.databasePath = c->path;
    options.serverUrl = m_server.url();
    c->engine = std::make_unique<SyncEngine>(options, c->notifier.get());
    if (!c->engine->open(&error))
        qFatal("engine: %s", qPrintable(error));
    c->engine->setAccessToken(TestHttp(m_server.url()).login(user));
    return c;
}

void tst_CampaignConflict::twoManagersEditTheSameCampaign()
{
    const QString started = m_server.start({}, 200);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    auto manager = client(u"manager"_s);
    auto chen = client(u"chen"_s); // the demo's second manager
    QVERIFY(manager->engine->runSync().ok);
    QVERIFY(chen->engine->runSync().ok);

    // A campaign that is still planned (the seeds' last ones are).
    const QList<Campaign> campaigns = CampaignRepository::campaigns(manager->store->database());
    QVERIFY(campaigns.size() >= 20);
    const Campaign target = campaigns.last();
    QVERIFY(target.startDate.isValid());

    // Both edit it offline: the manager drags it a week later, chen moves it and raises
    // the budget. chen syncs first.
    const QDate mineStart = target.startDate.addDays(7), mineEnd = target.endDate.addDays(7);
    QString error;
    QVERIFY2(!manager->store->enqueue(CampaignMutations::reschedule(target.id, mineStart, mineEnd), &error).isEmpty(),
             qPrintable(error));
    Campaign chens = target;
    chens.startDate = target.startDate.addDays(2);
    chens.endDate = target.endDate.addDays(3);
    chens.budget = target.budget + 5000;
    const auto chensEdit = CampaignMutations::update(target, chens);
    QVERIFY(chensEdit);
    QVERIFY(!chen->store->enqueue(*chensEdit, &error).isEmpty());
    const auto chenRun = chen->engine->runSync();
    QVERIFY2(chenRun.ok && chenRun.conflicts == 0, qPrintable(chenRun.message));
    const auto run = manager->engine->runSync();
    QVERIFY2(run.ok, qPrintable(run.message));
    QCOMPARE(run.conflicts, 1);
    QCOMPARE(manager->store->pendingCount(), 0);

    // Nothing silently overwritten: the server and the manager's cache hold chen's
    // version; the manager's is kept in the conflict.
    const auto cached = manager->store->entity(u"campaign"_s, target.id);
    QCOMPARE(cached->value(u"start_date"_s).toString(), chens.startDate.toString(Qt::ISODate));
    QCOMPARE(cached->value(u"budget"_s).toDouble(), chens.budget);
    const QList<ConflictRecord> conflicts = manager->store->conflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().changedBy, u"chen"_s);
    QCOMPARE(conflicts.first().mine.payload.value(u"start_date"_s).toString(), mineStart.toString(Qt::ISODate));

    // The Sync pane's conflicts view, on the manager's cache.
    CredentialStore credentials;
    credentials.setMemoryOnly(true);
    AccountService account(manager->store.get(), &credentials);
    SyncService sync(manager->store.get());
    SyncView view(PaneContext{manager->store.get(), &sync, &account});
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *table = view.findChild<QTableView *>(u"conflictTable"_s);
    QVERIFY(table);
    QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ConflictModel::EntityColumn).data().toString(), u"campaign"_s);
    QCOMPARE(model->index(0, ConflictModel::IdColumn).data().toString(), target.id);
    // Both versions in words: my dates, and chen's dates and budget as they are now.
    const QString mine = model->index(0, ConflictModel::MineColumn).data().toString();
    const QString theirs = model->index(0, ConflictModel::TheirsColumn).data().toString();
    const QLocale locale;
    QVERIFY2(mine.contains(locale.toString(mineStart, QLocale::ShortFormat)), qPrintable(mine));
    QVERIFY2(mine.startsWith(u"You moved it to"_s), qPrintable(mine));
    QVERIFY2(theirs.startsWith(u"chen changed it"_s), qPrintable(theirs));
    QVERIFY2(theirs.contains(locale.toString(chens.startDate, QLocale::ShortFormat)), qPrintable(theirs));
    QVERIFY2(theirs.contains(locale.toString(chens.endDate, QLocale::ShortFormat)), qPrintable(theirs));

    // Keep mine: re-sent against chen's version, it applies; the dates are mine, the
    // budget stays chen's.
    table->selectRow(0);
    QVERIFY(!sync.keepMine(conflicts.first().id, &error).isEmpty());
    const auto again = manager->engine->runSync();
    QVERIFY2(again.ok && again.conflicts == 0, qPrintable(again.message));
    const auto merged = manager->store->entity(u"campaign"_s, target.id);
    QCOMPARE(merged->value(u"start_date"_s).toString(), mineStart.toString(Qt::ISODate));
    QCOMPARE(merged->value(u"budget"_s).toDouble(), chens.budget);
    QTRY_COMPARE(model->rowCount(), 0);
}

QTEST_MAIN(tst_CampaignConflict)
#include "tst_campaignconflict.moc"
