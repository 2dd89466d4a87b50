#pragma once

#include "kpitable.h"

#include <QLocale>

// How KPI values read, in the user's locale: the table views, tooltips, tiles and axis
// labels all go through here so a figure looks the same everywhere.
namespace KpiFormat {
// Empty for NaN.
QString value(double v, KpiColumn::Kind kind, const QLocale &locale = QLocale());
// A change in the kind's own unit with a sign: "+1,204", "−2.1 pp", "+0.012".
QString change(double delta, KpiColumn::Kind kind, const QLocale &locale = QLocale());
// "+12.5 %"; empty for NaN.
QString relative(double r, const QLocale &locale = QLocale());
QString date(const QDate &d, const QLocale &locale = QLocale());
// A day and month without the year, in the locale's order ("3/14", "3月14日").
QString dayMonth(const QDate &d, const QLocale &locale = QLocale());
QString key(const QVariant &key, KpiColumn::Kind kind, KpiTable::Granularity g, const QLocale &locale = QLocale());
// The name of a signup channel ("wechat" -> "WeChat"), translated.
QString channelName(const QString &channel);
} // namespace KpiFormat
