#pragma once

#include "store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

// Members 1..n whose every field is a function of the member number, written through the
// Store's ingest (as a sync would), plus tiers, badges, groups and a few RFM segments.
namespace MemberFixture {
using namespace Qt::StringLiterals;

inline QString id(int i) { return QString::number(i); }
inline QString handle(int i) { return u"user%1"_s.arg(i, 3, 10, QChar(u'0')); }
inline QString name(int i)
{
    static const QString names[] = {u"张伟"_s, u"Alice Chen"_s, u"李娜"_s, u"Bob Stone"_s, u"王小明"_s, u"Carol 王"_s, u"Dave"_s};
    return names[i % 7] + u" "_s + QString::number(i);
}
inline QString tier(int i)
{
    static const QString t[] = {u"newcomer"_s, u"regular"_s, u"core"_s, u"backbone"_s, u"regular"_s, u"newcomer"_s};
    return t[i % 6];
}
inline QString channel(int i)
{
    static const QString c[] = {u"organic"_s, u"search"_s, u"wechat"_s, u"weibo"_s, u"referral"_s};
    return c[i % 5];
}
inline QString status(int i) { return i % 11 == 0 ? u"banned"_s : i % 7 == 0 ? u"muted"_s : u"active"_s; }
inline QString segment(int i)
{
    static const QString s[] = {u"champions"_s, u"loyal"_s, u"potential"_s, u"at_risk"_s, u"hibernating"_s};
    return i % 4 == 0 ? QString() : s[i % 5];
}
inline QDateTime base() { return QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC); }

inline QJsonObject member(int i)
{
    QJsonArray badges;
    for (int b = 0; b < i % 4; ++b)
        badges.append(QStringList{u"active_star"_s, u"helpful_hand"_s, u"mentor"_s}.at(b));
    QJsonArray groups;
    if (i % 3 == 0)
        groups.append(u"g1"_s);
    if (i % 5 == 0)
        groups.append(u"g2"_s);
    QJsonObject o{{u"id"_s, id(i)}, {u"version"_s, 1}, {u"handle"_s, handle(i)},
                  {u"joined_at"_s, base().addDays(i).toString(Qt::ISODate)},
                  {u"last_active_at"_s, base().addDays(300 - (i * 7) % 290).toString(Qt::ISODate)},
                  {u"signup_channel"_s, channel(i)}, {u"tier"_s, tier(i)}, {u"tier_locked"_s, i % 9 == 0},
                  {u"points"_s, (i * 37) % 500}, {u"badges"_s, badges}, {u"groups"_s, groups},
                  {u"active_days_30"_s, i % 31}, {u"spend_total"_s, (i % 10) * 12.5}, {u"status"_s, status(i)},
                  {u"language"_s, u"zh_CN"_s}, {u"notes"_s, QJsonArray()}};
    if (i % 50 != 0) // a few members without a display name: NULL sorts first
        o.insert(u"display_name"_s, name(i));
    if (status(i) == u"muted"_s)
        o.insert(u"muted_until"_s, u"2030-01-01T00:00:00Z"_s);
    return o;
}

inline bool fill(Store *store, int count, QString *error)
{
    ChangesPage page;
    qint64 seq = 0;
    const auto add = [&](const QString &entity, const QString &eid, const QJsonObject &data) {
        Change c;
        c.seq = ++seq;
        c.entity = entity;
        c.id = eid;
        c.version = 1;
        c.data = data;
        page.changes << c;
    };
    const QString tiers[] = {u"newcomer"_s, u"regular"_s, u"core"_s, u"backbone"_s};
    for (int t = 0; t < 4; ++t)
        add(u"tier"_s, tiers[t], {{u"id"_s, tiers[t]}, {u"name"_s, tiers[t]}, {u"order"_s, t}});
    for (const QString &b : {u"active_star"_s, u"helpful_hand"_s, u"mentor"_s})
        add(u"badge"_s, b, {{u"id"_s, b}, {u"name"_s, b}, {u"name_zh"_s, u"徽章"_s}, {u"description"_s, u"d"_s},
                            {u"criteria"_s, u"c"_s}, {u"awarded_count"_s, 1}});
    add(u"group"_s, u"g1"_s, {{u"id"_s, u"g1"_s}, {u"name"_s, u"Python 入门"_s}, {u"topic"_s, u"python"_s},
                              {u"level"_s, u"beginner"_s}, {u"admins"_s, QJsonArray{u"3"_s}}, {u"member_count"_s, count / 3},
                              {u"posts_30"_s, 200}, {u"active_members_30"_s, count / 6},
                              {u"last_activity_at"_s, u"2026-11-19T08:00:00Z"_s}});
    add(u"group"_s, u"g2"_s, {{u"id"_s, u"g2"_s}, {u"name"_s, u"Rust advanced"_s}, {u"topic"_s, u"rust"_s},
                              {u"level"_s, u"advanced"_s}, {u"admins"_s, QJsonArray()}, {u"member_count"_s, count / 5},
                              {u"posts_30"_s, 0}, {u"active_members_30"_s, 0},
                              {u"last_activity_at"_s, u"2026-09-01T08:00:00Z"_s}});
    for (int i = 1; i <= count; ++i)
        add(u"member"_s, id(i), member(i));
    page.nextSince = seq;
    if (!store->applyChangesPage(page, error))
        return false;
    QSqlQuery q(store->database());
    q.prepare(u"INSERT INTO member_segment(member_rid, segment, r_score, f_score, m_score, computed_at) "
              "SELECT rid, ?, 3, 3, 3, '2026-11-20T00:00:00Z' FROM member WHERE id = ?"_s);
    for (int i = 1; i <= count; ++i) {
        if (segment(i).isEmpty())
            continue;
        q.addBindValue(segment(i));
        q.addBindValue(id(i));
        if (!q.exec()) {
            *error = u"member_segment"_s;
            return false;
        }
    }
    return true;
}
} // namespace MemberFixture
