#pragma once

#include "reportdata.h"

// The report's judgements over the daily figures: which days were anomalies and what in
// the cache likely caused them, and the next quarter's forecast. Uses KpiAnalytics, so
// the report and the KPI pane agree.
namespace ReportAnalysis {

// Days are scored against the four weeks before the quarter as well, so its first week
// has a pattern to be judged by.
constexpr int ContextDays = 28;
// The metrics searched for anomalies, as ReportAnomaly::metric ids.
const QStringList &anomalyMetrics();

// `all`: every metric day up to the quarter's end, oldest first. `campaigns`: every
// cached campaign (any quarter), for the "a campaign ran" cause.
QList<ReportAnomaly> anomalies(const Quarter &quarter, const QList<ReportDay> &all,
                               const QList<Campaign> &campaigns);
// The public holidays the activity drops around ("national_day", …); empty for none.
QString holidayOn(const QDate &date);

// The next quarter's DAU and new members, from every day of history up to the quarter's
// last covered day.
ReportForecast forecast(const Quarter &quarter, const QList<ReportDay> &all);

} // namespace ReportAnalysis
