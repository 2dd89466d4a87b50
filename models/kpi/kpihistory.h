#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QtNumeric>

// Everything the KPI pane draws, read from the cache in one go: a few thousand small rows
// at most (three years of days, their cohorts and campaigns), so it is held in memory and
// every range switch is a walk over it, not a query.
struct KpiDay {
    QDate date;
    double membersTotal = qQNaN(), dau = qQNaN(), wau = qQNaN(), mau = qQNaN(), visitors = qQNaN();
    double newMembers = qQNaN(); // all channels
    QList<double> newByChannel;  // in KpiHistory::channels' order; 0 where a channel has none
    double posts = qQNaN(), comments = qQNaN(), likes = qQNaN(), shares = qQNaN();
    double reports = qQNaN(), decisions = qQNaN(), medianDecisionMinutes = qQNaN(), backlog = qQNaN();
    double violations = qQNaN(), conversions = qQNaN(), payingMembers = qQNaN(), revenue = qQNaN();
    double sentiment = qQNaN();
};

struct KpiCohort {
    QDate start; // the cohort week's Monday
    double size = 0;
    double d1 = qQNaN(), d7 = qQNaN(), d30 = qQNaN(); // NaN: that day is still ahead
};

struct KpiCampaign {
    QString id, name, type, status;
    QDate start, end;
    bool overlaps(const QDate &first, const QDate &last) const { return start <= last && end >= first; }
};

struct KpiHistory {
    QList<KpiDay> days;          // by date, one row a day; gaps in the cache stay gaps
    QStringList channels;        // signup channels seen, most signups first
    QList<KpiCohort> cohorts;    // by start
    QList<KpiCampaign> campaigns; // ones that run (not drafts or cancelled), by start
    qint64 queueNow = 0;         // moderation items waiting for a decision in the cache

    bool isEmpty() const { return days.isEmpty(); }
    QDate newest() const { return days.isEmpty() ? QDate() : days.constLast().date; }
    QDate oldest() const { return days.isEmpty() ? QDate() : days.constFirst().date; }
    // Index of the first day on or after `date` (days.size() when none).
    qsizetype lowerBound(const QDate &date) const;
    // The days in [first, last].
    QList<KpiDay> between(const QDate &first, const QDate &last) const;
    // The campaigns running on `date`.
    QList<KpiCampaign> campaignsOn(const QDate &date) const;

    // Reads the cached metric_day, retention_cohort, campaign and moderation_item tables.
    // Rows with a date that does not parse are skipped (and counted in *skipped).
    static KpiHistory load(const QSqlDatabase &db, QString *error = nullptr, int *skipped = nullptr);
};
