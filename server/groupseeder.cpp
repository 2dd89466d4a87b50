#include "groupseeder.h"

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

GroupSeeder::GroupSeeder(DemoCommunity &community)
    : m_community(community)
{
}

void GroupSeeder::assign()
{
    const int count = int(std::max<qint64>(200, m_community.memberCount / 100));
    m_community.groups.resize(count);
    // Popularity falls off with a random rank; about one group in eight has gone cold and
    // only keeps long-silent members.
    std::vector<double> weight(count);
    std::vector<int> rank(count);
    std::iota(rank.begin(), rank.end(), 0);
    for (int i = count - 1; i > 0; --i)
        std::swap(rank[i], rank[SeedRandom::uniformInt(m_community.rng, 0, i)]);
    std::vector<double> allCum(count), warmCum(count);
    double all = 0, warm = 0;
    for (int g = 0; g < count; ++g) {
        weight[g] = 1.0 / std::pow(rank[g] + 3.0, 0.8);
        m_community.groups[g].cold = SeedRandom::chance(m_community.rng, 0.12);
        all += weight[g];
        warm += m_community.groups[g].cold ? 0.0 : weight[g];
        allCum[g] = all;
        warmCum[g] = warm;
        const int createdDay = int(SeedRandom::uniformInt(m_community.rng, 0, m_community.today - (m_community.groups[g].cold ? 200 : 20)));
        m_community.groups[g].createdAt = m_community.randomTimeOnDay(createdDay);
    }
    m_community.groupLinks.reserve(size_t(m_community.memberCount / 2));
    for (size_t i = 0; i < m_community.members.size(); ++i) {
        DemoCommunity::MemberRec &m = m_community.members[i];
        if (!SeedRandom::chance(m_community.rng, 0.12 + 0.6 * std::min(1.0, double(m.lambda) * 3.0)))
            continue;
        const int n = SeedRandom::chance(m_community.rng, 0.4) ? 1 : int(SeedRandom::uniformInt(m_community.rng, 2, 4));
        const bool silent = m.lastActiveDay < m_community.today - 60;
        const auto &cum = silent ? allCum : warmCum;
        m.groupOffset = quint32(m_community.groupLinks.size());
        for (int tries = 0; m.groupCount < n && tries < 12; ++tries) {
            const double x = SeedRandom::uniform01(m_community.rng) * cum.back();
            const int g = std::min<int>(count - 1, int(std::upper_bound(cum.begin(), cum.end(), x) - cum.begin()));
            bool dup = false;
            for (int k = 0; k < m.groupCount; ++k)
                dup |= m_community.groupLinks[m.groupOffset + k] == quint32(g);
            if (dup)
                continue;
            m_community.groupLinks.push_back(quint32(g));
            ++m.groupCount;
        }
        for (int k = 0; k < m.groupCount; ++k) {
            DemoCommunity::GroupRec &g = m_community.groups[m_community.groupLinks[m.groupOffset + k]];
            ++g.memberCount;
            if (m.activeDays30 > 0)
                ++g.activeMembers;
            // A member's 30-day posts are spread over its groups.
            g.posts30 += m.posts30 / m.groupCount + (k < m.posts30 % m.groupCount ? 1 : 0);
            g.lastActivity = std::max(g.lastActivity, m.lastActiveAt);
            // Admin candidates: the group's three members with the most points.
            if (g.top.size() < 3) {
                g.top.append(quint32(i));
            } else {
                int worst = 0;
                for (int t = 1; t < 3; ++t)
                    if (m_community.members[g.top[t]].points < m_community.members[g.top[worst]].points)
                        worst = t;
                if (m_community.members[g.top[worst]].points < m.points)
                    g.top[worst] = quint32(i);
            }
        }
    }
    for (DemoCommunity::GroupRec &g : m_community.groups) {
        if (g.lastActivity == 0)
            g.lastActivity = g.cold ? std::max(g.createdAt, m_community.anchor - SeedRandom::uniformInt(m_community.rng, 90, 300) * 86400)
                                    : g.createdAt;
        g.lastActivity = std::max(g.lastActivity, g.createdAt);
    }
}

void GroupSeeder::write()
{
    struct Topic {
        const char *name, *topic;
    };
    static const Topic topics[] = {
        {"Python 入门", "Python"}, {"机器学习读书会", "机器学习"}, {"IELTS speaking", "English"},
        {"数据分析实战", "数据分析"}, {"LeetCode daily", "Algorithms"}, {"考研英语互助", "英语"},
        {"前端开发交流", "Web"}, {"深度学习论文精读", "深度学习"}, {"SQL for analysts", "SQL"},
        {"求职面试互助", "Career"}, {"Kaggle 竞赛组", "Data Science"}, {"TOEFL writing circle", "English"},
        {"統計學讀書會", "統計"}, {"Go 语言学习", "Go"}, {"Rust beginners", "Rust"},
        {"产品经理成长营", "Product"}, {"日语 N2 冲刺", "日语"}, {"Linux 与运维", "Linux"},
        {"Excel 高效办公", "Office"}, {"Java 后端进阶", "Java"}, {"英語口說練習", "English"},
        {"大模型应用开发", "LLM"}, {"Statistics study hall", "Statistics"}, {"算法竞赛训练", "Algorithms"},
    };
    static const char *const suffixes[] = {"", " · 第%1期", " #%1", "（%1组）", " · %1 班"};
    static const char *const levels[] = {"beginner", "intermediate", "advanced"};
    QHash<QString, int> used;
    for (size_t g = 0; g < m_community.groups.size(); ++g) {
        const DemoCommunity::GroupRec &rec = m_community.groups[g];
        const Topic &t = topics[SeedRandom::uniformInt(m_community.rng, 0, std::size(topics) - 1)];
        QString name = QString::fromUtf8(t.name);
        const int seen = used[name]++;
        if (seen > 0)
            name += QString::fromUtf8(suffixes[1 + seen % 4]).arg(seen + 1);
        QJsonArray admins;
        const int wanted = 1 + (rec.memberCount > 30) + (rec.memberCount > 150);
        for (int k = 0; k < std::min<int>(wanted, rec.top.size()); ++k)
            admins.append(QString::number(rec.top[k] + 1));
        if (admins.isEmpty())
            admins.append(QString::number(SeedRandom::uniformInt(m_community.rng, 1, m_community.memberCount)));
        const double level = SeedRandom::uniform01(m_community.rng);
        m_community.insert("group", u"g"_s + QString::number(g + 1),
               QJsonObject{{u"name"_s, name},
                           {u"topic"_s, QString::fromUtf8(t.topic)},
                           {u"level"_s, QString::fromLatin1(levels[level < 0.5 ? 0 : level < 0.85 ? 1 : 2])},
                           {u"admins"_s, admins},
                           {u"member_count"_s, rec.memberCount},
                           {u"posts_30"_s, rec.posts30},
                           {u"active_members_30"_s, rec.activeMembers},
                           {u"created_at"_s, QString::fromLatin1(JsonWriter::isoUtc(rec.createdAt))},
                           {u"last_activity_at"_s, QString::fromLatin1(JsonWriter::isoUtc(rec.lastActivity))}});
    }
}
