#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// Installs the console's and Qt's own translations for one language. Used by main()
// before any window exists, so every tr() already sees the chosen language.
class TranslationLoader final
{
public:
    // language: "en", "zh_CN", "zh_TW" or "" for the system locale. Sets the default
    // QLocale too, so numbers and dates follow the language. Returns the locale used.
    static QLocale install(QCoreApplication *app, const QString &language);
    static QString displayName(const QString &language);
};
