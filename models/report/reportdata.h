#pragma once

#include "campaignstats.h"
#include "kpianalytics.h"
#include "quarter.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QtNumeric>
#include <optional>

// The figures of the quarterly operations report (issue 8), read from the cache for one
// quarter. Plain values, no widgets and no wording: the report's text is written by the
// renderer in the report's language, and every number it prints is one of these, so a
// test can hold the PDF against the cache.
//
// Calendar dates follow metric_day (the community's calendar); timestamps (joined_at,
// created_at …) are assigned to a quarter in the community's time zone.

// One metric_day row (the daily figures the charts draw).
struct ReportDay {
    QDate date;
    qint64 membersTotal = 0, dau = 0, wau = 0, mau = 0, newMembers = 0;
    qint64 posts = 0, comments = 0, likes = 0, shares = 0;
    qint64 reports = 0, decisions = 0, backlog = 0, violations = 0;
    double medianDecisionMinutes = qQNaN();
    qint64 conversions = 0, payingMembers = 0, visitors = 0;
    double revenue = 0;
    double sentiment = qQNaN();
    QMap<QString, qint64> newByChannel;
};

// A quarter's totals and averages over its metric_day rows.
struct ReportPeriod {
    Quarter quarter;
    int daysInQuarter = 0;
    int daysCovered = 0;       // metric_day rows inside the quarter
    QDate firstDate, lastDate; // the covered range (invalid when none)
    qint64 membersStart = 0;   // members before the quarter's first covered day
    qint64 membersEnd = 0;     // members_total on the last covered day
    qint64 newMembers = 0;
    QMap<QString, qint64> newByChannel;
    double avgDau = qQNaN(), avgWau = qQNaN(), avgMau = qQNaN();
    double stickiness = qQNaN(); // avgDau / avgMau
    qint64 peakDau = 0;
    QDate peakDauDate;
    qint64 visitors = 0;
    qint64 posts = 0, comments = 0, likes = 0, shares = 0;
    double interactionsPerActive = qQNaN(); // (comments + likes + shares) / sum(dau)
    qint64 reports = 0, decisions = 0, violations = 0;
    double violationRate = qQNaN();         // violations / decisions
    qint64 backlogEnd = 0, backlogMax = 0;
    double backlogAverage = qQNaN();
    double medianDecisionMinutes = qQNaN(); // median of the daily medians (days with decisions)
    qint64 conversions = 0;
    double revenue = 0;
    qint64 payingEnd = 0;
    double sentiment = qQNaN();             // mean of the daily sentiment
    // Cohorts whose week starts in the quarter, pooled (KpiAnalytics::pooledRetention).
    int cohorts = 0;
    qint64 cohortMembers = 0;
    double retentionD1 = qQNaN(), retentionD7 = qQNaN(), retentionD30 = qQNaN();

    bool hasData() const { return daysCovered > 0; }
    bool isComplete() const { return daysCovered == daysInQuarter; }
};

struct ReportCohort {
    QDate start;
    qint64 size = 0;
    std::optional<qint64> d1, d7, d30; // nullopt: that day is still in the future
};

// A tier as the cache holds it now, and who entered it during the quarter.
struct ReportTier {
    QString id;
    QString name;
    int order = 0;
    qint64 members = 0;     // members in the tier now
    qint64 entered = 0;     // tier_since inside the quarter
    qint64 movedIn = 0;     // of those, members who had joined before the quarter
    qint64 newJoiners = 0;  // of those, members who joined during the quarter
};

struct ReportPointsCategory {
    QString category; // the reason up to its colon ("Discussion", "Task"); "" for other reasons
    qint64 entries = 0;
    qint64 points = 0;
};

struct ReportEarner {
    QString memberId, handle, displayName;
    qint64 points = 0;
};

struct ReportPoints {
    QDate ledgerStart;          // the first ledger entry in the cache (invalid: empty ledger)
    qint64 entries = 0;
    qint64 members = 0;         // distinct members with an entry in the quarter
    qint64 awarded = 0;         // sum of positive entries
    qint64 redeemed = 0;        // minus the sum of negative entries (a positive number)
    qint64 opening = 0;         // of `awarded`: the ledger's opening balances
    QList<ReportPointsCategory> categories; // by points awarded, largest first
    QList<ReportEarner> topEarners;         // up to five, opening balances left out
};

struct ReportBadge {
    QString id, name, nameZh;
    qint64 awarded = 0;
};

// Cached moderation items created in the quarter (the cache keeps recent items only).
struct ReportModerationItems {
    qint64 created = 0;
    QMap<QString, qint64> byStatus; // pending, approved, rejected, escalated
    QMap<QString, qint64> byLabel;  // AI labels
    qint64 reported = 0;            // items with at least one member report
};

struct ReportAuditAction {
    QString action;
    qint64 entries = 0;
};

// A likely cause of an anomaly, found in the cache.
struct ReportCause {
    enum class Kind {
        Campaign,   // a campaign ran that day (detail: its name)
        Holiday,    // a public holiday (detail: "national_day", "spring_festival", "labour_day", "new_year")
        Weekend,    // a Saturday or Sunday
        Channel,    // one signup channel far above its usual share (detail: channel, value: ratio)
        Moderation, // reports far above the quarter's usual level (value: ratio)
    };
    Kind kind = Kind::Campaign;
    QString detail;
    double value = qQNaN();
};

struct ReportAnomaly {
    QString metric; // "dau", "new_members", "posts", "reports"
    QDate date;
    double value = 0, expected = 0, score = 0;
    QList<ReportCause> causes;
};

// The next quarter's forecast made from the history up to the reported quarter's end.
struct ReportForecast {
    Quarter quarter;             // the forecast quarter
    QList<QDate> historyDates;   // the last days of history the chart shows
    QList<double> historyDau;
    QList<QDate> dates;          // the forecast quarter's days
    QList<double> dauMean, dauLower, dauUpper;
    double avgDau = qQNaN(), avgDauLower = qQNaN(), avgDauUpper = qQNaN();
    double newMembers = qQNaN(), newMembersLower = qQNaN(), newMembersUpper = qQNaN();
    double dauHoldoutMape = qQNaN();
    double newMembersHoldoutMape = qQNaN();
    bool isEmpty() const { return dates.isEmpty(); }
};

struct ReportData {
    Quarter quarter;
    QDate asOf;                // the day after the newest metric_day: the cache's "today"
    QDate dataFirst, dataLast; // metric_day's range in the cache
    ReportPeriod current;
    ReportPeriod previous;
    QList<ReportDay> days;          // the quarter's metric days
    QList<ReportDay> previousDays;  // the previous quarter's
    QList<ReportCohort> cohorts;    // cohort weeks starting in the quarter
    QList<ReportTier> tiers;        // lowest first
    qint64 membersCached = 0;
    qint64 mutedOrBanned = 0;
    ReportPoints points;
    QList<ReportBadge> badges;      // most awarded first
    qint64 badgeHolders = 0;        // cached members with at least one badge
    ReportModerationItems moderation;
    QList<ReportAuditAction> audit; // audit log entries in the quarter by action
    std::optional<QuarterCampaignStats> campaigns;
    std::optional<QuarterCampaignStats> nextCampaigns; // planned for the next quarter
    QList<ReportAnomaly> anomalies; // by date
    ReportForecast forecast;
};
