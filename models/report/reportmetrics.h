#pragma once

#include "reportdata.h"

#include <QSqlDatabase>

// The report's daily figures: metric_day and retention_cohort rows, and the quarter
// totals made from them. Reading is separate from the arithmetic so tests can feed days.
namespace ReportMetrics {

// Every metric_day up to and including `last`, oldest first. False (and *error) when
// the read fails.
bool readDays(const QSqlDatabase &db, const QDate &last, QList<ReportDay> *days, QString *error);
// metric_day's first and last date in the cache; invalid dates when it is empty.
bool readRange(const QSqlDatabase &db, QDate *first, QDate *last, QString *error);
bool readCohorts(const QSqlDatabase &db, const Quarter &quarter, QList<ReportCohort> *cohorts, QString *error);

// The days of `all` inside the quarter.
QList<ReportDay> daysIn(const QList<ReportDay> &all, const Quarter &quarter);
// The quarter's totals. `all` must hold the day before the quarter when the cache has it
// (members before the quarter); `cohorts` are the quarter's cohort weeks.
ReportPeriod period(const Quarter &quarter, const QList<ReportDay> &all, const QList<ReportCohort> &cohorts);

} // namespace ReportMetrics
