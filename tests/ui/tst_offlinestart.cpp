// After `steward sync`, the console opens that cache with the server gone: no network,
// no password prompt, data on screen.

#include "auditlogview.h"
#include "cachefixture.h"
#include "mainwindow.h"
#include "stewardprocess.h"
#include "testserver.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUuid>

using namespace Qt::StringLiterals;

class TestOfflineStart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_data.isValid());
        TestServer server;
        const QString started = server.start({}, 100);
        QVERIFY2(started.isEmpty(), qPrintable(started));

        // One decision on the platform, so the audit log has something to show.
        TestHttp http(server.url());
        const QString token = http.login(u"lin"_s);
        QVERIFY(!token.isEmpty());
        const QJsonObject mutation{
            {u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}, {u"entity"_s, u"member"_s},
            {u"entity_id"_s, u"1"_s}, {u"action"_s, u"add_note"_s}, {u"base_version"_s, 1},
            {u"payload"_s, QJsonObject{{u"text"_s, u"welcomed in the newcomer thread"_s}}}};
        const HttpResult pushed = http.post(
            u"/v1/mutations"_s,
            QJsonDocument(QJsonObject{{u"mutations"_s, QJsonArray{mutation}}}).toJson(), token);
        QCOMPARE(pushed.status, 200);
        QCOMPARE(pushed.json().value(u"results"_s).toArray().at(0).toObject().value(u"status"_s).toString(),
                 u"applied"_s);

        QProcessEnvironment env = StewardProcess::headlessEnvironment();
        env.insert(u"STEWARD_PASSWORD"_s, u"steward-demo"_s);
        const StewardRun run = StewardProcess::run(
            {u"sync"_s, u"--server"_s, server.url().toString(), u"--user"_s, u"manager"_s,
             u"--data-dir"_s, m_data.path()}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        server.stop();
    }

    void windowOnSyncedCacheWithoutServer()
    {
        StoreNotifier notifier;
        Store store(&notifier);
        QString error;
        QVERIFY2(store.open(Store::cacheFilePath(m_data.path()), &error), qPrintable(error));
        CredentialStore credentials;
        credentials.setMemoryOnly(true);
        AccountService account(&store, &credentials);
        SyncService sync(&store);

        MainWindow window({&store, &sync, &account});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!QApplication::activeModalWidget());

        auto *user = window.findChild<QLabel *>(u"userLabel"_s);
        QCOMPARE(user->text(), u"manager (manager)"_s);
        QVERIFY(window.findChild<QLabel *>(u"onlineLabel"_s)->text().contains(u"Offline"_s));
        QVERIFY(!window.findChild<QLabel *>(u"lastSyncLabel"_s)->text().contains(u"never"_s));
        QVERIFY(window.findChild<QToolButton *>(u"loginButton"_s)->isVisible());

        window.showPane(u"audit"_s);
        auto *audit = window.findChild<QTableView *>(u"auditTable"_s);
        QVERIFY(audit);
        QVERIFY(audit->model()->rowCount() >= 1);
        QCOMPARE(audit->model()->index(0, 1).data().toString(), u"lin"_s);
    }

    void realBinaryStartsOfflineAndSaysReady()
    {
        QProcess process;
        QProcessEnvironment env = StewardProcess::headlessEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"STEWARD_STARTUP_MARKER"_s, u"1"_s);
        QTemporaryDir home;
        env.insert(u"XDG_CONFIG_HOME"_s, home.path());
        process.setProcessEnvironment(env);
        process.start(StewardProcess::binary(), {u"--data-dir"_s, m_data.path()});
        QVERIFY(process.waitForStarted());
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains("steward: ready") && timer.elapsed() < 30000
               && process.state() == QProcess::Running) {
            process.waitForReadyRead(500);
            out += process.readAllStandardOutput();
        }
        const QByteArray err = process.readAllStandardError();
        process.terminate();
        if (!process.waitForFinished(10000))
            process.kill();
        QVERIFY2(out.contains("steward: ready "), QByteArray(out + err).constData());
    }

private:
    QTemporaryDir m_data;
};

QTEST_MAIN(TestOfflineStart)
#include "tst_offlinestart.moc"
