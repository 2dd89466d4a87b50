#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

QLocale TranslationLoader::install(QCoreApplication *app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    // English is the source language: nothing to load, and a Chinese system locale must
    // not pull in Qt's Chinese dialog strings behind an English console.
    if (locale.language() != QLocale::Chinese)
        return locale;

    // Traditional script (Taiwan, Hong Kong, Macau) gets zh_TW, everything else zh_CN.
    const bool traditional = locale.script() == QLocale::TraditionalChineseScript
            || locale.territory() == QLocale::Taiwan || locale.territory() == QLocale::HongKong
            || locale.territory() == QLocale::Macau;
    const QString suffix = traditional ? u"zh_TW"_s : u"zh_CN"_s;

    auto *own = new QTranslator(app);
    if (own->load(u":/i18n/steward_"_s + suffix))
        QCoreApplication::installTranslator(own);
    else
        delete own;

    auto *qt = new QTranslator(app);
    if (qt->load(u"qtbase_"_s + suffix, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale;
}

QString TranslationLoader::displayName(const QString &language)
{
    // Each language in its own script, so a user can find theirs whatever is active.
    if (language == u"zh_CN")
        return u"简体中文"_s;
    if (language == u"zh_TW")
        return u"繁體中文"_s;
    if (language == u"en")
        return u"English"_s;
    return QCoreApplication::translate("TranslationLoader", "System default");
}
