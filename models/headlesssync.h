#pragma once

#include <QString>
#include <QTextStream>
#include <QUrl>

// `steward sync`: log in, record the profile, push and pull with progress lines.
struct HeadlessSyncOptions {
    QUrl serverUrl;
    QString username;
    QString password;   // from STEWARD_PASSWORD or stdin, read by the caller
    QString dataDir;    // empty: Store::defaultDataDir()
    QString profileName = QStringLiteral("default");
    bool insecure = false;
    bool quiet = false; // no progress lines
};

// 0: everything pushed and pulled. 1: sync failed (server down, ...). 2: bad usage or
// login refused (wrong password). 3: finished, but conflicts or rejected mutations wait for the user.
int runHeadlessSync(const HeadlessSyncOptions &options, QTextStream &out, QTextStream &err);
