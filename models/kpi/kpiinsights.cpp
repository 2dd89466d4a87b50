#include "kpiinsights.h"

#include <QCoreApplication>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

double ratio(double a, double b)
{
    return std::isfinite(a) && std::isfinite(b) && b > 0 ? a / b : qQNaN();
}

} // namespace

double KpiMetrics::value(const KpiDay &d, const QString &m)
{
    if (m == u"members_total") return d.membersTotal;
    if (m == u"dau") return d.dau;
    if (m == u"wau") return d.wau;
    if (m == u"mau") return d.mau;
    if (m == u"stickiness") return KpiAnalytics::stickiness(d.dau, d.mau);
    if (m == u"new_members") return d.newMembers;
    if (m == u"visitors") return d.visitors;
    if (m == u"posts") return d.posts;
    if (m == u"comments") return d.comments;
    if (m == u"likes") return d.likes;
    if (m == u"shares") return d.shares;
    if (m == u"interaction_rate") return ratio(d.comments + d.likes + d.shares, d.dau);
    if (m == u"decisions") return d.decisions;
    if (m == u"backlog") return d.backlog;
    if (m == u"reports") return d.reports;
    if (m == u"median_decision_minutes") return d.medianDecisionMinutes;
    if (m == u"violation_rate") return ratio(d.violations, d.decisions);
    if (m == u"conversions") return d.conversions;
    if (m == u"sentiment") return d.sentiment;
    return qQNaN();
}

QList<double> KpiMetrics::dailySeries(const KpiHistory &history, const QString &metric)
{
    if (history.isEmpty())
        return {};
    const QDate oldest = history.oldest();
    QList<double> out(oldest.daysTo(history.newest()) + 1, qQNaN());
    for (const KpiDay &d : history.days)
        out[oldest.daysTo(d.date)] = value(d, metric);
    return out;
}

bool KpiMetrics::higherIsBetter(const QString &metric)
{
    return metric != u"backlog" && metric != u"median_decision_minutes" && metric != u"violation_rate"
        && metric != u"reports";
}

QString KpiMetrics::title(const QString &m)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("KpiMetrics", text); };
    if (m == u"members_total") return tr("Members");
    if (m == u"dau") return tr("DAU");
    if (m == u"wau") return tr("WAU");
    if (m == u"mau") return tr("MAU");
    if (m == u"stickiness") return tr("Stickiness (DAU/MAU)");
    if (m == u"new_members") return tr("New members");
    if (m == u"visitors") return tr("Visitors");
    if (m == u"posts") return tr("Posts");
    if (m == u"comments") return tr("Comments");
    if (m == u"likes") return tr("Likes");
    if (m == u"shares") return tr("Shares");
    if (m == u"interaction_rate") return tr("Interactions per active member");
    if (m == u"decisions") return tr("Decisions");
    if (m == u"backlog") return tr("Backlog");
    if (m == u"reports") return tr("Reports");
    if (m == u"median_decision_minutes") return tr("Median time to decision");
    if (m == u"violation_rate") return tr("Violation rate");
    if (m == u"conversions") return tr("Paying conversions");
    if (m == u"sentiment") return tr("Sentiment");
    return m;
}

const QStringList &KpiInsights::anomalyMetrics()
{
    static const QStringList metrics = {u"dau"_s, u"new_members"_s, u"posts"_s, u"comments"_s,
                                        u"interaction_rate"_s, u"decisions"_s, u"violation_rate"_s,
                                        u"sentiment"_s};
    return metrics;
}

const QStringList &KpiInsights::forecastMetrics()
{
    static const QStringList metrics = {u"members_total"_s, u"dau"_s, u"mau"_s};
    return metrics;
}

QList<KpiAnomaly> KpiInsights::anomaliesBetween(const QString &metric, const QDate &first, const QDate &last) const
{
    QList<KpiAnomaly> out;
    for (const KpiAnomaly &a : anomalies.value(metric))
        if (a.date >= first && a.date <= last)
            out.append(a);
    return out;
}

KpiInsights KpiInsights::compute(const KpiHistory &history)
{
    KpiInsights insights;
    if (history.isEmpty())
        return insights;
    const QDate oldest = history.oldest();
    for (const QString &metric : anomalyMetrics()) {
        QList<KpiAnomaly> &found = insights.anomalies[metric];
        for (const KpiAnalytics::Anomaly &a : KpiAnalytics::detectAnomalies(KpiMetrics::dailySeries(history, metric)))
            found.append({metric, oldest.addDays(a.index), a.value, a.expected, a.score});
    }
    for (const QString &metric : forecastMetrics()) {
        KpiForecast f{metric, history.newest().addDays(1),
                      KpiAnalytics::forecast(KpiMetrics::dailySeries(history, metric), ForecastDays)};
        if (!f.forecast.mean.isEmpty())
            insights.forecasts.insert(metric, f);
    }
    return insights;
}
