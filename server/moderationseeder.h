#pragma once

#include "democommunity.h"

// The moderation queue (decided and pending items with their reports) and the keyword rules.
class ModerationSeeder final
{
    Q_DISABLE_COPY_MOVE(ModerationSeeder)
public:
    explicit ModerationSeeder(DemoCommunity &community);

    void writeItems();
    void writeKeywordRules();

private:
    DemoCommunity &m_community;
};
