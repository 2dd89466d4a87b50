#include "feedbackseeder.h"

#include "democommunity.h"
#include "jsonwriter.h"
#include "seedrandom.h"
#include "platformdb.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

FeedbackSeeder::FeedbackSeeder(DemoCommunity &community)
    : m_community(community)
{
}

void FeedbackSeeder::write()
{
    struct Item {
        const char *category, *subjectEn, *bodyEn, *subjectZh, *bodyZh;
    };
    static const Item items[] = {
        {"bug", "App crashes when uploading a picture", "Every time I attach a photo to a post on Android the app closes.",
         "上传图片时应用闪退", "在安卓手机上给帖子加图片，应用就直接退出了。"},
        {"bug", "Can't log in on the web", "The login page keeps reloading after I enter my password.",
         "网页版无法登录", "输入密码后登录页面一直刷新。"},
        {"bug", "Points not credited after a task", "I finished the weekly check-in task but the points never arrived.",
         "完成任务后积分没有到账", "完成了每周打卡任务，但积分一直没有到账。"},
        {"suggestion", "Please add a dark mode", "Reading at night is hard on the eyes.",
         "希望增加夜间模式", "晚上看帖子太刺眼了。"},
        {"suggestion", "Shared calendars for study groups", "It would help us plan sessions.",
         "学习小组能否增加共享日历", "方便我们安排每周的讨论。"},
        {"complaint", "My post was removed without explanation", "I don't know which rule I broke.",
         "我的帖子被无故删除", "不知道违反了哪条规定。"},
        {"complaint", "Too many ads in the English Corner", "Every other post is a course advert.",
         "英语角广告太多了", "几乎每隔一条就是课程广告。"},
        {"question", "How are tiers calculated?", "What do I need to become a core member?",
         "等级是怎么计算的？", "怎样才能成为核心成员？"},
        {"question", "When is the next salon in Shanghai?", "I missed the last one.",
         "上海的下一场沙龙是什么时候？", "上次没赶上，想参加下一场。"},
    };
    static const char *const repliesEn[] = {"Thanks for reporting! We're looking into it.",
                                            "Fixed in the latest release, please update.",
                                            "Good idea — we've added it to the roadmap."};
    static const char *const repliesZh[] = {"感谢反馈，我们正在跟进处理。", "最新版本已修复，请更新后再试。",
                                            "好建议，已经加入计划。"};
    static const char *const staff[] = {"moderator", "lin", "manager", "chen"};
    const qint64 count = std::max<qint64>(150, m_community.memberCount / 100);
    struct Draft {
        int member;
        qint64 createdAt;
    };
    std::vector<Draft> drafts;
    drafts.reserve(size_t(count));
    for (qint64 i = 0; i < count; ++i) {
        const int day = m_community.today - 1 - int(45 * std::pow(SeedRandom::uniform01(m_community.rng), 1.3));
        int member = 0;
        if (day >= m_community.today - DemoCommunity::kRecentDays && !m_community.activeOnDay[day - (m_community.today - DemoCommunity::kRecentDays)].empty()) {
            const auto &list = m_community.activeOnDay[day - (m_community.today - DemoCommunity::kRecentDays)];
            member = int(list[size_t(SeedRandom::uniformInt(m_community.rng, 0, qint64(list.size()) - 1))]);
        } else {
            for (int tries = 0; tries < 20; ++tries) {
                member = int(SeedRandom::uniformInt(m_community.rng, 0, m_community.memberCount - 1));
                if (m_community.members[member].joinDay <= day && m_community.members[member].lastActiveDay >= day)
                    break;
            }
        }
        const DemoCommunity::MemberRec &m = m_community.members[member];
        const qint64 lo = std::max(m_community.dayStart[day], m.joinedAt);
        const qint64 hi = std::max(lo, std::min(m_community.dayStart[day + 1] - 1, m.lastActiveDay == day ? m.lastActiveAt : m_community.anchor - 1));
        drafts.push_back({member, lo + qint64(SeedRandom::uniform01(m_community.rng) * double(hi - lo))});
    }
    std::sort(drafts.begin(), drafts.end(), [](auto &a, auto &b) { return a.createdAt < b.createdAt; });
    for (qint64 i = 0; i < count; ++i) {
        const Draft &d = drafts[size_t(i)];
        const DemoCommunity::MemberRec &m = m_community.members[size_t(d.member)];
        const Item &item = items[SeedRandom::uniformInt(m_community.rng, 0, std::size(items) - 1)];
        const bool english = SeedRandom::chance(m_community.rng, 0.35);
        const qint64 age = m_community.anchor - d.createdAt;
        QString status;
        const double r = SeedRandom::uniform01(m_community.rng);
        if (age < 86400)
            status = r < 0.8 ? u"open"_s : u"answered"_s;
        else
            status = r < 0.6 ? u"resolved"_s : r < 0.85 ? u"answered"_s : u"open"_s; // open ones are overdue
        QJsonArray replies;
        QJsonValue firstReply = QJsonValue::Null, resolved = QJsonValue::Null;
        if (status != u"open"_s) {
            qint64 at = d.createdAt + qint64(SeedRandom::uniformReal(m_community.rng, 0.5, 30.0) * 3600);
            at = std::min(at, m_community.anchor - 60);
            firstReply = QString::fromLatin1(JsonWriter::isoUtc(at));
            const int which = int(SeedRandom::uniformInt(m_community.rng, 0, 2));
            replies.append(QJsonObject{{u"by"_s, QString::fromLatin1(staff[SeedRandom::uniformInt(m_community.rng, 0, 3)])},
                                       {u"body"_s, QString::fromUtf8(english ? repliesEn[which] : repliesZh[which])},
                                       {u"at"_s, QString::fromLatin1(JsonWriter::isoUtc(at))}});
            if (status == u"resolved"_s) {
                const qint64 done = std::min(at + qint64(SeedRandom::uniformReal(m_community.rng, 0.2, 48.0) * 3600), m_community.anchor - 30);
                resolved = QString::fromLatin1(JsonWriter::isoUtc(std::max(done, at)));
            }
        }
        m_community.insert("feedback", QString::number(i + 1),
               QJsonObject{{u"member_id"_s, QString::number(d.member + 1)},
                           {u"subject"_s, QString::fromUtf8(english ? item.subjectEn : item.subjectZh)},
                           {u"body"_s, QString::fromUtf8(english ? item.bodyEn : item.bodyZh)},
                           {u"category"_s, QString::fromLatin1(item.category)},
                           {u"created_at"_s, QString::fromLatin1(JsonWriter::isoUtc(d.createdAt))},
                           {u"due_at"_s, QString::fromLatin1(JsonWriter::isoUtc(d.createdAt + 86400))},
                           {u"priority"_s, m.tier >= 2 ? u"high"_s : u"normal"_s},
                           {u"status"_s, status},
                           {u"replies"_s, replies},
                           {u"first_reply_at"_s, firstReply},
                           {u"resolved_at"_s, resolved}});
    }
    m_community.db.setMeta(u"counter:feedback"_s, QString::number(count));
}
