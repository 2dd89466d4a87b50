#pragma once

#include "democommunity.h"

#include <QDate>
#include <QTimeZone>

class PlatformDb;

// Fills an empty platform database with a believable community whose figures agree with
// each other: metric_day's new members are the members who actually joined that day,
// DAU/WAU/MAU are counted from the members' simulated activity, cohort sizes are the
// week's signups, a member's points are the sum of its ledger and its tier follows the
// tier rules. The console's charts and drill-downs can only be demonstrated honestly on
// data like that.
//
// Everything derives from one std::mt19937_64 seeded with `today`'s Julian day, and only
// raw engine output is used (see SeedRandom), so one day's demo is the same community on
// every machine. This class runs the steps in order; the steps live in their own classes.
class DemoSeeder final
{
    Q_DISABLE_COPY_MOVE(DemoSeeder)
public:
    struct Options {
        qint64 members = 20000;
        QDate today;
        QTimeZone timeZone;
    };

    DemoSeeder(PlatformDb &db, Options options);
    ~DemoSeeder();

    // Fills an empty database inside one transaction.
    void seed();

private:
    PlatformDb &m_db;
    DemoCommunity m_community;
};
