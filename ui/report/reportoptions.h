#pragma once

#include "quarter.h"

#include <QHash>
#include <QString>
#include <QStringList>

// What the user asked the report to contain.
struct ReportOptions {
    Quarter quarter;
    QString language = QStringLiteral("en");  // "en", "zh_CN", "zh_TW"
    QStringList sections = allSections();      // ids, in any order; cover and contents always print
    QHash<QString, QString> narratives;        // ReportDrafts section id -> rich text
    QString communityName;                     // user text for the cover and the page header

    // In the report's order.
    static const QStringList &allSections()
    {
        static const QStringList ids = {
            QStringLiteral("summary"),    QStringLiteral("growth"),    QStringLiteral("activity"),
            QStringLiteral("tiers"),      QStringLiteral("points"),    QStringLiteral("moderation"),
            QStringLiteral("campaigns"),  QStringLiteral("anomalies"), QStringLiteral("plan"),
        };
        return ids;
    }
};
