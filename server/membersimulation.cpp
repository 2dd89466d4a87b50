#include "membersimulation.h"

#include "democommunity.h"
#include "seedrandom.h"
#include "tierrules.h"
#include "platformdb.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

MemberSimulation::MemberSimulation(DemoCommunity &community)
    : m_community(community)
{
}

void MemberSimulation::generateJoins()
{
    // The boost's share of each day's signups comes through the campaign channel; the base
    // mix is adjusted so that the campaign channel still ends up near 9 % overall.
    std::vector<double> boost(m_community.today, 0.0);
    for (const DemoCommunity::CampaignRec &c : m_community.campaigns) {
        for (int d = std::max(0, c.startDay); d <= std::min(c.endDay, m_community.today - 1); ++d)
            boost[d] = (1.0 + boost[d]) * (1.0 + c.signupBoost) - 1.0;
    }
    std::vector<double> cumulative(m_community.today);
    double total = 0, boosted = 0;
    for (int d = 0; d < m_community.today; ++d) {
        total += m_community.signupWeight[d];
        boosted += m_community.signupWeight[d] * boost[d] / (1.0 + boost[d]);
        cumulative[d] = total;
    }
    const double x = boosted / total;
    double mix[7] = {30, 20, 18, 8, 12, 9, 3};
    const double campaignBase = std::max(1.0, (9.0 - 100.0 * x) / (1.0 - x));
    const double scale = (100.0 - campaignBase) / 91.0;
    for (int c = 0; c < 7; ++c)
        mix[c] = c == 5 ? campaignBase : mix[c] * scale;

    struct Join {
        qint64 at;
        qint32 day;
        qint16 channel;
        qint16 campaign;
    };
    std::vector<Join> joins(static_cast<size_t>(m_community.memberCount));
    for (Join &j : joins) {
        const double u = SeedRandom::uniform01(m_community.rng) * total;
        const int day = std::min<int>(m_community.today - 1, int(std::upper_bound(cumulative.begin(), cumulative.end(), u) - cumulative.begin()));
        j.day = day;
        j.at = m_community.randomTimeOnDay(day);
        j.campaign = -1;
        if (boost[day] > 0 && SeedRandom::chance(m_community.rng, boost[day] / (1.0 + boost[day]))) {
            j.channel = 5;
            double weights[30];
            int ids[30];
            int n = 0;
            for (int c = 0; c < int(m_community.campaigns.size()); ++c) {
                const DemoCommunity::CampaignRec &rec = m_community.campaigns[c];
                if (rec.signupBoost > 0 && rec.startDay <= day && day <= rec.endDay) {
                    weights[n] = rec.signupBoost;
                    ids[n++] = c;
                }
            }
            if (n > 0)
                j.campaign = qint16(ids[SeedRandom::weightedIndex(m_community.rng, weights, n)]);
        } else {
            j.channel = qint16(SeedRandom::weightedIndex(m_community.rng, mix, 7));
        }
    }
    std::sort(joins.begin(), joins.end(), [](const Join &a, const Join &b) { return a.at < b.at; });
    m_community.members.resize(size_t(m_community.memberCount));
    for (size_t i = 0; i < joins.size(); ++i) {
        DemoCommunity::MemberRec &m = m_community.members[i];
        m.joinedAt = joins[i].at;
        m.joinDay = joins[i].day;
        m.channel = quint8(joins[i].channel);
        m.campaign = joins[i].campaign;
        if (m.campaign >= 0)
            ++m_community.campaigns[size_t(m.campaign)].attributedSignups;
    }
}

void MemberSimulation::simulateActivity()
{
    const int simStart = m_community.metricStart - DemoCommunity::kWarmupDays;
    const int simDays = m_community.today - simStart;
    const int recentStart = m_community.today - DemoCommunity::kRecentDays;
    m_community.dau.assign(simDays, 0);
    m_community.wauDiff.assign(simDays + 1, 0);
    m_community.mauDiff.assign(simDays + 1, 0);
    m_community.dayPosts.assign(simDays, 0);
    m_community.dayComments.assign(simDays, 0);
    m_community.dayLikes.assign(simDays, 0);
    m_community.joins.assign(DemoCommunity::kMetricDays, 0);
    m_community.joinsByChannel.assign(DemoCommunity::kMetricDays, {});
    m_community.activeOnDay.assign(DemoCommunity::kRecentDays, {});
    // Cohorts: complete weeks from the first Monday of the metric period.
    m_community.cohortStart = m_community.metricStart;
    while (m_community.firstDate.addDays(m_community.cohortStart).dayOfWeek() != 1)
        ++m_community.cohortStart;
    const int cohorts = (m_community.today - 1 - m_community.cohortStart) / 7 + 1;
    m_community.cohortSize.assign(cohorts, 0);
    m_community.cohortD1.assign(cohorts, 0);
    m_community.cohortD7.assign(cohorts, 0);
    m_community.cohortD30.assign(cohorts, 0);

    // A newcomer's curiosity: high right after joining, gone after a month or two.
    double novelty[64];
    for (int k = 0; k < 64; ++k)
        novelty[k] = k == 0 ? 1.0 : 0.55 * std::exp(-(k - 1) / 6.0);

    constexpr int kDailyDays = 16; // novelty[16] is under 5 %
    const double maxFactor = *std::max_element(m_community.activityFactor.begin() + simStart,
                                               m_community.activityFactor.begin() + m_community.today);
    for (size_t i = 0; i < m_community.members.size(); ++i) {
        DemoCommunity::MemberRec &m = m_community.members[i];
        const int j = m.joinDay;
        // Engagement is lognormal: most members barely show up, a few are there every day.
        const double z = SeedRandom::normal(m_community.rng);
        const double lambda = std::min(0.95, std::exp(-3.6 + 1.5 * z));
        m.lambda = float(lambda);
        m.postRate = float(std::min(6.0, std::exp(-2.1 + 1.1 * (0.5 * z + 0.87 * SeedRandom::normal(m_community.rng)))));
        m.commentRate = float(std::min(15.0, std::exp(-0.9 + 1.0 * (0.5 * z + 0.87 * SeedRandom::normal(m_community.rng)))));
        m.helpShare = float(0.02 + 0.5 * std::pow(SeedRandom::uniform01(m_community.rng), 2.5));
        m.likeRate = float(std::exp(0.8 + 0.8 * SeedRandom::normal(m_community.rng)));
        const double churnP = std::clamp(0.85 - 4.0 * lambda, 0.05, 0.85);
        const int tenure = m_community.today - 1 - j;
        m.churnDay = SeedRandom::chance(m_community.rng, churnP) ? j + int(tenure * std::pow(SeedRandom::uniform01(m_community.rng), 2.0))
                                           : m_community.today - 1;

        if (j >= m_community.metricStart) {
            const int t = j - m_community.metricStart;
            ++m_community.joins[t];
            ++m_community.joinsByChannel[t][m.channel];
        } else {
            ++m_community.joinedBeforeMetrics;
        }
        const int cohort = j >= m_community.cohortStart ? (j - m_community.cohortStart) / 7 : -1;
        if (cohort >= 0)
            ++m_community.cohortSize[cohort];

        // History before the simulated window, in expectation: only totals are needed.
        if (j < simStart) {
            const int preEnd = std::min(m.churnDay, simStart - 1);
            const int span = preEnd - j;
            double expected = 1.0 + lambda * 0.93 * span;
            for (int k = 1; k <= std::min(span, 63); ++k)
                expected += std::max(0.0, novelty[k] - lambda) * 0.93;
            const int days = std::max(1, int(std::lround(expected * SeedRandom::uniformReal(m_community.rng, 0.85, 1.15))));
            m.activeDaysAll = days;
            m.postsTotal = SeedRandom::poisson(m_community.rng, days * m.postRate);
            m.commentsTotal = SeedRandom::poisson(m_community.rng, days * m.commentRate);
            m.helpfulTotal = int(std::lround(m.commentsTotal * m.helpShare));
            if (m.churnDay < simStart)
                m.lastActiveDay = m.churnDay;
            else
                m.lastActiveDay = j + int((simStart - 1 - j) * std::sqrt(SeedRandom::uniform01(m_community.rng)));
        }

        int wauCovered = -1, mauCovered = -1, reservoir = 0, ledgerReservoir = 0;
        // Poisson by multiplying uniforms needs e^-mean; the member's rates are fixed, so
        // the exponentials are computed once here rather than on each active day.
        const double postLimit = std::exp(-double(m.postRate));
        const double commentLimit = std::exp(-double(m.commentRate));
        auto knuth = [this](double limit) {
            int k = 0;
            for (double p = SeedRandom::uniform01(m_community.rng); p > limit; p *= SeedRandom::uniform01(m_community.rng))
                ++k;
            return k;
        };
        auto onActive = [&](int d) {
            const int k = d - j;
            const int t = d - simStart;
            ++m_community.dau[t];
            const int wFrom = std::max(t, wauCovered + 1), wTo = std::min(t + 6, simDays - 1);
            if (wFrom <= wTo) {
                ++m_community.wauDiff[wFrom];
                --m_community.wauDiff[wTo + 1];
                wauCovered = wTo;
            }
            const int mFrom = std::max(t, mauCovered + 1), mTo = std::min(t + 29, simDays - 1);
            if (mFrom <= mTo) {
                ++m_community.mauDiff[mFrom];
                --m_community.mauDiff[mTo + 1];
                mauCovered = mTo;
            }
            const int posts = knuth(postLimit);
            const int comments = m.commentRate > 12 ? SeedRandom::poisson(m_community.rng, m.commentRate) : knuth(commentLimit);
            const int helpful = comments > 0 ? int(comments * m.helpShare + SeedRandom::uniform01(m_community.rng)) : 0;
            const int likes = (posts + comments) > 0 ? SeedRandom::poisson(m_community.rng, posts * m.likeRate + comments * 0.3) : 0;
            m_community.dayPosts[t] += posts;
            m_community.dayComments[t] += comments;
            m_community.dayLikes[t] += likes;
            m.postsTotal += posts;
            m.commentsTotal += comments;
            m.helpfulTotal += helpful;
            ++m.activeDaysAll;
            if (d >= recentStart) {
                ++m.activeDays30;
                m.posts30 += posts;
                m.comments30 += comments;
                m.likes30 += likes;
                m.helpful30 += helpful;
                m.recent30 |= 1u << (d - recentStart);
                m_community.activeOnDay[d - recentStart].push_back(quint32(i));
            }
            if (d >= m_community.ledgerStart) {
                m.postsL += posts;
                m.commentsL += comments;
                m.helpfulL += helpful;
                ++m.activeDaysL;
                m.ledgerLastDay = d;
                if (SeedRandom::uniformInt(m_community.rng, 0, ledgerReservoir++) == 0)
                    m.ledgerPickDay = d;
            }
            if (SeedRandom::uniformInt(m_community.rng, 0, reservoir++) == 0)
                m.purchaseDay = d;
            if (cohort >= 0) {
                if (k == 1)
                    ++m_community.cohortD1[cohort];
                else if (k == 7)
                    ++m_community.cohortD7[cohort];
                else if (k == 30)
                    ++m_community.cohortD30[cohort];
            }
            m.lastActiveDay = d;
        };
        const int from = std::max(j, simStart), to = m.churnDay;
        auto p = [&](int d) {
            const int k = d - j;
            return std::min(0.97, std::max(lambda, k < 64 ? novelty[k] : 0.0) * m_community.activityFactor[d]);
        };
        // The first two weeks day by day (the probability is high and changes quickly)...
        int d = from;
        for (; d <= to && d - j < kDailyDays; ++d) {
            if (d == j || SeedRandom::uniform01(m_community.rng) < p(d))
                onActive(d);
        }
        // ...then, for the quiet majority, only candidate days: gaps drawn for the highest
        // probability any later day can have, each candidate kept with p(d)/pMax. Same
        // distribution as a draw per day, at a fraction of the draws.
        const double pMax = std::min(0.97, std::max(lambda, novelty[kDailyDays]) * maxFactor);
        if (pMax >= 0.25) {
            for (; d <= to; ++d) {
                if (SeedRandom::uniform01(m_community.rng) < p(d))
                    onActive(d);
            }
        } else {
            const double logQ = std::log1p(-pMax);
            while (true) {
                d += int(std::log1p(-SeedRandom::uniform01(m_community.rng)) / logQ);
                if (d > to)
                    break;
                if (SeedRandom::uniform01(m_community.rng) * pMax < p(d))
                    onActive(d);
                ++d;
            }
        }
        if (m.lastActiveDay < 0)
            m.lastActiveDay = j;
    }
}

TierRules::MemberFigures MemberSimulation::figuresAt(const DemoCommunity::MemberRec &m) const
{
    TierRules::MemberFigures f;
    f.points = m.points;
    f.activeDays30 = m.activeDays30;
    f.postsTotal = m.postsTotal;
    f.helpfulAnswersTotal = m.helpfulTotal;
    f.tenureDays = double((m_community.anchor - m.joinedAt) / 86400);
    f.spendTotal = double(m.spendCents) / 100.0;
    return f;
}

void MemberSimulation::deriveMembers()
{
    qint64 baseRows = 0, eligible = 0;
    for (DemoCommunity::MemberRec &m : m_community.members) {
        // Last activity: a time on the last active day, never before joining.
        const int d = m.lastActiveDay;
        if (d == m.joinDay) {
            const qint64 end = m_community.dayStart[d + 1] - 1;
            m.lastActiveAt = m.joinedAt + qint64(SeedRandom::uniform01(m_community.rng) * double(end - m.joinedAt));
        } else {
            m.lastActiveAt = m_community.randomTimeOnDay(d);
        }
        // Points: 5 a post, 1 a comment, 10 a helpful answer. What was earned before the
        // ledger opened is its opening balance; later activity is itemised.
        const int postsBefore = m.postsTotal - m.postsL;
        const int commentsBefore = m.commentsTotal - m.commentsL;
        const int helpfulBefore = m.helpfulTotal - m.helpfulL;
        m.opening = 5 * postsBefore + commentsBefore + 10 * helpfulBefore;
        m.discussion = 5 * m.postsL + m.commentsL + 10 * m.helpfulL;
        baseRows += (m.opening > 0) + (m.discussion > 0);
        eligible += m.activeDaysL > 0;

        // About 15 % pay, the keener more often; amounts have a long tail.
        const double payP = 0.07 + 0.5 * std::min(1.0, double(m.lambda) * 3.0);
        if (SeedRandom::chance(m_community.rng, payP)) {
            m.spendCents = std::min<qint64>(8'000'000, std::llround(SeedRandom::pareto(m_community.rng, 29.0, 1.25) * 10) * 10);
            if (m.purchaseDay < 0)
                m.purchaseDay = m.lastActiveDay;
            if (m.purchaseDay >= m_community.today - 90) {
                const qint64 lastOrder = std::min<qint64>(m.spendCents, std::llround(SeedRandom::pareto(m_community.rng, 19.0, 1.5) * 10) * 10);
                m.spend90Cents = lastOrder
                    + qint64(double(m.spendCents - lastOrder) * std::pow(SeedRandom::uniform01(m_community.rng), 2.0) / 10) * 10;
            }
        } else {
            m.purchaseDay = -1;
        }
        // A few members are muted (until some day ahead) or banned.
        const double s = SeedRandom::uniform01(m_community.rng);
        m.status = s < 0.004 ? 1 : s < 0.0065 ? 2 : 0;
    }

    // Extra ledger entries (sharing, tasks, redemptions) fill what is left of the budget
    // of 1.3 ledger rows per member.
    const double budget = std::max(0.0, 1.3 * double(m_community.memberCount) - double(baseRows) - 1.0);
    const double scale = eligible > 0 ? std::min(1.0, budget / (0.62 * double(eligible))) : 0.0;
    for (DemoCommunity::MemberRec &m : m_community.members) {
        if (m.activeDaysL > 0) {
            if (SeedRandom::chance(m_community.rng, 0.25 * scale))
                m.sharing = int(SeedRandom::uniformInt(m_community.rng, 1, 6)) * 5;
            if (SeedRandom::chance(m_community.rng, 0.22 * scale))
                m.task = int(SeedRandom::uniformInt(m_community.rng, 1, 5)) * 10;
            const int balance = m.opening + m.discussion + m.sharing + m.task;
            if (balance >= 300 && SeedRandom::chance(m_community.rng, 0.15 * scale))
                m.redemption = int(SeedRandom::uniformInt(m_community.rng, 1, std::min(10, balance / 200))) * 100;
        }
        m.points = m.opening + m.discussion + m.sharing + m.task - m.redemption;
        m_community.ledgerRows += (m.opening > 0) + (m.discussion > 0) + (m.sharing > 0) + (m.task > 0)
            + (m.redemption > 0);

        const QString tierId = TierRules::evaluateTier(figuresAt(m), m_community.tiers);
        m.tier = quint8(std::find_if(m_community.tiers.begin(), m_community.tiers.end(),
                                     [&](const TierRules::Tier &t) { return t.id == tierId; }) - m_community.tiers.begin());
        // A handful of tiers were set by hand and locked (staff, partners, VIPs).
        if (SeedRandom::chance(m_community.rng, 0.005)) {
            m.tierLocked = true;
            if (SeedRandom::chance(m_community.rng, 0.5))
                m.tier = quint8(std::min<int>(m.tier + 1 + int(SeedRandom::uniformInt(m_community.rng, 0, 1)), 3));
        }
        if (m.tier == 0)
            m.tierSince = m.joinedAt;
        else
            m.tierSince = m.joinedAt + qint64(double(m_community.anchor - 3600 - m.joinedAt) * SeedRandom::uniformReal(m_community.rng, 0.3, 0.97));

        // Badges, by their criteria.
        const int tenureDays = int((m_community.anchor - m.joinedAt) / 86400);
        quint16 b = 0;
        if (m.activeDays30 >= 20) b |= 1 << 0;                                        // active_star
        if (m.postsTotal >= 100 && m.likes30 >= 50) b |= 1 << 1;                      // quality_contributor
        if (m.helpfulTotal >= 30) b |= 1 << 2;                                        // helpful_hand
        if (m.joinDay < 90 && m.postsTotal > 0) b |= 1 << 3;                          // early_bird
        if (m.activeDays30 >= 22 && SeedRandom::chance(m_community.rng, 0.6)) b |= 1 << 4;                  // streak_30
        if (m.activeDaysAll >= 40 && SeedRandom::chance(m_community.rng, 0.08)) b |= 1 << 5;                // event_star
        if (m.helpfulTotal >= 100 && m.tier >= 2) b |= 1 << 6;                        // mentor
        if (m.posts30 >= 10) b |= 1 << 7;                                             // top_sharer
        if (m.activeDaysAll >= 20 && SeedRandom::chance(m_community.rng, 0.01)) b |= 1 << 8;                // bug_hunter
        if (m.postsTotal > 0) b |= 1 << 9;                                            // first_post
        if (tenureDays >= 365 && m.activeDaysAll >= 10) b |= 1 << 10;                 // anniversary
        if ((b & (1 << 5)) && SeedRandom::chance(m_community.rng, 0.15)) b |= 1 << 11;                      // campaign_champion
        if (m.postsTotal >= 15 && SeedRandom::chance(m_community.rng, 0.02)) b |= 1 << 12;                  // translator
        m.badges = b;
    }
}
