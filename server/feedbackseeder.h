#pragma once

#include "democommunity.h"

// Member feedback: bug reports, suggestions and complaints with their handling.
class FeedbackSeeder final
{
    Q_DISABLE_COPY_MOVE(FeedbackSeeder)
public:
    explicit FeedbackSeeder(DemoCommunity &community);

    void write();

private:
    DemoCommunity &m_community;
};
