#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

// What the user asked for on the command line:
//   steward [--data-dir DIR] [--lang en|zh_CN|zh_TW] [--server URL --user NAME]
//   steward sync --server URL --user NAME [--data-dir DIR] [--profile NAME] [--insecure] [--quiet]
//   steward --help | --version
struct CommandLineOptions {
    enum class Command { Console, Sync, Help, Version, Invalid };
    Command command = Command::Console;
    QString error;     // set for Invalid: a sentence for stderr
    QString helpText;  // set for Help (and Invalid, printed after the error)
    QString dataDir;   // empty: Store::defaultDataDir()
    QString language;  // empty: the preference
    QUrl serverUrl;
    QString username;
    QString profileName = QStringLiteral("default");
    bool insecure = false;
    bool quiet = false;
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
