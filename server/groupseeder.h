#pragma once

#include "democommunity.h"

// Study groups: members are assigned to them after the simulation, and a group's figures
// are those of its members.
class GroupSeeder final
{
    Q_DISABLE_COPY_MOVE(GroupSeeder)
public:
    explicit GroupSeeder(DemoCommunity &community);

    void assign();
    void write();

private:
    DemoCommunity &m_community;
};
