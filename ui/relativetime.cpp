#include "relativetime.h"
#include "localeformat.h"

#include <QLocale>

QString RelativeTime::describe(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return tr("never");
    const qint64 seconds = when.secsTo(now);
    const QLocale locale;
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%1 min ago").arg(locale.toString(seconds / 60));
    const QDateTime local = when.toLocalTime();
    const QDate today = now.toLocalTime().date();
    if (local.date() == today)
        return tr("%1 h ago").arg(locale.toString(seconds / 3600));
    const QString time = LocaleFormat::time(local.time(), QLocale::ShortFormat, locale);
    if (local.date() == today.addDays(-1))
        return tr("yesterday %1").arg(time);
    return LocaleFormat::dateTime(local, QLocale::ShortFormat, locale);
}

QString RelativeTime::shortTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    if (local.date() == now.toLocalTime().date())
        return LocaleFormat::time(local.time(), QLocale::ShortFormat, locale);
    return LocaleFormat::dateTime(local, QLocale::ShortFormat, locale);
}
