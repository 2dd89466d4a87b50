#include "store.h"
#include "storenotifier.h"
#include "syncservice.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The GUI-thread facade: a worker thread, signals for the status bar, cancel.
class tst_SyncService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void syncsOnWorkerAndReportsCounts();
    void withoutTokenAsksForLogin();
};

void tst_SyncService::syncsOnWorkerAndReportsCounts()
{
    TestServer server;
    QVERIFY(server.start({}, 200).isEmpty());
    QTemporaryDir dir;
    StoreNotifier notifier;
    Store store(&notifier);
    QVERIFY(store.open(Store::cacheFilePath(dir.path())));
    ConnectionProfile p;
    p.serverUrl = server.url();
    p.username = u"moderator"_s;
    QVERIFY(store.saveProfile(p));
    QVERIFY(QFile::exists(dir.filePath(u"profiles.json"_s)));

    SyncService sync(&store);
    QSignalSpy finished(&sync, &SyncService::syncFinished);
    QSignalSpy states(&sync, &SyncService::stateChanged);
    QSignalSpy last(&sync, &SyncService::lastSuccessfulSyncChanged);
    QSignalSpy entities(&notifier, &StoreNotifier::entitiesChanged);
    sync.setServerUrl(server.url());
    sync.setAccessToken(TestHttp(server.url()).login(u"moderator"_s));
    sync.start(); // syncs on start
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(sync.state(), SyncStatus::State::Idle);
    QVERIFY(states.size() >= 2);
    QCOMPARE(last.size(), 1);
    QVERIFY(!entities.isEmpty()); // the worker's writes reach GUI-thread listeners
    QCOMPARE(store.count(u"member"_s), 200); // and the GUI connection sees them

    Mutation m;
    m.entity = u"member"_s;
    m.entityId = u"5"_s;
    m.action = u"add_note"_s;
    m.payload = QJsonObject{{u"text"_s, u"hello"_s}};
    QSignalSpy pending(&sync, &SyncService::pendingCountChanged);
    QVERIFY(!store.enqueue(m).isEmpty());
    QTRY_COMPARE(sync.pendingCount(), 1);
    sync.syncNow();
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.last().at(0).toBool());
    QTRY_COMPARE(sync.pendingCount(), 0);
    QVERIFY(pending.size() >= 2);
    sync.stop();
}

void tst_SyncService::withoutTokenAsksForLogin()
{
    QTemporaryDir dir;
    StoreNotifier notifier;
    Store store(&notifier);
    QVERIFY(store.open(Store::cacheFilePath(dir.path())));
    SyncService sync(&store);
    sync.setServerUrl(QUrl(u"http://127.0.0.1:9"_s));
    QSignalSpy auth(&sync, &SyncService::authenticationRequired);
    sync.syncNow();
    QCOMPARE(auth.size(), 1);
    QCOMPARE(sync.state(), SyncStatus::State::AuthRequired);
}

QTEST_GUILESS_MAIN(tst_SyncService)
#include "tst_syncservice.moc"
