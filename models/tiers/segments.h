#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// One named RFM segment with its share of the community, as last computed (SegmentJob).
struct SegmentInfo {
    QString id;            // champions, loyal, potential, at_risk, hibernating = campaign target_segment
    QString name;          // in the user's language
    QString layer;         // value layer: high_value, potential, ordinary
    QString rule;          // the rule in words
    qint64 members = 0;
    double memberShare = 0; // of all members, 0..1
    double spend = 0;
    double spendShare = 0;  // of all spend, 0..1
    double activeDaysAvg = 0;
    double frequencyAvg = 0;
};

// RFM segments: recency (days since the last activity or purchase), frequency (active
// days + posts + comments in 30 days) and monetary (all-time spend), each scored 1..5 by
// quintile, then named by the first rule that matches:
//   champions    R ≥ 4, F ≥ 4, M ≥ 4
//   loyal        F ≥ 4, R ≥ 3
//   potential    R ≥ 3
//   at_risk      R ≤ 2 and (F ≥ 3 or M ≥ 3)
//   hibernating  everyone else
class Segments final
{
    Q_DECLARE_TR_FUNCTIONS(Segments)
public:
    static const QStringList &ids();
    static QString name(const QString &id);
    static QString layer(const QString &id);      // high_value, potential, ordinary
    static QString layerName(const QString &layer);
    static QString rule(const QString &id);
    static QString classify(int r, int f, int m);
    // "R 5 (active 2 days ago), F 4 (21 in 30 days), M 3 (¥120.00): R ≥ 3 and F ≥ 4 → loyal"
    static QString why(const QString &segment, int r, int f, int m, qint64 recencyDays, qint64 frequency,
                       double monetary);

    // Every segment (all five, in ids() order, zero when empty) from the last computation;
    // cheap: reads the summary table, never the members. For the campaigns pane too.
    static QList<SegmentInfo> segmentSummary(const QSqlDatabase &db);
    // When member_segment was last written; invalid when never.
    static QDateTime computedAt(const QSqlDatabase &db);
    static qint64 churnRiskCount(const QSqlDatabase &db);
};
