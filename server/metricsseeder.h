#pragma once

#include "democommunity.h"

// metric_day rows and signup cohorts, counted from the simulated community so that the
// charts agree with the members behind them.
class MetricsSeeder final
{
    Q_DISABLE_COPY_MOVE(MetricsSeeder)
public:
    explicit MetricsSeeder(DemoCommunity &community);

    void writeMetrics();
    void writeCohorts();

private:
    DemoCommunity &m_community;
};
