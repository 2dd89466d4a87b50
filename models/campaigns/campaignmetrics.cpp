#include "campaignmetrics.h"

#include "campaign.h"

#include <algorithm>

namespace CampaignMetrics {
std::optional<double> roi(double revenue, double cost)
{
    if (cost <= 0)
        return std::nullopt;
    return (revenue - cost) / cost;
}

std::optional<double> costPer(double cost, qint64 count)
{
    if (count <= 0)
        return std::nullopt;
    return cost / double(count);
}

std::optional<double> attainment(double actual, double goal)
{
    if (goal <= 0)
        return std::nullopt;
    return actual / goal;
}

Summary of(const Campaign &c)
{
    Summary s;
    if (!c.results)
        return s;
    const CampaignFigures &r = *c.results;
    const CampaignFigures &g = c.goals;
    s.hasResults = true;
    s.roi = roi(r.revenue, c.cost);
    s.costPerParticipant = costPer(c.cost, r.participants);
    s.costPerNewMember = costPer(c.cost, r.newMembers);
    s.participantsAttainment = attainment(double(r.participants), double(g.participants));
    s.newMembersAttainment = attainment(double(r.newMembers), double(g.newMembers));
    s.conversionsAttainment = attainment(double(r.conversions), double(g.conversions));
    s.revenueAttainment = attainment(r.revenue, g.revenue);
    double sum = 0;
    int n = 0;
    for (const auto &a : {s.participantsAttainment, s.newMembersAttainment, s.conversionsAttainment, s.revenueAttainment}) {
        if (a) {
            sum += std::min(*a, 2.0);
            ++n;
        }
    }
    if (n > 0)
        s.goalAttainment = sum / n;
    return s;
}
} // namespace CampaignMetrics
