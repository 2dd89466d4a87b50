#include "appsettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
constexpr int DefaultSyncIntervalMinutes = 15;
constexpr int MaxSyncIntervalMinutes = 24 * 60;
}

QString AppSettings::language()
{
    const QString value = QSettings().value(u"ui/language"_s).toString();
    return supportedLanguages().contains(value) ? value : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(u"ui/language"_s, language);
}

QStringList AppSettings::supportedLanguages()
{
    return {u"en"_s, u"zh_CN"_s, u"zh_TW"_s};
}

int AppSettings::syncIntervalMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(u"sync/intervalMinutes"_s, DefaultSyncIntervalMinutes).toInt(&ok);
    if (!ok || minutes < 0)
        return DefaultSyncIntervalMinutes;
    return qMin(minutes, MaxSyncIntervalMinutes);
}

void AppSettings::setSyncIntervalMinutes(int minutes)
{
    QSettings().setValue(u"sync/intervalMinutes"_s, qBound(0, minutes, MaxSyncIntervalMinutes));
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(u"window/geometry"_s).toByteArray();
}

QByteArray AppSettings::windowState()
{
    return QSettings().value(u"window/state"_s).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(u"window/geometry"_s, geometry);
}

void AppSettings::setWindowState(const QByteArray &state)
{
    QSettings().setValue(u"window/state"_s, state);
}

QString AppSettings::lastPane()
{
    return QSettings().value(u"window/pane"_s).toString();
}

void AppSettings::setLastPane(const QString &paneId)
{
    QSettings().setValue(u"window/pane"_s, paneId);
}
