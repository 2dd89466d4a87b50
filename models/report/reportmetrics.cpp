#include "reportmetrics.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {
bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

double realOrNaN(const QVariant &v)
{
    return v.isNull() ? qQNaN() : v.toDouble();
}

std::optional<qint64> optionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

KpiAnalytics::Cohort cohortDay(const ReportCohort &c, const std::optional<qint64> &retained)
{
    return {double(c.size), retained ? double(*retained) : qQNaN()};
}
} // namespace

bool ReportMetrics::readDays(const QSqlDatabase &db, const QDate &last, QList<ReportDay> *days, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT date, members_total, dau, wau, mau, new_members, posts, comments, likes, shares, "
              "reports, decisions, median_decision_minutes, backlog, violations, conversions, "
              "paying_members, revenue, sentiment, visitors FROM metric_day WHERE date <= ? ORDER BY date"_s);
    q.addBindValue(last.toString(Qt::ISODate));
    if (!q.exec())
        return failed(q, error);
    days->clear();
    while (q.next()) {
        ReportDay d;
        d.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (!d.date.isValid())
            continue; // a malformed row cannot be placed on the calendar
        d.membersTotal = q.value(1).toLongLong();
        d.dau = q.value(2).toLongLong();
        d.wau = q.value(3).toLongLong();
        d.mau = q.value(4).toLongLong();
        const QJsonObject channels = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
        for (auto it = channels.begin(); it != channels.end(); ++it) {
            const qint64 n = it.value().toInteger();
            d.newByChannel.insert(it.key(), n);
            d.newMembers += n;
        }
        d.posts = q.value(6).toLongLong();
        d.comments = q.value(7).toLongLong();
        d.likes = q.value(8).toLongLong();
        d.shares = q.value(9).toLongLong();
        d.reports = q.value(10).toLongLong();
        d.decisions = q.value(11).toLongLong();
        d.medianDecisionMinutes = realOrNaN(q.value(12));
        d.backlog = q.value(13).toLongLong();
        d.violations = q.value(14).toLongLong();
        d.conversions = q.value(15).toLongLong();
        d.payingMembers = q.value(16).toLongLong();
        d.revenue = q.value(17).toDouble();
        d.sentiment = realOrNaN(q.value(18));
        d.visitors = q.value(19).toLongLong();
        days->append(std::move(d));
    }
    return true;
}

bool ReportMetrics::readRange(const QSqlDatabase &db, QDate *first, QDate *last, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT min(date), max(date) FROM metric_day"_s) || !q.next())
        return failed(q, error);
    *first = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    *last = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    return true;
}

bool ReportMetrics::readCohorts(const QSqlDatabase &db, const Quarter &quarter, QList<ReportCohort> *cohorts,
                                QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT cohort_start, size, d1, d7, d30 FROM retention_cohort "
              "WHERE cohort_start >= ? AND cohort_start <= ? ORDER BY cohort_start"_s);
    q.addBindValue(quarter.firstDay().toString(Qt::ISODate));
    q.addBindValue(quarter.lastDay().toString(Qt::ISODate));
    if (!q.exec())
        return failed(q, error);
    cohorts->clear();
    while (q.next()) {
        ReportCohort c;
        c.start = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        c.size = q.value(1).toLongLong();
        c.d1 = optionalInt(q.value(2));
        c.d7 = optionalInt(q.value(3));
        c.d30 = optionalInt(q.value(4));
        cohorts->append(c);
    }
    return true;
}

QList<ReportDay> ReportMetrics::daysIn(const QList<ReportDay> &all, const Quarter &quarter)
{
    QList<ReportDay> out;
    for (const ReportDay &d : all) {
        if (quarter.contains(d.date))
            out.append(d);
    }
    return out;
}

ReportPeriod ReportMetrics::period(const Quarter &quarter, const QList<ReportDay> &all, const QList<ReportCohort> &cohorts)
{
    ReportPeriod p;
    p.quarter = quarter;
    p.daysInQuarter = int(quarter.firstDay().daysTo(quarter.lastDay())) + 1;

    const ReportDay *before = nullptr;
    double dauSum = 0, wauSum = 0, mauSum = 0, sentimentSum = 0, backlogSum = 0;
    int sentimentDays = 0;
    QList<double> medians;
    for (const ReportDay &d : all) {
        if (d.date < quarter.firstDay()) {
            before = &d;
            continue;
        }
        if (d.date > quarter.lastDay())
            break;
        if (!p.hasData()) {
            p.firstDate = d.date;
            // Without the day before, the first day's total less its joiners.
            p.membersStart = before && before->date == d.date.addDays(-1) ? before->membersTotal
                                                                           : d.membersTotal - d.newMembers;
        }
        ++p.daysCovered;
        p.lastDate = d.date;
        p.membersEnd = d.membersTotal;
        p.newMembers += d.newMembers;
        for (auto it = d.newByChannel.cbegin(); it != d.newByChannel.cend(); ++it)
            p.newByChannel[it.key()] += it.value();
        dauSum += double(d.dau);
        wauSum += double(d.wau);
        mauSum += double(d.mau);
        if (d.dau > p.peakDau) {
            p.peakDau = d.dau;
            p.peakDauDate = d.date;
        }
        p.visitors += d.visitors;
        p.posts += d.posts;
        p.comments += d.comments;
        p.likes += d.likes;
        p.shares += d.shares;
        p.reports += d.reports;
        p.decisions += d.decisions;
        p.violations += d.violations;
        p.backlogEnd = d.backlog;
        p.backlogMax = std::max(p.backlogMax, d.backlog);
        backlogSum += double(d.backlog);
        if (d.decisions > 0 && !qIsNaN(d.medianDecisionMinutes))
            medians.append(d.medianDecisionMinutes);
        p.conversions += d.conversions;
        p.revenue += d.revenue;
        p.payingEnd = d.payingMembers;
        if (!qIsNaN(d.sentiment)) {
            sentimentSum += d.sentiment;
            ++sentimentDays;
        }
    }
    if (p.hasData()) {
        const double n = p.daysCovered;
        p.avgDau = dauSum / n;
        p.avgWau = wauSum / n;
        p.avgMau = mauSum / n;
        p.stickiness = KpiAnalytics::stickiness(p.avgDau, p.avgMau);
        p.backlogAverage = backlogSum / n;
        if (dauSum > 0)
            p.interactionsPerActive = double(p.comments + p.likes + p.shares) / dauSum;
    }
    if (p.decisions > 0)
        p.violationRate = double(p.violations) / double(p.decisions);
    p.medianDecisionMinutes = KpiAnalytics::median(medians);
    if (sentimentDays > 0)
        p.sentiment = sentimentSum / sentimentDays;

    QList<KpiAnalytics::Cohort> d1, d7, d30;
    for (const ReportCohort &c : cohorts) {
        if (!quarter.contains(c.start))
            continue;
        ++p.cohorts;
        p.cohortMembers += c.size;
        d1.append(cohortDay(c, c.d1));
        d7.append(cohortDay(c, c.d7));
        d30.append(cohortDay(c, c.d30));
    }
    p.retentionD1 = KpiAnalytics::pooledRetention(d1);
    p.retentionD7 = KpiAnalytics::pooledRetention(d7);
    p.retentionD30 = KpiAnalytics::pooledRetention(d30);
    return p;
}
