#include "commandline.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
// Options followed by a value, so the value is never mistaken for the sub-command.
const QSet<QString> &optionsWithValue()
{
    static const QSet<QString> names = {u"--data-dir"_s, u"--lang"_s, u"--server"_s,
                                        u"--user"_s, u"--profile"_s};
    return names;
}
}

bool CommandLine::needsDisplay(int argc, char **argv)
{
    // Only an argument list made of the console's own options (and Qt's GUI options)
    // opens a window; anything else — a sub-command, --help, a typo — is answered on the
    // terminal, which must work without a display.
    static const QSet<QString> flags = {u"--insecure"_s, u"-reverse"_s};
    static const QSet<QString> qtOptionsWithValue = {u"-platform"_s, u"-style"_s, u"-stylesheet"_s,
                                                     u"-qwindowgeometry"_s, u"-qwindowtitle"_s,
                                                     u"-platformtheme"_s};
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (optionsWithValue().contains(arg) || qtOptionsWithValue.contains(arg)) {
            ++i;
            continue;
        }
        if (flags.contains(arg))
            continue;
        if (optionsWithValue().contains(arg.section(u'=', 0, 0)) && arg.contains(u'='))
            continue;
        return false;
    }
    return true;
}

QString CommandLine::languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(u"--lang="))
            return arguments.at(i).mid(7);
    }
    return {};
}

CommandLineOptions CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Steward — the community-operations console.\n\n"
           "Without a command, opens the console on the local cache (no network needed).\n"
           "Commands:\n"
           "  sync    log in, push pending changes and pull the latest into the cache, then exit.\n"
           "          The password is read from STEWARD_PASSWORD or from standard input.\n"
           "          Exit codes: 0 synced; 1 sync failed (server unreachable, ...); 2 bad usage or\n"
           "          login refused; 3 synced, but conflicts or refused changes wait for you;\n"
           "          4 the cache file is damaged, not a cache or from a newer Steward (nothing\n"
           "          was changed; --recover-cache sets it aside and syncs into a fresh cache).\n\n"
           "  points import FILE.csv --reason TEXT\n"
           "          queue points awards from a sheet with the columns handle, points and optionally\n"
           "          reason; all rows or none. Exit 0 when every row is queued, 1 with the problems\n"
           "          listed. The next sync pushes them.\n\n"
           "  report --quarter 2026Q3 --out FILE.pdf [--lang zh_CN]\n"
           "          write the quarterly operations report from the local cache (no window, display\n"
           "          or network needed). Exit 0 written; 1 no report (no data for the quarter, the file\n"
           "          cannot be written); 2 bad usage; 3 no cache in the data directory.\n\n"
           "For the demo and automation: the console given --server and --user logs in by itself\n"
           "when STEWARD_PASSWORD is set."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption dataDir(u"data-dir"_s, tr("Keep the local cache in <dir>."), tr("dir"));
    const QCommandLineOption lang(u"lang"_s, tr("Use <language> for this run: en, zh_CN or zh_TW."), tr("language"));
    const QCommandLineOption server(u"server"_s, tr("The platform's address, e.g. https://community.example.com."), tr("url"));
    const QCommandLineOption user(u"user"_s, tr("Log in as <name>."), tr("name"));
    const QCommandLineOption profile(u"profile"_s, tr("The connection profile (default: default)."), tr("name"));
    const QCommandLineOption insecure(u"insecure"_s, tr("Allow plain HTTP to a non-loopback host, on purpose."));
    const QCommandLineOption quiet(u"quiet"_s, tr("sync: print no progress lines."));
    const QCommandLineOption recoverCache(u"recover-cache"_s,
                                          tr("sync: if the cache file is damaged, rename it aside (never deleted) and "
                                             "sync into a fresh cache, carrying its unsynced changes over."));
    parser.addOptions({dataDir, lang, server, user, profile, insecure, quiet, recoverCache});
    const QCommandLineOption reason(u"reason"_s, tr("points import: the reason for rows without one."), tr("text"));
    parser.addOption(reason);
    const QCommandLineOption quarter(u"quarter"_s, tr("report: the quarter, e.g. 2026Q3."), tr("quarter"));
    const QCommandLineOption output(u"out"_s, tr("report: the PDF file to write."), tr("file"));
    parser.addOptions({quarter, output});
    parser.addPositionalArgument(u"command"_s, tr("Optional: sync"), tr("[sync]"));

    CommandLineOptions options;
    const bool ok = parser.parse(arguments);
    options.helpText = parser.helpText();
    if (!ok) {
        options.command = CommandLineOptions::Command::Invalid;
        options.error = parser.errorText();
        return options;
    }
    if (parser.isSet(help)) {
        options.command = CommandLineOptions::Command::Help;
        return options;
    }
    if (parser.isSet(version)) {
        options.command = CommandLineOptions::Command::Version;
        return options;
    }

    options.dataDir = parser.value(dataDir);
    options.language = parser.value(lang);
    options.username = parser.value(user).trimmed();
    options.insecure = parser.isSet(insecure);
    options.quiet = parser.isSet(quiet);
    options.recoverCache = parser.isSet(recoverCache);
    if (parser.isSet(profile))
        options.profileName = parser.value(profile).trimmed();
    const auto invalid = [&options](const QString &why) {
        options.command = CommandLineOptions::Command::Invalid;
        options.error = why;
        return options;
    };
    if (parser.isSet(lang) && !QStringList{u"en"_s, u"zh_CN"_s, u"zh_TW"_s}.contains(options.language))
        return invalid(tr("Unknown language \"%1\"; use en, zh_CN or zh_TW.").arg(options.language));
    if (parser.isSet(server)) {
        options.serverUrl = QUrl::fromUserInput(parser.value(server).trimmed());
        if (!options.serverUrl.isValid() || options.serverUrl.host().isEmpty()
            || (options.serverUrl.scheme() != u"http" && options.serverUrl.scheme() != u"https"))
            return invalid(tr("\"%1\" is not a server URL; use https://host or http://host:port.")
                               .arg(parser.value(server)));
    }
    if (options.profileName.isEmpty())
        return invalid(tr("The profile name must not be empty."));

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return options;
    if (positional.first() == u"points") {
        if (positional.size() != 3 || positional.at(1) != u"import")
            return invalid(tr("Use: steward points import FILE.csv --reason TEXT"));
        options.command = CommandLineOptions::Command::PointsImport;
        options.importFile = positional.at(2);
        options.reason = parser.value(reason);
        return options;
    }
    if (positional.first() == u"report") {
        if (positional.size() != 1)
            return invalid(tr("Use: steward report --quarter 2026Q3 --out FILE.pdf [--lang zh_CN]"));
        options.command = CommandLineOptions::Command::Report;
        options.reportQuarter = parser.value(quarter).trimmed().toUpper().remove(u' ');
        options.outputPath = parser.value(output);
        if (options.reportQuarter.isEmpty())
            return invalid(tr("report needs --quarter, e.g. --quarter 2026Q3."));
        static const QRegularExpression quarterId(u"^\\d{4}Q[1-4]$"_s);
        if (!quarterId.match(options.reportQuarter).hasMatch())
            return invalid(tr("\"%1\" is not a quarter; write it like 2026Q3.").arg(parser.value(quarter)));
        if (options.outputPath.isEmpty())
            return invalid(tr("report needs --out FILE.pdf."));
        return options;
    }
    if (positional.size() > 1 || positional.first() != u"sync")
        return invalid(tr("Unknown command \"%1\"; the commands are sync, points import and report.").arg(positional.join(u' ')));
    options.command = CommandLineOptions::Command::Sync;
    if (options.serverUrl.isEmpty())
        return invalid(tr("sync needs --server URL."));
    if (options.username.isEmpty())
        return invalid(tr("sync needs --user NAME."));
    return options;
}
