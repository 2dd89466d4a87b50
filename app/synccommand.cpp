#include "synccommand.h"

#include "commandline.h"
#include "headlesssync.h"

#include <QTextStream>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

QString SyncCommand::readPassword(bool *ok)
{
    *ok = true;
    const QByteArray fromEnv = qgetenv("STEWARD_PASSWORD");
    if (!fromEnv.isEmpty())
        return QString::fromUtf8(fromEnv);

    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        std::fputs(qPrintable(tr("Password: ")), stderr);
        std::fflush(stderr);
        // No echo: the password must not end up on the screen or in a terminal log.
        if (tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
    }
    std::string line;
    const bool got = bool(std::getline(std::cin, line));
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    if (!got && line.empty()) {
        *ok = false;
        return {};
    }
    return QString::fromStdString(line);
}

int SyncCommand::run(const CommandLineOptions &options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool ok = false;
    const QString password = readPassword(&ok);
    if (!ok || password.isEmpty()) {
        err << tr("steward sync: no password. Set STEWARD_PASSWORD or pipe it to standard input.")
            << Qt::endl;
        return 2;
    }

    HeadlessSyncOptions sync;
    sync.serverUrl = options.serverUrl;
    sync.username = options.username;
    sync.password = password;
    sync.dataDir = options.dataDir;
    sync.profileName = options.profileName;
    sync.insecure = options.insecure;
    sync.quiet = options.quiet;
    sync.recoverCache = options.recoverCache;
    const int code = HeadlessSync::run(sync, out, err);
    out.flush();
    err.flush();
    return code;
}
