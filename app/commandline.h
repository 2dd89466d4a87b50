#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

// What the user asked for on the command line:
//   steward [--data-dir DIR] [--lang en|zh_CN|zh_TW] [--server URL --user NAME]
//   steward sync --server URL --user NAME [--data-dir DIR] [--profile NAME] [--insecure] [--quiet]
//   steward points import FILE.csv [--reason TEXT] [--data-dir DIR] [--profile NAME]
//   steward report --quarter 2026Q3 --out FILE.pdf [--lang en|zh_CN|zh_TW] [--data-dir DIR] [--profile NAME]
//   steward --help | --version
struct CommandLineOptions {
    enum class Command { Console, Sync, PointsImport, Report, Help, Version, Invalid };
    Command command = Command::Console;
    QString error;     // set for Invalid: a sentence for stderr
    QString helpText;  // set for Help (and Invalid, printed after the error)
    QString dataDir;   // empty: Store::defaultDataDir()
    QString language;  // empty: the preference
    QUrl serverUrl;
    QString username;
    QString profileName = QStringLiteral("default");
    QString importFile;  // points import: the sheet
    QString reason;      // points import: for rows without a reason
    QString reportQuarter; // report: "2026Q3"
    QString outputPath;    // report: the PDF to write
    bool insecure = false;
    bool quiet = false;
    bool recoverCache = false; // sync --recover-cache
};

class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // Decided from argv before any QApplication exists: everything except opening the
    // console runs under QCoreApplication, so it needs no display server.
    static bool needsDisplay(int argc, char **argv);
    // --lang's value, read before the translations (and so the help text) are set up.
    static QString languageArgument(const QStringList &arguments);
    static CommandLineOptions parse(const QStringList &arguments);
};
