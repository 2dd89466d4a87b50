#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

// The stretch of days the KPI pane shows. Presets are resolved against the newest day with
// metrics (the cache's "today": metrics end yesterday), so "last 7 days" means the last
// seven days that have figures, also in a cache that has not synced for a while.
class KpiPeriod final
{
    Q_DECLARE_TR_FUNCTIONS(KpiPeriod)
public:
    enum class Preset { Last7Days, Last30Days, Last90Days, ThisQuarter, LastQuarter, ThisYear, Custom };

    KpiPeriod() = default;
    explicit KpiPeriod(Preset preset) : m_preset(preset) {}
    static KpiPeriod custom(const QDate &from, const QDate &to);

    Preset preset() const { return m_preset; }
    // The days [first, last] for data ending on `newest` (inclusive). Custom periods are
    // returned as given (first and last swapped when reversed).
    QDate first(const QDate &newest) const;
    QDate last(const QDate &newest) const;
    // The period of the same length right before this one.
    static QDate previousFirst(const QDate &first, const QDate &last) { return first.addDays(-(first.daysTo(last) + 1)); }
    static QDate previousLast(const QDate &first) { return first.addDays(-1); }

    static QString presetName(Preset preset);
    static QString key(Preset preset); // "7d", "30d", "90d", "quarter", "last-quarter", "year", "custom"
    static QList<Preset> presets();
    bool operator==(const KpiPeriod &) const = default;

private:
    Preset m_preset = Preset::Last30Days;
    QDate m_from, m_to;
};

// Public holidays that move community activity (China's calendar, where the demo community
// lives): the Spring Festival week, Labour Day, National Day week and New Year's Day.
namespace KpiHolidays {
// "spring_festival", "labour_day", "national_day", "new_year"; empty for an ordinary day.
QString on(const QDate &date);
QString name(const QString &key); // translated
} // namespace KpiHolidays
