#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// "just now", "5 min ago", "yesterday 18:02", a date for older moments — in the default
// locale's words and formats, for the status bar and the sync history.
class RelativeTime final
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)
public:
    static QString describe(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTime());
    // A short absolute time in the default locale: "10:42" today, else date and time.
    static QString shortTime(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTime());
};
