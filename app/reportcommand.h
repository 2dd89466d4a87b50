#pragma once

#include <QCoreApplication>

struct CommandLineOptions;

// `steward report --quarter 2026Q3 --out FILE.pdf [--lang zh_CN] [--data-dir DIR]`: the
// quarterly report from the local cache, without a window, a display or a network (for
// scheduled reports). main() creates a QGuiApplication on the offscreen platform for it.
// Exit codes: 0 written; 1 the report could not be made (no data for the quarter, the
// file cannot be written …); 2 bad usage; 3 no cache in the data directory.
class ReportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
public:
    // True when argv asks for the report sub-command (decided before any application
    // object exists, so main() can pick the offscreen GUI platform).
    static bool isRequested(int argc, char **argv);
    static int run(const CommandLineOptions &options);
};
