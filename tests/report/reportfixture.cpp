#include "reportfixture.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
const QString kStamp = u"2026-10-01T00:00:00Z"_s;
const QStringList kTiers = {u"newcomer"_s, u"regular"_s, u"core"_s, u"backbone"_s};

Change change(qint64 seq, const QString &entity, const QString &id, QJsonObject data)
{
    data.insert(u"id"_s, id);
    data.insert(u"version"_s, 1);
    if (!data.contains(u"updated_at"_s))
        data.insert(u"updated_at"_s, kStamp);
    Change c;
    c.seq = seq;
    c.entity = entity;
    c.id = id;
    c.version = 1;
    c.data = data;
    return c;
}
} // namespace

ReportFixture::ReportFixture() = default;

ReportFixture::~ReportFixture()
{
    m_store.reset();
}

qint64 ReportFixture::dau(const QDate &d)
{
    if (d == spikeDay())
        return 3000;
    return 1000 + (index(d) % 7) * 10 + (d.month() >= 7 ? 100 : 0);
}

bool ReportFixture::open()
{
    m_notifier = std::make_unique<StoreNotifier>();
    m_store = std::make_unique<Store>(m_notifier.get());
    QString error;
    if (!m_store->open(cacheFile(), &error)) {
        qWarning("cache: %s", qPrintable(error));
        return false;
    }
    return fill();
}

bool ReportFixture::fill()
{
    QList<Change> changes;
    qint64 seq = 0;
    const auto add = [&](const QString &entity, const QString &id, QJsonObject data) {
        changes.append(change(++seq, entity, id, std::move(data)));
    };

    qint64 total = membersBefore();
    for (QDate d = firstDay(); d <= lastDay(); d = d.addDays(1)) {
        total += newMembers(d);
        add(u"metric_day"_s, d.toString(Qt::ISODate),
            {{u"date"_s, d.toString(Qt::ISODate)}, {u"members_total"_s, total}, {u"dau"_s, dau(d)},
             {u"wau"_s, wau(d)}, {u"mau"_s, mau(d)}, {u"visitors"_s, 2500},
             {u"new_members"_s, QJsonObject{{u"wechat"_s, wechat(d)}, {u"search"_s, search(d)}, {u"organic"_s, organic(d)}}},
             {u"posts"_s, posts(d)}, {u"comments"_s, comments(d)}, {u"likes"_s, 800}, {u"shares"_s, 50},
             {u"reports"_s, reports(d)}, {u"decisions"_s, decisions(d)},
             {u"median_decision_minutes"_s, 30 + index(d) % 10}, {u"backlog"_s, backlog(d)},
             {u"violations"_s, violations(d)}, {u"conversions"_s, 3}, {u"paying_members"_s, 100 + index(d)},
             {u"revenue"_s, revenue(d)}, {u"sentiment"_s, 0.25}});
    }
    for (QDate monday(2026, 3, 30); monday <= QDate(2026, 9, 28); monday = monday.addDays(7)) {
        const bool recent = monday >= QDate(2026, 9, 7);
        add(u"retention_cohort"_s, monday.toString(Qt::ISODate),
            {{u"cohort_start"_s, monday.toString(Qt::ISODate)}, {u"size"_s, 70}, {u"d1"_s, 35},
             {u"d7"_s, monday == QDate(2026, 9, 28) ? QJsonValue() : QJsonValue(21)},
             {u"d30"_s, recent ? QJsonValue() : QJsonValue(14)}});
    }
    for (int i = 0; i < kTiers.size(); ++i) {
        add(u"tier"_s, kTiers.at(i),
            {{u"name"_s, QString(kTiers.at(i).at(0).toUpper() + kTiers.at(i).mid(1))}, {u"order"_s, i},
             {u"rules"_s, QJsonObject{{u"op"_s, u"and"_s}, {u"conditions"_s, QJsonArray()}}},
             {u"privileges"_s, QJsonArray()}, {u"demotion_grace_days"_s, 14}});
    }
    for (int i = 1; i <= 40; ++i) {
        add(u"member"_s, QString::number(i),
            {{u"handle"_s, i == 1 ? u"lin_xm"_s : u"member%1"_s.arg(i)},
             {u"display_name"_s, i == 1 ? u"林小明"_s : u"Member %1"_s.arg(i)},
             {u"joined_at"_s, i <= 4 ? u"2026-07-20T00:00:00Z"_s : u"2025-06-01T00:00:00Z"_s},
             {u"last_active_at"_s, u"2026-09-30T00:00:00Z"_s}, {u"signup_channel"_s, u"wechat"_s},
             {u"tier"_s, kTiers.at(i % 4)}, {u"tier_locked"_s, false},
             {u"tier_since"_s, i <= 12 ? u"2026-08-01T02:00:00Z"_s : u"2026-01-10T00:00:00Z"_s},
             {u"points"_s, 100}, {u"badges"_s, i <= 10 ? QJsonArray{u"active_star"_s} : QJsonArray()},
             {u"groups"_s, QJsonArray()}, {u"status"_s, i == 5 ? u"muted"_s : i == 6 ? u"banned"_s : u"active"_s},
             {u"language"_s, u"zh_CN"_s}, {u"notes"_s, QJsonArray()}});
    }
    struct Entry {
        const char *id;
        int member;
        int points;
        const char *reason;
        const char *at;
    };
    const Entry entries[] = {
        {"p1", 1, 30, "Task: weekly check-in", "2026-07-05T03:00:00Z"},
        {"p2", 1, 30, "Task: weekly check-in", "2026-07-12T03:00:00Z"},
        {"p3", 2, 30, "Task: weekly check-in", "2026-08-02T03:00:00Z"},
        {"p4", 3, 30, "Task: weekly check-in", "2026-09-10T03:00:00Z"},
        {"p5", 2, -100, "Redemption: course coupon", "2026-09-15T03:00:00Z"},
        {"p6", 4, 500, "Opening balance", "2026-06-30T16:00:00Z"},  // 1 July, 00:00 in Shanghai
        {"p7", 5, 500, "Opening balance", "2026-06-30T15:59:59Z"},  // still June there
        {"p8", 7, 25, "Discussion: 2 posts, 1 comments, 0 helpful answers", "2026-09-30T15:59:59Z"},
        {"p9", 8, 10, "Welcome back", "2026-10-01T00:00:00Z"},      // 1 October there
    };
    for (const Entry &e : entries) {
        add(u"points_entry"_s, QString::fromLatin1(e.id),
            {{u"member_id"_s, QString::number(e.member)}, {u"points"_s, e.points}, {u"reason"_s, QString::fromLatin1(e.reason)},
             {u"awarded_by"_s, u"system"_s}, {u"created_at"_s, QString::fromLatin1(e.at)}});
    }
    add(u"badge"_s, u"active_star"_s, {{u"name"_s, u"Active Star"_s}, {u"name_zh"_s, u"活跃之星"_s},
                                        {u"description"_s, u""_s}, {u"criteria"_s, u""_s}, {u"awarded_count"_s, 10}});
    add(u"badge"_s, u"quality_contributor"_s, {{u"name"_s, u"Quality Contributor"_s}, {u"name_zh"_s, u"优质贡献者"_s},
                                                {u"description"_s, u""_s}, {u"criteria"_s, u""_s}, {u"awarded_count"_s, 3}});

    const auto figures = [](int participants, int joined, int conversions, double revenue) {
        return QJsonObject{{u"participants"_s, participants}, {u"new_members"_s, joined},
                           {u"conversions"_s, conversions}, {u"revenue"_s, revenue}};
    };
    const auto campaign = [&](const QString &id, const QString &name, const QString &type, const QString &start,
                              const QString &end, double budget, double cost, QJsonValue results, QJsonArray variants,
                              const QString &status, const QString &notes) {
        add(u"campaign"_s, id,
            {{u"name"_s, name}, {u"type"_s, type}, {u"mode"_s, u"online"_s}, {u"place"_s, QJsonValue()},
             {u"start_date"_s, start}, {u"end_date"_s, end}, {u"owner"_s, u"manager"_s}, {u"budget"_s, budget},
             {u"cost"_s, cost}, {u"target_tier"_s, QJsonValue()}, {u"target_segment"_s, QJsonValue()},
             {u"goals"_s, figures(400, 30, 40, 10000)}, {u"results"_s, results}, {u"variants"_s, variants},
             {u"status"_s, status}, {u"notes"_s, notes}});
    };
    campaign(u"c1"_s, markupCampaign(), u"contest"_s, u"2026-08-10"_s, u"2026-08-20"_s, 10000, 8000,
             figures(500, 40, 50, 12000),
             QJsonArray{QJsonObject{{u"name"_s, u"A: control"_s}, {u"exposures"_s, 2000}, {u"conversions"_s, 60}},
                        QJsonObject{{u"name"_s, u"B: bold banner"_s}, {u"exposures"_s, 2000}, {u"conversions"_s, 100}}},
             u"scheduled"_s, markupNote());
    campaign(u"c2"_s, chineseCampaign(), u"topic_discussion"_s, u"2026-09-01"_s, u"2026-09-07"_s, 5000, 4000,
             figures(300, 20, 10, 3000), QJsonArray(), u"scheduled"_s, QString());
    campaign(u"c3"_s, u"Cancelled meetup"_s, u"salon"_s, u"2026-07-15"_s, u"2026-07-15"_s, 3000, 500, QJsonValue(),
             QJsonArray(), u"cancelled"_s, QString());
    campaign(u"c4"_s, u"Autumn reading club"_s, u"topic_discussion"_s, u"2026-10-10"_s, u"2026-10-20"_s, 6000, 0,
             QJsonValue(), QJsonArray(), u"scheduled"_s, QString());
    add(u"budget"_s, u"2026Q3"_s, {{u"quarter"_s, u"2026Q3"_s}, {u"amount"_s, 20000}, {u"notes"_s, u""_s}});
    add(u"budget"_s, u"2026Q4"_s, {{u"quarter"_s, u"2026Q4"_s}, {u"amount"_s, 15000}, {u"notes"_s, u""_s}});

    const auto item = [&](const QString &id, const QString &status, QJsonArray labels, int reports, const QString &at) {
        add(u"moderation_item"_s, id,
            {{u"kind"_s, u"post"_s}, {u"author_id"_s, u"9"_s}, {u"board"_s, u"python"_s}, {u"title"_s, u"t"_s},
             {u"body"_s, u"b"_s}, {u"language"_s, u"en"_s}, {u"created_at"_s, at}, {u"ai_score"_s, 0.5},
             {u"ai_labels"_s, labels}, {u"reports"_s, QJsonArray()}, {u"report_count"_s, reports},
             {u"sentiment"_s, 0.0}, {u"status"_s, status}, {u"held"_s, false}});
    };
    item(u"m1"_s, u"rejected"_s, {u"spam"_s}, 2, u"2026-07-03T01:00:00Z"_s);
    item(u"m2"_s, u"approved"_s, {}, 0, u"2026-08-03T01:00:00Z"_s);
    item(u"m3"_s, u"pending"_s, {u"ads"_s, u"spam"_s}, 0, u"2026-09-03T01:00:00Z"_s);
    const auto audit = [&](const QString &id, const QString &action, const QString &at) {
        add(u"audit_entry"_s, id,
            {{u"at"_s, at}, {u"actor"_s, u"manager"_s}, {u"role"_s, u"manager"_s}, {u"entity"_s, u"member"_s},
             {u"entity_id"_s, u"1"_s}, {u"action"_s, action}, {u"mutation_id"_s, id}, {u"summary"_s, action},
             {u"entity_version"_s, 2}});
    };
    audit(u"a1"_s, u"reject"_s, u"2026-07-04T01:00:00Z"_s);
    audit(u"a2"_s, u"award_points"_s, u"2026-08-04T01:00:00Z"_s);
    audit(u"a3"_s, u"award_points"_s, u"2026-10-04T01:00:00Z"_s);

    ChangesPage page;
    page.changes = changes;
    page.nextSince = seq;
    QString error;
    if (!m_store->applyChangesPage(page, &error)) {
        qWarning("fixture: %s", qPrintable(error));
        return false;
    }
    return true;
}
