#pragma once

#include "kpianalytics.h"
#include "kpihistory.h"
#include "kpitable.h"

// The headline figures over a period, each against the previous period of the same length.
struct KpiTile {
    QString key;   // a KpiMetrics name, or "retention_d7"
    QString title; // translated
    QString basis; // translated: how the period's days are summed up ("daily average", ...)
    KpiColumn::Kind kind = KpiColumn::Kind::Count;
    bool higherIsBetter = true;
    KpiAnalytics::PeriodChange change; // current, previous (NaN: no data that far back)
    // +1 the change is good news, -1 bad, 0 none or unknown.
    int verdict() const;
};

namespace KpiTiles {
QList<KpiTile> compute(const KpiHistory &history, const QDate &first, const QDate &last);
// One figure of the period, as the tile for `key` sums it up; NaN without data.
double figure(const KpiHistory &history, const QString &key, const QDate &first, const QDate &last);
const QStringList &keys();
} // namespace KpiTiles
