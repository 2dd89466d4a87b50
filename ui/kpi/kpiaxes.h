#pragma once

#include "kpitable.h"

#include <QColor>
#include <QDate>
#include <QLocale>

class QCategoryAxis;

// Axis ticks for the KPI charts: round values and calendar dates, labelled in the user's
// locale (Qt Charts' own value and date axes format with printf patterns and English names).
namespace KpiAxes {
// Round steps (1, 2, 2.5, 5 × 10^n) from lo to hi; counts and rates start at zero.
void setValueTicks(QCategoryAxis *axis, double lo, double hi, KpiColumn::Kind kind, const QLocale &locale);
// Days, Mondays, mid-months, months or quarters, whichever gives a readable number of labels.
void setDateTicks(QCategoryAxis *axis, const QDate &first, const QDate &last, const QLocale &locale);
// Bars at 0..n-1: every k-th label so that at most maxLabels show.
void setIndexTicks(QCategoryAxis *axis, const QStringList &labels, int maxLabels);
// A bar's label: "3/14" for a day or week, "Mar" (with the year in January) for a month.
QString shortKey(const QDate &d, KpiTable::Granularity g, const QLocale &locale);
// The series colours, readable on white and distinguishable for most colour vision.
QColor palette(int index);
} // namespace KpiAxes
