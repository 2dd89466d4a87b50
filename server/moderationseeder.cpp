#include "moderationseeder.h"

#include "democommunity.h"
#include "jsonwriter.h"
#include "postgenerator.h"
#include "seedrandom.h"
#include "platformdb.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

ModerationSeeder::ModerationSeeder(DemoCommunity &community)
    : m_community(community)
{
}

void ModerationSeeder::writeItems()
{
    const qint64 count = std::max<qint64>(2000, m_community.memberCount / 10);
    const int recentStart = m_community.today - DemoCommunity::kRecentDays;
    struct Draft {
        PostGenerator::Post post;
        int author = 0;
        qint64 createdAt = 0;
        qint64 decidedAt = 0;
        QString status;
        QString decidedBy;
        QString reason;
        bool held = false;
        QList<QPair<int, qint64>> reports;
    };
    std::vector<Draft> drafts(static_cast<size_t>(count));
    auto activeMember = [&](int day) -> int {
        const auto &list = m_community.activeOnDay[day - recentStart];
        if (!list.empty())
            return int(list[size_t(SeedRandom::uniformInt(m_community.rng, 0, qint64(list.size()) - 1))]);
        return int(SeedRandom::uniformInt(m_community.rng, 0, m_community.memberCount - 1));
    };
    for (Draft &dr : drafts) {
        dr.post = PostGenerator::randomPost(m_community.rng);
        const bool pending = SeedRandom::chance(m_community.rng, 0.75);
        // Pending items are mostly recent; decided ones spread over the month.
        const double age = DemoCommunity::kRecentDays * std::pow(SeedRandom::uniform01(m_community.rng), pending ? 2.2 : 0.8);
        const int day = std::clamp(m_community.today - 1 - int(age), recentStart, m_community.today - 1);
        const bool spammy = dr.post.nature == PostGenerator::Nature::Spam || dr.post.nature == PostGenerator::Nature::Ads
            || dr.post.nature == PostGenerator::Nature::Nsfw;
        int author = activeMember(day);
        for (int tries = 0; spammy && tries < 8 && m_community.members[author].joinDay < m_community.today - 90; ++tries)
            author = activeMember(day);
        dr.author = author;
        const DemoCommunity::MemberRec &a = m_community.members[author];
        const qint64 lo = std::max(m_community.dayStart[day], a.joinedAt);
        qint64 hi = m_community.dayStart[day + 1] - 1;
        if (a.lastActiveDay == day)
            hi = a.lastActiveAt;
        hi = std::max(hi, lo);
        dr.createdAt = lo + qint64(SeedRandom::uniform01(m_community.rng) * double(hi - lo));

        // Decision.
        dr.status = u"pending"_s;
        if (!pending) {
            const double minutes = std::min(3 * 1440.0, std::exp(std::log(35.0) + 1.1 * SeedRandom::normal(m_community.rng)));
            qint64 decided = dr.createdAt + 60 + qint64(minutes * 60);
            if (decided > m_community.anchor - 30)
                decided = std::max(dr.createdAt + 60, m_community.anchor - SeedRandom::uniformInt(m_community.rng, 30, 600));
            if (decided < m_community.anchor) {
                dr.decidedAt = decided;
                const double r = SeedRandom::uniform01(m_community.rng);
                QString outcome;
                switch (dr.post.nature) {
                case PostGenerator::Nature::Question:
                case PostGenerator::Nature::Share: outcome = r < 0.9 ? u"approved"_s : r < 0.95 ? u"escalated"_s : u"rejected"_s; break;
                case PostGenerator::Nature::Spam:
                case PostGenerator::Nature::Ads:
                case PostGenerator::Nature::Nsfw: outcome = r < 0.95 ? u"rejected"_s : u"escalated"_s; break;
                case PostGenerator::Nature::Abuse: outcome = r < 0.7 ? u"rejected"_s : u"escalated"_s; break;
                case PostGenerator::Nature::OffTopic: outcome = r < 0.5 ? u"rejected"_s : u"approved"_s; break;
                case PostGenerator::Nature::Misinformation: outcome = r < 0.5 ? u"escalated"_s : u"rejected"_s; break;
                case PostGenerator::Nature::Markup: outcome = r < 0.6 ? u"rejected"_s : u"approved"_s; break;
                }
                dr.status = outcome;
                dr.decidedBy = QString::fromLatin1(DemoCommunity::kModerators[SeedRandom::uniformInt(m_community.rng, 0, 5)]);
                if (outcome == u"approved"_s)
                    dr.reason = QString::fromUtf8(SeedRandom::pick(m_community.rng, {"Looks fine", "Legitimate question", "内容正常", "No violation found"}));
                else if (outcome == u"escalated"_s)
                    dr.reason = QString::fromUtf8(SeedRandom::pick(m_community.rng, {"Needs a second opinion", "Possible misinformation, asking the manager", "需要主管判断"}));
                else
                    dr.reason = PostGenerator::reportReason(m_community.rng, dr.post.nature);
            }
        }
        // Reports: likelier and more numerous the worse the item.
        double reportP = 0.04;
        switch (dr.post.nature) {
        case PostGenerator::Nature::Spam: case PostGenerator::Nature::Ads: case PostGenerator::Nature::Nsfw: reportP = 0.65; break;
        case PostGenerator::Nature::Abuse: reportP = 0.85; break;
        case PostGenerator::Nature::Misinformation: reportP = 0.6; break;
        case PostGenerator::Nature::OffTopic: reportP = 0.3; break;
        case PostGenerator::Nature::Markup: reportP = 0.4; break;
        default: break;
        }
        if (SeedRandom::chance(m_community.rng, reportP)) {
            const int n = reportP < 0.1 ? 1 : int(SeedRandom::uniformInt(m_community.rng, 1, 5));
            const qint64 limit = dr.decidedAt ? dr.decidedAt - 1 : m_community.anchor - 1;
            for (int r = 0; r < n; ++r) {
                qint64 at = dr.createdAt + 60 + qint64(std::exp(std::log(60.0) + 1.2 * SeedRandom::normal(m_community.rng)) * 60);
                if (at > limit)
                    at = dr.createdAt + qint64(SeedRandom::uniform01(m_community.rng) * double(std::max<qint64>(1, limit - dr.createdAt)));
                const int rday = std::clamp(m_community.dayOf(at), recentStart, m_community.today - 1);
                int reporter = activeMember(rday);
                if (reporter == dr.author)
                    reporter = (reporter + 1) % int(m_community.memberCount);
                dr.reports.append({reporter, at});
            }
            std::sort(dr.reports.begin(), dr.reports.end(), [](auto &a, auto &b) { return a.second < b.second; });
        }
        if (dr.status == u"pending"_s)
            dr.held = (dr.post.aiScore > 0.75 && SeedRandom::chance(m_community.rng, 0.15)) || SeedRandom::chance(m_community.rng, 0.004);
    }
    std::sort(drafts.begin(), drafts.end(), [](const Draft &a, const Draft &b) { return a.createdAt < b.createdAt; });

    QByteArray o;
    o.reserve(4096);
    m_community.items.reserve(drafts.size());
    for (const qint64 itemId : DemoCommunity::lexicalOrder(qint64(drafts.size()))) {
        const Draft &dr = drafts[size_t(itemId - 1)];
        const QByteArray id = QByteArray::number(itemId);
        o.clear();
        o += "{\"id\":\"";
        o += id;
        o += "\",\"version\":1,\"updated_at\":\"";
        o += m_community.anchorIso;
        o += "\",\"kind\":";
        JsonWriter::string(o, dr.post.kind);
        o += ",\"author_id\":\"";
        JsonWriter::integer(o, dr.author + 1);
        o += "\",\"board\":";
        JsonWriter::string(o, dr.post.board);
        o += ",\"title\":";
        JsonWriter::string(o, dr.post.title);
        o += ",\"body\":";
        JsonWriter::string(o, dr.post.body);
        o += ",\"language\":";
        JsonWriter::string(o, dr.post.language);
        o += ",\"created_at\":";
        JsonWriter::time(o, dr.createdAt);
        o += ",\"ai_score\":";
        JsonWriter::fixed(o, dr.post.aiScore, 3);
        o += ",\"ai_labels\":[";
        for (int l = 0; l < dr.post.aiLabels.size(); ++l) {
            if (l)
                o += ',';
            JsonWriter::string(o, dr.post.aiLabels[l]);
        }
        o += "],\"reports\":[";
        for (int r = 0; r < dr.reports.size(); ++r) {
            if (r)
                o += ',';
            o += "{\"reporter_id\":\"";
            JsonWriter::integer(o, dr.reports[r].first + 1);
            o += "\",\"reason\":";
            JsonWriter::string(o, PostGenerator::reportReason(m_community.rng, dr.post.nature));
            o += ",\"at\":";
            JsonWriter::time(o, dr.reports[r].second);
            o += '}';
        }
        o += "],\"report_count\":";
        JsonWriter::integer(o, dr.reports.size());
        o += ",\"sentiment\":";
        JsonWriter::fixed(o, dr.post.sentiment, 2);
        o += ",\"status\":";
        JsonWriter::string(o, dr.status);
        o += ",\"held\":";
        o += dr.held ? "true" : "false";
        o += ",\"decided_by\":";
        if (dr.decidedAt)
            JsonWriter::string(o, dr.decidedBy);
        else
            o += "null";
        o += ",\"decided_at\":";
        JsonWriter::time(o, dr.decidedAt);
        o += ",\"decision_reason\":";
        if (dr.decidedAt)
            JsonWriter::string(o, dr.reason);
        else
            o += "null";
        o += ",\"claimed_by\":null,\"claim_expires_at\":null}";
        m_community.insert("moderation_item", id, o);

        DemoCommunity::ItemRec item;
        item.day = m_community.dayOf(dr.createdAt);
        item.createdAt = dr.createdAt;
        item.decidedAt = dr.decidedAt;
        item.rejected = dr.status == u"rejected"_s;
        for (const auto &r : dr.reports)
            item.reportTimes.append(r.second);
        m_community.items.push_back(item);
    }
    m_community.db.setMeta(u"counter:moderation_item"_s, QString::number(count));
}

void ModerationSeeder::writeKeywordRules()
{
    struct Rule {
        const char *pattern;
        bool regex;
        const char *action, *label, *note;
        bool wholeWord = false;
        const char *kind = nullptr; // the one kind it applies to; null: every kind
    };
    static const Rule rules[] = {
        {"加微信", false, "flag", "spam", "Classic lead-in of WeChat spam."},
        {"https?://(t\\.cn|bit\\.ly)/\\w+", true, "hold", "spam", "Short links in posts from new accounts."},
        {"日赚|日結|日结", true, "hold", "ads", "Get-rich-quick offers."},
        {"代写|代考|代寫", true, "flag", "ads", "Essay and exam fraud services."},
        {"滚出|滾出", true, "suggest_mute", "abuse", "Telling people to get out.", false, "comment"},
        {"<script", false, "flag", "spam", "Script injection attempts (shown escaped)."},
        {"free course download", false, "flag", "spam", "Pirated course bait.", true},
    };
    int id = 0;
    for (const Rule &r : rules) {
        m_community.insert("keyword_rule", u"kw"_s + QString::number(++id),
               QJsonObject{{u"pattern"_s, QString::fromUtf8(r.pattern)},
                           {u"is_regex"_s, r.regex},
                           {u"whole_word"_s, r.wholeWord},
                           {u"boards"_s, QJsonArray()},
                           {u"kinds"_s, r.kind ? QJsonArray{QString::fromLatin1(r.kind)} : QJsonArray()},
                           {u"action"_s, QString::fromLatin1(r.action)},
                           {u"label"_s, QString::fromLatin1(r.label)},
                           {u"enabled"_s, id != 7},
                           {u"created_by"_s, id % 2 ? u"manager"_s : u"moderator"_s},
                           {u"created_at"_s, QString::fromLatin1(JsonWriter::isoUtc(m_community.anchor - (200 - id * 20) * 86400))},
                           {u"note"_s, QString::fromUtf8(r.note)}});
    }
}
