#pragma once

#include <QLocale>
#include <QString>

// Installs the console's and Qt's own translations for one language, and swaps them when
// the language changes while Steward runs. main() calls switchTo() before any window
// exists, and the Preferences dialog's language switch calls it again. Installing and
// removing translators sends QEvent::LanguageChange to every window, which rebuilds its
// text (see MainWindow).
class TranslationLoader final
{
public:
    // language: "en", "zh_CN", "zh_TW" or "" for the system locale. Removes the
    // translators an earlier call put in, installs the ones for `language` and sets the
    // default QLocale, so numbers and dates follow the language. Returns the locale used.
    static QLocale switchTo(const QString &language);
    // Which of Steward's catalogues a locale reads: "en", "zh_CN" or "zh_TW". Traditional
    // script (Taiwan, Hong Kong, Macau) reads zh_TW, any other Chinese zh_CN, the rest en.
    static QString catalogueFor(const QLocale &locale);
    // The catalogue installed now ("" before the first switchTo()).
    static QString currentCatalogue();
    // True when Qt's own strings (dialog buttons) were found for the current catalogue.
    static bool hasQtTranslations();
    static QString displayName(const QString &language);
};
