#pragma once

#include "democommunity.h"

// The members' lives: when they join, the days they are active and what they do, and the
// figures (points, tier, badges, status) that follow from that.
class MemberSimulation final
{
    Q_DISABLE_COPY_MOVE(MemberSimulation)
public:
    explicit MemberSimulation(DemoCommunity &community);

    void generateJoins();
    void simulateActivity();
    void deriveMembers();

private:
    TierRules::MemberFigures figuresAt(const DemoCommunity::MemberRec &m) const;

    DemoCommunity &m_community;
};
