#pragma once

#include <QCoreApplication>
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
    // A damaged cache (or one from a newer Steward): set it aside and sync into a fresh
    // one, carrying its pending changes over. Without it such a cache stops the run (exit 4).
    bool recoverCache = false;
};

// The command's run; a class so its messages have a translation context lupdate sees,
// and print in the language main() installed (--lang or the locale).
class HeadlessSync final
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessSync)
public:
    // 0: everything pushed and pulled. 1: sync failed (server down, ...). 2: bad usage or
    // login refused (wrong password). 3: finished, but conflicts or rejected mutations
    // wait for the user. 4: the cache file is damaged, not a cache or from a newer Steward;
    // nothing was changed (--recover-cache sets it aside and syncs into a fresh one).
    static int run(const HeadlessSyncOptions &options, QTextStream &out, QTextStream &err);
    static constexpr int kExitDamagedCache = 4;
};
