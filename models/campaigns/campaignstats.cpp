#include "campaignstats.h"

#include "campaignrepository.h"
#include "campaigntext.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>

using namespace Qt::StringLiterals;

CampaignOutcome CampaignStats::outcome(const Campaign &campaign, const QDate &today)
{
    CampaignOutcome o;
    o.campaign = campaign;
    o.phase = CampaignPhases::of(campaign, today);
    o.metrics = CampaignMetrics::of(campaign);
    o.abTests = AbTest::compareAll(campaign.variants);
    o.abWording = AbTest::summary(campaign.variants);
    return o;
}

QList<TypeRoi> CampaignStats::roiByType(const QList<Campaign> &campaigns)
{
    QMap<QString, TypeRoi> byType;
    for (const Campaign &c : campaigns) {
        if (!c.results)
            continue;
        TypeRoi &t = byType[c.type];
        t.type = c.type;
        ++t.campaigns;
        t.cost += c.cost;
        t.revenue += c.results->revenue;
    }
    QList<TypeRoi> out;
    for (TypeRoi t : std::as_const(byType)) {
        t.typeName = CampaignText::type(t.type);
        t.roi = CampaignMetrics::roi(t.revenue, t.cost);
        out.append(t);
    }
    // Best first; a type without cost (no ROI) last.
    std::stable_sort(out.begin(), out.end(), [](const TypeRoi &a, const TypeRoi &b) {
        if (a.roi.has_value() != b.roi.has_value())
            return a.roi.has_value();
        return a.roi && *a.roi > *b.roi;
    });
    return out;
}

QuarterCampaignStats CampaignStats::compute(const Quarter &quarter, const QList<Campaign> &campaigns,
                                            const QList<Budget> &budgets, const QDate &today)
{
    QuarterCampaignStats s;
    s.quarter = quarter;
    s.spend = QuarterSpending::of(quarter, campaigns, budgets, today);
    QList<Campaign> inQuarter;
    for (const Campaign &c : campaigns)
        if (Quarter::of(c.startDate) == quarter)
            inQuarter.append(c);
    std::stable_sort(inQuarter.begin(), inQuarter.end(),
                     [](const Campaign &a, const Campaign &b) { return a.startDate < b.startDate; });
    for (const Campaign &c : std::as_const(inQuarter))
        s.campaigns.append(outcome(c, today));
    s.roiByType = roiByType(inQuarter);
    for (const CampaignWarning &w : CampaignWarnings::all(campaigns, budgets, today)) {
        if (w.kind == CampaignWarning::Kind::OverBudget) {
            if (w.quarter == quarter.id())
                s.warnings.append(w);
            continue;
        }
        const bool touches = std::any_of(inQuarter.cbegin(), inQuarter.cend(),
                                         [&w](const Campaign &c) { return w.campaignIds.contains(c.id); });
        if (touches)
            s.warnings.append(w);
    }
    return s;
}

std::optional<QuarterCampaignStats> CampaignStats::forQuarter(const QSqlDatabase &db, const QString &quarterId,
                                                              const QDate &today, QString *error)
{
    const auto quarter = Quarter::parse(quarterId);
    if (!quarter) {
        if (error)
            *error = QCoreApplication::translate("CampaignStats", "“%1” is not a quarter like 2026Q3.").arg(quarterId);
        return std::nullopt;
    }
    QString readError;
    const QList<Campaign> campaigns = CampaignRepository::campaigns(db, &readError);
    const QList<Budget> budgets = readError.isEmpty() ? CampaignRepository::budgets(db, &readError) : QList<Budget>();
    if (!readError.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("CampaignStats", "Could not read campaigns from the cache: %1").arg(readError);
        return std::nullopt;
    }
    return compute(*quarter, campaigns, budgets, today);
}
