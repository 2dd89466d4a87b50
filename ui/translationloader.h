#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// Installs the console's and Qt's own translations for one language, and swaps them when
// the language changes while Steward runs. main() calls install() before any window
// exists; the Preferences dialog's language switch calls switchTo(). Installing and
// removing translators sends QEvent::LanguageChange to every window, which rebuilds its
// text (see MainWindow).
class TranslationLoader final
{
public:
    // language: "en", "zh_CN", "zh_TW" or "" for the system locale. Sets the default
    // QLocale too, so numbers and dates follow the language. Returns the locale used.
    static QLocale install(QCoreApplication *app, const QString &language);
    // Removes the translators install() or an earlier switchTo() put in, installs the
    // ones for `language` (same values as install()) and sets the default QLocale.
    static QLocale switchTo(const QString &language);
    // Which of Steward's catalogues a locale reads: "en", "zh_CN" or "zh_TW". Traditional
    // script (Taiwan, Hong Kong, Macau) reads zh_TW, any other Chinese zh_CN, the rest en.
    static QString catalogueFor(const QLocale &locale);
    // The catalogue installed now ("" before install()).
    static QString currentCatalogue();
    // True when Qt's own strings (dialog buttons) were found for the current catalogue.
    static bool hasQtTranslations();
    static QString displayName(const QString &language);
};
