// `steward` on the command line, as a separate process on a box without a display.

#include "stewardprocess.h"
#include "testserver.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(StewardProcess::binary()), qPrintable(StewardProcess::binary()));
        const QString started = m_server.start({}, 200);
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }

    void versionWithoutDisplay()
    {
        const StewardRun run = StewardProcess::run({u"--version"_s});
        QVERIFY2(run.finished, "steward --version hung");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"steward "_s), qPrintable(run.out));
        QVERIFY(run.out.contains(QString::fromLatin1(qVersion())));
    }

    void helpWithoutDisplay()
    {
        const StewardRun run = StewardProcess::run({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"--data-dir"_s));
        QVERIFY(run.out.contains(u"sync"_s));
        QVERIFY(run.out.contains(u"STEWARD_PASSWORD"_s));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"Unknown command"_s;
        QTest::newRow("sync without server") << QStringList{u"sync"_s, u"--user"_s, u"lin"_s} << u"--server"_s;
        QTest::newRow("sync without user") << QStringList{u"sync"_s, u"--server"_s, u"http://127.0.0.1:1"_s}
                                           << u"--user"_s;
        QTest::newRow("bad language") << QStringList{u"sync"_s, u"--lang"_s, u"fr"_s} << u"language"_s;
        QTest::newRow("unknown option") << QStringList{u"--frob"_s} << u"frob"_s;
    }

    void badUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const StewardRun run = StewardProcess::run(arguments);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void syncWithPasswordFromEnvironment()
    {
        QTemporaryDir data;
        QProcessEnvironment env = StewardProcess::headlessEnvironment();
        env.insert(u"STEWARD_PASSWORD"_s, u"steward-demo"_s);
        const StewardRun run = StewardProcess::run(
            {u"sync"_s, u"--server"_s, m_server.url().toString(), u"--user"_s, u"manager"_s,
             u"--data-dir"_s, data.path()}, env);
        QVERIFY2(run.finished, "steward sync hung");
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(QFileInfo::exists(QDir(data.path()).filePath(u"cache.sqlite"_s)));
        QVERIFY2(!run.out.contains(u"steward-demo"_s) && !run.err.contains(u"steward-demo"_s),
                 "the password must never be printed");
    }

    void syncWithPasswordFromStdin()
    {
        QTemporaryDir data;
        const StewardRun run = StewardProcess::run(
            {u"sync"_s, u"--server"_s, m_server.url().toString(), u"--user"_s, u"lin"_s,
             u"--data-dir"_s, data.path(), u"--quiet"_s},
            StewardProcess::headlessEnvironment(), "steward-demo\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    }

    void wrongPassword()
    {
        QTemporaryDir data;
        QProcessEnvironment env = StewardProcess::headlessEnvironment();
        env.insert(u"STEWARD_PASSWORD"_s, u"not-the-password"_s);
        const StewardRun run = StewardProcess::run(
            {u"sync"_s, u"--server"_s, m_server.url().toString(), u"--user"_s, u"manager"_s,
             u"--data-dir"_s, data.path()}, env);
        QVERIFY(run.finished);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(!run.err.trimmed().isEmpty(), "a refused login needs a message");
        QVERIFY(!run.err.contains(u"not-the-password"_s));
    }

    void noPassword()
    {
        QTemporaryDir data;
        const StewardRun run = StewardProcess::run(
            {u"sync"_s, u"--server"_s, m_server.url().toString(), u"--user"_s, u"manager"_s,
             u"--data-dir"_s, data.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"STEWARD_PASSWORD"_s), qPrintable(run.err));
    }

    void serverDown()
    {
        TestServer gone;
        QVERIFY(gone.start({}, 10).isEmpty());
        const QString url = gone.url().toString();
        gone.stop();
        QTemporaryDir data;
        QProcessEnvironment env = StewardProcess::headlessEnvironment();
        env.insert(u"STEWARD_PASSWORD"_s, u"steward-demo"_s);
        const StewardRun run = StewardProcess::run(
            {u"sync"_s, u"--server"_s, url, u"--user"_s, u"manager"_s, u"--data-dir"_s, data.path()}, env);
        QVERIFY2(run.finished, "steward sync against a dead server must give up");
        QVERIFY(run.exitCode != 0);
        QVERIFY2(!run.err.trimmed().isEmpty(), "an unreachable server needs a message");
    }

private:
    TestServer m_server;
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
