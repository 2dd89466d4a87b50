#pragma once

// A small, fully known community history for the KPI tests: every figure is a simple
// function of the day number, so the expected answers can be worked out by hand.

#include "kpihistory.h"
#include "store.h"
#include "synctypes.h"

#include <QJsonObject>
#include <QTest>

namespace KpiTestData {

using namespace Qt::StringLiterals;

// The newest day of the fixture; day t is Newest - (Days - 1) + t.
inline const QDate Newest(2026, 11, 23); // a Monday
constexpr int Days = 400;
inline QDate dayDate(int t) { return Newest.addDays(t - (Days - 1)); }
inline int dayOf(const QDate &d) { return int(dayDate(0).daysTo(d)); }

// A spike in DAU on this day: an anomaly the charts must mark.
inline const QDate SpikeDay(2026, 11, 11);
constexpr double SpikeExtra = 900;

inline double dau(int t)
{
    static const double week[7] = {40, 60, 70, 50, 20, -120, -120}; // Mon..Sun, sums to 0
    return 1000 + t + week[dayDate(t).dayOfWeek() - 1] + (dayDate(t) == SpikeDay ? SpikeExtra : 0);
}
inline double mau(int t) { return 4000 + 2 * t; }
inline double organic(int t) { return 10 + t % 3; }
inline double wechat(int) { return 5; }
inline double fromCampaigns(int t) { return dayDate(t).dayOfWeek() == 1 ? 14 : 0; }

inline QJsonObject metricDay(int t)
{
    const QDate d = dayDate(t);
    return QJsonObject{
        {u"id"_s, d.toString(Qt::ISODate)}, {u"version"_s, 1}, {u"date"_s, d.toString(Qt::ISODate)},
        {u"members_total"_s, 10000 + 20 * t}, {u"dau"_s, dau(t)}, {u"wau"_s, 2500 + 2 * t}, {u"mau"_s, mau(t)},
        {u"visitors"_s, 2 * dau(t)},
        {u"new_members"_s, QJsonObject{{u"organic"_s, organic(t)}, {u"wechat"_s, wechat(t)}, {u"campaign"_s, fromCampaigns(t)}}},
        {u"posts"_s, 100 + (t % 7) * 5}, {u"comments"_s, 300}, {u"likes"_s, 600}, {u"shares"_s, 30},
        {u"reports"_s, 20}, {u"decisions"_s, 50}, {u"median_decision_minutes"_s, 30 + t % 5},
        {u"backlog"_s, 40 + t % 10}, {u"violations"_s, 10}, {u"conversions"_s, 3}, {u"paying_members"_s, 500},
        {u"revenue"_s, 100.5}, {u"sentiment"_s, 0.2 + 0.01 * (t % 3)}};
}

// Weekly cohorts starting on the Mondays of the history: size 200, half back on day 1, a
// quarter on day 7, a tenth on day 30; days not yet reached are null.
inline QJsonObject cohort(const QDate &monday)
{
    const auto known = [&](int n, int value) -> QJsonValue {
        return monday.addDays(6 + n) <= Newest ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{{u"id"_s, monday.toString(Qt::ISODate)}, {u"version"_s, 1},
                       {u"cohort_start"_s, monday.toString(Qt::ISODate)}, {u"size"_s, 200},
                       {u"d1"_s, known(1, 100)}, {u"d7"_s, known(7, 50)}, {u"d30"_s, known(30, 20)}};
}

inline QJsonObject campaign(const QString &id, const QString &name, const QDate &start, const QDate &end,
                            const QString &status = u"scheduled"_s)
{
    return QJsonObject{{u"id"_s, id}, {u"version"_s, 1}, {u"name"_s, name}, {u"type"_s, u"contest"_s},
                       {u"mode"_s, u"online"_s}, {u"start_date"_s, start.toString(Qt::ISODate)},
                       {u"end_date"_s, end.toString(Qt::ISODate)}, {u"status"_s, status}};
}

inline QList<QDate> cohortMondays()
{
    QList<QDate> out;
    for (QDate d = dayDate(0).addDays((8 - dayDate(0).dayOfWeek()) % 7); d <= Newest; d = d.addDays(7))
        out << d;
    return out;
}

// The whole fixture written into a cache the way sync writes it.
inline bool fill(Store *store)
{
    QList<Change> changes;
    qint64 seq = 0;
    const auto add = [&](const QString &entity, const QJsonObject &data) {
        Change c;
        c.seq = ++seq;
        c.entity = entity;
        c.id = data.value(u"id"_s).toString();
        c.version = 1;
        c.data = data;
        changes.append(c);
    };
    for (int t = 0; t < Days; ++t)
        add(u"metric_day"_s, metricDay(t));
    for (const QDate &monday : cohortMondays())
        add(u"retention_cohort"_s, cohort(monday));
    add(u"campaign"_s, campaign(u"c1"_s, u"Autumn Reading Marathon"_s, QDate(2026, 11, 9), QDate(2026, 11, 15)));
    add(u"campaign"_s, campaign(u"c2"_s, u"Cancelled meetup"_s, QDate(2026, 11, 1), QDate(2026, 11, 1), u"cancelled"_s));
    add(u"campaign"_s, campaign(u"c3"_s, u"Winter Q&A"_s, QDate(2026, 12, 10), QDate(2026, 12, 20)));
    ChangesPage page;
    page.changes = changes;
    page.nextSince = seq;
    QString error;
    if (!store->applyChangesPage(page, &error)) {
        qWarning("fill: %s", qPrintable(error));
        return false;
    }
    return true;
}

} // namespace KpiTestData
