#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The console's own preferences in QSettings, behind one set of names so the dialog, the
// main window and main() agree on keys and defaults. Never holds a secret.
class AppSettings final
{
public:
    // "" = follow the system locale; else "en", "zh_CN" or "zh_TW".
    static QString language();
    static void setLanguage(const QString &language);
    static QStringList supportedLanguages();

    // Minutes between automatic syncs; 0 turns automatic sync off.
    static int syncIntervalMinutes();
    static void setSyncIntervalMinutes(int minutes);

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowGeometry(const QByteArray &geometry);
    static void setWindowState(const QByteArray &state);
    static QString lastPane();
    static void setLastPane(const QString &paneId);
};
