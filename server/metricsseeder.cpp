#include "metricsseeder.h"

#include "democommunity.h"
#include "jsonwriter.h"
#include "persongenerator.h"
#include "seedrandom.h"
#include "platformdb.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

MetricsSeeder::MetricsSeeder(DemoCommunity &community)
    : m_community(community)
{
}

void MetricsSeeder::writeMetrics()
{
    const int simStart = m_community.metricStart - DemoCommunity::kWarmupDays;
    const int recentStart = m_community.today - DemoCommunity::kRecentDays;
    std::vector<int> wau(m_community.dau.size()), mau(m_community.dau.size());
    int w = 0, mo = 0;
    for (size_t t = 0; t < m_community.dau.size(); ++t) {
        w += m_community.wauDiff[t];
        mo += m_community.mauDiff[t];
        wau[t] = w;
        mau[t] = mo;
    }
    // Moderation figures of the last 30 days are counted from the seeded items.
    struct ModDay {
        int reports = 0, decisions = 0, violations = 0, backlog = 0, created = 0;
        std::vector<int> minutes;
    };
    std::vector<ModDay> mod(DemoCommunity::kRecentDays);
    for (const DemoCommunity::ItemRec &it : m_community.items) {
        if (it.day >= recentStart)
            ++mod[size_t(it.day - recentStart)].created;
        for (qint64 r : it.reportTimes) {
            const int d = m_community.dayOf(r);
            if (d >= recentStart && d < m_community.today)
                ++mod[size_t(d - recentStart)].reports;
        }
        if (it.decidedAt) {
            const int d = m_community.dayOf(it.decidedAt);
            if (d >= recentStart && d < m_community.today) {
                ModDay &md = mod[size_t(d - recentStart)];
                ++md.decisions;
                md.violations += it.rejected;
                md.minutes.push_back(int((it.decidedAt - it.createdAt) / 60));
            }
        }
        for (int d = std::max(it.day, recentStart); d < m_community.today; ++d) {
            if (it.decidedAt && it.decidedAt < m_community.dayStart[d + 1])
                break;
            ++mod[size_t(d - recentStart)].backlog;
        }
    }
    double recentDau = 0;
    for (int d = recentStart; d < m_community.today; ++d)
        recentDau += m_community.dau[size_t(d - simStart)];
    recentDau /= DemoCommunity::kRecentDays;
    const double itemsPerDau = double(m_community.items.size()) / DemoCommunity::kRecentDays / std::max(1.0, recentDau);

    qint64 payingNow = 0;
    for (const DemoCommunity::MemberRec &m : m_community.members)
        payingNow += m.spend90Cents > 0;
    const qint64 membersNow = m_community.memberCount;

    qint64 membersTotal = m_community.joinedBeforeMetrics;
    for (int t = 0; t < DemoCommunity::kMetricDays; ++t) {
        const int d = m_community.metricStart + t;
        const size_t s = size_t(d - simStart);
        membersTotal += m_community.joins[size_t(t)];
        const int dau = m_community.dau[s];
        const double f = m_community.activityFactor[size_t(d)];
        QJsonObject newMembers;
        for (int c = 0; c < 7; ++c)
            newMembers.insert(QString::fromLatin1(PersonGenerator::channels()[c]), m_community.joinsByChannel[size_t(t)][size_t(c)]);
        int reports, decisions, violations, backlog;
        double median;
        if (d >= recentStart) {
            ModDay &md = mod[size_t(d - recentStart)];
            reports = md.reports;
            decisions = md.decisions;
            violations = md.violations;
            backlog = md.backlog;
            if (md.minutes.empty()) {
                median = 0;
            } else {
                std::sort(md.minutes.begin(), md.minutes.end());
                median = md.minutes[md.minutes.size() / 2];
            }
        } else {
            // Before the seeded items: the same rates, a calmer queue.
            const double items = dau * itemsPerDau * 0.6 * std::exp(0.1 * SeedRandom::normal(m_community.rng));
            reports = SeedRandom::poisson(m_community.rng, items * 0.5);
            decisions = SeedRandom::poisson(m_community.rng, items * 0.95);
            violations = int(std::lround(decisions * SeedRandom::uniformReal(m_community.rng, 0.2, 0.35)));
            backlog = int(std::lround(items * SeedRandom::uniformReal(m_community.rng, 0.6, 1.4)));
            median = std::lround(SeedRandom::uniformReal(m_community.rng, 22, 55) * (f < 0.9 ? 1.4 : 1.0));
        }
        const qint64 paying = membersTotal == membersNow
            ? payingNow
            : qint64(std::llround(payingNow * double(membersTotal) / double(membersNow) * (1.0 + 0.01 * SeedRandom::normal(m_community.rng))));
        const int conversions = SeedRandom::poisson(m_community.rng, double(paying) / 90.0 * 1.1 * f);
        const double revenue = JsonWriter::round2(conversions * std::exp(std::log(75.0) + 0.25 * SeedRandom::normal(m_community.rng)));
        const double sentiment = std::clamp(JsonWriter::round3(0.24 + 0.05 * SeedRandom::normal(m_community.rng) + (f < 0.8 ? 0.04 : 0.0)), -1.0, 1.0);
        const qint64 posts = m_community.dayPosts[s];
        m_community.insert("metric_day", QString::fromLatin1(m_community.dateText[size_t(d)]),
               QJsonObject{{u"date"_s, QString::fromLatin1(m_community.dateText[size_t(d)])},
                           {u"members_total"_s, membersTotal},
                           {u"dau"_s, dau},
                           {u"wau"_s, wau[s]},
                           {u"mau"_s, mau[s]},
                           {u"visitors"_s, qint64(std::llround(dau * SeedRandom::uniformReal(m_community.rng, 1.9, 2.5) + membersTotal * 0.002)) + 1},
                           {u"new_members"_s, newMembers},
                           {u"posts"_s, posts},
                           {u"comments"_s, m_community.dayComments[s]},
                           {u"likes"_s, m_community.dayLikes[s]},
                           {u"shares"_s, qint64(std::llround(posts * 0.18 * std::exp(0.15 * SeedRandom::normal(m_community.rng))))},
                           {u"reports"_s, reports},
                           {u"decisions"_s, decisions},
                           {u"median_decision_minutes"_s, median},
                           {u"backlog"_s, backlog},
                           {u"violations"_s, violations},
                           {u"conversions"_s, conversions},
                           {u"paying_members"_s, paying},
                           {u"revenue"_s, revenue},
                           {u"sentiment"_s, sentiment}});
    }
}

void MetricsSeeder::writeCohorts()
{
    const int yesterday = m_community.today - 1;
    for (size_t c = 0; c < m_community.cohortSize.size(); ++c) {
        const int start = m_community.cohortStart + int(c) * 7;
        const int lastJoin = start + 6;
        // Day N is known only once the week's last joiner has reached it.
        auto value = [&](int n, int counted) -> QJsonValue {
            if (lastJoin + n > yesterday)
                return QJsonValue::Null;
            return counted;
        };
        // Counted figures fall with N; a rare small-cohort inversion is smoothed away.
        const int d1 = m_community.cohortD1[c];
        const int d7 = std::min(m_community.cohortD7[c], d1);
        const int d30 = std::min(m_community.cohortD30[c], d7);
        m_community.insert("retention_cohort", QString::fromLatin1(m_community.dateText[size_t(start)]),
               QJsonObject{{u"cohort_start"_s, QString::fromLatin1(m_community.dateText[size_t(start)])},
                           {u"size"_s, m_community.cohortSize[c]},
                           {u"d1"_s, value(1, d1)},
                           {u"d7"_s, value(7, d7)},
                           {u"d30"_s, value(30, d30)}});
    }
}
