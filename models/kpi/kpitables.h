#pragma once

#include "kpihistory.h"
#include "kpiinsights.h"
#include "kpitable.h"

// The table behind each KPI chart for the days [first, last]. Pure functions of the history,
// so a chart, its table view, its CSV and the tests all see the same rows.
namespace KpiTables {
// Date | DAU | WAU | MAU | Stickiness
KpiTable activity(const KpiHistory &h, const QDate &first, const QDate &last);
// Period | one column per signup channel. By day up to 62 days, by week up to 400, by month beyond.
KpiTable newMembers(const KpiHistory &h, const QDate &first, const QDate &last);
// Cohort week | Size | Day 1 | Day 7 | Day 30 (shares of the cohort). The cohorts whose week
// overlaps the period, and at least the MinCohorts weeks before its end, so a short period
// still shows a readable heat map.
KpiTable retention(const KpiHistory &h, const QDate &first, const QDate &last);
constexpr int MinCohorts = 8;
// Stage | Count | Of previous stage | Of visitors: visitors, sign-ups, and the sign-ups still
// active on day 7 and day 30 (sign-ups times the retention of the period's cohorts).
KpiTable funnel(const KpiHistory &h, const QDate &first, const QDate &last);
// Date | Comments | Likes | Shares | All interactions, each per active member (DAU).
KpiTable interaction(const KpiHistory &h, const QDate &first, const QDate &last);
// Date | Posts | Comments
KpiTable content(const KpiHistory &h, const QDate &first, const QDate &last);
// Date | Decisions | Backlog | Reports | Median time to decision (minutes)
KpiTable moderation(const KpiHistory &h, const QDate &first, const QDate &last);
// Date | Violation rate | 7-day violation rate (violations / decisions over the week to that day)
KpiTable violations(const KpiHistory &h, const QDate &first, const QDate &last);
// Date | Sentiment | 7-day average
KpiTable sentiment(const KpiHistory &h, const QDate &first, const QDate &last);
// Date | for members, DAU and MAU: actual, forecast, low, high. The history rows are the
// period's length (at least the 91 days the forecast's error is measured on) ending on the
// newest day, then the forecast days; the newest day also carries the forecast columns
// (equal to the actual value) so the forecast line starts where the actual one ends.
// splitRow is the first forecast row.
KpiTable forecast(const KpiHistory &h, const KpiInsights &insights, const QDate &first, const QDate &last);
} // namespace KpiTables
