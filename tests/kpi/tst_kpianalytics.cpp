#include "kpianalytics.h"

#include <QTest>
#include <cmath>

using namespace KpiAnalytics;

namespace {

// Equal, or both NaN.
bool same(double a, double b, double tolerance = 1e-9)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::abs(a - b) <= tolerance;
}

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

// A week of values that sums to zero, and a series of `weeks` of it on a line.
const QList<double> Pattern{10, -5, 0, 20, -15, -20, 10};
QList<double> trendAndSeason(int days, double start, double slope)
{
    QList<double> x;
    for (int t = 0; t < days; ++t)
        x.append(start + slope * t + Pattern.at(t % 7));
    return x;
}

// Reproducible noise in [-amplitude, amplitude] (a small LCG, so every platform agrees).
QList<double> noise(int days, double amplitude)
{
    quint32 state = 12345;
    QList<double> out;
    for (int t = 0; t < days; ++t) {
        state = state * 1664525u + 1013904223u;
        out.append(((state >> 8) / double(1 << 24) * 2 - 1) * amplitude);
    }
    return out;
}

} // namespace

class TestKpiAnalytics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stickiness_data()
    {
        QTest::addColumn<double>("dau");
        QTest::addColumn<double>("mau");
        QTest::addColumn<double>("expected");
        QTest::newRow("a third") << 300.0 << 900.0 << 1.0 / 3;
        QTest::newRow("30 %") << 1200.0 << 4000.0 << 0.3;
        QTest::newRow("nobody active") << 0.0 << 1000.0 << 0.0;
        QTest::newRow("every member daily") << 500.0 << 500.0 << 1.0;
        QTest::newRow("no MAU") << 50.0 << 0.0 << NaN;
        QTest::newRow("negative MAU") << 50.0 << -1.0 << NaN;
        QTest::newRow("missing DAU") << NaN << 100.0 << NaN;
        QTest::newRow("missing MAU") << 10.0 << NaN << NaN;
    }
    void stickiness()
    {
        QFETCH(double, dau);
        QFETCH(double, mau);
        QFETCH(double, expected);
        QVERIFY2(same(KpiAnalytics::stickiness(dau, mau), expected),
                 qPrintable(QString::number(KpiAnalytics::stickiness(dau, mau))));
    }

    void retention_data()
    {
        QTest::addColumn<double>("retained");
        QTest::addColumn<double>("size");
        QTest::addColumn<double>("expected");
        QTest::newRow("40 of 100") << 40.0 << 100.0 << 0.4;
        QTest::newRow("all stay") << 12.0 << 12.0 << 1.0;
        QTest::newRow("none stay") << 0.0 << 7.0 << 0.0;
        QTest::newRow("day in the future") << NaN << 100.0 << NaN;
        QTest::newRow("empty cohort") << 0.0 << 0.0 << NaN;
    }
    void retention()
    {
        QFETCH(double, retained);
        QFETCH(double, size);
        QFETCH(double, expected);
        QVERIFY(same(KpiAnalytics::retention(retained, size), expected));
    }

    void pooledRetention_data()
    {
        QTest::addColumn<QList<double>>("sizes");
        QTest::addColumn<QList<double>>("retained");
        QTest::addColumn<double>("expected");
        // (40 + 90) / (100 + 300); the third cohort's day is still ahead and does not count.
        QTest::newRow("weighted by size") << QList<double>{100, 300, 50} << QList<double>{40, 90, NaN} << 0.325;
        QTest::newRow("one cohort") << QList<double>{80} << QList<double>{20} << 0.25;
        QTest::newRow("all in the future") << QList<double>{80, 90} << QList<double>{NaN, NaN} << NaN;
        QTest::newRow("empty cohorts skipped") << QList<double>{0, 10} << QList<double>{0, 5} << 0.5;
        QTest::newRow("none") << QList<double>{} << QList<double>{} << NaN;
    }
    void pooledRetention()
    {
        QFETCH(QList<double>, sizes);
        QFETCH(QList<double>, retained);
        QFETCH(double, expected);
        QList<Cohort> cohorts;
        for (qsizetype i = 0; i < sizes.size(); ++i)
            cohorts.append({sizes.at(i), retained.at(i)});
        QVERIFY(same(KpiAnalytics::pooledRetention(cohorts), expected));
    }

    void compare_data()
    {
        QTest::addColumn<double>("current");
        QTest::addColumn<double>("previous");
        QTest::addColumn<double>("change");
        QTest::addColumn<double>("relative");
        QTest::newRow("up 20 %") << 120.0 << 100.0 << 20.0 << 0.2;
        QTest::newRow("down 20 %") << 80.0 << 100.0 << -20.0 << -0.2;
        QTest::newRow("unchanged") << 42.0 << 42.0 << 0.0 << 0.0;
        QTest::newRow("from zero") << 5.0 << 0.0 << 5.0 << NaN;
        // A negative base (sentiment): the sign of `relative` follows the change.
        QTest::newRow("negative base improves") << -0.05 << -0.1 << 0.05 << 0.5;
        QTest::newRow("negative base worsens") << -0.2 << -0.1 << -0.1 << -1.0;
        QTest::newRow("a rate") << 0.25 << 0.2 << 0.05 << 0.25;
        QTest::newRow("no previous data") << 10.0 << NaN << NaN << NaN;
    }
    void compare()
    {
        QFETCH(double, current);
        QFETCH(double, previous);
        QFETCH(double, change);
        QFETCH(double, relative);
        const PeriodChange c = KpiAnalytics::compare(current, previous);
        QCOMPARE(c.current, current);
        QVERIFY(same(c.previous, previous));
        QVERIFY2(same(c.change, change), qPrintable(QString::number(c.change)));
        QVERIFY2(same(c.relative, relative), qPrintable(QString::number(c.relative)));
    }

    void median_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("expected");
        QTest::newRow("odd") << QList<double>{3, 1, 2} << 2.0;
        QTest::newRow("even") << QList<double>{4, 1, 3, 2} << 2.5;
        QTest::newRow("missing skipped") << QList<double>{NaN, 5, NaN} << 5.0;
        QTest::newRow("empty") << QList<double>{} << NaN;
    }
    void median()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, expected);
        QVERIFY(same(KpiAnalytics::median(values), expected));
    }

    void detectAnomalies_data()
    {
        QTest::addColumn<QList<double>>("series");
        QTest::addColumn<int>("season");
        QTest::addColumn<QList<int>>("indexes");
        QTest::addColumn<QList<double>>("expected");
        QTest::addColumn<QList<double>>("scores");
        QTest::addColumn<double>("tolerance");

        // No season: judged against the median 11.5. Residuals -1.5 .5 -.5 1.5 -1.5 38.5 .5 -.5,
        // their median 0, MAD 1, so the spike scores 38.5 / 1.4826 and 13 only 1.5 / 1.4826.
        QTest::newRow("spike, no season")
            << QList<double>{10, 12, 11, 13, 10, 50, 12, 11} << 1 << QList<int>{5} << QList<double>{11.5}
            << QList<double>{38.5 / 1.4826} << 1e-9;

        // Four regular weeks with a busy weekend dip: the weekly pattern is no anomaly.
        QList<double> weeks;
        for (int w = 0; w < 4; ++w)
            weeks << QList<double>{100, 120, 130, 125, 110, 60, 50};
        QTest::newRow("regular weeks") << weeks << 7 << QList<int>{} << QList<double>{} << QList<double>{} << 0.0;

        // The same weeks with Thursday of week 2 at 200 instead of 125: the only non-zero
        // residual is 75 of 28, so MAD is 0 and the mean deviation 75/28 * 1.2533 scales it:
        // score = 28 / 1.2533. The Saturday dips (60, 50) are the pattern, not drops.
        QList<double> spiked = weeks;
        spiked[10] = 200;
        QTest::newRow("spike on a weekday") << spiked << 7 << QList<int>{10} << QList<double>{125}
                                            << QList<double>{28 / 1.2533} << 1e-3;

        // Twelve weeks growing 5 a day with noise of ±4 and a drop of 300 on day 40: only the
        // drop is found, against the trend-and-weekday value 1000 + 5 * 40 - 20 (within two
        // days' growth: the noise and the drop move the local line a little).
        QList<double> growing = trendAndSeason(84, 1000, 5);
        const QList<double> jitter = noise(84, 4);
        for (int t = 0; t < 84; ++t)
            growing[t] += jitter.at(t);
        growing[40] -= 300;
        QTest::newRow("drop on a trend") << growing << 7 << QList<int>{40} << QList<double>{1000 + 200 - 20}
                                         << QList<double>{} << 10.0;

        // A missing day is skipped, not taken for a drop to zero.
        QList<double> gap = weeks;
        gap[9] = NaN;
        QTest::newRow("missing day") << gap << 7 << QList<int>{} << QList<double>{} << QList<double>{} << 0.0;

        QTest::newRow("too short") << QList<double>{1, 100} << 7 << QList<int>{} << QList<double>{} << QList<double>{}
                                   << 0.0;
    }
    void detectAnomalies()
    {
        QFETCH(QList<double>, series);
        QFETCH(int, season);
        QFETCH(QList<int>, indexes);
        QFETCH(QList<double>, expected);
        QFETCH(QList<double>, scores);
        QFETCH(double, tolerance);
        const QList<Anomaly> found = KpiAnalytics::detectAnomalies(series, season);
        QList<int> at;
        for (const Anomaly &a : found)
            at << a.index;
        QCOMPARE(at, indexes);
        for (qsizetype i = 0; i < found.size(); ++i) {
            QCOMPARE(found.at(i).value, series.at(indexes.at(i)));
            QVERIFY2(same(found.at(i).expected, expected.at(i), tolerance),
                     qPrintable(QString::number(found.at(i).expected)));
            if (i < scores.size())
                QVERIFY2(same(found.at(i).score, scores.at(i), tolerance),
                         qPrintable(QString::number(found.at(i).score)));
            // The sign says spike or drop.
            QCOMPARE(found.at(i).score > 0, found.at(i).value > found.at(i).expected);
        }
    }

    void thresholdDecides()
    {
        const QList<double> series{10, 12, 11, 13, 10, 50, 12, 11};
        QCOMPARE(KpiAnalytics::detectAnomalies(series, 1, 26.0).size(), 0); // 25.97 is under it
        QCOMPARE(KpiAnalytics::detectAnomalies(series, 1, 25.0).size(), 1);
        QCOMPARE(KpiAnalytics::detectAnomalies(series, 1, 1.0).size(), 4); // the ±1.5s join: 1.01
    }

    // A noiseless line plus a weekly pattern is forecast exactly, with a band of no width and
    // no hold-out error: the starting state is exact and every one-step error is zero.
    void forecastExactTrendAndSeason_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<double>("slope");
        QTest::newRow("a year, growing") << 364 << 3.0;
        QTest::newRow("half a year, shrinking") << 180 << -1.5;
        QTest::newRow("flat") << 150 << 0.0;
    }
    void forecastExactTrendAndSeason()
    {
        QFETCH(int, days);
        QFETCH(double, slope);
        const QList<double> history = trendAndSeason(days, 500, slope);
        const Forecast f = KpiAnalytics::forecast(history, 90, 7);
        QCOMPARE(f.mean.size(), 90);
        QCOMPARE(f.lower.size(), 90);
        QCOMPARE(f.upper.size(), 90);
        const QList<double> truth = trendAndSeason(days + 90, 500, slope).mid(days);
        for (int h = 0; h < 90; ++h) {
            QVERIFY2(same(f.mean.at(h), truth.at(h), 1e-6),
                     qPrintable(u"day %1: %2 instead of %3"_qs.arg(h).arg(f.mean.at(h)).arg(truth.at(h))));
            QVERIFY(same(f.lower.at(h), truth.at(h), 1e-6));
            QVERIFY(same(f.upper.at(h), truth.at(h), 1e-6));
        }
        QVERIFY(same(f.sigma, 0, 1e-9));
        QVERIFY(same(f.holdoutMae, 0, 1e-6));
        QVERIFY(same(f.holdoutMape, 0, 1e-8));
    }

    // With noise of ±15 on 2,000 + 4/day the forecast stays on the true line (the weekly means
    // within 2 %), the 95 % band covers the truth on most days and widens with the horizon,
    // and the hold-out error is the size of the noise, not of the level.
    void forecastNoisyTrendAndSeason()
    {
        const int days = 3 * 365;
        QList<double> history = trendAndSeason(days, 2000, 4);
        const QList<double> jitter = noise(days, 15);
        for (int t = 0; t < days; ++t)
            history[t] += jitter.at(t);
        const Forecast f = KpiAnalytics::forecast(history, 90, 7);
        const QList<double> truth = trendAndSeason(days + 90, 2000, 4).mid(days);
        QCOMPARE(f.mean.size(), 90);
        int covered = 0;
        for (int h = 0; h < 90; ++h) {
            QVERIFY(f.lower.at(h) <= f.mean.at(h) && f.mean.at(h) <= f.upper.at(h));
            if (f.lower.at(h) <= truth.at(h) && truth.at(h) <= f.upper.at(h))
                ++covered;
        }
        QVERIFY2(covered >= 80, qPrintable(QString::number(covered)));
        for (int week = 0; week < 12; ++week) {
            double forecastSum = 0, truthSum = 0;
            for (int d = 0; d < 7; ++d) {
                forecastSum += f.mean.at(week * 7 + d);
                truthSum += truth.at(week * 7 + d);
            }
            QVERIFY2(std::abs(forecastSum / truthSum - 1) < 0.02, qPrintable(QString::number(week)));
        }
        QVERIFY(f.upper.last() - f.lower.last() > f.upper.first() - f.lower.first());
        // Uniform noise of ±15 has a standard deviation of 8.7 and a mean absolute value of 7.5.
        QVERIFY2(f.sigma > 6 && f.sigma < 14, qPrintable(QString::number(f.sigma)));
        QVERIFY2(f.holdoutMae > 4 && f.holdoutMae < 20, qPrintable(QString::number(f.holdoutMae)));
        QVERIFY2(f.holdoutMape > 0 && f.holdoutMape < 0.01, qPrintable(QString::number(f.holdoutMape)));
    }

    void forecastNeedsHistory()
    {
        QVERIFY(KpiAnalytics::forecast(trendAndSeason(13, 10, 1), 90, 7).mean.isEmpty());
        QVERIFY(KpiAnalytics::forecast(trendAndSeason(60, 10, 1), 0, 7).mean.isEmpty());
        // Enough to forecast, too little to hold 91 days out.
        const Forecast f = KpiAnalytics::forecast(trendAndSeason(100, 10, 1), 30, 7);
        QCOMPARE(f.mean.size(), 30);
        QVERIFY(std::isnan(f.holdoutMape));
        QVERIFY(std::isnan(f.holdoutMae));
    }

    void forecastSkipsMissingDays()
    {
        QList<double> history = trendAndSeason(200, 100, 2);
        history[150] = NaN;
        history[151] = NaN;
        const Forecast f = KpiAnalytics::forecast(history, 7, 7);
        const QList<double> truth = trendAndSeason(207, 100, 2).mid(200);
        for (int h = 0; h < 7; ++h)
            QVERIFY(same(f.mean.at(h), truth.at(h), 1e-6));
    }
};

QTEST_GUILESS_MAIN(TestKpiAnalytics)
#include "tst_kpianalytics.moc"
