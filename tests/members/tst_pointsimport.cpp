#include "csvreader.h"
#include "memberfixture.h"
#include "pointsimport.h"
#include "stewardprocess.h"
#include "storenotifier.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Sheets of points awards: the CSV reader on real-world files and on garbage, the checks
// with their line numbers, all-or-nothing queueing, and `steward points import`'s exit codes.
class tst_PointsImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void csvQuotingAndLineEnds();
    void csvDelimiterAndEncodings();
    void csvErrorsHaveLines();
    void csvSurvivesGarbage();
    void goodSheetQueuesEveryRowAtOnce();
    void badRowsAreListedAndNothingIsQueued();
    void headerMustNameColumns();
    void analystMayNotImport();
    void headlessCommandExitCodes();

private:
    QString writeSheet(const QByteArray &bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoreNotifier> m_notifier;
    std::unique_ptr<Store> m_store;
};

void tst_PointsImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_notifier = std::make_unique<StoreNotifier>();
    m_store = std::make_unique<Store>(m_notifier.get());
    QString error;
    QVERIFY2(m_store->open(Store::cacheFilePath(m_dir->path()), &error), qPrintable(error));
    ConnectionProfile p;
    p.serverUrl = QUrl(u"http://127.0.0.1:1"_s);
    p.username = u"manager"_s;
    p.role = u"manager"_s;
    p.allowedActions = QJsonObject{{u"member"_s, QJsonArray{u"award_points"_s, u"add_note"_s}}};
    QVERIFY(m_store->saveProfile(p));
    QVERIFY2(MemberFixture::fill(m_store.get(), 30, &error), qPrintable(error));
}

void tst_PointsImport::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString tst_PointsImport::writeSheet(const QByteArray &bytes)
{
    static int n = 0;
    const QString path = m_dir->filePath(u"sheet%1.csv"_s.arg(++n));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

void tst_PointsImport::csvQuotingAndLineEnds()
{
    const QByteArray data = "\xEF\xBB\xBFhandle,points,reason\r\n"
                            "user001,10,\"Salon, Beijing\"\r\n"
                            "\r\n"
                            "user002,5,\"two\r\nlines\"\r\n"
                            "user003,7,\"said \"\"hi\"\"\"\n"
                            "user004,1,plain\"quote\r"
                            "user005,2,";
    const CsvReader::Result r = CsvReader::read(data);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.records.size(), 6);
    QCOMPARE(r.records.at(0).fields, (QStringList{u"handle"_s, u"points"_s, u"reason"_s}));
    QCOMPARE(r.records.at(1).fields.at(2), u"Salon, Beijing"_s);
    QCOMPARE(r.records.at(2).line, 4); // the blank line 3 is skipped
    QCOMPARE(r.records.at(2).fields.at(2), u"two\r\nlines"_s);
    QCOMPARE(r.records.at(3).line, 6);
    QCOMPARE(r.records.at(3).fields.at(2), u"said \"hi\""_s);
    QCOMPARE(r.records.at(4).fields.at(2), u"plain\"quote"_s);
    QCOMPARE(r.records.at(5).line, 8);
    QCOMPARE(r.records.at(5).fields, (QStringList{u"user005"_s, u"2"_s, QString()}));
}

void tst_PointsImport::csvDelimiterAndEncodings()
{
    CsvReader::Result r = CsvReader::read("handle;points;reason\nuser001;3;\"a;b\"\n");
    QVERIFY(r.ok());
    QCOMPARE(r.delimiter, QChar(u';'));
    QCOMPARE(r.records.at(1).fields, (QStringList{u"user001"_s, u"3"_s, u"a;b"_s}));
    r = CsvReader::read("handle\tpoints\nuser001\t3\n");
    QCOMPARE(r.delimiter, QChar(u'\t'));
    QCOMPARE(r.records.at(1).fields.at(1), u"3"_s);
    // A sheet saved by Excel on a Chinese Windows: GB18030.
    QStringEncoder gb("GB18030");
    const QByteArray gbBytes = gb(u"用户名,积分,原因\nuser001,8,线下沙龙签到\n"_s);
    r = CsvReader::read(gbBytes);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.encoding, u"GB18030"_s);
    QCOMPARE(r.records.at(1).fields.at(2), u"线下沙龙签到"_s);
}

void tst_PointsImport::csvErrorsHaveLines()
{
    CsvReader::Result r = CsvReader::read("handle,points\nuser001,1\nuser002,\"2\n\nuser003,3\n");
    QVERIFY(!r.ok());
    QCOMPARE(r.errorLine, 3);
    r = CsvReader::read("handle,points\n\"user001\"x,1\n");
    QVERIFY(!r.ok());
    QCOMPARE(r.errorLine, 2);
    r = CsvReader::read(QByteArray("handle,points\nuser\0001,1\n", 24));
    QVERIFY(!r.ok());
}

void tst_PointsImport::csvSurvivesGarbage()
{
    // The fuzzer's job in the small: any bytes, never a crash, always an answer.
    QRandomGenerator rng(20261120);
    const char alphabet[] = {'"', ',', ';', '\t', '\r', '\n', 'a', '1', '\xEF', '\xBB', '\xBF', '\xE5', '\xBC', '\xA0', '\0', '\xFF'};
    for (int round = 0; round < 2000; ++round) {
        QByteArray bytes;
        const int n = rng.bounded(0, 200);
        for (int i = 0; i < n; ++i)
            bytes += rng.bounded(0, 4) == 0 ? char(rng.bounded(0, 256)) : alphabet[rng.bounded(0, int(sizeof alphabet))];
        const CsvReader::Result r = CsvReader::read(bytes);
        QVERIFY(r.ok() || r.errorLine >= 1);
        const PointsImport import = PointsImport::prepare(m_store.get(), bytes, u"fuzz"_s);
        QVERIFY(import.isValid() || !import.problems().isEmpty());
    }
    QCOMPARE(m_store->pendingCount(), 0);
}

void tst_PointsImport::goodSheetQueuesEveryRowAtOnce()
{
    const QByteArray sheet = "\xEF\xBB\xBFHandle,Points,Reason\r\n"
                             "user001,50,\"Offline salon, Shanghai\"\r\n"
                             "@USER002,+20,\r\n"
                             " user003 ,-5,Late cancellation\r\n"
                             "user001,10,Second prize\r\n";
    const PointsImport import = PointsImport::prepare(m_store.get(), sheet, u"Salon sign-in"_s);
    QVERIFY2(import.isValid(), qPrintable(import.problemLines().join(u'\n')));
    QCOMPARE(import.rows().size(), 4);
    QCOMPARE(import.rows().at(1).handle, u"user002"_s);
    QCOMPARE(import.rows().at(1).reason, u"Salon sign-in"_s);
    QCOMPARE(import.rows().at(2).points, -5);
    QCOMPARE(import.totalPoints(), 75);
    const qint64 before = m_store->entity(u"member"_s, u"1"_s)->value(u"points"_s).toInteger();
    QString error;
    const QStringList ids = import.apply(m_store.get(), &error);
    QCOMPARE(ids.size(), 4);
    QCOMPARE(m_store->pendingCount(), 4);
    QCOMPARE(m_store->entity(u"member"_s, u"1"_s)->value(u"points"_s).toInteger(), before + 60);
    const QList<OutboxEntry> pending = m_store->pendingMutations();
    QCOMPARE(pending.at(0).mutation.payload.value(u"reason"_s).toString(), u"Offline salon, Shanghai"_s);
    QCOMPARE(pending.at(3).mutation.action, u"award_points"_s);
}

void tst_PointsImport::badRowsAreListedAndNothingIsQueued()
{
    const QByteArray sheet = "handle,points,reason\n"
                             "user001,10,ok\n"          // 2 good
                             "ghost,10,ok\n"            // 3 unknown handle
                             "user002,ten,ok\n"         // 4 not a number
                             "user003,1.5,ok\n"         // 5 not whole
                             "user004,0,ok\n"           // 6 zero
                             ",10,ok\n"                 // 7 no handle
                             "user005,10\n"             // 8 no reason, no default
                             "user006,5,\"a\",extra\n"  // 9 too many fields
                             "user007,99999999,ok\n"    // 10 too large
                             "\"user008\",7,\"fine, really\"\n"; // 11 good
    const PointsImport import = PointsImport::prepare(m_store.get(), sheet, QString());
    QVERIFY(!import.isValid());
    QList<int> lines;
    for (const PointsImport::Problem &p : import.problems())
        lines << p.line;
    QCOMPARE(lines, (QList<int>{3, 4, 5, 6, 7, 8, 9, 10}));
    QVERIFY(import.problemLines().at(0).contains(u"ghost"_s));
    QVERIFY(import.problemLines().at(0).startsWith(u"line 3"_s));
    QCOMPARE(import.rows().size(), 2);
    QString error;
    QVERIFY(import.apply(m_store.get(), &error).isEmpty());
    QVERIFY(error.contains(u"nothing was queued"_s));
    QCOMPARE(m_store->pendingCount(), 0);
}

void tst_PointsImport::headerMustNameColumns()
{
    PointsImport import = PointsImport::prepare(m_store.get(), "name,score\nuser001,1\n", u"x"_s);
    QVERIFY(!import.isValid());
    QCOMPARE(import.problems().first().line, 1);
    import = PointsImport::prepare(m_store.get(), "", u"x"_s);
    QVERIFY(!import.isValid());
    import = PointsImport::prepare(m_store.get(), "handle,points\n", u"x"_s);
    QVERIFY(!import.isValid());
    import = PointsImport::prepare(m_store.get(), u"用户名,积分\nuser001,3\n"_s.toUtf8(), u"签到"_s);
    QVERIFY(import.isValid());
}

void tst_PointsImport::analystMayNotImport()
{
    ConnectionProfile p = *m_store->profile();
    p.role = u"analyst"_s;
    p.allowedActions = {};
    QVERIFY(m_store->saveProfile(p));
    QVERIFY(!PointsImport::permissionProblem(m_store.get()).isEmpty());
}

void tst_PointsImport::headlessCommandExitCodes()
{
    const QString dataDir = m_dir->path();
    const QString good = writeSheet("handle,points,reason\nuser001,10,Salon\nuser002,20,\n");
    const QString bad = writeSheet("handle,points\nuser001,10\nnobody,5\nuser002,abc\n");
    m_store->close(); // the command opens the cache itself

    StewardRun run = StewardProcess::run({u"points"_s, u"import"_s, bad, u"--reason"_s, u"Salon"_s,
                                          u"--data-dir"_s, dataDir});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"line 3"_s) && run.err.contains(u"nobody"_s) && run.err.contains(u"line 4"_s),
             qPrintable(run.err));

    run = StewardProcess::run({u"points"_s, u"import"_s, good, u"--reason"_s, u"Salon sign-in"_s,
                               u"--data-dir"_s, dataDir});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"2"_s), qPrintable(run.out));

    run = StewardProcess::run({u"points"_s, u"import"_s, good, u"--data-dir"_s, m_dir->filePath(u"empty"_s)});
    QCOMPARE(run.exitCode, 1); // no cache there
    run = StewardProcess::run({u"points"_s, u"import"_s, u"--data-dir"_s, dataDir});
    QCOMPARE(run.exitCode, 2); // no file: usage

    QString error;
    QVERIFY(m_store->open(Store::cacheFilePath(dataDir), &error));
    QCOMPARE(m_store->pendingCount(), 2); // the good sheet only
    const QList<OutboxEntry> pending = m_store->pendingMutations();
    QCOMPARE(pending.at(1).mutation.payload.value(u"reason"_s).toString(), u"Salon sign-in"_s);
}

QTEST_GUILESS_MAIN(tst_PointsImport)
#include "tst_pointsimport.moc"
