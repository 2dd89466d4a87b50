#include "kpitiles.h"

#include "kpiinsights.h"

#include <QCoreApplication>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

enum class Sum { Last, Average, Total, RatioOfSums, Median, Cohorts };

struct Spec {
    const char *key;
    Sum sum;
    KpiColumn::Kind kind;
};

const QList<Spec> &specs()
{
    using K = KpiColumn::Kind;
    static const QList<Spec> s = {
        {"members_total", Sum::Last, K::Count},      {"dau", Sum::Average, K::Count},
        {"mau", Sum::Average, K::Count},             {"stickiness", Sum::RatioOfSums, K::Ratio},
        {"new_members", Sum::Total, K::Count},       {"retention_d7", Sum::Cohorts, K::Ratio},
        {"conversions", Sum::Total, K::Count},       {"interaction_rate", Sum::RatioOfSums, K::Decimal},
        {"posts", Sum::Total, K::Count},             {"median_decision_minutes", Sum::Median, K::Minutes},
        {"backlog", Sum::Last, K::Count},            {"violation_rate", Sum::RatioOfSums, K::Ratio},
        {"sentiment", Sum::Average, K::Score},
    };
    return s;
}

QString basisText(Sum sum)
{
    // Spelled out: lupdate finds QCoreApplication::translate("ctx", "…") anywhere, but a
    // local tr() in a free function has no context for it and the text was never offered
    // for translation.
    switch (sum) {
    case Sum::Last: return QCoreApplication::translate("KpiTiles", "on the last day");
    case Sum::Average: return QCoreApplication::translate("KpiTiles", "daily average");
    case Sum::Total: return QCoreApplication::translate("KpiTiles", "total");
    case Sum::RatioOfSums: return QCoreApplication::translate("KpiTiles", "over the period");
    case Sum::Median: return QCoreApplication::translate("KpiTiles", "median of the days");
    case Sum::Cohorts: return QCoreApplication::translate("KpiTiles", "cohorts of the period");
    }
    return {};
}

// Numerator and denominator of the ratio KPIs, so a period's figure weighs busy days more.
std::pair<double, double> ratioParts(const KpiDay &d, const QString &key)
{
    if (key == u"stickiness")
        return {d.dau, d.mau};
    if (key == u"interaction_rate")
        return {d.comments + d.likes + d.shares, d.dau};
    return {d.violations, d.decisions};
}

} // namespace

int KpiTile::verdict() const
{
    if (!std::isfinite(change.change) || change.change == 0)
        return 0;
    return (change.change > 0) == higherIsBetter ? 1 : -1;
}

const QStringList &KpiTiles::keys()
{
    static const QStringList k = [] {
        QStringList out;
        for (const Spec &s : specs())
            out << QString::fromLatin1(s.key);
        return out;
    }();
    return k;
}

double KpiTiles::figure(const KpiHistory &h, const QString &key, const QDate &first, const QDate &last)
{
    Sum sum = Sum::Total;
    for (const Spec &s : specs())
        if (key == QLatin1StringView(s.key))
            sum = s.sum;
    if (sum == Sum::Cohorts) {
        QList<KpiAnalytics::Cohort> cohorts;
        for (const KpiCohort &c : h.cohorts)
            if (c.start >= first && c.start <= last)
                cohorts.append({c.size, c.d7});
        return KpiAnalytics::pooledRetention(cohorts);
    }
    const QList<KpiDay> days = h.between(first, last);
    double total = 0, num = 0, den = 0;
    int n = 0;
    QList<double> values;
    double lastValue = qQNaN();
    for (const KpiDay &d : days) {
        if (sum == Sum::RatioOfSums) {
            const auto [a, b] = ratioParts(d, key);
            if (std::isfinite(a) && std::isfinite(b)) {
                num += a;
                den += b;
            }
            continue;
        }
        const double v = KpiMetrics::value(d, key);
        if (!std::isfinite(v))
            continue;
        total += v;
        ++n;
        values << v;
        lastValue = v;
    }
    switch (sum) {
    case Sum::Last: return lastValue;
    case Sum::Average: return n > 0 ? total / n : qQNaN();
    case Sum::Total: return n > 0 ? total : qQNaN();
    case Sum::RatioOfSums: return den > 0 ? num / den : qQNaN();
    case Sum::Median: return KpiAnalytics::median(values);
    case Sum::Cohorts: break;
    }
    return qQNaN();
}

QList<KpiTile> KpiTiles::compute(const KpiHistory &h, const QDate &first, const QDate &last)
{
    QList<KpiTile> tiles;
    const QDate prevFirst = first.addDays(-(first.daysTo(last) + 1));
    const QDate prevLast = first.addDays(-1);
    // A previous period that starts before the data does is no comparison.
    const bool previousCovered = !h.isEmpty() && prevFirst >= h.oldest();
    for (const Spec &s : specs()) {
        const QString key = QString::fromLatin1(s.key);
        KpiTile t;
        t.key = key;
        t.title = key == u"retention_d7" ? QCoreApplication::translate("KpiTiles", "Day-7 retention")
                                         : KpiMetrics::title(key);
        t.basis = basisText(s.sum);
        t.kind = s.kind;
        t.higherIsBetter = KpiMetrics::higherIsBetter(key);
        t.change = KpiAnalytics::compare(figure(h, key, first, last),
                                         previousCovered ? figure(h, key, prevFirst, prevLast) : qQNaN());
        tiles.append(t);
    }
    return tiles;
}
