#pragma once

#include "kpianalytics.h"
#include "kpihistory.h"

#include <QHash>

// Per-day figures by name, shared by the tables, the anomaly scan and the forecast:
// "members_total", "dau", "wau", "mau", "stickiness", "new_members", "visitors", "posts",
// "comments", "likes", "shares", "interaction_rate", "decisions", "backlog", "reports",
// "median_decision_minutes", "violation_rate", "conversions", "sentiment".
namespace KpiMetrics {
double value(const KpiDay &day, const QString &metric);
// The metric for every calendar day from the history's oldest to its newest day, NaN on days
// the cache has no row for (so a weekday stays a weekday for the seasonal methods).
QList<double> dailySeries(const KpiHistory &history, const QString &metric);
// Whether more is better: drawn green when it rises. False for backlog, time to decision
// and violation rate.
bool higherIsBetter(const QString &metric);
QString title(const QString &metric); // translated
} // namespace KpiMetrics

struct KpiAnomaly {
    QString metric;
    QDate date;
    double value = 0, expected = 0, score = 0;
    double relative() const { return expected != 0 ? (value - expected) / std::abs(expected) : qQNaN(); }
};

struct KpiForecast {
    QString metric;
    QDate firstDay; // the day after the newest metric day
    KpiAnalytics::Forecast forecast;
};

// What the KPI pane derives from the whole history once per load (off the GUI thread):
// the days that depart from the weekly pattern and the 90-day forecasts.
struct KpiInsights {
    QHash<QString, QList<KpiAnomaly>> anomalies; // by metric, by date
    QHash<QString, KpiForecast> forecasts;       // "members_total", "dau", "mau"

    static const QStringList &anomalyMetrics();
    static const QStringList &forecastMetrics();
    static constexpr int ForecastDays = 90;

    QList<KpiAnomaly> anomaliesBetween(const QString &metric, const QDate &first, const QDate &last) const;
    static KpiInsights compute(const KpiHistory &history);
};
