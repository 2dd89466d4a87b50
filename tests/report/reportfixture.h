#pragma once

#include "store.h"
#include "storenotifier.h"

#include <QDate>
#include <QString>
#include <QTemporaryDir>
#include <memory>

// A cache with two quarters of known figures (2026Q2 and 2026Q3), written through Store's
// typed API as a sync would. Every daily figure follows a formula (the static functions
// below), so a test computes what the report must print without reading the report's
// code. Dates are in Asia/Shanghai, the report's default community zone.
class ReportFixture final
{
    Q_DISABLE_COPY_MOVE(ReportFixture)
public:
    ReportFixture();
    ~ReportFixture();

    // Opens the cache and fills it; false on failure (a warning says why).
    bool open();
    Store *store() const { return m_store.get(); }
    StoreNotifier *notifier() const { return m_notifier.get(); }
    QString dataDir() const { return m_dir.path(); }
    QString cacheFile() const { return Store::cacheFilePath(m_dir.path()); }

    // The metric days: 2026-04-01 to 2026-09-30.
    static QDate firstDay() { return QDate(2026, 4, 1); }
    static QDate lastDay() { return QDate(2026, 9, 30); }
    static int index(const QDate &d) { return int(firstDay().daysTo(d)); }
    static qint64 dau(const QDate &d);
    static qint64 wau(const QDate &d) { return 3000 + index(d); }
    static qint64 mau(const QDate &d) { return 6000 + 2 * index(d); }
    static qint64 wechat(const QDate &d) { return 5 + index(d) % 3; }
    static qint64 search(const QDate &) { return 3; }
    static qint64 organic(const QDate &) { return 2; }
    static qint64 newMembers(const QDate &d) { return wechat(d) + search(d) + organic(d); }
    static qint64 membersBefore() { return 5000; }
    static qint64 posts(const QDate &d) { return 200 + index(d) % 5; }
    static qint64 comments(const QDate &) { return 400; }
    static qint64 reports(const QDate &) { return 20; }
    static qint64 decisions(const QDate &d) { return 18 + index(d) % 2; }
    static qint64 violations(const QDate &) { return 6; }
    static qint64 backlog(const QDate &d) { return 5 + index(d) % 4; }
    static double revenue(const QDate &) { return 250.5; }
    // The day DAU jumps (a campaign runs).
    static QDate spikeDay() { return QDate(2026, 8, 12); }

    // User text in the cache: a campaign named with markup, a Chinese campaign name with
    // the characters the CFF font trap mangles, a note with markup.
    static QString markupCampaign() { return QStringLiteral("<b>Launch</b> & <i>Friends</i> <br/>"); }
    static QString chineseCampaign() { return QStringLiteral("心手骨干挑战赛 2026"); }
    static QString markupNote() { return QStringLiteral("<script>alert(1)</script> keep as text"); }

private:
    bool fill();

    QTemporaryDir m_dir;
    std::unique_ptr<StoreNotifier> m_notifier;
    std::unique_ptr<Store> m_store;
};
