#include "democommunity.h"

#include "platformdb.h"
#include "jsonwriter.h"
#include "seedrandom.h"
#include "tierrules.h"

#include <QJsonDocument>
#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

QDate springFestival(int year)
{
    switch (year) {
    case 2020: return {2020, 1, 25};
    case 2021: return {2021, 2, 12};
    case 2022: return {2022, 2, 1};
    case 2023: return {2023, 1, 22};
    case 2024: return {2024, 2, 10};
    case 2025: return {2025, 1, 29};
    case 2026: return {2026, 2, 17};
    case 2027: return {2027, 2, 6};
    case 2028: return {2028, 1, 26};
    case 2029: return {2029, 2, 13};
    case 2030: return {2030, 2, 3};
    case 2031: return {2031, 1, 23};
    case 2032: return {2032, 2, 11};
    case 2033: return {2033, 1, 31};
    case 2034: return {2034, 2, 19};
    case 2035: return {2035, 2, 8};
    default: return {year, 2, 5}; // close enough outside the table
    }
}

// Activity multiplier for holidays: Spring Festival week (-35 %) and National Day (-28 %).
double holidayFactor(const QDate &date)
{
    const qint64 fromSpring = springFestival(date.year()).daysTo(date);
    if (fromSpring >= -1 && fromSpring <= 6)
        return 0.65;
    if (fromSpring == -2 || fromSpring == 7 || fromSpring == 8)
        return 0.85;
    if (date.month() == 10 && date.day() <= 7)
        return 0.72;
    return 1.0;
}

const double kWeekdayActivity[8] = {0, 1.0, 1.02, 1.03, 1.0, 0.94, 0.74, 0.78}; // [dayOfWeek]

} // namespace

DemoCommunity::DemoCommunity(PlatformDb &db, QDate today, QTimeZone timeZone, qint64 members)
    : db(db), todayDate(today), timeZone(std::move(timeZone))
{
    if (!this->timeZone.isValid())
        this->timeZone = QTimeZone("Asia/Shanghai");
    if (!todayDate.isValid())
        todayDate = QDateTime::currentDateTimeUtc().toTimeZone(this->timeZone).date();
    memberCount = std::max<qint64>(members, 10);
    rng.seed(quint64(todayDate.toJulianDay()));
    tiers = TierRules::defaultTiers();
}

// 1..n in the order of their decimal strings (1, 10, 100, ..., 11, 110, ...). Rows are
// inserted in this order so the (entity, id) index grows at its end instead of at random
// places: at a million members that is the difference between appending and thrashing.
std::vector<qint64> DemoCommunity::lexicalOrder(qint64 n)
{
    std::vector<qint64> out;
    out.reserve(size_t(std::max<qint64>(0, n)));
    qint64 cur = 1;
    for (qint64 i = 0; i < n; ++i) {
        out.push_back(cur);
        if (cur * 10 <= n) {
            cur *= 10;
        } else {
            while (cur % 10 == 9 || cur + 1 > n)
                cur /= 10;
            ++cur;
        }
    }
    return out;
}

void DemoCommunity::insert(const char *entity, const QByteArray &id, const QByteArray &json)
{
    db.insertSeed(QString::fromLatin1(entity), QString::fromLatin1(id), json);
}

void DemoCommunity::insert(const char *entity, const QString &id, const QJsonObject &object)
{
    QJsonObject o = object;
    o.insert(u"id"_s, id);
    o.insert(u"version"_s, 1);
    o.insert(u"updated_at"_s, QString::fromLatin1(anchorIso));
    db.insertSeed(QString::fromLatin1(entity), id, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

int DemoCommunity::dayOf(qint64 epoch) const
{
    const auto it = std::upper_bound(dayStart.begin(), dayStart.end(), epoch);
    return int(it - dayStart.begin()) - 1;
}

qint64 DemoCommunity::randomTimeOnDay(int day)
{
    // Community hours: quiet at night, busiest in the evening.
    const double x = SeedRandom::uniform01(rng) * hourCumulative.back();
    const int hour = int(std::upper_bound(hourCumulative.begin(), hourCumulative.end(), x)
                         - hourCumulative.begin());
    const qint64 length = dayStart[day + 1] - dayStart[day];
    const qint64 offset = std::min<qint64>(hour * 3600 + SeedRandom::uniformInt(rng, 0, 3599), length - 1);
    return dayStart[day] + offset;
}

void DemoCommunity::setupCalendar()
{
    today = kHistoryDays;
    firstDate = todayDate.addDays(-kHistoryDays);
    metricStart = today - kMetricDays;
    ledgerStart = today - kLedgerDays;
    const int total = today + kFutureDays;
    dayStart.resize(total + 1);
    dateText.resize(total + 1);
    activityFactor.resize(total + 1);
    signupWeight.resize(today);
    for (int d = 0; d <= total; ++d) {
        const QDate date = firstDate.addDays(d);
        dayStart[d] = QDateTime(date, QTime(0, 0), timeZone).toSecsSinceEpoch();
        dateText[d] = date.toString(Qt::ISODate).toLatin1();
        activityFactor[d] = kWeekdayActivity[date.dayOfWeek()] * holidayFactor(date)
            * (1.0 + 0.03 * SeedRandom::normal(rng));
    }
    anchor = dayStart[today];
    anchorIso = JsonWriter::isoUtc(anchor);
    for (int d = 0; d < today; ++d) {
        const QDate date = firstDate.addDays(d);
        // Exponential growth: the last year brings about half of all signups.
        const double growth = std::exp(1.5 * double(d) / today);
        const double weekday = date.dayOfWeek() >= 6 ? 0.9 : 1.0;
        signupWeight[d] = growth * weekday * (0.5 + 0.5 * holidayFactor(date))
            * std::exp(0.15 * SeedRandom::normal(rng));
    }
    static const double hours[24] = {2, 1, 0.6, 0.4, 0.3, 0.4, 0.8, 1.5, 2.5, 3, 3.2, 3.4,
                                     3.6, 3, 3, 3.1, 3.2, 3.3, 3.6, 4.2, 4.8, 5, 4.2, 3};
    hourCumulative.resize(24);
    std::partial_sum(std::begin(hours), std::end(hours), hourCumulative.begin());
}
