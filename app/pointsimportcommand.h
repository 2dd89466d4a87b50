#pragma once

#include <QCoreApplication>

struct CommandLineOptions;

// `steward points import FILE.csv --reason TEXT`: checks the sheet against the local cache
// and queues every award in one outbox transaction (the next `steward sync` pushes them).
// Exit 0 when every row is queued; 1 with the problems listed (nothing queued) otherwise.
class PointsImportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(PointsImportCommand)
public:
    static int run(const CommandLineOptions &options);
};
