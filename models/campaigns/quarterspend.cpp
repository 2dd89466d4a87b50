#include "quarterspend.h"

#include "campaign.h"
#include "campaignmetrics.h"
#include "campaignphase.h"

#include <algorithm>

std::optional<double> QuarterSpend::overBudgetBy() const
{
    if (!hasBudget || committed() <= budget + 0.005)
        return std::nullopt;
    return committed() - budget;
}

std::optional<double> QuarterSpend::budgetUsed() const
{
    if (!hasBudget || budget <= 0)
        return std::nullopt;
    return committed() / budget;
}

namespace QuarterSpending {
QuarterSpend of(const Quarter &quarter, const QList<Campaign> &campaigns, const QList<Budget> &budgets,
                const QDate &today)
{
    QuarterSpend s;
    s.quarter = quarter;
    for (const Budget &b : budgets) {
        if (b.quarter == quarter.id()) {
            s.hasBudget = true;
            s.budget = b.amount;
            s.budgetNotes = b.notes;
        }
    }
    for (const Campaign &c : campaigns) {
        if (Quarter::of(c.startDate) != quarter)
            continue;
        ++s.campaigns;
        s.spent += c.cost;
        const CampaignPhase phase = CampaignPhases::of(c, today);
        if (phase == CampaignPhase::Draft || phase == CampaignPhase::Scheduled || phase == CampaignPhase::Running)
            s.planned += std::max(0.0, c.budget - c.cost);
        if (c.results) {
            s.resultsCost += c.cost;
            s.resultsRevenue += c.results->revenue;
        }
    }
    s.roi = CampaignMetrics::roi(s.resultsRevenue, s.resultsCost);
    return s;
}

QList<Quarter> quarters(const QList<Campaign> &campaigns, const QList<Budget> &budgets)
{
    QList<Quarter> out;
    const auto add = [&out](const Quarter &q) {
        if (q.isValid() && !out.contains(q))
            out.append(q);
    };
    for (const Budget &b : budgets)
        add(Quarter::parse(b.quarter).value_or(Quarter()));
    for (const Campaign &c : campaigns)
        add(Quarter::of(c.startDate));
    std::sort(out.begin(), out.end());
    return out;
}
} // namespace QuarterSpending
