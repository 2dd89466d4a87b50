// ReportComposer: the sections about the members — summary, growth, activity, tiers,
// points and badges.
#include "reportcomposer.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
using S = ReportStyle;
using Trend = TilesBlock::Trend;

Trend trendOf(double current, double previous, bool higherIsBetter)
{
    if (qIsNaN(current) || qIsNaN(previous) || current == previous)
        return Trend::Neutral;
    return (current > previous) == higherIsBetter ? Trend::Good : Trend::Bad;
}

QList<double> valuesOf(const QList<ReportDay> &days, qint64 ReportDay::*field)
{
    QList<double> out;
    for (const ReportDay &d : days)
        out.append(double(d.*field));
    return out;
}
} // namespace

void ReportComposer::summary()
{
    const ReportPeriod &c = m_data.current;
    const ReportPeriod &p = m_data.previous;
    //: %1 is the quarter ("Q3 2026"), %2 a number of members, %3 the number of them who joined.
    paragraph(sentences({t(QT_TRANSLATE_NOOP("Report", "In %1 the community reached %2, %3 of them new this quarter."))
                             .arg(m_lang.quarter(m_data.quarter), tn(QT_TRANSLATE_N_NOOP("Report", "%Ln members"), c.membersEnd),
                                  count(c.newMembers)),
                         //: %1 is the average number of daily active members, %2 a percentage.
                         t(QT_TRANSLATE_NOOP("Report", "Daily active members averaged %1, %2 of the month's active members."))
                             .arg(m_lang.number(c.avgDau, 0), m_lang.percent(c.stickiness)),
                         //: %1 is a percentage.
                         tn(QT_TRANSLATE_N_NOOP("Report", "Moderators made %Ln decisions, and %1 of them found a violation."),
                            c.decisions)
                             .arg(m_lang.percent(c.violationRate))}));

    const QString vs = t(QT_TRANSLATE_NOOP("Report", "%1 vs %2"));
    const auto changeLine = [&](const QString &text) { return vs.arg(text, previousLabel()); };
    QList<TilesBlock::Tile> tiles;
    tiles.append({t(QT_TRANSLATE_NOOP("Report", "Members at quarter end")), count(c.membersEnd),
                  changeLine(change(double(c.membersEnd), double(p.membersEnd))),
                  trendOf(double(c.membersEnd), double(p.membersEnd), true)});
    tiles.append({t(QT_TRANSLATE_NOOP("Report", "New members")), count(c.newMembers),
                  changeLine(sumChange(c.newMembers, p.newMembers)),
                  trendOf(double(c.newMembers) / std::max(1, c.daysCovered), double(p.newMembers) / std::max(1, p.daysCovered), true)});
    tiles.append({t(QT_TRANSLATE_NOOP("Report", "Average daily active members")), m_lang.number(c.avgDau, 0),
                  changeLine(change(c.avgDau, p.avgDau)), trendOf(c.avgDau, p.avgDau, true)});
    tiles.append({t(QT_TRANSLATE_NOOP("Report", "Average monthly active members")), m_lang.number(c.avgMau, 0),
                  changeLine(change(c.avgMau, p.avgMau)), trendOf(c.avgMau, p.avgMau, true)});
    tiles.append({t(QT_TRANSLATE_NOOP("Report", "Stickiness (DAU / MAU)")), m_lang.percent(c.stickiness),
                  changeLine(rateChange(c.stickiness, p.stickiness)), trendOf(c.stickiness, p.stickiness, true)});
    tiles.append({t(QT_TRANSLATE_NOOP("Report", "7-day retention of new members")), m_lang.percent(c.retentionD7),
                  changeLine(rateChange(c.retentionD7, p.retentionD7)), trendOf(c.retentionD7, p.retentionD7, true)});
    tiles.append({t(QT_TRANSLATE_NOOP("Report", "Posts")), count(c.posts), changeLine(sumChange(c.posts, p.posts)),
                  trendOf(double(c.posts) / std::max(1, c.daysCovered), double(p.posts) / std::max(1, p.daysCovered), true)});
    tiles.append({t(QT_TRANSLATE_NOOP("Report", "Interactions per active member per day")),
                  m_lang.number(c.interactionsPerActive, 2),
                  changeLine(change(c.interactionsPerActive, p.interactionsPerActive)),
                  trendOf(c.interactionsPerActive, p.interactionsPerActive, true)});
    tiles.append({t(QT_TRANSLATE_NOOP("Report", "Revenue")), m_lang.money(c.revenue),
                  changeLine(sumChange(qint64(std::llround(c.revenue * 100)), qint64(std::llround(p.revenue * 100)))),
                  trendOf(c.revenue / std::max(1, c.daysCovered), p.revenue / std::max(1, p.daysCovered), true)});
    tiles.append({t(QT_TRANSLATE_NOOP("Report", "Violation rate")), m_lang.percent(c.violationRate),
                  changeLine(rateChange(c.violationRate, p.violationRate)), trendOf(c.violationRate, p.violationRate, false)});
    //: A duration in minutes, e.g. "38 min".
    const QString minutes = t(QT_TRANSLATE_NOOP("Report", "%1 min"));
    tiles.append({t(QT_TRANSLATE_NOOP("Report", "Median time to decision")),
                  minutes.arg(m_lang.number(c.medianDecisionMinutes, 0)),
                  changeLine(change(c.medianDecisionMinutes, p.medianDecisionMinutes)),
                  trendOf(c.medianDecisionMinutes, p.medianDecisionMinutes, false)});
    const auto &spend = m_data.campaigns->spend;
    tiles.append({t(QT_TRANSLATE_NOOP("Report", "Campaign ROI")), spend.roi ? m_lang.percent(*spend.roi) : m_lang.dash(),
                  //: Under the campaign ROI tile: a number of campaigns, %1 money spent.
                  tn(QT_TRANSLATE_N_NOOP("Report", "%Ln campaigns, %1 spent"), spend.campaigns).arg(m_lang.money(spend.spent)),
                  Trend::Neutral});
    add(std::make_unique<TilesBlock>(tiles, m_style.font(8), m_style.font(16, true), m_style.font(8)), S::pt(6), S::pt(6));
    if (!comparableSums() && p.hasData()) {
        note(t(QT_TRANSLATE_NOOP("Report", "One of the two quarters is only partly in the cache, so totals are "
                                           "compared per day.")));
    }
    if (!p.hasData())
        note(t(QT_TRANSLATE_NOOP("Report", "The cache holds no daily figures for the previous quarter: no changes are shown.")));
}

void ReportComposer::growth()
{
    const ReportPeriod &c = m_data.current;
    const ReportPeriod &p = m_data.previous;
    //: %1 is the number of members at the quarter's start, %2 the difference, %3 a percentage.
    paragraph(tn(QT_TRANSLATE_N_NOOP("Report", "Membership grew from %1 to %Ln members: %2 more (%3)."), c.membersEnd)
                  .arg(count(c.membersStart), count(c.membersEnd - c.membersStart),
                       m_lang.relativeChange(KpiAnalytics::compare(double(c.membersEnd), double(c.membersStart)))));

    heading(t(QT_TRANSLATE_NOOP("Report", "Members over the quarter")));
    QList<QDate> dates;
    for (const ReportDay &d : m_data.days)
        dates << d.date;
    auto chart = lineChart(dates, 150);
    chart->addSeries({t(QT_TRANSLATE_NOOP("Report", "Members")), valuesOf(m_data.days, &ReportDay::membersTotal), S::series(0)});
    add(std::move(chart), S::pt(2), S::pt(6));

    heading(t(QT_TRANSLATE_NOOP("Report", "New members by channel")));
    QStringList channels = c.newByChannel.keys();
    for (const QString &id : p.newByChannel.keys()) {
        if (!channels.contains(id))
            channels << id;
    }
    std::sort(channels.begin(), channels.end(), [&c](const QString &a, const QString &b) {
        return c.newByChannel.value(a) > c.newByChannel.value(b);
    });
    QList<BarChartBlock::Bar> bars;
    for (const QString &id : channels) {
        BarChartBlock::Bar bar{channelName(id), double(c.newByChannel.value(id)), count(c.newByChannel.value(id))};
        if (p.hasData()) {
            bar.comparison = double(p.newByChannel.value(id));
            bar.comparisonText = count(p.newByChannel.value(id));
        }
        bars << bar;
    }
    add(std::make_unique<BarChartBlock>(bars, m_style.font(8), m_lang.quarter(m_data.quarter), previousLabel()),
        S::pt(2), S::pt(8));

    auto rows = table({{t(QT_TRANSLATE_NOOP("Report", "Channel")), 2.2},
                       {t(QT_TRANSLATE_NOOP("Report", "New members")), 1.3, Qt::AlignRight},
                       {t(QT_TRANSLATE_NOOP("Report", "Share")), 1, Qt::AlignRight},
                       {previousLabel(), 1.3, Qt::AlignRight},
                       {t(QT_TRANSLATE_NOOP("Report", "Change")), 1.3, Qt::AlignRight}});
    for (const QString &id : channels) {
        const qint64 now = c.newByChannel.value(id);
        rows->addRow({channelName(id), count(now),
                      m_lang.percent(c.newMembers > 0 ? double(now) / double(c.newMembers) : qQNaN()),
                      p.hasData() ? count(p.newByChannel.value(id)) : m_lang.dash(), sumChange(now, p.newByChannel.value(id))});
    }
    rows->addRow({t(QT_TRANSLATE_NOOP("Report", "Total")), count(c.newMembers), m_lang.percent(c.newMembers > 0 ? 1.0 : qQNaN()),
                  p.hasData() ? count(p.newMembers) : m_lang.dash(), sumChange(c.newMembers, p.newMembers)},
                 true);
    add(std::move(rows), S::pt(2), S::pt(6));
}

void ReportComposer::activity()
{
    const ReportPeriod &c = m_data.current;
    const ReportPeriod &p = m_data.previous;
    heading(t(QT_TRANSLATE_NOOP("Report", "Daily and weekly active members")));
    QList<QDate> dates;
    for (const ReportDay &d : m_data.days)
        dates << d.date;
    auto chart = lineChart(dates, 165);
    chart->setMinimumZero(true);
    chart->addSeries({t(QT_TRANSLATE_NOOP("Report", "Daily active")), valuesOf(m_data.days, &ReportDay::dau), S::series(0)});
    chart->addSeries({t(QT_TRANSLATE_NOOP("Report", "Weekly active")), valuesOf(m_data.days, &ReportDay::wau), S::series(2)});
    if (!m_data.previousDays.isEmpty()) {
        // The previous quarter's days laid over this quarter's by their position.
        QList<double> previous = valuesOf(m_data.previousDays, &ReportDay::dau);
        const qint64 offset = m_data.quarter.previous().firstDay().daysTo(m_data.previousDays.first().date);
        for (qint64 i = 0; i < offset; ++i)
            previous.prepend(qQNaN());
        //: Chart legend: the previous quarter's daily active members; %1 is the quarter.
        chart->addSeries({t(QT_TRANSLATE_NOOP("Report", "Daily active, %1")).arg(previousLabel()), previous,
                          S::series(5), true});
    }
    add(std::move(chart), S::pt(2), S::pt(6));

    heading(t(QT_TRANSLATE_NOOP("Report", "Activity figures")));
    auto rows = table({{t(QT_TRANSLATE_NOOP("Report", "Figure")), 3},
                       {m_lang.quarter(m_data.quarter), 1.4, Qt::AlignRight},
                       {previousLabel(), 1.4, Qt::AlignRight},
                       {t(QT_TRANSLATE_NOOP("Report", "Change")), 1.3, Qt::AlignRight}});
    const auto level = [&](const QString &name, double now, double before, int decimals) {
        rows->addRow({name, m_lang.number(now, decimals), p.hasData() ? m_lang.number(before, decimals) : m_lang.dash(),
                      change(now, before)});
    };
    const auto total = [&](const QString &name, qint64 now, qint64 before) {
        rows->addRow({name, count(now), p.hasData() ? count(before) : m_lang.dash(), sumChange(now, before)});
    };
    const auto rate = [&](const QString &name, double now, double before) {
        rows->addRow({name, m_lang.percent(now), p.hasData() ? m_lang.percent(before) : m_lang.dash(), rateChange(now, before)});
    };
    level(t(QT_TRANSLATE_NOOP("Report", "Average daily active members (DAU)")), c.avgDau, p.avgDau, 0);
    level(t(QT_TRANSLATE_NOOP("Report", "Average weekly active members (WAU)")), c.avgWau, p.avgWau, 0);
    level(t(QT_TRANSLATE_NOOP("Report", "Average monthly active members (MAU)")), c.avgMau, p.avgMau, 0);
    rate(t(QT_TRANSLATE_NOOP("Report", "Stickiness (DAU / MAU)")), c.stickiness, p.stickiness);
    //: %1 is a date.
    rows->addRow({t(QT_TRANSLATE_NOOP("Report", "Busiest day (daily active members)")),
                  count(c.peakDau) + u" ("_s + m_lang.monthDay(c.peakDauDate) + u")"_s,
                  p.hasData() ? count(p.peakDau) + u" ("_s + m_lang.monthDay(p.peakDauDate) + u")"_s : m_lang.dash(),
                  change(double(c.peakDau), double(p.peakDau))});
    total(t(QT_TRANSLATE_NOOP("Report", "Visitors")), c.visitors, p.visitors);
    total(t(QT_TRANSLATE_NOOP("Report", "Posts")), c.posts, p.posts);
    total(t(QT_TRANSLATE_NOOP("Report", "Comments")), c.comments, p.comments);
    total(t(QT_TRANSLATE_NOOP("Report", "Likes")), c.likes, p.likes);
    total(t(QT_TRANSLATE_NOOP("Report", "Shares")), c.shares, p.shares);
    level(t(QT_TRANSLATE_NOOP("Report", "Interactions per active member per day")), c.interactionsPerActive,
          p.interactionsPerActive, 2);
    total(t(QT_TRANSLATE_NOOP("Report", "Conversions")), c.conversions, p.conversions);
    rows->addRow({t(QT_TRANSLATE_NOOP("Report", "Revenue")), m_lang.money(c.revenue),
                  p.hasData() ? m_lang.money(p.revenue) : m_lang.dash(),
                  sumChange(qint64(std::llround(c.revenue * 100)), qint64(std::llround(p.revenue * 100)))});
    level(t(QT_TRANSLATE_NOOP("Report", "Paying members at quarter end")), double(c.payingEnd), double(p.payingEnd), 0);
    level(t(QT_TRANSLATE_NOOP("Report", "Average sentiment (-1 to 1)")), c.sentiment, p.sentiment, 3);
    add(std::move(rows), S::pt(2), S::pt(6));

    heading(t(QT_TRANSLATE_NOOP("Report", "Retention of new members by signup week")));
    auto cohorts = table({{t(QT_TRANSLATE_NOOP("Report", "Week starting")), 1.6},
                          {t(QT_TRANSLATE_NOOP("Report", "Joined")), 1, Qt::AlignRight},
                          {t(QT_TRANSLATE_NOOP("Report", "Day 1")), 1, Qt::AlignRight},
                          {t(QT_TRANSLATE_NOOP("Report", "Day 7")), 1, Qt::AlignRight},
                          {t(QT_TRANSLATE_NOOP("Report", "Day 30")), 1, Qt::AlignRight}});
    const auto share = [this](const std::optional<qint64> &retained, qint64 size) {
        return retained ? m_lang.percent(KpiAnalytics::retention(double(*retained), double(size))) : m_lang.dash();
    };
    for (const ReportCohort &cohort : m_data.cohorts)
        cohorts->addRow({m_lang.date(cohort.start), count(cohort.size), share(cohort.d1, cohort.size),
                         share(cohort.d7, cohort.size), share(cohort.d30, cohort.size)});
    cohorts->addRow({t(QT_TRANSLATE_NOOP("Report", "All weeks (pooled)")), count(c.cohortMembers),
                     m_lang.percent(c.retentionD1), m_lang.percent(c.retentionD7), m_lang.percent(c.retentionD30)},
                    true);
    if (p.cohorts > 0) {
        cohorts->addRow({previousLabel(), count(p.cohortMembers), m_lang.percent(p.retentionD1),
                         m_lang.percent(p.retentionD7), m_lang.percent(p.retentionD30)});
    }
    add(std::move(cohorts), S::pt(2), S::pt(4));
    note(t(QT_TRANSLATE_NOOP("Report", "Day N: the share of the week's new members active N days after joining. "
                                       "Pooled: all members of the weeks together. A dash: that day has not come yet.")));
}

void ReportComposer::tiers()
{
    qint64 entered = 0;
    for (const ReportTier &tier : m_data.tiers)
        entered += tier.entered;
    paragraph(sentences({tn(QT_TRANSLATE_N_NOOP("Report", "The cache holds %Ln members."), m_data.membersCached),
                         tn(QT_TRANSLATE_N_NOOP("Report", "%Ln of them entered their current tier during the quarter."),
                            entered),
                         tn(QT_TRANSLATE_N_NOOP("Report", "%Ln are muted or banned."), m_data.mutedOrBanned)}));
    QList<BarChartBlock::Bar> bars;
    for (const ReportTier &tier : m_data.tiers)
        bars << BarChartBlock::Bar{tierName(tier), double(tier.members), count(tier.members)};
    add(std::make_unique<BarChartBlock>(bars, m_style.font(8.5), t(QT_TRANSLATE_NOOP("Report", "Members now"))),
        S::pt(4), S::pt(8));

    heading(t(QT_TRANSLATE_NOOP("Report", "Tier sizes and movements")));
    auto rows = table({{t(QT_TRANSLATE_NOOP("Report", "Tier")), 1.6},
                       {t(QT_TRANSLATE_NOOP("Report", "Members now")), 1.2, Qt::AlignRight},
                       {t(QT_TRANSLATE_NOOP("Report", "Share")), 1, Qt::AlignRight},
                       {t(QT_TRANSLATE_NOOP("Report", "Entered this quarter")), 1.3, Qt::AlignRight},
                       {t(QT_TRANSLATE_NOOP("Report", "Moved from another tier")), 1.4, Qt::AlignRight},
                       {t(QT_TRANSLATE_NOOP("Report", "Joined this quarter")), 1.3, Qt::AlignRight}});
    qint64 moved = 0, joined = 0;
    for (const ReportTier &tier : m_data.tiers) {
        rows->addRow({tierName(tier), count(tier.members),
                      m_lang.percent(m_data.membersCached > 0 ? double(tier.members) / double(m_data.membersCached) : qQNaN()),
                      count(tier.entered), count(tier.movedIn), count(tier.newJoiners)});
        moved += tier.movedIn;
        joined += tier.newJoiners;
    }
    rows->addRow({t(QT_TRANSLATE_NOOP("Report", "Total")), count(m_data.membersCached),
                  m_lang.percent(m_data.membersCached > 0 ? 1.0 : qQNaN()), count(entered), count(moved), count(joined)},
                 true);
    add(std::move(rows), S::pt(2), S::pt(4));
    //: %1 is a date.
    note(t(QT_TRANSLATE_NOOP("Report", "Tier sizes are as of %1, the cache's latest data. A member counts as having "
                                       "entered a tier when their current tier began during the quarter."))
             .arg(m_lang.longDate(m_data.dataLast)));
}

void ReportComposer::points()
{
    const ReportPoints &p = m_data.points;
    //: %1 and %2 are numbers of points, %3 of ledger entries, %4 of members.
    paragraph(t(QT_TRANSLATE_NOOP("Report", "Members earned %1 and redeemed %2, in %3 of %4."))
                  .arg(tn(QT_TRANSLATE_N_NOOP("Report", "%Ln points"), p.awarded - p.opening),
                       tn(QT_TRANSLATE_N_NOOP("Report", "%Ln points"), p.redeemed),
                       tn(QT_TRANSLATE_N_NOOP("Report", "%Ln ledger entries"), p.entries),
                       tn(QT_TRANSLATE_N_NOOP("Report", "%Ln members"), p.members)));
    if (p.opening > 0) {
        note(tn(QT_TRANSLATE_N_NOOP("Report", "Earned points leave out the %Ln points of opening balances, which the "
                                              "ledger records once for every member when it begins."),
                p.opening));
    }
    if (p.ledgerStart.isValid() && p.ledgerStart > m_data.quarter.firstDay()) {
        //: %1 is a date.
        note(t(QT_TRANSLATE_NOOP("Report", "The points ledger in the cache begins on %1; the quarter's earlier days are not included."))
                 .arg(m_lang.longDate(p.ledgerStart)));
    }
    heading(t(QT_TRANSLATE_NOOP("Report", "Points by reason")));
    auto rows = table({{t(QT_TRANSLATE_NOOP("Report", "Reason")), 3},
                       {t(QT_TRANSLATE_NOOP("Report", "Entries")), 1, Qt::AlignRight},
                       {t(QT_TRANSLATE_NOOP("Report", "Points")), 1, Qt::AlignRight}});
    for (const ReportPointsCategory &category : p.categories) {
        rows->addRow({category.category.isEmpty() ? t(QT_TRANSLATE_NOOP("Report", "Other reasons")) : category.category,
                      count(category.entries), count(category.points)});
    }
    rows->addRow({t(QT_TRANSLATE_NOOP("Report", "Net change")), count(p.entries), count(p.awarded - p.redeemed)}, true);
    add(std::move(rows), S::pt(2), S::pt(6));

    if (!p.topEarners.isEmpty()) {
        heading(t(QT_TRANSLATE_NOOP("Report", "Top earners (opening balances left out)")));
        auto earners = table({{t(QT_TRANSLATE_NOOP("Report", "Member")), 3},
                              {t(QT_TRANSLATE_NOOP("Report", "Points earned")), 1, Qt::AlignRight}});
        for (const ReportEarner &e : p.topEarners) {
            const QString who = e.displayName.isEmpty() ? e.memberId : e.displayName;
            earners->addRow({e.handle.isEmpty() ? who : who + u" (@"_s + e.handle + u")"_s, count(e.points)});
        }
        add(std::move(earners), S::pt(2), S::pt(6));
    }

    heading(t(QT_TRANSLATE_NOOP("Report", "Badges")));
    auto badges = table({{t(QT_TRANSLATE_NOOP("Report", "Badge")), 2},
                         {t(QT_TRANSLATE_NOOP("Report", "Chinese name")), 1.6},
                         {t(QT_TRANSLATE_NOOP("Report", "Holders")), 1, Qt::AlignRight}});
    for (const ReportBadge &b : m_data.badges)
        badges->addRow({b.name.isEmpty() ? b.id : b.name, b.nameZh, count(b.awarded)});
    add(std::move(badges), S::pt(2), S::pt(4));
    //: %1 members with a badge; %2 a date.
    //: %1 is a date.
    note(tn(QT_TRANSLATE_N_NOOP("Report", "%Ln members hold at least one badge. Badge counts are as of %1: the cache "
                                          "does not record when a badge was awarded."),
            m_data.badgeHolders)
             .arg(m_lang.longDate(m_data.dataLast)));
}
