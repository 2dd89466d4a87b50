#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>

struct CommandLineOptions;

// Opens the console: the cache in --data-dir, the services, the main window. Never
// blocks on the network or on a password: a stored session is restored in the
// background, and without one the status bar offers "Log in".
class ConsoleLauncher final
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleLauncher)
public:
    // `sinceStart` runs from the top of main(), for STEWARD_STARTUP_MARKER.
    static int run(const CommandLineOptions &options, const QElapsedTimer &sinceStart);
};
