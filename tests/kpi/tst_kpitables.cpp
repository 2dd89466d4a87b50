// The KPI data layer: periods, the tables behind the charts, the headline tiles and the CSV
// export, over a hand-made history whose answers are worked out in the comments.

#include "kpidatasource.h"
#include "kpiformat.h"
#include "kpitablemodel.h"
#include "kpitables.h"
#include "kpitestdata.h"
#include "kpitiles.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace KpiTestData;

Q_DECLARE_METATYPE(KpiPeriod::Preset)

class TestKpiTables final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<Store>();
        QString error;
        QVERIFY2(m_store->open(m_dir.filePath(u"cache.sqlite"_s), &error), qPrintable(error));
        QVERIFY(fill(m_store.get()));
        m_history = KpiHistory::load(m_store->database(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void periods_data()
    {
        QTest::addColumn<KpiPeriod::Preset>("preset");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        // Data ends on Monday 2026-11-23.
        QTest::newRow("7 days") << KpiPeriod::Preset::Last7Days << QDate(2026, 11, 17) << Newest;
        QTest::newRow("30 days") << KpiPeriod::Preset::Last30Days << QDate(2026, 10, 25) << Newest;
        QTest::newRow("90 days") << KpiPeriod::Preset::Last90Days << QDate(2026, 8, 26) << Newest;
        QTest::newRow("this quarter") << KpiPeriod::Preset::ThisQuarter << QDate(2026, 10, 1) << Newest;
        QTest::newRow("last quarter") << KpiPeriod::Preset::LastQuarter << QDate(2026, 7, 1) << QDate(2026, 9, 30);
        QTest::newRow("this year") << KpiPeriod::Preset::ThisYear << QDate(2026, 1, 1) << Newest;
    }
    void periods()
    {
        QFETCH(KpiPeriod::Preset, preset);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        const KpiPeriod p(preset);
        QCOMPARE(p.first(Newest), first);
        QCOMPARE(p.last(Newest), last);
        // The previous period has the same length and ends the day before.
        const QDate prevFirst = KpiPeriod::previousFirst(first, last);
        QCOMPARE(prevFirst.daysTo(KpiPeriod::previousLast(first)), first.daysTo(last));
        QCOMPARE(KpiPeriod::previousLast(first), first.addDays(-1));
    }

    void customPeriodIsOrdered()
    {
        const KpiPeriod p = KpiPeriod::custom(QDate(2026, 3, 31), QDate(2026, 3, 1));
        QCOMPARE(p.first(Newest), QDate(2026, 3, 1));
        QCOMPARE(p.last(Newest), QDate(2026, 3, 31));
    }

    void holidays_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("holiday");
        QTest::newRow("Spring Festival eve") << QDate(2026, 2, 16) << u"spring_festival"_s; // festival on 2-17
        QTest::newRow("Spring Festival +6") << QDate(2026, 2, 23) << u"spring_festival"_s;
        QTest::newRow("after the week") << QDate(2026, 2, 24) << QString();
        QTest::newRow("National Day") << QDate(2026, 10, 3) << u"national_day"_s;
        QTest::newRow("Labour Day") << QDate(2026, 5, 5) << u"labour_day"_s;
        QTest::newRow("New Year") << QDate(2027, 1, 1) << u"new_year"_s;
        QTest::newRow("ordinary") << QDate(2026, 11, 11) << QString();
    }
    void holidays()
    {
        QFETCH(QDate, date);
        QFETCH(QString, holiday);
        QCOMPARE(KpiHolidays::on(date), holiday);
    }

    void loadReadsTheCache()
    {
        QCOMPARE(m_history.days.size(), Days);
        QCOMPARE(m_history.oldest(), dayDate(0));
        QCOMPARE(m_history.newest(), Newest);
        // Channels by their signup totals: organic (10-12 a day) > wechat (5) > campaign (14 on Mondays).
        QCOMPARE(m_history.channels, (QStringList{u"organic"_s, u"wechat"_s, u"campaign"_s}));
        const KpiDay &last = m_history.days.constLast();
        QCOMPARE(last.dau, dau(Days - 1));
        QCOMPARE(last.newMembers, organic(Days - 1) + wechat(Days - 1) + fromCampaigns(Days - 1));
        QCOMPARE(last.newByChannel, (QList<double>{organic(Days - 1), 5, 14}));
        QCOMPARE(last.sentiment, 0.2 + 0.01 * ((Days - 1) % 3));
        // The cancelled campaign is no campaign period.
        QCOMPARE(m_history.campaigns.size(), 2);
        QCOMPARE(m_history.campaigns.constFirst().name, u"Autumn Reading Marathon"_s);
        QCOMPARE(m_history.campaignsOn(QDate(2026, 11, 11)).size(), 1);
        QCOMPARE(m_history.campaignsOn(QDate(2026, 11, 1)).size(), 0);
        QCOMPARE(m_history.cohorts.size(), cohortMondays().size());
        QVERIFY(std::isnan(m_history.cohorts.constLast().d1)); // this week's day 1 is still ahead
    }

    void activityTable()
    {
        const QDate first(2026, 10, 25);
        const KpiTable t = KpiTables::activity(m_history, first, Newest);
        QCOMPARE(t.rowCount(), 30);
        QCOMPARE(t.columnCount(), 5);
        QCOMPARE(t.keys.constFirst().toDate(), first);
        const int row = int(first.daysTo(SpikeDay));
        const int day = dayOf(SpikeDay);
        QCOMPARE(t.value(row, t.column(u"dau"_s)), dau(day));
        // Stickiness on the spike day: (1000 + t + 70 + 900) / (4000 + 2t) at t = 387 (a Wednesday).
        QCOMPARE(day, 387);
        QCOMPARE(t.value(row, t.column(u"stickiness"_s)), (1000.0 + 387 + 70 + 900) / (4000.0 + 2 * 387));
    }

    void newMembersByPeriodLength_data()
    {
        QTest::addColumn<QDate>("first");
        QTest::addColumn<int>("granularity");
        QTest::addColumn<int>("rows");
        QTest::newRow("30 days by day") << QDate(2026, 10, 25) << int(KpiTable::Granularity::Day) << 30;
        // 2026-08-26 is a Wednesday: its week (from Monday 08-24) and 13 more to 11-23.
        QTest::newRow("90 days by week") << QDate(2026, 8, 26) << int(KpiTable::Granularity::Week) << 14;
        QTest::newRow("400 days by week") << dayDate(0) << int(KpiTable::Granularity::Week) << 58;
        QTest::newRow("more by month") << dayDate(0).addDays(-100) << int(KpiTable::Granularity::Month) << 14;
    }
    void newMembersByPeriodLength()
    {
        QFETCH(QDate, first);
        QFETCH(int, granularity);
        QFETCH(int, rows);
        const KpiTable t = KpiTables::newMembers(m_history, first, Newest);
        QCOMPARE(int(t.granularity), granularity);
        QCOMPARE(t.rowCount(), rows);
        QCOMPARE(t.columns.at(1).title, u"Organic"_s);
        // Every signup of the period is in exactly one bucket.
        double table = 0, days = 0;
        for (int r = 0; r < t.rowCount(); ++r)
            for (int c = 1; c < t.columnCount(); ++c)
                table += t.value(r, c);
        for (const KpiDay &d : m_history.between(first, Newest))
            days += d.newMembers;
        QCOMPARE(table, days);
    }

    void retentionTable()
    {
        // 30 days from Sunday 10-25: the cohorts of 10-19 (its week reaches 10-25) to 11-23,
        // six weeks, then filled up to MinCohorts (8) from before.
        const KpiTable t = KpiTables::retention(m_history, QDate(2026, 10, 25), Newest);
        QCOMPARE(t.rowCount(), KpiTables::MinCohorts);
        QCOMPARE(t.keys.constLast().toDate(), QDate(2026, 11, 23));
        QCOMPARE(t.keys.constFirst().toDate(), QDate(2026, 10, 5));
        // Cohort of 10-05: 100, 50 and 20 of 200 on days 1, 7 and 30.
        QCOMPARE(t.value(0, t.column(u"d1"_s)), 0.5);
        QCOMPARE(t.value(0, t.column(u"d7"_s)), 0.25);
        QCOMPARE(t.value(0, t.column(u"d30"_s)), 0.1);
        // Cohort of 11-16: its day 7 (11-29 for the last joiner) is still ahead.
        QCOMPARE(t.value(6, t.column(u"d1"_s)), 0.5);
        QVERIFY(std::isnan(t.value(6, t.column(u"d7"_s))));
        // A year: one row a cohort week.
        QCOMPARE(KpiTables::retention(m_history, QDate(2026, 1, 1), Newest).rowCount(), 48); // 12-29 .. 11-23
    }

    void funnelTable()
    {
        // 7 days 11-17 .. 11-23 (Tue..Mon, t = 393..399). Visitors 2 * DAU: the days are
        // 1000 + t + pattern and the pattern over a whole week sums to 0, so
        // 2 * (7 * 1000 + (393 + ... + 399)) = 2 * (7000 + 2772) = 19,544.
        // Sign-ups: organic 10 + t % 3 over t = 393..399 is 10+11+12+10+11+12+10 = 76,
        // wechat 35, campaign 14 (Monday 11-23) = 125. No cohort of the period knows its
        // day 7 or day 30 yet, so the latest four that do apply (25 % and 10 %):
        // round(125 * 0.25) = 31 and round(125 * 0.1) = 13.
        const KpiTable t = KpiTables::funnel(m_history, QDate(2026, 11, 17), Newest);
        QCOMPARE(t.rowCount(), 4);
        QCOMPARE(t.value(0, 1), 19544.0);
        QCOMPARE(t.value(1, 1), 125.0);
        QCOMPARE(t.value(2, 1), 31.0);
        QCOMPARE(t.value(3, 1), 13.0);
        QCOMPARE(t.value(1, t.column(u"of_previous"_s)), 125.0 / 19544);
        QCOMPARE(t.value(3, t.column(u"of_previous"_s)), 13.0 / 31);
        QCOMPARE(t.value(3, t.column(u"of_first"_s)), 13.0 / 19544);
        QVERIFY(std::isnan(t.value(0, t.column(u"of_previous"_s))));
        // 30 days from 10-25: the cohorts of 10-19 .. 11-23 (200 each); day 7 is known for
        // 10-19 .. 11-09 (50 of 200 each), so 25 % of the period's sign-ups.
        const KpiTable month = KpiTables::funnel(m_history, QDate(2026, 10, 25), Newest);
        QCOMPARE(month.value(2, 1), std::round(month.value(1, 1) * 0.25));
    }

    void trailingWeekRates()
    {
        const KpiTable v = KpiTables::violations(m_history, QDate(2026, 11, 1), Newest);
        QCOMPARE(v.value(0, 1), 10.0 / 50);
        QCOMPARE(v.value(0, 2), 70.0 / 350);
        const KpiTable s = KpiTables::sentiment(m_history, Newest, Newest);
        // t = 393..399: t % 3 = 0,1,2,0,1,2,0 -> 0.2 + 0.01 * 6 / 7.
        QCOMPARE(s.value(0, 2), 0.2 + 0.06 / 7);
    }

    void forecastTable()
    {
        const KpiInsights insights = KpiInsights::compute(m_history);
        const KpiTable t = KpiTables::forecast(m_history, insights, QDate(2026, 11, 17), Newest);
        // At least the 91 held-out days of history, then 90 days ahead.
        QCOMPARE(t.splitRow, 91);
        QCOMPARE(t.rowCount(), 91 + 90);
        QCOMPARE(t.keys.at(t.splitRow).toDate(), Newest.addDays(1));
        const int dauCol = t.column(u"dau"_s), fc = t.column(u"dau_forecast"_s);
        // The forecast starts on the newest actual value, then only the forecast columns are filled.
        QCOMPARE(t.value(t.splitRow - 1, fc), t.value(t.splitRow - 1, dauCol));
        QVERIFY(std::isnan(t.value(t.splitRow, dauCol)));
        for (int r = t.splitRow; r < t.rowCount(); ++r) {
            QVERIFY(t.value(r, t.column(u"dau_low"_s)) <= t.value(r, fc));
            QVERIFY(t.value(r, fc) <= t.value(r, t.column(u"dau_high"_s)));
        }
        // Members grow by exactly 20 a day: the forecast continues the line.
        QVERIFY(std::abs(t.value(t.splitRow + 29, t.column(u"members_total_forecast"_s)) - (10000 + 20 * (Days - 1 + 30))) < 1);
        // A longer period shows more history.
        QCOMPARE(KpiTables::forecast(m_history, insights, QDate(2026, 1, 1), Newest).splitRow, 327);
        // The DAU spike is the one unusual DAU day.
        const QList<KpiAnomaly> spikes = insights.anomalies.value(u"dau"_s);
        QCOMPARE(spikes.size(), 1);
        QCOMPARE(spikes.constFirst().date, SpikeDay);
        QCOMPARE(spikes.constFirst().expected, dau(dayOf(SpikeDay)) - SpikeExtra);
        QVERIFY(spikes.constFirst().score > 3.5);
    }

    void tilesAgainstPreviousPeriod()
    {
        // 7 days to 11-23 (t = 393..399) against 11-10..11-16 (t = 386..392).
        const QList<KpiTile> tiles = KpiTiles::compute(m_history, QDate(2026, 11, 17), Newest);
        QCOMPARE(tiles.size(), KpiTiles::keys().size());
        const auto tile = [&](const QString &key) {
            for (const KpiTile &t : tiles)
                if (t.key == key)
                    return t;
            return KpiTile();
        };
        // DAU: whole weeks, so the averages are 1000 + 396 and 1000 + 389 + 900 / 7 (the spike).
        const KpiTile dauTile = tile(u"dau"_s);
        QCOMPARE(dauTile.change.current, 1396.0);
        QCOMPARE(dauTile.change.previous, 1389.0 + 900.0 / 7);
        QCOMPARE(dauTile.change.change, 1396.0 - (1389.0 + 900.0 / 7));
        QCOMPARE(dauTile.verdict(), -1); // fewer active members is bad news
        // Members on the last day: 10000 + 20 * 399 against 10000 + 20 * 392.
        const KpiTile members = tile(u"members_total"_s);
        QCOMPARE(members.change.current, 17980.0);
        QCOMPARE(members.change.change, 140.0);
        QCOMPARE(members.change.relative, 140.0 / 17840);
        QCOMPARE(members.verdict(), 1);
        // Backlog on the last day: 40 + 399 % 10 = 49 against 40 + 392 % 10 = 42: worse.
        const KpiTile backlog = tile(u"backlog"_s);
        QCOMPARE(backlog.change.change, 7.0);
        QVERIFY(!backlog.higherIsBetter);
        QCOMPARE(backlog.verdict(), -1);
        // Violation rate is 10 / 50 in both: unchanged, neither colour.
        QCOMPARE(tile(u"violation_rate"_s).change.current, 0.2);
        QCOMPARE(tile(u"violation_rate"_s).verdict(), 0);
        // New members: 125 against 10+11+12+10+11+12+10 = 76 organic... the same 125.
        QCOMPARE(tile(u"new_members"_s).change.current, 125.0);
        // Day-7 retention: no cohort of the period has its day 7 yet.
        QVERIFY(std::isnan(tile(u"retention_d7"_s).change.current));
        // Stickiness over the period is the ratio of sums: sum DAU / sum MAU.
        double dauSum = 0, mauSum = 0;
        for (int t = 393; t <= 399; ++t) {
            dauSum += dau(t);
            mauSum += mau(t);
        }
        QCOMPARE(tile(u"stickiness"_s).change.current, dauSum / mauSum);
    }

    void noPreviousDataNoComparison()
    {
        const QList<KpiTile> tiles = KpiTiles::compute(m_history, dayDate(0), Newest);
        for (const KpiTile &t : tiles) {
            QVERIFY2(std::isnan(t.change.previous), qPrintable(t.key));
            QCOMPARE(t.verdict(), 0);
        }
    }

    void modelAndCsv()
    {
        KpiTableModel model(u"content"_s);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setTable(KpiTables::content(m_history, QDate(2026, 11, 22), Newest));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        // Mappers read DisplayRole: the day as an x (UTC midnight in ms) and plain numbers.
        QCOMPARE(model.index(0, 0).data().toDouble(), double(QDate(2026, 11, 22).startOfDay(Qt::UTC).toMSecsSinceEpoch()));
        QCOMPARE(KpiTableModel::dateForX(model.index(0, 0).data().toDouble()), QDate(2026, 11, 22));
        QCOMPARE(KpiTableModel::dateForX(model.index(0, 0).data().toDouble() + 11 * 3600 * 1000), QDate(2026, 11, 22));
        QCOMPARE(model.index(0, 0).data(KpiTableModel::ValueRole).toDate(), QDate(2026, 11, 22));
        QCOMPARE(model.index(0, 1).data().toDouble(), 100.0 + (398 % 7) * 5);
        QCOMPARE(model.index(0, 0).data(KpiTableModel::TextRole).toString(), u"11/22/26"_s);
        QCOMPARE(model.index(0, 2).data(KpiTableModel::TextRole).toString(), u"300"_s);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Posts"_s);
        QCOMPARE(model.headerData(1, Qt::Horizontal, KpiTableModel::KeyRole).toString(), u"posts"_s);

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(model.writeCsv(&buffer));
        // A byte order mark first, so spreadsheets read the UTF-8 (fromUtf8 would drop it).
        QVERIFY(buffer.data().startsWith("\xEF\xBB\xBF"));
        QCOMPARE(QString::fromUtf8(buffer.data().mid(3)), u"Date,Posts,Comments\r\n2026-11-22,130,300\r\n2026-11-23,100,300\r\n"_s);
    }

    void csvQuotesAndBlanks()
    {
        KpiTableModel model(u"retention"_s);
        KpiTable t;
        t.columns = {{u"stage"_s, u"Stage, \"quoted\""_s, KpiColumn::Kind::Text}, {u"v"_s, u"Value"_s, KpiColumn::Kind::Ratio}};
        t.keys = {u"a,b"_s};
        t.values = {{qQNaN()}};
        model.setTable(t);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(model.writeCsv(&buffer));
        QCOMPARE(QString::fromUtf8(buffer.data().mid(3)), u"\"Stage, \"\"quoted\"\"\",Value\r\n\"a,b\",\r\n"_s);
        QVERIFY(!model.index(0, 1).data().isValid()); // nothing for the mappers to draw
    }

    void formatting_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese");
        QTest::newRow("count") << 12345.4 << int(KpiColumn::Kind::Count) << u"12,345"_s << u"12,345"_s;
        QTest::newRow("ratio") << 0.2346 << int(KpiColumn::Kind::Ratio) << u"23.5%"_s << u"23.5%"_s;
        QTest::newRow("decimal") << 1.426 << int(KpiColumn::Kind::Decimal) << u"1.43"_s << u"1.43"_s;
        QTest::newRow("score") << -0.1234 << int(KpiColumn::Kind::Score) << u"-0.123"_s << u"-0.123"_s;
        QTest::newRow("none") << qQNaN() << int(KpiColumn::Kind::Count) << QString() << QString();
    }
    void formatting()
    {
        QFETCH(double, value);
        QFETCH(int, kind);
        QFETCH(QString, english);
        QFETCH(QString, chinese);
        QCOMPARE(KpiFormat::value(value, KpiColumn::Kind(kind), QLocale(QLocale::English, QLocale::UnitedStates)), english);
        QCOMPARE(KpiFormat::value(value, KpiColumn::Kind(kind), QLocale(QLocale::Chinese, QLocale::China)), chinese);
    }

    void changeWording()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(KpiFormat::change(0.021, KpiColumn::Kind::Ratio, en), u"+2.1 pp"_s);
        QCOMPARE(KpiFormat::change(-1204, KpiColumn::Kind::Count, en), u"\u22121,204"_s);
        QCOMPARE(KpiFormat::relative(0.125, en), u"+12.5%"_s);
        QCOMPARE(KpiFormat::dayMonth(QDate(2026, 3, 14), en), u"3/14"_s);
        QCOMPARE(KpiFormat::dayMonth(QDate(2026, 3, 14), QLocale(QLocale::Chinese, QLocale::China)), u"3月14日"_s);
    }

    void dataSourceReadsOffTheGuiThread()
    {
        KpiDataSource source(m_store.get());
        QSignalSpy loaded(&source, &KpiDataSource::dataChanged);
        source.reload();
        QVERIFY(source.isLoading()); // a file cache is read by a worker
        QVERIFY(loaded.wait(20000));
        QVERIFY(!source.isLoading());
        QCOMPARE(source.history().days.size(), Days);
        QCOMPARE(source.first(), QDate(2026, 10, 25)); // 30 days by default
        QCOMPARE(source.model(KpiDataSource::Activity)->rowCount(), 30);
        QSignalSpy switched(&source, &KpiDataSource::periodChanged);
        source.setPeriod(KpiPeriod(KpiPeriod::Preset::LastQuarter));
        QCOMPARE(switched.size(), 1);
        QCOMPARE(source.model(KpiDataSource::Activity)->rowCount(), 92);
        QCOMPARE(source.model(KpiDataSource::Content)->rowCount(), 92);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    KpiHistory m_history;
};

QTEST_GUILESS_MAIN(TestKpiTables)
#include "tst_kpitables.moc"
