#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs the built `steward` binary the way a user or a script would.
struct StewardRun {
    int exitCode = -1;
    bool finished = false;
    QString out;
    QString err;
};

class StewardProcess final
{
public:
    // The environment of a headless box: no X, no Wayland, no Qt platform chosen.
    static QProcessEnvironment headlessEnvironment();
    static StewardRun run(const QStringList &arguments,
                          const QProcessEnvironment &environment = headlessEnvironment(),
                          const QByteArray &stdinData = {}, int timeoutMs = 120000);
    static QString binary();
};
