#pragma once

#include <QList>
#include <QtNumeric>

// The KPI computations as pure functions: no widgets, no Store, no SQL, so the KPI pane,
// the quarterly report and the tests all get the same numbers from the same code.
// Missing values are NaN (qQNaN()), never 0, so "no data" cannot pass for "zero".
namespace KpiAnalytics {

// DAU / MAU, the share of the month's members who come back on a given day (0..1).
// NaN when mau <= 0 or either value is NaN.
double stickiness(double dau, double mau);

// Members of a cohort active on day N as a share of the cohort (0..1). NaN when the cohort
// is empty or the day is still in the future (retained is NaN).
double retention(double retained, double cohortSize);

// Retention over several cohorts weighted by their sizes (sum retained / sum size), over
// the cohorts whose day N is known. NaN when no cohort qualifies.
struct Cohort {
    double size = 0;
    double retained = qQNaN();
};
double pooledRetention(const QList<Cohort> &cohorts);

// A value in this period against the previous period of the same length.
struct PeriodChange {
    double current = 0, previous = 0, change = 0, relative = qQNaN();
};
// change = current - previous; relative = change / |previous|, NaN if previous == 0 (or
// either side is NaN).
PeriodChange compare(double current, double previous);

// The median of the finite values; NaN when there are none.
double median(QList<double> values);

// A day that departs from the weekly pattern. `expected` is the series' level there plus
// the pattern's usual value for that weekday; `score` is the robust z-score of the
// residual (value - expected): (r - median(r)) / (1.4826 * MAD(r)), so 3.5 is the
// Iglewicz–Hoaglin cut-off. Positive scores are spikes, negative ones drops.
struct Anomaly {
    int index = 0;
    double value = 0, expected = 0, score = 0;
};
// The level is a centred moving median over one season (robust against the spike it
// is looking for); the pattern is the per-phase median of value - level. NaN points
// are skipped. A series shorter than two seasons is judged against its median only.
QList<Anomaly> detectAnomalies(const QList<double> &series, int season = 7, double threshold = 3.5);

// The expected value (level + weekly pattern) for every point, as detectAnomalies sees it.
QList<double> expectedValues(const QList<double> &series, int season = 7);

// A forecast of `horizon` points after the history. mean/lower/upper have `horizon`
// values; lower/upper bound a 95 % band. holdoutMape (a fraction: 0.042 = 4.2 %) and
// holdoutMae (in the series' units) are the error of the same method fitted without the
// last 91 points and asked to predict them; NaN when the history is too short for that
// (fewer than 91 + 4 seasons of points).
struct Forecast {
    QList<double> mean, lower, upper;
    double holdoutMape = qQNaN();
    double holdoutMae = qQNaN();
    // The fitted smoothing parameters and the one-step residual standard deviation.
    double alpha = qQNaN(), beta = qQNaN(), gamma = qQNaN(), sigma = qQNaN();
};
// Holt–Winters additive (level, trend, `season`-periodic pattern), parameters chosen by
// the least one-step squared error on a grid; the band widens with the horizon by the
// method's own forecast variance. Needs at least two seasons of history; with less, or
// horizon <= 0, the forecast is empty. NaN points are treated as missing.
Forecast forecast(const QList<double> &history, int horizon = 90, int season = 7);

// How many trailing points forecast() holds out to measure its error.
constexpr int HoldoutDays = 91;

} // namespace KpiAnalytics
