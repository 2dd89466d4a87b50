#include "moderationfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

ModerationFixture::ModerationFixture(const QString &path, const QString &user)
    : m_notifier(std::make_unique<StoreNotifier>())
    , m_store(std::make_unique<Store>(m_notifier.get()))
    , m_now(QDateTime::currentDateTimeUtc())
{
    // Whole seconds, as the cache stores times.
    m_now.setTime(QTime(m_now.time().hour(), m_now.time().minute(), m_now.time().second()));
    QString error;
    if (!m_store->open(path, &error)) {
        qWarning("cache: %s", qPrintable(error));
        return;
    }
    ConnectionProfile p;
    p.serverUrl = QUrl(u"http://127.0.0.1:9"_s);
    p.username = user;
    p.role = u"moderator"_s;
    p.allowedActions = QJsonObject{
        {u"moderation_item"_s, QJsonArray{u"approve"_s, u"reject"_s, u"escalate"_s, u"claim"_s, u"release"_s, u"hold"_s}},
        {u"member"_s, QJsonArray{u"add_note"_s, u"mute"_s, u"unmute"_s, u"ban"_s, u"unban"_s}},
        {u"keyword_rule"_s, QJsonArray{u"create"_s, u"update"_s, u"delete"_s}},
        {u"feedback"_s, QJsonArray{u"reply"_s, u"resolve"_s}}};
    m_store->saveProfile(p);

    apply(u"member"_s, u"u1"_s, {{u"display_name"_s, u"张伟"_s}, {u"handle"_s, u"zhangwei"_s}, {u"tier"_s, u"newcomer"_s},
                                 {u"points"_s, 120}, {u"joined_at"_s, u"2026-10-01T08:00:00Z"_s}, {u"status"_s, u"active"_s}});
    apply(u"member"_s, u"u2"_s, {{u"display_name"_s, u"Alice Chen"_s}, {u"handle"_s, u"alice"_s}, {u"tier"_s, u"core"_s},
                                 {u"points"_s, 5400}, {u"joined_at"_s, u"2024-03-01T08:00:00Z"_s}, {u"status"_s, u"active"_s}});
    const QJsonArray spam{u"spam"_s}, ads{u"ads"_s}, none;
    addItem(u"m1"_s, u"加微信领取免费课程"_s, u"私聊我，加微信 abc123，日赚三千"_s, u"post"_s, u"Python"_s, 0.97, spam, 3);
    addItem(u"m2"_s, u"Free course download"_s, u"Get the FREE course download here: http://bit.ly/x1"_s, u"post"_s,
            u"Career"_s, 0.91, spam, 2);
    addItem(u"m3"_s, u"<script>alert('x')</script>"_s, u"<b>bold</b> & <img src=x onerror=alert(1)>"_s, u"comment"_s,
            u"Python"_s, 0.85, spam, 1, u"pending"_s, {}, u"u2"_s);
    addItem(u"m4"_s, u"如何学习 Qt 开发"_s, u"请问有什么好的教程？"_s, u"post"_s, u"Web Development"_s, 0.05, none, 0);
    addItem(u"m5"_s, u"代写论文"_s, u"专业代写，代考"_s, u"post"_s, u"Career"_s, 0.88, ads, 2, u"pending"_s, u"lin"_s);
    addItem(u"m6"_s, u"Great answer, thanks"_s, u"This helped me a lot"_s, u"comment"_s, u"Python"_s, 0.02, none, 0,
            u"approved"_s);
    addItem(u"m7"_s, u"滾出去"_s, u"你給我滾出這個論壇"_s, u"comment"_s, u"English Corner"_s, 0.74, QJsonArray{u"abuse"_s}, 1);
    addItem(u"m8"_s, u"Spam spam spam"_s, u"Buy now, spammers welcome"_s, u"post"_s, u"Career"_s, 0.66, spam, 0,
            u"rejected"_s);
}

void ModerationFixture::apply(const QString &entity, const QString &id, const QJsonObject &data, qint64 version)
{
    Change c;
    c.seq = ++m_seq;
    c.entity = entity;
    c.id = id;
    c.version = version;
    c.data = data;
    c.data.insert(u"id"_s, id);
    c.data.insert(u"version"_s, version);
    ChangesPage page;
    page.changes = {c};
    page.nextSince = m_seq;
    QString error;
    if (!m_store->applyChangesPage(page, &error))
        qWarning("ingest: %s", qPrintable(error));
}

void ModerationFixture::addItem(const QString &id, const QString &title, const QString &body, const QString &kind,
                                const QString &board, double score, const QJsonArray &labels, int reports,
                                const QString &status, const QString &claimedBy, const QString &authorId)
{
    QJsonArray reportList;
    for (int r = 0; r < reports; ++r)
        reportList.append(QJsonObject{{u"reporter_id"_s, u"u%1"_s.arg(10 + r)},
                                      {u"reason"_s, r % 2 ? u"spam"_s : u"advertising"_s},
                                      {u"at"_s, m_now.addSecs(-600 * (r + 1)).toString(Qt::ISODate)}});
    const int n = id.mid(1).toInt();
    QJsonObject d{{u"kind"_s, kind}, {u"author_id"_s, authorId}, {u"board"_s, board}, {u"title"_s, title},
                  {u"body"_s, body}, {u"language"_s, title.front().unicode() < 0x80 ? u"en"_s : u"zh_CN"_s},
                  {u"created_at"_s, m_now.addSecs(-3600 * n).toString(Qt::ISODate)}, {u"ai_score"_s, score},
                  {u"ai_labels"_s, labels}, {u"reports"_s, reportList}, {u"report_count"_s, reports},
                  {u"status"_s, status}, {u"held"_s, false}};
    if (status != u"pending"_s) {
        d.insert(u"decided_by"_s, u"lin"_s);
        d.insert(u"decided_at"_s, m_now.addSecs(-60 * n).toString(Qt::ISODate));
        d.insert(u"decision_reason"_s, u"by the rules"_s);
    }
    if (!claimedBy.isEmpty()) {
        d.insert(u"claimed_by"_s, claimedBy);
        d.insert(u"claim_expires_at"_s, m_now.addSecs(1800).toString(Qt::ISODate));
    }
    apply(u"moderation_item"_s, id, d);
}

void ModerationFixture::addFeedback(const QString &id, const QString &status, qint64 ageHours, const QString &firstReplyAt)
{
    const QDateTime created = m_now.addSecs(-3600 * ageHours);
    QJsonObject d{{u"member_id"_s, u"u2"_s}, {u"subject"_s, u"Feedback %1"_s.arg(id)}, {u"body"_s, u"<i>please</i> fix"_s},
                  {u"category"_s, u"bug"_s}, {u"created_at"_s, created.toString(Qt::ISODate)},
                  {u"due_at"_s, created.addSecs(24 * 3600).toString(Qt::ISODate)}, {u"priority"_s, u"high"_s},
                  {u"status"_s, status}, {u"replies"_s, QJsonArray()}};
    if (!firstReplyAt.isEmpty())
        d.insert(u"first_reply_at"_s, firstReplyAt);
    apply(u"feedback"_s, id, d);
}

void ModerationFixture::addRule(const QString &id, const QString &pattern, bool regex, bool wholeWord,
                                const QString &action, const QJsonArray &kinds)
{
    apply(u"keyword_rule"_s, id, QJsonObject{{u"pattern"_s, pattern}, {u"is_regex"_s, regex}, {u"whole_word"_s, wholeWord},
                                  {u"boards"_s, QJsonArray()}, {u"kinds"_s, kinds}, {u"action"_s, action},
                                  {u"label"_s, u"spam"_s}, {u"enabled"_s, true}, {u"created_by"_s, u"manager"_s},
                                  {u"created_at"_s, m_now.addDays(-3).toString(Qt::ISODate)}, {u"note"_s, QJsonValue()}});
}

void ModerationFixture::addAudit(const QString &id, const QString &entity, const QString &entityId, const QString &action,
                                 const QString &actor, const QString &summary, qint64 minutesAgo)
{
    apply(u"audit_entry"_s, id, QJsonObject{{u"at"_s, m_now.addSecs(-60 * minutesAgo).toString(Qt::ISODate)}, {u"actor"_s, actor},
                                 {u"role"_s, u"moderator"_s}, {u"entity"_s, entity}, {u"entity_id"_s, entityId},
                                 {u"action"_s, action}, {u"mutation_id"_s, QString(u"mut-"_s + id)}, {u"summary"_s, summary},
                                 {u"entity_version"_s, 2}});
}
