#include "kpiperiod.h"

using namespace Qt::StringLiterals;

namespace {

QDate quarterStart(const QDate &d)
{
    return {d.year(), (d.month() - 1) / 3 * 3 + 1, 1};
}

// The first day of the Chinese New Year (the Spring Festival holiday centres on it).
QDate springFestival(int year)
{
    static const int days[][3] = {
        {2018, 2, 16}, {2019, 2, 5}, {2020, 1, 25}, {2021, 2, 12}, {2022, 2, 1}, {2023, 1, 22},
        {2024, 2, 10}, {2025, 1, 29}, {2026, 2, 17}, {2027, 2, 6}, {2028, 1, 26}, {2029, 2, 13},
        {2030, 2, 3}, {2031, 1, 23}, {2032, 2, 11}, {2033, 1, 31}, {2034, 2, 19}, {2035, 2, 8}};
    for (const auto &d : days)
        if (d[0] == year)
            return {d[0], d[1], d[2]};
    return {};
}

} // namespace

KpiPeriod KpiPeriod::custom(const QDate &from, const QDate &to)
{
    KpiPeriod p(Preset::Custom);
    p.m_from = std::min(from, to);
    p.m_to = std::max(from, to);
    return p;
}

QDate KpiPeriod::first(const QDate &newest) const
{
    switch (m_preset) {
    case Preset::Last7Days: return newest.addDays(-6);
    case Preset::Last30Days: return newest.addDays(-29);
    case Preset::Last90Days: return newest.addDays(-89);
    case Preset::ThisQuarter: return quarterStart(newest);
    case Preset::LastQuarter: return quarterStart(newest).addMonths(-3);
    case Preset::ThisYear: return {newest.year(), 1, 1};
    case Preset::Custom: return m_from;
    }
    return newest;
}

QDate KpiPeriod::last(const QDate &newest) const
{
    switch (m_preset) {
    case Preset::LastQuarter: return quarterStart(newest).addDays(-1);
    case Preset::Custom: return m_to;
    default: return newest;
    }
}

QList<KpiPeriod::Preset> KpiPeriod::presets()
{
    return {Preset::Last7Days, Preset::Last30Days, Preset::Last90Days, Preset::ThisQuarter,
            Preset::LastQuarter, Preset::ThisYear, Preset::Custom};
}

QString KpiPeriod::presetName(Preset preset)
{
    switch (preset) {
    case Preset::Last7Days: return tr("Last 7 days");
    case Preset::Last30Days: return tr("Last 30 days");
    case Preset::Last90Days: return tr("Last 90 days");
    case Preset::ThisQuarter: return tr("This quarter");
    case Preset::LastQuarter: return tr("Last quarter");
    case Preset::ThisYear: return tr("This year");
    case Preset::Custom: return tr("Custom…");
    }
    return {};
}

QString KpiPeriod::key(Preset preset)
{
    switch (preset) {
    case Preset::Last7Days: return u"7d"_s;
    case Preset::Last30Days: return u"30d"_s;
    case Preset::Last90Days: return u"90d"_s;
    case Preset::ThisQuarter: return u"quarter"_s;
    case Preset::LastQuarter: return u"last-quarter"_s;
    case Preset::ThisYear: return u"year"_s;
    case Preset::Custom: return u"custom"_s;
    }
    return {};
}

QString KpiHolidays::on(const QDate &date)
{
    if (!date.isValid())
        return {};
    const QDate spring = springFestival(date.year());
    if (spring.isValid()) {
        const qint64 offset = spring.daysTo(date);
        if (offset >= -1 && offset <= 6)
            return u"spring_festival"_s;
    }
    if (date.month() == 10 && date.day() <= 7)
        return u"national_day"_s;
    if (date.month() == 5 && date.day() <= 5)
        return u"labour_day"_s;
    if (date.month() == 1 && date.day() == 1)
        return u"new_year"_s;
    return {};
}

QString KpiHolidays::name(const QString &key)
{
    if (key == u"spring_festival")
        return QCoreApplication::translate("KpiHolidays", "Spring Festival");
    if (key == u"national_day")
        return QCoreApplication::translate("KpiHolidays", "National Day holiday");
    if (key == u"labour_day")
        return QCoreApplication::translate("KpiHolidays", "Labour Day holiday");
    if (key == u"new_year")
        return QCoreApplication::translate("KpiHolidays", "New Year's Day");
    return key;
}
