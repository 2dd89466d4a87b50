#include "localeformat.h"

using namespace Qt::StringLiterals;

namespace {
// 'B' outside quoted text becomes "AP"; quoted literals ('...') stay as they are.
QString withDayPeriod(const QString &pattern)
{
    QString out;
    out.reserve(pattern.size() + 2);
    bool quoted = false;
    for (QChar c : pattern) {
        if (c == u'\'')
            quoted = !quoted;
        if (!quoted && c == u'B') {
            // "BBBB" and the like are one period: one marker.
            if (!out.endsWith(u"AP"_s))
                out += u"AP"_s;
            continue;
        }
        out += c;
    }
    return out;
}
} // namespace

namespace LocaleFormat {
QString dateTimeFormat(QLocale::FormatType format, const QLocale &locale)
{
    return withDayPeriod(locale.dateTimeFormat(format));
}

QString timeFormat(QLocale::FormatType format, const QLocale &locale)
{
    return withDayPeriod(locale.timeFormat(format));
}

QString dateTime(const QDateTime &dateTime, QLocale::FormatType format, const QLocale &locale)
{
    return locale.toString(dateTime, dateTimeFormat(format, locale));
}

QString time(const QTime &time, QLocale::FormatType format, const QLocale &locale)
{
    return locale.toString(time, timeFormat(format, locale));
}
} // namespace LocaleFormat
