#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

// Dates and times as the locale writes them — QLocale's own formats, with one gap of Qt
// 6.4 filled: CLDR gives Taiwan's times a "flexible day period" (zh_TW "Bh:mm", read
// 下午8:49) that Qt 6.4's formatter does not know and prints as a literal "B20:49". The
// formats here read it as Qt's AM/PM marker, which the locale names 上午 / 下午.
namespace LocaleFormat {
QString dateTime(const QDateTime &dateTime, QLocale::FormatType format = QLocale::ShortFormat,
                 const QLocale &locale = QLocale());
QString time(const QTime &time, QLocale::FormatType format = QLocale::ShortFormat, const QLocale &locale = QLocale());
// The patterns themselves, for widgets that take a display format.
QString dateTimeFormat(QLocale::FormatType format = QLocale::ShortFormat, const QLocale &locale = QLocale());
QString timeFormat(QLocale::FormatType format = QLocale::ShortFormat, const QLocale &locale = QLocale());
} // namespace LocaleFormat
