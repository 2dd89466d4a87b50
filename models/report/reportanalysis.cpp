#include "reportanalysis.h"

#include "campaignphase.h"

#include <QHash>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
// The first day of the Spring Festival (Chinese New Year); the lunar calendar has no
// formula worth carrying, and a report only looks at recent years.
QDate springFestival(int year)
{
    static const QHash<int, QDate> days = {
        {2023, QDate(2023, 1, 22)}, {2024, QDate(2024, 2, 10)}, {2025, QDate(2025, 1, 29)},
        {2026, QDate(2026, 2, 17)}, {2027, QDate(2027, 2, 6)},  {2028, QDate(2028, 1, 26)},
        {2029, QDate(2029, 2, 13)}, {2030, QDate(2030, 2, 3)},  {2031, QDate(2031, 1, 23)},
    };
    return days.value(year);
}

double metricValue(const ReportDay &d, const QString &metric)
{
    if (metric == u"dau")
        return double(d.dau);
    if (metric == u"new_members")
        return double(d.newMembers);
    if (metric == u"posts")
        return double(d.posts);
    return double(d.reports);
}

// Contiguous by date from `from` to `to`, NaN where the cache lacks a day.
QList<double> series(const QList<ReportDay> &all, const QDate &from, const QDate &to, const QString &metric)
{
    QList<double> out(qMax<qsizetype>(0, from.daysTo(to) + 1), qQNaN());
    for (const ReportDay &d : all) {
        const qint64 i = from.daysTo(d.date);
        if (i >= 0 && i < out.size())
            out[i] = metricValue(d, metric);
    }
    return out;
}

double median(QList<double> values)
{
    return KpiAnalytics::median(std::move(values));
}

QList<ReportCause> causesFor(const ReportAnomaly &a, const QList<ReportDay> &window, const ReportDay *day,
                             const QList<Campaign> &campaigns)
{
    QList<ReportCause> causes;
    const bool spike = a.score > 0;
    if (spike) {
        for (const Campaign &c : campaigns) {
            if (c.status == u"cancelled" || c.status == u"draft")
                continue;
            if (c.startDate <= a.date && a.date <= c.endDate)
                causes.append({ReportCause::Kind::Campaign, c.name});
        }
    }
    const QString holiday = ReportAnalysis::holidayOn(a.date);
    if (!holiday.isEmpty())
        causes.append({ReportCause::Kind::Holiday, holiday});
    if (!spike && a.date.dayOfWeek() >= 6)
        causes.append({ReportCause::Kind::Weekend, {}});
    if (day && spike && a.metric == u"new_members") {
        // The channel furthest above its usual daily signups.
        QHash<QString, double> usual;
        for (const ReportDay &d : window) {
            for (auto it = d.newByChannel.cbegin(); it != d.newByChannel.cend(); ++it)
                usual[it.key()] += double(it.value()) / double(window.size());
        }
        QString best;
        double bestRatio = 0;
        for (auto it = day->newByChannel.cbegin(); it != day->newByChannel.cend(); ++it) {
            const double base = std::max(1.0, usual.value(it.key()));
            const double ratio = double(it.value()) / base;
            if (ratio > bestRatio) {
                bestRatio = ratio;
                best = it.key();
            }
        }
        if (bestRatio >= 1.5)
            causes.append({ReportCause::Kind::Channel, best, bestRatio});
    }
    if (day && spike && (a.metric == u"posts" || a.metric == u"dau")) {
        QList<double> reports;
        for (const ReportDay &d : window)
            reports.append(double(d.reports));
        const double usual = median(reports);
        if (usual > 0 && double(day->reports) >= 2 * usual)
            causes.append({ReportCause::Kind::Moderation, {}, double(day->reports) / usual});
    }
    return causes;
}
} // namespace

const QStringList &ReportAnalysis::anomalyMetrics()
{
    static const QStringList metrics = {u"dau"_s, u"new_members"_s, u"posts"_s, u"reports"_s};
    return metrics;
}

QString ReportAnalysis::holidayOn(const QDate &date)
{
    if (!date.isValid())
        return {};
    const QDate spring = springFestival(date.year());
    if (spring.isValid()) {
        const qint64 offset = spring.daysTo(date);
        if (offset >= -1 && offset <= 6)
            return u"spring_festival"_s;
    }
    if (date.month() == 10 && date.day() <= 7)
        return u"national_day"_s;
    if (date.month() == 5 && date.day() <= 5)
        return u"labour_day"_s;
    if (date.month() == 1 && date.day() == 1)
        return u"new_year"_s;
    return {};
}

QList<ReportAnomaly> ReportAnalysis::anomalies(const Quarter &quarter, const QList<ReportDay> &all,
                                               const QList<Campaign> &campaigns)
{
    const QDate from = quarter.firstDay().addDays(-ContextDays);
    QDate to;
    QHash<QDate, const ReportDay *> byDate;
    QList<ReportDay> window;
    for (const ReportDay &d : all) {
        if (d.date >= from && d.date <= quarter.lastDay()) {
            byDate.insert(d.date, &d);
            window.append(d);
            to = d.date;
        }
    }
    QList<ReportAnomaly> out;
    if (!to.isValid() || to < quarter.firstDay())
        return out;
    for (const QString &metric : anomalyMetrics()) {
        const QList<double> values = series(all, from, to, metric);
        for (const KpiAnalytics::Anomaly &found : KpiAnalytics::detectAnomalies(values)) {
            const QDate date = from.addDays(found.index);
            if (date < quarter.firstDay())
                continue; // context only
            ReportAnomaly a{metric, date, found.value, found.expected, found.score, {}};
            a.causes = causesFor(a, window, byDate.value(date), campaigns);
            out.append(a);
        }
    }
    std::sort(out.begin(), out.end(), [](const ReportAnomaly &a, const ReportAnomaly &b) {
        if (a.date != b.date)
            return a.date < b.date;
        return anomalyMetrics().indexOf(a.metric) < anomalyMetrics().indexOf(b.metric);
    });
    return out;
}

ReportForecast ReportAnalysis::forecast(const Quarter &quarter, const QList<ReportDay> &all)
{
    ReportForecast f;
    f.quarter = quarter.next();
    QDate first, last;
    for (const ReportDay &d : all) {
        if (d.date > quarter.lastDay())
            break;
        if (!first.isValid())
            first = d.date;
        last = d.date;
    }
    if (!last.isValid() || last < quarter.firstDay())
        return f; // no history in the quarter: nothing to forecast from
    const QList<double> dau = series(all, first, last, u"dau"_s);
    const QList<double> joins = series(all, first, last, u"new_members"_s);
    // The horizon reaches the forecast quarter's end; a partly covered quarter's missing
    // days are forecast too but only the next quarter's days are reported.
    const int horizon = int(last.daysTo(f.quarter.lastDay()));
    const int skip = int(last.daysTo(f.quarter.firstDay())) - 1;
    const KpiAnalytics::Forecast dauForecast = KpiAnalytics::forecast(dau, horizon);
    const KpiAnalytics::Forecast joinForecast = KpiAnalytics::forecast(joins, horizon);
    if (dauForecast.mean.size() != horizon)
        return f; // too little history (two weeks at least)

    const qsizetype shown = std::min<qsizetype>(dau.size(), KpiAnalytics::HoldoutDays);
    for (qsizetype i = dau.size() - shown; i < dau.size(); ++i) {
        f.historyDates.append(first.addDays(i));
        f.historyDau.append(dau.at(i));
    }
    double mean = 0, lower = 0, upper = 0;
    for (int i = skip; i < horizon; ++i) {
        f.dates.append(last.addDays(i + 1));
        f.dauMean.append(dauForecast.mean.at(i));
        f.dauLower.append(std::max(0.0, dauForecast.lower.at(i)));
        f.dauUpper.append(dauForecast.upper.at(i));
        mean += f.dauMean.last();
        lower += f.dauLower.last();
        upper += f.dauUpper.last();
    }
    const double n = double(f.dates.size());
    f.avgDau = mean / n;
    f.avgDauLower = lower / n;
    f.avgDauUpper = upper / n;
    f.dauHoldoutMape = dauForecast.holdoutMape;
    if (joinForecast.mean.size() == horizon) {
        double sum = 0, lo = 0, hi = 0;
        for (int i = skip; i < horizon; ++i) {
            sum += std::max(0.0, joinForecast.mean.at(i));
            lo += std::max(0.0, joinForecast.lower.at(i));
            hi += std::max(0.0, joinForecast.upper.at(i));
        }
        f.newMembers = sum;
        f.newMembersLower = lo;
        f.newMembersUpper = hi;
        f.newMembersHoldoutMape = joinForecast.holdoutMape;
    }
    return f;
}
