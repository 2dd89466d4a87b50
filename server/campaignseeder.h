#pragma once

#include "democommunity.h"

// Campaigns: planned first (they lift activity and signups on their days), written once
// the members who signed up through them are known; budgets follow the campaigns' costs.
class CampaignSeeder final
{
    Q_DISABLE_COPY_MOVE(CampaignSeeder)
public:
    explicit CampaignSeeder(DemoCommunity &community);

    void plan();
    void writeCampaigns();
    void writeBudgets();

private:
    DemoCommunity &m_community;
};
