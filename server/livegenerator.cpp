#include "livegenerator.h"

#include "persongenerator.h"
#include "platformdb.h"
#include "postgenerator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {
const QString kSystem = u"system"_s;
}

LiveGenerator::LiveGenerator(PlatformDb &db, QTimeZone timeZone, QObject *parent)
    : QObject(parent), m_db(db), m_timeZone(std::move(timeZone))
{
    if (!m_timeZone.isValid())
        m_timeZone = QTimeZone("Asia/Shanghai");
    // Live traffic need not repeat between runs, unlike the seeded history.
    m_rng.seed(QRandomGenerator::global()->generate64());
    connect(&m_timer, &QTimer::timeout, this, &LiveGenerator::tick);
}

void LiveGenerator::start(int intervalMs)
{
    m_timer.start(std::max(50, intervalMs));
}

void LiveGenerator::stop()
{
    m_timer.stop();
}

void LiveGenerator::addTo(QJsonObject &o, const QString &key, qint64 delta)
{
    o.insert(key, o.value(key).toInteger() + delta);
}

void LiveGenerator::tick()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = now.toTimeZone(m_timeZone).date();
    m_nowIso = now.toString(Qt::ISODate);
    using S = SeedRandom;

    m_db.begin();
    QJsonObject day = todayMetrics(today);
    const int joins = int(S::uniformInt(m_rng, 1, 3));
    for (int i = 0; i < joins; ++i)
        addMember(day, today);
    bumpCohort(today, joins);
    const int posts = int(S::uniformInt(m_rng, 1, 4));
    for (int i = 0; i < posts; ++i)
        addModerationItem(day, today);
    if (S::chance(m_rng, 0.5))
        addReportToPending(day);
    // Members coming back: reading mostly, sometimes writing.
    const int returning = int(S::uniformInt(m_rng, 2, 6));
    for (int i = 0; i < returning; ++i) {
        auto member = randomMember();
        if (!member)
            continue;
        touch(member->second, day, today, S::chance(m_rng, 0.2) ? 1 : 0, S::poisson(m_rng, 0.6));
        m_db.put(u"member"_s, member->first, member->second, kSystem);
    }
    if (S::chance(m_rng, 0.08)) {
        addTo(day, u"conversions"_s, 1);
        day.insert(u"revenue"_s, std::round((day.value(u"revenue"_s).toDouble()
                                             + double(S::uniformInt(m_rng, 29, 299))) * 100) / 100);
    }
    addTo(day, u"visitors"_s, S::uniformInt(m_rng, joins, joins + 8));

    // Keep the day's figures in their natural order whatever happened above.
    const qint64 total = day.value(u"members_total"_s).toInteger();
    const qint64 dau = std::min(day.value(u"dau"_s).toInteger(), total);
    const qint64 wau = std::clamp(day.value(u"wau"_s).toInteger(), dau, total);
    const qint64 mau = std::clamp(day.value(u"mau"_s).toInteger(), wau, total);
    day.insert(u"dau"_s, dau);
    day.insert(u"wau"_s, wau);
    day.insert(u"mau"_s, mau);
    day.insert(u"visitors"_s, std::max(day.value(u"visitors"_s).toInteger(), dau + 1));
    m_db.put(u"metric_day"_s, today.toString(Qt::ISODate), day, kSystem);
    m_db.commit();
}

QJsonObject LiveGenerator::todayMetrics(const QDate &today)
{
    const QString id = today.toString(Qt::ISODate);
    if (const auto stored = m_db.get(u"metric_day"_s, id); stored && !stored->deleted)
        return stored->data;
    // A new day starts from yesterday's rolling figures; daily counts start at zero.
    const auto yesterday = m_db.get(u"metric_day"_s, today.addDays(-1).toString(Qt::ISODate));
    const QJsonObject y = yesterday ? yesterday->data : QJsonObject();
    const qint64 members = m_db.count(u"member"_s);
    QJsonObject newMembers;
    for (const QByteArray &c : PersonGenerator::channels())
        newMembers.insert(QString::fromLatin1(c), 0);
    return QJsonObject{
        {u"date"_s, id},
        {u"members_total"_s, members},
        {u"dau"_s, 0},
        {u"wau"_s, std::min<qint64>(members, qint64(y.value(u"wau"_s).toDouble() * 0.9))},
        {u"mau"_s, std::min<qint64>(members, qint64(y.value(u"mau"_s).toDouble() * 0.98))},
        {u"visitors"_s, 0},
        {u"new_members"_s, newMembers},
        {u"posts"_s, 0},
        {u"comments"_s, 0},
        {u"likes"_s, 0},
        {u"shares"_s, 0},
        {u"reports"_s, 0},
        {u"decisions"_s, 0},
        {u"median_decision_minutes"_s, 0},
        {u"backlog"_s, y.value(u"backlog"_s).toInteger()},
        {u"violations"_s, 0},
        {u"conversions"_s, 0},
        {u"paying_members"_s, y.value(u"paying_members"_s).toInteger()},
        {u"revenue"_s, 0},
        {u"sentiment"_s, y.value(u"sentiment"_s).toDouble(0.25)},
    };
}

void LiveGenerator::addMember(QJsonObject &day, const QDate &today)
{
    Q_UNUSED(today);
    const QString id = QString::number(m_db.nextId(u"member"_s));
    const PersonGenerator::Person person = PersonGenerator::randomPerson(m_rng);
    const QByteArray channel = PersonGenerator::channels()[PersonGenerator::randomChannel(m_rng)];
    // "_u<id>" makes the handle unique: seeded handles never end that way.
    const QString handle = QString::fromLatin1(person.handleStem + "_u") + id;
    // The lowest tier has no conditions, so that is where every newcomer starts.
    QString tier = u"newcomer"_s;
    const QJsonObject member{
        {u"handle"_s, handle},
        {u"display_name"_s, QString::fromUtf8(person.displayName)},
        {u"joined_at"_s, m_nowIso},
        {u"last_active_at"_s, m_nowIso},
        {u"signup_channel"_s, QString::fromLatin1(channel)},
        {u"tier"_s, tier},
        {u"tier_locked"_s, false},
        {u"tier_since"_s, m_nowIso},
        {u"points"_s, 0},
        {u"badges"_s, QJsonArray()},
        {u"groups"_s, QJsonArray()},
        {u"active_days_30"_s, 1},
        {u"posts_30"_s, 0},
        {u"comments_30"_s, 0},
        {u"likes_received_30"_s, 0},
        {u"helpful_answers_30"_s, 0},
        {u"posts_total"_s, 0},
        {u"helpful_answers_total"_s, 0},
        {u"spend_total"_s, 0},
        {u"spend_90d"_s, 0},
        {u"last_purchase_at"_s, QJsonValue::Null},
        {u"status"_s, u"active"_s},
        {u"muted_until"_s, QJsonValue::Null},
        {u"language"_s, QString::fromLatin1(person.language)},
        {u"notes"_s, QJsonArray()},
    };
    m_db.put(u"member"_s, id, member, kSystem);
    // A newcomer is active today and was not before.
    addTo(day, u"members_total"_s, 1);
    addTo(day, u"dau"_s, 1);
    addTo(day, u"wau"_s, 1);
    addTo(day, u"mau"_s, 1);
    QJsonObject byChannel = day.value(u"new_members"_s).toObject();
    const QString key = QString::fromLatin1(channel);
    byChannel.insert(key, byChannel.value(key).toInteger() + 1);
    day.insert(u"new_members"_s, byChannel);
}

void LiveGenerator::bumpCohort(const QDate &today, int joined)
{
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QString id = monday.toString(Qt::ISODate);
    QJsonObject cohort;
    if (const auto stored = m_db.get(u"retention_cohort"_s, id); stored && !stored->deleted)
        cohort = stored->data;
    else
        cohort = QJsonObject{{u"cohort_start"_s, id}, {u"size"_s, 0}, {u"d1"_s, QJsonValue::Null},
                             {u"d7"_s, QJsonValue::Null}, {u"d30"_s, QJsonValue::Null}};
    addTo(cohort, u"size"_s, joined);
    m_db.put(u"retention_cohort"_s, id, cohort, kSystem);
}

std::optional<QPair<QString, QJsonObject>> LiveGenerator::randomMember()
{
    const qint64 last = m_db.meta(u"counter:member"_s, u"0"_s).toLongLong();
    if (last < 1)
        return std::nullopt;
    for (int tries = 0; tries < 5; ++tries) {
        const QString id = QString::number(SeedRandom::uniformInt(m_rng, 1, last));
        const auto stored = m_db.get(u"member"_s, id);
        if (!stored || stored->deleted || stored->data.value(u"status"_s).toString() == u"banned"_s)
            continue;
        return QPair<QString, QJsonObject>{id, stored->data};
    }
    return std::nullopt;
}

void LiveGenerator::touch(QJsonObject &member, QJsonObject &day, const QDate &today, int posts,
                          int comments)
{
    const QDateTime last = QDateTime::fromString(member.value(u"last_active_at"_s).toString(), Qt::ISODate);
    const QDate lastDate = last.isValid() ? last.toTimeZone(m_timeZone).date() : QDate();
    // First visit today: the member now counts for today's DAU, and for WAU/MAU if it had
    // been away longer than their windows.
    if (!lastDate.isValid() || lastDate < today) {
        addTo(day, u"dau"_s, 1);
        member.insert(u"active_days_30"_s, std::min<qint64>(30, member.value(u"active_days_30"_s).toInteger() + 1));
        if (!lastDate.isValid() || lastDate.daysTo(today) >= 7)
            addTo(day, u"wau"_s, 1);
        if (!lastDate.isValid() || lastDate.daysTo(today) >= 30)
            addTo(day, u"mau"_s, 1);
    }
    member.insert(u"last_active_at"_s, m_nowIso);
    if (posts > 0) {
        addTo(member, u"posts_30"_s, posts);
        addTo(member, u"posts_total"_s, posts);
        addTo(day, u"posts"_s, posts);
    }
    if (comments > 0) {
        addTo(member, u"comments_30"_s, comments);
        addTo(day, u"comments"_s, comments);
    }
    const int likes = SeedRandom::poisson(m_rng, posts * 2.0 + comments * 0.3);
    if (likes > 0) {
        addTo(member, u"likes_received_30"_s, likes);
        addTo(day, u"likes"_s, likes);
    }
}

void LiveGenerator::addModerationItem(QJsonObject &day, const QDate &today)
{
    auto author = randomMember();
    if (!author)
        return;
    const PostGenerator::Post post = PostGenerator::randomPost(m_rng);
    QJsonArray reports;
    const bool bad = post.nature != PostGenerator::Nature::Question
        && post.nature != PostGenerator::Nature::Share;
    if (SeedRandom::chance(m_rng, bad ? 0.5 : 0.05)) {
        const int n = int(SeedRandom::uniformInt(m_rng, 1, bad ? 3 : 1));
        for (int i = 0; i < n; ++i) {
            const auto reporter = randomMember();
            if (!reporter || reporter->first == author->first)
                continue;
            reports.append(QJsonObject{{u"reporter_id"_s, reporter->first},
                                       {u"reason"_s, PostGenerator::reportReason(m_rng, post.nature)},
                                       {u"at"_s, m_nowIso}});
        }
    }
    const QString id = QString::number(m_db.nextId(u"moderation_item"_s));
    m_db.put(u"moderation_item"_s, id,
             QJsonObject{{u"kind"_s, post.kind},
                         {u"author_id"_s, author->first},
                         {u"board"_s, post.board},
                         {u"title"_s, post.title},
                         {u"body"_s, post.body},
                         {u"language"_s, post.language},
                         {u"created_at"_s, m_nowIso},
                         {u"ai_score"_s, post.aiScore},
                         {u"ai_labels"_s, QJsonArray::fromStringList(post.aiLabels)},
                         {u"reports"_s, reports},
                         {u"report_count"_s, reports.size()},
                         {u"sentiment"_s, post.sentiment},
                         {u"status"_s, u"pending"_s},
                         {u"held"_s, false},
                         {u"decided_by"_s, QJsonValue::Null},
                         {u"decided_at"_s, QJsonValue::Null},
                         {u"decision_reason"_s, QJsonValue::Null},
                         {u"claimed_by"_s, QJsonValue::Null},
                         {u"claim_expires_at"_s, QJsonValue::Null}},
             kSystem);
    addTo(day, u"reports"_s, reports.size());
    addTo(day, u"backlog"_s, 1);
    // Writing it was activity of the author's.
    const bool isPost = post.kind == u"post"_s;
    touch(author->second, day, today, isPost ? 1 : 0, post.kind == u"comment"_s ? 1 : 0);
    m_db.put(u"member"_s, author->first, author->second, kSystem);
}

void LiveGenerator::addReportToPending(QJsonObject &day)
{
    const qint64 last = m_db.meta(u"counter:moderation_item"_s, u"0"_s).toLongLong();
    if (last < 1)
        return;
    // Recent items are the ones still drawing reports.
    for (int tries = 0; tries < 5; ++tries) {
        const QString id = QString::number(SeedRandom::uniformInt(m_rng, std::max<qint64>(1, last - 300), last));
        auto stored = m_db.get(u"moderation_item"_s, id);
        if (!stored || stored->deleted || stored->data.value(u"status"_s).toString() != u"pending"_s)
            continue;
        const auto reporter = randomMember();
        if (!reporter || reporter->first == stored->data.value(u"author_id"_s).toString())
            return;
        QJsonObject item = stored->data;
        QJsonArray reports = item.value(u"reports"_s).toArray();
        const auto nature = item.value(u"ai_labels"_s).toArray().isEmpty()
            ? PostGenerator::Nature::Question : PostGenerator::Nature::Spam;
        reports.append(QJsonObject{{u"reporter_id"_s, reporter->first},
                                   {u"reason"_s, PostGenerator::reportReason(m_rng, nature)},
                                   {u"at"_s, m_nowIso}});
        item.insert(u"reports"_s, reports);
        item.insert(u"report_count"_s, reports.size());
        m_db.put(u"moderation_item"_s, id, item, kSystem);
        addTo(day, u"reports"_s, 1);
        return;
    }
}
