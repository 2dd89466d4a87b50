#include "kpianalytics.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace KpiAnalytics {

namespace {

bool finite(double v) { return std::isfinite(v); }

// Centred moving mean over one season, which cancels the weekly pattern exactly; near the
// ends the window slides inside the series. Only a first guess at the level: a spike
// leaks into its neighbours here, but the per-phase medians taken from it shrug that off.
QList<double> movingMean(const QList<double> &y, int width)
{
    const qsizetype n = y.size();
    const qsizetype w = std::min<qsizetype>(width, n);
    QList<double> out(n, qQNaN());
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype first = std::clamp<qsizetype>(i - (w - 1) / 2, 0, n - w);
        double sum = 0;
        int count = 0;
        for (qsizetype k = first; k < first + w; ++k)
            if (finite(y.at(k))) {
                sum += y.at(k);
                ++count;
            }
        out[i] = count > 0 ? sum / count : qQNaN();
    }
    return out;
}

// The level at every point from a Theil–Sen line (median of pairwise slopes, median
// intercept) through the `width` points around it. Robust to a spike (it is one point of
// many pairs), unbiased on a trend also at the ends of the series, where the window
// slides inside and the line is read off at the end point, and smooth enough that a
// point's own noise stays in its residual (a moving median follows a monotone noisy
// series point by point, and the residuals would collapse to zero).
QList<double> robustLocalLevel(const QList<double> &y, int width)
{
    const qsizetype n = y.size();
    const qsizetype w = std::min<qsizetype>(width, n);
    QList<double> out(n, qQNaN());
    QList<double> slopes, intercepts;
    slopes.reserve(w * (w - 1) / 2);
    intercepts.reserve(w);
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype first = std::clamp<qsizetype>(i - (w - 1) / 2, 0, n - w);
        slopes.clear();
        for (qsizetype a = first; a < first + w; ++a)
            for (qsizetype b = a + 1; b < first + w; ++b)
                if (finite(y.at(a)) && finite(y.at(b)))
                    slopes.append((y.at(b) - y.at(a)) / double(b - a));
        const double slope = slopes.isEmpty() ? 0.0 : median(slopes);
        intercepts.clear();
        for (qsizetype k = first; k < first + w; ++k)
            if (finite(y.at(k)))
                intercepts.append(y.at(k) - slope * double(k - i));
        out[i] = median(intercepts);
    }
    return out;
}

// Per-phase median of `d`: the weekly pattern.
QList<double> phaseMedians(const QList<double> &d, int season)
{
    QList<QList<double>> byPhase(season);
    for (qsizetype i = 0; i < d.size(); ++i)
        if (finite(d.at(i)))
            byPhase[i % season].append(d.at(i));
    QList<double> out(season, 0.0);
    for (int p = 0; p < season; ++p) {
        const double m = median(byPhase.at(p));
        out[p] = finite(m) ? m : 0.0;
    }
    return out;
}

// --- Holt–Winters additive ---------------------------------------------------------

struct HwState {
    double level = 0, trend = 0;
    QList<double> seasonal;
    double sse = 0;
    int errors = 0;
};

// Starting state at time season-1 from the first two seasons: the trend is the change of
// the seasons' means, the level the first season's mean carried to its last point, the
// pattern each point's distance from that line. Exact for a noiseless linear trend plus a
// pattern that sums to zero. Missing points in those seasons fall back to the season mean.
HwState initialState(const QList<double> &x, int m)
{
    const auto mean = [&](int from) {
        double sum = 0;
        int count = 0;
        for (int i = from; i < from + m; ++i)
            if (finite(x.at(i))) {
                sum += x.at(i);
                ++count;
            }
        return count > 0 ? sum / count : qQNaN();
    };
    double m1 = mean(0), m2 = mean(m);
    if (!finite(m1))
        m1 = finite(m2) ? m2 : 0.0;
    if (!finite(m2))
        m2 = m1;
    HwState s;
    s.trend = (m2 - m1) / m;
    const double centre = (m - 1) / 2.0;
    s.level = m1 + s.trend * centre;
    s.seasonal.resize(m);
    for (int i = 0; i < m; ++i)
        s.seasonal[i] = finite(x.at(i)) ? x.at(i) - (m1 + s.trend * (i - centre)) : 0.0;
    return s;
}

HwState runHoltWinters(const QList<double> &x, int m, double alpha, double beta, double gamma)
{
    HwState s = initialState(x, m);
    for (qsizetype t = m; t < x.size(); ++t) {
        double &season = s.seasonal[t % m];
        const double predicted = s.level + s.trend + season;
        const double observed = x.at(t);
        if (!finite(observed)) {
            s.level += s.trend;
            continue;
        }
        const double error = observed - predicted;
        s.sse += error * error;
        ++s.errors;
        const double level = alpha * (observed - season) + (1 - alpha) * (s.level + s.trend);
        s.trend = beta * (level - s.level) + (1 - beta) * s.trend;
        season = gamma * (observed - level) + (1 - gamma) * season;
        s.level = level;
    }
    return s;
}

struct HwFit {
    double alpha = 0.2, beta = 0.01, gamma = 0.1;
    HwState state;
};

// The least one-step squared error over a grid, then a few rounds of a shrinking
// coordinate search around the best point (the error surface is smooth and has one basin
// in practice, so this finds what an optimiser would at a fraction of the code).
HwFit fitHoltWinters(const QList<double> &x, int m)
{
    static constexpr std::array alphas{0.02, 0.05, 0.1, 0.2, 0.3, 0.45, 0.6, 0.8};
    static constexpr std::array betas{0.0, 0.005, 0.02, 0.05, 0.1, 0.2};
    static constexpr std::array gammas{0.01, 0.05, 0.1, 0.2, 0.35, 0.5};
    HwFit best;
    double bestSse = std::numeric_limits<double>::infinity();
    const auto tryParams = [&](double a, double b, double g) {
        a = std::clamp(a, 0.001, 0.999);
        b = std::clamp(b, 0.0, 0.999);
        g = std::clamp(g, 0.0, 0.999);
        HwState s = runHoltWinters(x, m, a, b, g);
        if (s.sse < bestSse) {
            bestSse = s.sse;
            best = {a, b, g, std::move(s)};
            return true;
        }
        return false;
    };
    for (double a : alphas)
        for (double b : betas)
            for (double g : gammas)
                tryParams(a, b, g);
    double step = 0.05;
    for (int round = 0; round < 4; ++round, step /= 2) {
        bool moved = true;
        for (int guard = 0; moved && guard < 6; ++guard) {
            moved = false;
            const HwFit at = best;
            for (double d : {-step, step}) {
                moved |= tryParams(at.alpha + d, at.beta, at.gamma);
                moved |= tryParams(at.alpha, at.beta + d / 5, at.gamma);
                moved |= tryParams(at.alpha, at.beta, at.gamma + d);
            }
        }
    }
    if (!finite(bestSse)) // every point missing: keep the starting state
        best.state = runHoltWinters(x, m, best.alpha, best.beta, best.gamma);
    return best;
}

double pointForecast(const HwState &s, qsizetype lastIndex, int h, int m)
{
    return s.level + h * s.trend + s.seasonal.at((lastIndex + h) % m);
}

} // namespace

double stickiness(double dau, double mau)
{
    if (!finite(dau) || !finite(mau) || mau <= 0)
        return qQNaN();
    return dau / mau;
}

double retention(double retained, double cohortSize)
{
    if (!finite(retained) || !finite(cohortSize) || cohortSize <= 0)
        return qQNaN();
    return retained / cohortSize;
}

double pooledRetention(const QList<Cohort> &cohorts)
{
    double retained = 0, size = 0;
    for (const Cohort &c : cohorts) {
        if (!finite(c.retained) || !finite(c.size) || c.size <= 0)
            continue;
        retained += c.retained;
        size += c.size;
    }
    return size > 0 ? retained / size : qQNaN();
}

PeriodChange compare(double current, double previous)
{
    PeriodChange c;
    c.current = current;
    c.previous = previous;
    c.change = current - previous;
    if (finite(current) && finite(previous) && previous != 0)
        c.relative = c.change / std::abs(previous);
    return c;
}

double median(QList<double> values)
{
    values.removeIf([](double v) { return !finite(v); });
    const qsizetype n = values.size();
    if (n == 0)
        return qQNaN();
    const auto mid = values.begin() + n / 2;
    std::nth_element(values.begin(), mid, values.end());
    if (n % 2 == 1)
        return *mid;
    const double upper = *mid;
    const double lower = *std::max_element(values.begin(), mid);
    return (lower + upper) / 2;
}

QList<double> expectedValues(const QList<double> &series, int season)
{
    const qsizetype n = series.size();
    if (season <= 1 || n < 2 * qsizetype(season))
        return QList<double>(n, median(series));
    // 1. A first pattern from the series less a rough level; per-phase medians over many
    //    weeks shrug off the spike that biases the rough level near it.
    const QList<double> pattern0 = phaseMedians([&] {
        const QList<double> rough = movingMean(series, season);
        QList<double> d(n);
        for (qsizetype i = 0; i < n; ++i)
            d[i] = series.at(i) - rough.at(i);
        return d;
    }(), season);
    // 2. Without the pattern, a robust local line over two weeks and a day is the level.
    QList<double> deseasonalised(n);
    for (qsizetype i = 0; i < n; ++i)
        deseasonalised[i] = series.at(i) - pattern0.at(i % season);
    const QList<double> level = robustLocalLevel(deseasonalised, 2 * season + 1);
    // 3. The pattern again, against that level.
    QList<double> detrended(n);
    for (qsizetype i = 0; i < n; ++i)
        detrended[i] = series.at(i) - level.at(i);
    const QList<double> pattern = phaseMedians(detrended, season);
    QList<double> expected(n);
    for (qsizetype i = 0; i < n; ++i)
        expected[i] = level.at(i) + pattern.at(i % season);
    return expected;
}

QList<Anomaly> detectAnomalies(const QList<double> &series, int season, double threshold)
{
    const qsizetype n = series.size();
    const QList<double> expected = expectedValues(series, season);
    QList<double> residuals(n, qQNaN());
    int known = 0;
    for (qsizetype i = 0; i < n; ++i)
        if (finite(series.at(i)) && finite(expected.at(i))) {
            residuals[i] = series.at(i) - expected.at(i);
            ++known;
        }
    if (known < 3)
        return {};
    const double centre = median(residuals);
    QList<double> deviations;
    deviations.reserve(known);
    double meanDeviation = 0;
    for (double r : residuals)
        if (finite(r)) {
            deviations.append(std::abs(r - centre));
            meanDeviation += std::abs(r - centre);
        }
    meanDeviation /= known;
    // 1.4826 * MAD estimates the standard deviation of normal noise. When more than half
    // the residuals are identical (MAD = 0, e.g. a perfectly regular series with one
    // outlier) the mean absolute deviation stands in, scaled the same way (sqrt(pi/2)).
    double scale = 1.4826 * median(deviations);
    if (scale <= 0)
        scale = 1.2533 * meanDeviation;
    if (scale <= 0)
        return {};
    QList<Anomaly> anomalies;
    for (qsizetype i = 0; i < n; ++i) {
        if (!finite(residuals.at(i)))
            continue;
        const double score = (residuals.at(i) - centre) / scale;
        if (std::abs(score) >= threshold)
            anomalies.append({int(i), series.at(i), expected.at(i), score});
    }
    return anomalies;
}

Forecast forecast(const QList<double> &history, int horizon, int season)
{
    Forecast f;
    const int m = std::max(season, 1);
    const qsizetype n = history.size();
    if (horizon <= 0 || n < 2 * qsizetype(m))
        return f;
    const HwFit fit = fitHoltWinters(history, m);
    f.alpha = fit.alpha;
    f.beta = fit.beta;
    f.gamma = fit.gamma;
    f.sigma = fit.state.errors > 0 ? std::sqrt(fit.state.sse / fit.state.errors) : 0.0;
    // Forecast variance of ETS(A,A,A): sigma^2 (1 + sum_{j<h} c_j^2) with
    // c_j = alpha (1 + beta j) + gamma (1 - alpha) [j is a whole number of seasons].
    double varianceSum = 1;
    f.mean.reserve(horizon);
    f.lower.reserve(horizon);
    f.upper.reserve(horizon);
    for (int h = 1; h <= horizon; ++h) {
        if (h > 1) {
            const int j = h - 1;
            const double c = fit.alpha * (1 + fit.beta * j) + (j % m == 0 ? fit.gamma * (1 - fit.alpha) : 0.0);
            varianceSum += c * c;
        }
        const double mean = pointForecast(fit.state, n - 1, h, m);
        const double half = 1.96 * f.sigma * std::sqrt(varianceSum);
        f.mean.append(mean);
        f.lower.append(mean - half);
        f.upper.append(mean + half);
    }
    if (n >= HoldoutDays + 4 * qsizetype(m)) {
        const QList<double> training = history.first(n - HoldoutDays);
        const HwFit past = fitHoltWinters(training, m);
        double absSum = 0, pctSum = 0;
        int absCount = 0, pctCount = 0;
        for (int h = 1; h <= HoldoutDays; ++h) {
            const double actual = history.at(training.size() + h - 1);
            if (!finite(actual))
                continue;
            const double error = std::abs(actual - pointForecast(past.state, training.size() - 1, h, m));
            absSum += error;
            ++absCount;
            if (actual != 0) {
                pctSum += error / std::abs(actual);
                ++pctCount;
            }
        }
        if (absCount > 0)
            f.holdoutMae = absSum / absCount;
        if (pctCount > 0)
            f.holdoutMape = pctSum / pctCount;
    }
    return f;
}

} // namespace KpiAnalytics
