// `steward report` as a scheduled job runs it: the real reference server's demo community
// synced into a cache, then the report written with no display, no platform plugin chosen
// and no network; its figures read back with pdftotext and held against the cache.
// Also the exit codes and messages for bad input.
#include "pdftext.h"
#include "stewardprocess.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestReportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void englishReportHasTheCachesFigures();
    void chineseReportEmbedsItsFont();
    void badUsage_data();
    void badUsage();
    void noCacheExitsThree();
    void quarterWithoutDataExitsOne();
    void unwritableOutputExitsOne();

private:
    StewardRun report(const QStringList &extra);
    static QString squeezed(QString text);

    TestServer m_server;
    QTemporaryDir m_data;
    QTemporaryDir m_out;
    QSqlDatabase m_cache;
};

QString TestReportCommand::squeezed(QString text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.remove(space);
}

void TestReportCommand::initTestCase()
{
    if (!PdfText::available())
        QSKIP("poppler-utils are not installed");
    const QString error = m_server.start({}, 300);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QProcessEnvironment env = StewardProcess::headlessEnvironment();
    env.insert(u"STEWARD_PASSWORD"_s, u"steward-demo"_s);
    const StewardRun sync = StewardProcess::run({u"sync"_s, u"--server"_s, m_server.url().toString(), u"--user"_s,
                                                 u"manager"_s, u"--data-dir"_s, m_data.path(), u"--quiet"_s},
                                                env);
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
    // No network from here on: the report is made from the cache alone.
    m_server.stop();
    m_cache = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"expected"_s);
    m_cache.setDatabaseName(m_data.filePath(u"cache.sqlite"_s));
    m_cache.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    QVERIFY(m_cache.open());
}

void TestReportCommand::cleanupTestCase()
{
    m_cache.close();
    m_cache = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"expected"_s);
}

StewardRun TestReportCommand::report(const QStringList &extra)
{
    return StewardProcess::run(QStringList{u"report"_s} + extra);
}

void TestReportCommand::englishReportHasTheCachesFigures()
{
    const QString pdf = m_out.filePath(u"q3.pdf"_s);
    const StewardRun run = report({u"--quarter"_s, u"2026Q3"_s, u"--out"_s, pdf, u"--data-dir"_s, m_data.path()});
    QVERIFY2(run.finished, "steward report hung");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(u"pages"_s));
    QVERIFY(PdfText::pages(pdf) >= 11);

    // The cache's own figures for the quarter, by SQL written here.
    qint64 joins = 0, posts = 0;
    QSqlQuery q(m_cache);
    QVERIFY(q.exec(u"SELECT new_members, posts FROM metric_day WHERE date BETWEEN '2026-07-01' AND '2026-09-30'"_s));
    int days = 0;
    while (q.next()) {
        const QJsonObject channels = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        for (auto it = channels.begin(); it != channels.end(); ++it)
            joins += it.value().toInteger();
        posts += q.value(1).toLongLong();
        ++days;
    }
    QCOMPARE(days, 92);
    QVERIFY(q.exec(u"SELECT members_total FROM metric_day WHERE date = '2026-09-30'"_s) && q.next());
    const qint64 members = q.value(0).toLongLong();
    QVERIFY(q.exec(u"SELECT amount FROM budget WHERE quarter = '2026Q3'"_s) && q.next());
    const double budget = q.value(0).toDouble();

    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QString summary = PdfText::flat(pdf, 3);
    QVERIFY2(summary.contains(u"In Q3 2026 the community reached %1 members, %2 of them new this quarter."_s
                                  .arg(en.toString(members), en.toString(joins))),
             qPrintable(summary));
    // The first row of tiles: labels, then values.
    QVERIFY(summary.contains(u"Members at quarter end New members Average daily active members %1 %2 "_s
                                 .arg(en.toString(members), en.toString(joins))));
    QVERIFY(summary.contains(u"Posts Interactions per active member per day Revenue %1 "_s.arg(en.toString(posts))));
    const QString all = PdfText::flat(pdf);
    QVERIFY(all.contains(u"The quarter's campaign budget was ¥"_s + en.toString(budget, 'f', 2)));

    // Every campaign that started in the quarter is in the report, named as in the cache.
    const QString text = squeezed(PdfText::text(pdf));
    QVERIFY(q.exec(u"SELECT name FROM campaign WHERE start_date BETWEEN '2026-07-01' AND '2026-09-30'"_s));
    int campaigns = 0;
    while (q.next()) {
        QVERIFY2(text.contains(squeezed(q.value(0).toString())), qPrintable(q.value(0).toString()));
        ++campaigns;
    }
    QVERIFY(campaigns > 0);
}

void TestReportCommand::chineseReportEmbedsItsFont()
{
    const QString pdf = m_out.filePath(u"q3-zh.pdf"_s);
    const StewardRun run = report({u"--quarter"_s, u"2026Q3"_s, u"--out"_s, pdf, u"--lang"_s, u"zh_CN"_s,
                                   u"--data-dir"_s, m_data.path()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString fonts = PdfText::fonts(pdf).join(u'\n');
    QVERIFY2(fonts.contains(u"WenQuanYi"_s), qPrintable(fonts));
    QVERIFY(!fonts.contains(u"Noto"_s));
    const QString text = squeezed(PdfText::text(pdf));
    QSqlQuery q(m_cache);
    QVERIFY(q.exec(u"SELECT name_zh FROM badge"_s));
    while (q.next())
        QVERIFY2(text.contains(q.value(0).toString()), qPrintable(q.value(0).toString()));
    QVERIFY(q.exec(u"SELECT name FROM campaign WHERE start_date BETWEEN '2026-07-01' AND '2026-09-30'"_s));
    while (q.next())
        QVERIFY2(text.contains(squeezed(q.value(0).toString())), qPrintable(q.value(0).toString()));
}

void TestReportCommand::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no quarter") << QStringList{u"--out"_s, u"x.pdf"_s} << u"--quarter"_s;
    QTest::newRow("bad quarter") << QStringList{u"--quarter"_s, u"2026Q5"_s, u"--out"_s, u"x.pdf"_s} << u"2026Q5"_s;
    QTest::newRow("no output") << QStringList{u"--quarter"_s, u"2026Q3"_s} << u"--out"_s;
    QTest::newRow("bad language") << QStringList{u"--quarter"_s, u"2026Q3"_s, u"--out"_s, u"x.pdf"_s, u"--lang"_s, u"fr"_s}
                                  << u"language"_s;
}

void TestReportCommand::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const StewardRun run = report(arguments + QStringList{u"--data-dir"_s, m_data.path()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestReportCommand::noCacheExitsThree()
{
    QTemporaryDir empty;
    const StewardRun run = report({u"--quarter"_s, u"2026Q3"_s, u"--out"_s, m_out.filePath(u"none.pdf"_s),
                                   u"--data-dir"_s, empty.path()});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"steward sync"_s), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_out.filePath(u"none.pdf"_s)));
    QVERIFY(!QFile::exists(empty.filePath(u"cache.sqlite"_s))); // nothing created
}

void TestReportCommand::quarterWithoutDataExitsOne()
{
    const StewardRun run = report({u"--quarter"_s, u"2020Q1"_s, u"--out"_s, m_out.filePath(u"old.pdf"_s),
                                   u"--data-dir"_s, m_data.path()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"2020Q1"_s), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_out.filePath(u"old.pdf"_s)));
}

void TestReportCommand::unwritableOutputExitsOne()
{
    const StewardRun run = report({u"--quarter"_s, u"2026Q3"_s, u"--out"_s, u"/nonexistent-steward-dir/q3.pdf"_s,
                                   u"--data-dir"_s, m_data.path()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"/nonexistent-steward-dir/q3.pdf"_s), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
