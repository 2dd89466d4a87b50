#pragma once

#include <QtGlobal>
#include <optional>

struct Campaign;

// What a campaign's results are worth. Every figure is undefined (nullopt) rather than
// infinite or zero when its denominator is zero, so the views show "—", not "inf".
namespace CampaignMetrics {
// Return on investment: (revenue - cost) / cost. 0.25 means every yuan spent came back
// with 25 fen on top; -1 means nothing came back.
std::optional<double> roi(double revenue, double cost);
// cost / count: cost per participant, cost per new member.
std::optional<double> costPer(double cost, qint64 count);
// actual / goal (1.0 = goal met); undefined without a goal.
std::optional<double> attainment(double actual, double goal);

struct Summary {
    bool hasResults = false;
    std::optional<double> roi;
    std::optional<double> costPerParticipant;
    std::optional<double> costPerNewMember;
    std::optional<double> participantsAttainment;
    std::optional<double> newMembersAttainment;
    std::optional<double> conversionsAttainment;
    std::optional<double> revenueAttainment;
    // The mean of the goals that are set (each capped at 200% so one runaway figure does
    // not hide three missed goals); undefined when no goal is set or no results exist.
    std::optional<double> goalAttainment;
};
// Uses the campaign's cost and results; without results everything but hasResults is
// undefined.
Summary of(const Campaign &campaign);
} // namespace CampaignMetrics
