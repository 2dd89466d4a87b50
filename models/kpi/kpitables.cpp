#include "kpitables.h"

#include "kpianalytics.h"
#include "kpiformat.h"

#include <QCoreApplication>
#include <cmath>

using namespace Qt::StringLiterals;
using Kind = KpiColumn::Kind;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("KpiTables", text);
}

KpiColumn dateColumn()
{
    return {u"date"_s, QCoreApplication::translate("KpiTables", "Date"), Kind::Date};
}

KpiColumn metricColumn(const QString &metric, Kind kind, const QString &title = {})
{
    return {metric, title.isEmpty() ? KpiMetrics::title(metric) : title, kind};
}

// One row a day with the given metrics.
KpiTable daily(const KpiHistory &h, const QDate &first, const QDate &last, const QList<KpiColumn> &columns)
{
    KpiTable t;
    t.granularity = KpiTable::Granularity::Day;
    t.columns = QList<KpiColumn>{dateColumn()} + columns;
    for (qsizetype i = h.lowerBound(first); i < h.days.size() && h.days.at(i).date <= last; ++i) {
        const KpiDay &d = h.days.at(i);
        QList<double> row;
        row.reserve(columns.size());
        for (const KpiColumn &c : columns)
            row.append(KpiMetrics::value(d, c.key));
        t.keys.append(d.date);
        t.values.append(row);
    }
    return t;
}

double finiteOr(double v, double fallback)
{
    return std::isfinite(v) ? v : fallback;
}

// The trailing 7-day ratio sum(num) / sum(den) ending on each day of [first, last].
KpiTable trailingRatio(const KpiHistory &h, KpiTable t, double KpiDay::*num, double KpiDay::*den)
{
    for (int r = 0; r < t.rowCount(); ++r) {
        const QDate day = t.keys.at(r).toDate();
        double n = 0, d = 0;
        for (qsizetype i = h.lowerBound(day.addDays(-6)); i < h.days.size() && h.days.at(i).date <= day; ++i) {
            const KpiDay &x = h.days.at(i);
            if (std::isfinite(x.*num) && std::isfinite(x.*den)) {
                n += x.*num;
                d += x.*den;
            }
        }
        t.values[r].append(d > 0 ? n / d : qQNaN());
    }
    return t;
}

QDate bucketStart(const QDate &d, KpiTable::Granularity g)
{
    switch (g) {
    case KpiTable::Granularity::Week: return d.addDays(1 - d.dayOfWeek());
    case KpiTable::Granularity::Month: return {d.year(), d.month(), 1};
    default: return d;
    }
}

} // namespace

int KpiTable::column(const QString &key) const
{
    for (qsizetype i = 0; i < columns.size(); ++i)
        if (columns.at(i).key == key)
            return int(i);
    return -1;
}

KpiTable KpiTables::activity(const KpiHistory &h, const QDate &first, const QDate &last)
{
    return daily(h, first, last,
                 {metricColumn(u"dau"_s, Kind::Count), metricColumn(u"wau"_s, Kind::Count),
                  metricColumn(u"mau"_s, Kind::Count), metricColumn(u"stickiness"_s, Kind::Ratio)});
}

KpiTable KpiTables::newMembers(const KpiHistory &h, const QDate &first, const QDate &last)
{
    KpiTable t;
    const qint64 days = first.daysTo(last) + 1;
    t.granularity = days <= 62 ? KpiTable::Granularity::Day
        : days <= 400         ? KpiTable::Granularity::Week
                              : KpiTable::Granularity::Month;
    t.columns.append({u"period"_s,
                      t.granularity == KpiTable::Granularity::Day    ? tr("Date")
                          : t.granularity == KpiTable::Granularity::Week ? tr("Week of")
                                                                         : tr("Month"),
                      Kind::Date});
    for (const QString &c : h.channels)
        t.columns.append({c, KpiFormat::channelName(c), Kind::Count});
    for (qsizetype i = h.lowerBound(first); i < h.days.size() && h.days.at(i).date <= last; ++i) {
        const KpiDay &d = h.days.at(i);
        const QDate bucket = bucketStart(d.date, t.granularity);
        if (t.keys.isEmpty() || t.keys.constLast().toDate() != bucket) {
            t.keys.append(bucket);
            t.values.append(QList<double>(h.channels.size(), 0.0));
        }
        QList<double> &row = t.values.last();
        for (qsizetype c = 0; c < d.newByChannel.size() && c < row.size(); ++c)
            row[c] += d.newByChannel.at(c);
    }
    return t;
}

KpiTable KpiTables::retention(const KpiHistory &h, const QDate &first, const QDate &last)
{
    KpiTable t;
    t.granularity = KpiTable::Granularity::Week;
    t.columns = {{u"cohort"_s, tr("Cohort week"), Kind::Date},
                 {u"size"_s, tr("Members"), Kind::Count},
                 {u"d1"_s, tr("Day 1"), Kind::Ratio},
                 {u"d7"_s, tr("Day 7"), Kind::Ratio},
                 {u"d30"_s, tr("Day 30"), Kind::Ratio}};
    qsizetype end = 0; // one past the last cohort starting by `last`
    while (end < h.cohorts.size() && h.cohorts.at(end).start <= last)
        ++end;
    qsizetype begin = end;
    while (begin > 0 && h.cohorts.at(begin - 1).start.addDays(6) >= first)
        --begin;
    begin = std::min(begin, std::max<qsizetype>(0, end - MinCohorts));
    for (qsizetype i = begin; i < end; ++i) {
        const KpiCohort &c = h.cohorts.at(i);
        t.keys.append(c.start);
        t.values.append({c.size, KpiAnalytics::retention(c.d1, c.size), KpiAnalytics::retention(c.d7, c.size),
                         KpiAnalytics::retention(c.d30, c.size)});
    }
    return t;
}

KpiTable KpiTables::funnel(const KpiHistory &h, const QDate &first, const QDate &last)
{
    KpiTable t;
    t.columns = {{u"stage"_s, tr("Stage"), Kind::Text},
                 {u"count"_s, tr("Members"), Kind::Count},
                 {u"of_previous"_s, tr("Of previous stage"), Kind::Ratio},
                 {u"of_first"_s, tr("Of visitors"), Kind::Ratio}};
    double visitors = 0, signups = 0;
    for (const KpiDay &d : h.between(first, last)) {
        visitors += finiteOr(d.visitors, 0);
        signups += finiteOr(d.newMembers, 0);
    }
    // Retention on day N of the cohorts that joined in the period, or of the latest four
    // cohorts whose day N is known when the period is too recent for any.
    const auto retained = [&](double KpiCohort::*day) {
        QList<KpiAnalytics::Cohort> inPeriod, latest;
        for (const KpiCohort &c : h.cohorts) {
            if (std::isnan(c.*day))
                continue;
            if (c.start >= first.addDays(-6) && c.start <= last)
                inPeriod.append({c.size, c.*day});
            if (c.start <= last)
                latest.append({c.size, c.*day});
        }
        double rate = KpiAnalytics::pooledRetention(inPeriod);
        if (std::isnan(rate))
            rate = KpiAnalytics::pooledRetention(latest.mid(std::max<qsizetype>(0, latest.size() - 4)));
        return std::isfinite(rate) ? std::round(signups * rate) : qQNaN();
    };
    // Paying conversions are not told apart by when the member joined, so they are no stage
    // of this funnel (the tiles show them); every stage here is a subset of the one before.
    const QList<std::pair<QString, double>> stages = {{tr("Visitors"), visitors},
                                                      {tr("Signed up"), signups},
                                                      {tr("Back on day 7"), retained(&KpiCohort::d7)},
                                                      {tr("Back on day 30"), retained(&KpiCohort::d30)}};
    double previous = qQNaN();
    for (const auto &[name, count] : stages) {
        t.keys.append(name);
        t.values.append({count, KpiAnalytics::retention(count, previous), KpiAnalytics::retention(count, visitors)});
        previous = count;
    }
    return t;
}

KpiTable KpiTables::interaction(const KpiHistory &h, const QDate &first, const QDate &last)
{
    KpiTable t = daily(h, first, last, {});
    t.columns = {dateColumn(),
                 {u"comments_per_active"_s, tr("Comments"), Kind::Decimal},
                 {u"likes_per_active"_s, tr("Likes"), Kind::Decimal},
                 {u"shares_per_active"_s, tr("Shares"), Kind::Decimal},
                 {u"interaction_rate"_s, tr("All interactions"), Kind::Decimal}};
    const QList<KpiDay> days = h.between(first, last);
    for (qsizetype r = 0; r < days.size(); ++r) {
        const KpiDay &d = days.at(r);
        const auto per = [&](double v) { return std::isfinite(v) && d.dau > 0 ? v / d.dau : qQNaN(); };
        t.values[r] = {per(d.comments), per(d.likes), per(d.shares), KpiMetrics::value(d, u"interaction_rate"_s)};
    }
    return t;
}

KpiTable KpiTables::content(const KpiHistory &h, const QDate &first, const QDate &last)
{
    return daily(h, first, last, {metricColumn(u"posts"_s, Kind::Count), metricColumn(u"comments"_s, Kind::Count)});
}

KpiTable KpiTables::moderation(const KpiHistory &h, const QDate &first, const QDate &last)
{
    return daily(h, first, last,
                 {metricColumn(u"decisions"_s, Kind::Count), metricColumn(u"backlog"_s, Kind::Count),
                  metricColumn(u"reports"_s, Kind::Count),
                  metricColumn(u"median_decision_minutes"_s, Kind::Minutes)});
}

KpiTable KpiTables::violations(const KpiHistory &h, const QDate &first, const QDate &last)
{
    KpiTable t = daily(h, first, last, {metricColumn(u"violation_rate"_s, Kind::Ratio)});
    t.columns.append({u"violation_rate_7d"_s, tr("7-day violation rate"), Kind::Ratio});
    return trailingRatio(h, t, &KpiDay::violations, &KpiDay::decisions);
}

KpiTable KpiTables::sentiment(const KpiHistory &h, const QDate &first, const QDate &last)
{
    KpiTable t = daily(h, first, last, {metricColumn(u"sentiment"_s, Kind::Score)});
    t.columns.append({u"sentiment_7d"_s, tr("7-day average"), Kind::Score});
    for (int r = 0; r < t.rowCount(); ++r) {
        const QDate day = t.keys.at(r).toDate();
        double sum = 0;
        int n = 0;
        for (qsizetype i = h.lowerBound(day.addDays(-6)); i < h.days.size() && h.days.at(i).date <= day; ++i)
            if (std::isfinite(h.days.at(i).sentiment)) {
                sum += h.days.at(i).sentiment;
                ++n;
            }
        t.values[r].append(n > 0 ? sum / n : qQNaN());
    }
    return t;
}

KpiTable KpiTables::forecast(const KpiHistory &h, const KpiInsights &insights, const QDate &first, const QDate &last)
{
    KpiTable t;
    t.granularity = KpiTable::Granularity::Day;
    t.columns.append(dateColumn());
    const QStringList &metrics = KpiInsights::forecastMetrics();
    for (const QString &m : metrics) {
        const QString name = KpiMetrics::title(m);
        t.columns.append({m, name, Kind::Count});
        t.columns.append({m + u"_forecast"_s, tr("%1 forecast").arg(name), Kind::Count});
        t.columns.append({m + u"_low"_s, tr("%1 low (95 %)").arg(name), Kind::Count});
        t.columns.append({m + u"_high"_s, tr("%1 high (95 %)").arg(name), Kind::Count});
    }
    if (h.isEmpty())
        return t;
    const qint64 length = std::max<qint64>(KpiAnalytics::HoldoutDays, first.daysTo(last) + 1);
    const QDate newest = h.newest();
    for (const KpiDay &d : h.between(newest.addDays(-(length - 1)), newest)) {
        QList<double> row;
        for (const QString &m : metrics) {
            const double v = KpiMetrics::value(d, m);
            const bool anchor = d.date == newest && insights.forecasts.contains(m);
            row << v << (anchor ? v : qQNaN()) << (anchor ? v : qQNaN()) << (anchor ? v : qQNaN());
        }
        t.keys.append(d.date);
        t.values.append(row);
    }
    t.splitRow = t.rowCount();
    for (int day = 0; day < KpiInsights::ForecastDays; ++day) {
        QList<double> row;
        for (const QString &m : metrics) {
            const auto it = insights.forecasts.constFind(m);
            const bool has = it != insights.forecasts.cend() && day < it->forecast.mean.size();
            row << qQNaN() << (has ? it->forecast.mean.at(day) : qQNaN()) << (has ? it->forecast.lower.at(day) : qQNaN())
                << (has ? it->forecast.upper.at(day) : qQNaN());
        }
        t.keys.append(newest.addDays(day + 1));
        t.values.append(row);
    }
    return t;
}

