#include "campaignseeder.h"

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

CampaignSeeder::CampaignSeeder(DemoCommunity &community)
    : m_community(community)
{
}

void CampaignSeeder::plan()
{
    struct Plan {
        const char *name;
        const char *type;
        const char *mode;
        const char *place;
        int days;
    };
    // 19 finished, 3 running, 2 cancelled, 6 planned, in that order.
    static const Plan plans[30] = {
        {"Python 编程挑战赛", "contest", "online", "", 21},
        {"Data Science Salon · Beijing", "salon", "offline", "北京·中关村", 1},
        {"雅思口语 30 天打卡", "topic_discussion", "online", "", 30},
        {"Ask Me Anything: ML Engineers", "qa", "online", "", 3},
        {"", "holiday_theme", "online", "", 5},
        {"上海学习者线下沙龙", "salon", "offline", "上海·徐汇", 1},
        {"Best Study Notes Vote", "vote", "online", "", 10},
        {"学习卡抽奖", "lottery", "online", "", 14},
        {"Live: From Zero to Data Analyst", "live_session", "online", "", 1},
        {"", "holiday_theme", "online", "", 7},
        {"Shenzhen Career Meetup", "salon", "offline", "Shenzhen · Nanshan", 1},
        {"算法周赛", "contest", "online", "", 28},
        {"积分大抽奖", "lottery", "online", "", 7},
        {"English Corner Live", "live_session", "online", "", 1},
        {"年度最佳学习小组评选", "vote", "online", "", 14},
        {"Deep Learning Challenge", "contest", "online", "", 25},
        {"", "holiday_theme", "online", "", 10},
        {"杭州·西湖 AI 沙龙", "salon", "offline", "杭州·西湖", 2},
        {"面试经验问答周", "qa", "online", "", 7},
        {"Monthly Kaggle Study Sprint", "contest", "online", "", 30},
        {"前端开发话题讨论月", "topic_discussion", "online", "", 28},
        {"学习打卡抽奖季", "lottery", "online", "", 21},
        {"成都线下见面会", "salon", "offline", "成都·高新", 1},
        {"Live Q&A with IELTS Examiners", "live_session", "online", "", 1},
        {"北京·朝阳 Python 工作坊", "salon", "offline", "北京·朝阳", 2},
        {"Reading Marathon", "topic_discussion", "online", "", 30},
        {"机器学习论文问答", "qa", "online", "", 7},
        {"社区周年庆投票", "vote", "online", "", 10},
        {"Guangzhou Study Group Meetup", "salon", "offline", "Guangzhou · Tianhe", 1},
        {"全站学习挑战赛", "contest", "online", "", 21},
    };
    static const QString segments[] = {u"champions"_s, u"loyal"_s, u"potential"_s,
                                       u"at_risk"_s, u"hibernating"_s};
    static const QString tiers[] = {u"newcomer"_s, u"regular"_s, u"core"_s, u"backbone"_s};
    const int span = m_community.today - 2 - 30 - m_community.metricStart;
    for (int i = 0; i < 30; ++i) {
        const Plan &p = plans[i];
        DemoCommunity::CampaignRec c;
        c.name = QString::fromUtf8(p.name);
        c.type = QString::fromLatin1(p.type);
        c.mode = QString::fromLatin1(p.mode);
        c.place = QString::fromUtf8(p.place);
        const int days = p.days;
        if (i < 19) {
            c.startDay = m_community.metricStart + 5 + i * span / 19 + int(SeedRandom::uniformInt(m_community.rng, 0, 8));
            c.status = u"scheduled"_s;
        } else if (i < 22) {
            c.startDay = m_community.today - int(SeedRandom::uniformInt(m_community.rng, 3, std::min(days - 2, 14)));
            c.status = u"scheduled"_s;
        } else if (i == 22) {
            c.startDay = m_community.today - int(SeedRandom::uniformInt(m_community.rng, 40, 80));
            c.status = u"cancelled"_s;
        } else if (i == 23) {
            c.startDay = m_community.today + int(SeedRandom::uniformInt(m_community.rng, 15, 30));
            c.status = u"cancelled"_s;
        } else {
            c.startDay = m_community.today + 6 + (i - 24) * 14 + int(SeedRandom::uniformInt(m_community.rng, 0, 6));
            c.status = i < 28 ? u"scheduled"_s : u"draft"_s;
        }
        c.endDay = c.startDay + days - 1;
        if (c.name.isEmpty()) {
            // Holiday themes are named after the season they fall in.
            static const char *const byMonth[13] = {
                "", "新春主题分享会", "元宵节灯谜活动", "春日读书会", "世界读书日主题活动",
                "五一学习打卡周", "端午节主题活动", "暑期学习季", "开学季主题活动",
                "中秋读书会", "国庆学习马拉松", "双十一学习节", "年终学习总结分享会"};
            c.name = QString::fromUtf8(byMonth[m_community.firstDate.addDays(c.startDay).month()]);
        }
        if (i < 19)
            c.endDay = std::min(c.endDay, m_community.today - 2);
        const bool offline = c.mode == u"offline"_s;
        c.budget = double(SeedRandom::uniformInt(m_community.rng, offline ? 8 : 3, offline ? 30 : 20)) * 1000.0;
        if (i < 19)
            c.cost = JsonWriter::round2(c.budget * SeedRandom::uniformReal(m_community.rng, 0.7, 1.1));
        else if (i < 22)
            c.cost = JsonWriter::round2(c.budget * SeedRandom::uniformReal(m_community.rng, 0.3, 0.6));
        else if (i == 22)
            c.cost = JsonWriter::round2(c.budget * SeedRandom::uniformReal(m_community.rng, 0.05, 0.15));
        if (i % 3 == 0)
            c.targetTier = tiers[SeedRandom::uniformInt(m_community.rng, 0, 3)];
        else
            c.targetSegment = segments[SeedRandom::uniformInt(m_community.rng, 0, 4)];
        c.withVariants = i % 3 == 1; // a third run an A/B test (planned ones have no traffic yet)
        if (c.status != u"cancelled"_s) {
            static const QHash<QString, double> boost = {
                {u"contest"_s, 0.15}, {u"topic_discussion"_s, 0.10}, {u"qa"_s, 0.10},
                {u"vote"_s, 0.08},    {u"lottery"_s, 0.22},          {u"holiday_theme"_s, 0.12},
                {u"salon"_s, 0.04},   {u"live_session"_s, 0.35}};
            c.dauBoost = boost.value(c.type) * SeedRandom::uniformReal(m_community.rng, 0.8, 1.3);
            c.signupBoost = c.dauBoost * 2.0;
        }
        static const char *const notes[] = {
            "Co-hosted with the Python study groups.", "Prizes: course coupons and books.",
            "与合作伙伴联合举办。", "Needs two moderators on duty.", "奖品为学习卡和周边。",
            "Recap post goes out the Monday after.", ""};
        c.notes = QString::fromUtf8(notes[SeedRandom::uniformInt(m_community.rng, 0, std::size(notes) - 1)]);
        m_community.campaigns.push_back(c);
    }
    // Campaign days lift activity (the spikes on the DAU chart).
    for (const DemoCommunity::CampaignRec &c : m_community.campaigns) {
        for (int d = std::max(0, c.startDay); d <= std::min(c.endDay, m_community.today - 1); ++d) {
            m_community.activityFactor[d] *= 1.0 + c.dauBoost;
            m_community.signupWeight[d] *= 1.0 + c.signupBoost;
        }
    }
}

void CampaignSeeder::writeCampaigns()
{
    const int simStart = m_community.metricStart - DemoCommunity::kWarmupDays;
    double recentSignupsPerDay = 0;
    for (int t = DemoCommunity::kMetricDays - 30; t < DemoCommunity::kMetricDays; ++t)
        recentSignupsPerDay += m_community.joins[size_t(t)] / 30.0;
    for (size_t i = 0; i < m_community.campaigns.size(); ++i) {
        const DemoCommunity::CampaignRec &c = m_community.campaigns[i];
        // Goals: a salon fills a room; an online campaign aims at a share of the DAU it
        // runs over; new members at what such a campaign brings. Results land around them,
        // except new_members, which are the signups actually attributed to the campaign.
        const bool offline = c.mode == u"offline"_s;
        const int days = c.endDay - c.startDay + 1;
        double dauSum = 0;
        int dauDays = 0;
        for (int d = std::min(c.startDay, m_community.today - 30); d <= std::min(c.endDay, m_community.today - 1); ++d) {
            if (d >= c.startDay || c.startDay >= m_community.today) {
                dauSum += m_community.dau[size_t(d - simStart)];
                ++dauDays;
            }
        }
        const double dau = dauDays ? dauSum / dauDays : 0.0;
        const double boost = std::max(0.03, c.dauBoost);
        const qint64 goalParticipants = offline
            ? SeedRandom::uniformInt(m_community.rng, 4, 15) * 10
            : std::max<qint64>(50, std::llround(dau * boost * days * SeedRandom::uniformReal(m_community.rng, 1.0, 2.0) / 10.0) * 10);
        double expectedNew = c.signupBoost * recentSignupsPerDay * days;
        if (c.startDay < m_community.today && c.status != u"cancelled"_s) {
            const int elapsed = std::min(c.endDay, m_community.today - 1) - c.startDay + 1;
            expectedNew = double(c.attributedSignups) * days / std::max(1, elapsed);
        }
        const qint64 goalNew = std::max<qint64>(5, std::llround(expectedNew * SeedRandom::uniformReal(m_community.rng, 0.8, 1.4)));
        const qint64 goalConv = std::max<qint64>(3, std::llround(double(goalParticipants) * SeedRandom::uniformReal(m_community.rng, 0.02, 0.06)));
        const QJsonObject goals{{u"participants"_s, goalParticipants}, {u"new_members"_s, goalNew},
                                {u"conversions"_s, goalConv}, {u"revenue"_s, JsonWriter::round2(double(goalConv) * 99.0)}};
        QJsonValue results = QJsonValue::Null;
        QJsonArray variants;
        const bool started = c.status != u"cancelled"_s && c.startDay < m_community.today;
        qint64 participants = 0;
        if (started) {
            const int elapsed = std::min(c.endDay, m_community.today - 1) - c.startDay + 1;
            participants = std::llround(double(goalParticipants) * elapsed / days * SeedRandom::uniformReal(m_community.rng, 0.6, 1.35));
            const qint64 conversions = std::llround(double(participants) * SeedRandom::uniformReal(m_community.rng, 0.015, 0.07));
            results = QJsonObject{{u"participants"_s, participants},
                                  {u"new_members"_s, c.attributedSignups},
                                  {u"conversions"_s, conversions},
                                  {u"revenue"_s, JsonWriter::round2(double(conversions) * SeedRandom::uniformReal(m_community.rng, 60, 160))}};
        }
        if (c.withVariants) {
            // Some tests find a real difference, some do not.
            const double rateA = SeedRandom::uniformReal(m_community.rng, 0.02, 0.06);
            const bool significant = SeedRandom::chance(m_community.rng, 0.5);
            const double rateB = rateA * (significant ? SeedRandom::uniformReal(m_community.rng, 1.3, 1.7) : SeedRandom::uniformReal(m_community.rng, 0.95, 1.06));
            const int base = int(std::max<qint64>(2000, participants * SeedRandom::uniformInt(m_community.rng, 3, 8)));
            const QString names[2] = {c.name.contains(u"·"_s) || c.name.at(0).unicode() < 128
                                          ? u"A: control"_s : u"A：原方案"_s,
                                      c.name.at(0).unicode() < 128 ? u"B: bold banner"_s : u"B：新海报"_s};
            const double rates[2] = {rateA, rateB};
            for (int v = 0; v < 2; ++v) {
                const int exposures = started ? int(base / 2 * SeedRandom::uniformReal(m_community.rng, 0.95, 1.05)) : 0;
                variants.append(QJsonObject{{u"name"_s, names[v]},
                                            {u"exposures"_s, exposures},
                                            {u"conversions"_s, std::max<qint64>(0, std::lround(exposures * rates[v] + SeedRandom::normal(m_community.rng) * std::sqrt(exposures * rates[v])))}});
            }
        }
        m_community.insert("campaign", u"cmp-%1"_s.arg(i + 1, 3, 10, QLatin1Char('0')),
               QJsonObject{{u"name"_s, c.name},
                           {u"type"_s, c.type},
                           {u"mode"_s, c.mode},
                           {u"place"_s, c.place.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.place)},
                           {u"start_date"_s, QString::fromLatin1(m_community.dateText[size_t(c.startDay)])},
                           {u"end_date"_s, QString::fromLatin1(m_community.dateText[size_t(c.endDay)])},
                           {u"owner"_s, u"manager"_s},
                           {u"budget"_s, c.budget},
                           {u"cost"_s, c.cost},
                           {u"target_tier"_s, c.targetTier.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.targetTier)},
                           {u"target_segment"_s, c.targetSegment.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.targetSegment)},
                           {u"goals"_s, goals},
                           {u"results"_s, results},
                           {u"variants"_s, variants},
                           {u"status"_s, c.status},
                           {u"notes"_s, c.notes}});
    }
}

void CampaignSeeder::writeBudgets()
{
    const QDate today = m_community.todayDate;
    int year = today.year();
    int quarter = (today.month() - 1) / 3 + 1;
    // From four quarters back to the next one.
    for (int k = 0; k < 4; ++k) {
        if (--quarter == 0) {
            quarter = 4;
            --year;
        }
    }
    static const char *const notes[] = {"Includes the Beijing and Shanghai salons.",
                                        "含线上挑战赛奖品预算。", "Heavier on offline events.",
                                        "Cut by 10% after the mid-year review.", "含周年庆活动。",
                                        "Draft: to be confirmed by finance."};
    for (int k = 0; k < 6; ++k) {
        const QString id = u"%1Q%2"_s.arg(year).arg(quarter);
        const double amount = (80000.0 + 8000.0 * k) * SeedRandom::uniformReal(m_community.rng, 0.95, 1.08);
        m_community.insert("budget", id,
               QJsonObject{{u"quarter"_s, id},
                           {u"amount"_s, std::round(amount / 1000.0) * 1000.0},
                           {u"notes"_s, QString::fromUtf8(notes[k])}});
        if (++quarter == 5) {
            quarter = 1;
            ++year;
        }
    }
}
