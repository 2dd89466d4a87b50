#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
// The translators this class put in, so that a switch can take exactly those out again.
// Parented to the application: they live as long as it does.
struct Installed {
    QPointer<QTranslator> own;
    QPointer<QTranslator> qt;
    QString catalogue;
};

Installed &installed()
{
    static Installed state;
    return state;
}

void removeInstalled()
{
    Installed &state = installed();
    for (QPointer<QTranslator> *translator : {&state.own, &state.qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete translator->data();
        }
        *translator = nullptr;
    }
    state.catalogue.clear();
}

QTranslator *loaded(const QString &name, const QString &directory = {})
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(name, directory))
        return translator;
    delete translator;
    return nullptr;
}
} // namespace

QLocale TranslationLoader::switchTo(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const QString catalogue = catalogueFor(locale);
    // The default locale first: windows rebuilt on the LanguageChange that the
    // translators send format their numbers and dates with it already.
    QLocale::setDefault(locale);

    removeInstalled();
    Installed &state = installed();
    state.catalogue = catalogue;
    // English is the source text; its catalogue holds only the plural forms ("1 change",
    // "2 changes") of the messages that count something.
    if (QTranslator *own = loaded(u":/i18n/steward_"_s + catalogue)) {
        state.own = own;
        QCoreApplication::installTranslator(own);
    }
    // Qt's own strings (dialog buttons, context menus) for Chinese only: a Chinese system
    // locale must not pull Qt's Chinese buttons into an English console. When Qt's
    // catalogue is missing, Qt falls back to its English source text.
    if (catalogue != u"en") {
        if (QTranslator *qt = loaded(u"qtbase_"_s + catalogue, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            state.qt = qt;
            QCoreApplication::installTranslator(qt);
        }
    }
    return locale;
}

QString TranslationLoader::catalogueFor(const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return u"en"_s;
    const bool traditional = locale.script() == QLocale::TraditionalChineseScript
            || locale.territory() == QLocale::Taiwan || locale.territory() == QLocale::HongKong
            || locale.territory() == QLocale::Macau;
    return traditional ? u"zh_TW"_s : u"zh_CN"_s;
}

QString TranslationLoader::currentCatalogue()
{
    return installed().catalogue;
}

bool TranslationLoader::hasQtTranslations()
{
    return !installed().qt.isNull();
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
