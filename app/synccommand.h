#pragma once

#include <QCoreApplication>

struct CommandLineOptions;

// `steward sync`: reads the password (STEWARD_PASSWORD, else standard input without
// echo), then runs the models' headless sync. Returns the process exit code.
class SyncCommand final
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)
public:
    static int run(const CommandLineOptions &options);

private:
    static QString readPassword(bool *ok);
};
