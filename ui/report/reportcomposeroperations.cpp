// ReportComposer: the sections about running the community — moderation, campaigns,
// anomalies and the next quarter's plan.
#include "reportcomposer.h"

#include "reportanalysis.h"

#include <QMap>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
using S = ReportStyle;

QList<double> values(const QList<ReportDay> &days, qint64 ReportDay::*field)
{
    QList<double> out;
    for (const ReportDay &d : days)
        out.append(double(d.*field));
    return out;
}
} // namespace

void ReportComposer::moderation()
{
    const ReportPeriod &c = m_data.current;
    const ReportPeriod &p = m_data.previous;
    //: %1 posts, %2 comments, %3 reports, %4 decisions, %5 violations (each with its count), %6 a percentage.
    paragraph(sentences({t(QT_TRANSLATE_NOOP("Report", "Members wrote %1 and %2 and filed %3. Moderators made %4 and "
                                                       "found %5 (a violation rate of %6)."))
                             .arg(tn(QT_TRANSLATE_N_NOOP("Report", "%Ln posts"), c.posts),
                                  tn(QT_TRANSLATE_N_NOOP("Report", "%Ln comments"), c.comments),
                                  tn(QT_TRANSLATE_N_NOOP("Report", "%Ln reports"), c.reports),
                                  tn(QT_TRANSLATE_N_NOOP("Report", "%Ln decisions"), c.decisions),
                                  tn(QT_TRANSLATE_N_NOOP("Report", "%Ln violations"), c.violations),
                                  m_lang.percent(c.violationRate)),
                         tn(QT_TRANSLATE_N_NOOP("Report", "%Ln items were waiting for a decision at the quarter's end."),
                            c.backlogEnd)}));

    heading(t(QT_TRANSLATE_NOOP("Report", "Reports, decisions and backlog per day")));
    QList<QDate> dates;
    for (const ReportDay &d : m_data.days)
        dates << d.date;
    auto chart = lineChart(dates, 150);
    chart->setMinimumZero(true);
    chart->addSeries({t(QT_TRANSLATE_NOOP("Report", "Member reports")), values(m_data.days, &ReportDay::reports), S::series(1)});
    chart->addSeries({t(QT_TRANSLATE_NOOP("Report", "Decisions")), values(m_data.days, &ReportDay::decisions), S::series(0)});
    chart->addSeries({t(QT_TRANSLATE_NOOP("Report", "Backlog")), values(m_data.days, &ReportDay::backlog), S::series(3), true});
    add(std::move(chart), S::pt(2), S::pt(6));

    heading(t(QT_TRANSLATE_NOOP("Report", "Month by month")));
    auto rows = table({{t(QT_TRANSLATE_NOOP("Report", "Month")), 1.5},
                       {t(QT_TRANSLATE_NOOP("Report", "Posts")), 1.1, Qt::AlignRight},
                       {t(QT_TRANSLATE_NOOP("Report", "Comments")), 1.2, Qt::AlignRight},
                       {t(QT_TRANSLATE_NOOP("Report", "Reports")), 1, Qt::AlignRight},
                       {t(QT_TRANSLATE_NOOP("Report", "Decisions")), 1.1, Qt::AlignRight},
                       {t(QT_TRANSLATE_NOOP("Report", "Violation rate")), 1.1, Qt::AlignRight},
                       {t(QT_TRANSLATE_NOOP("Report", "Median time to decision (min)")), 1.5, Qt::AlignRight},
                       {t(QT_TRANSLATE_NOOP("Report", "Backlog at month end")), 1.3, Qt::AlignRight}});
    QMap<int, QList<ReportDay>> months;
    for (const ReportDay &d : m_data.days)
        months[d.date.month()].append(d);
    for (auto it = months.cbegin(); it != months.cend(); ++it) {
        // The month's own totals, by the same arithmetic as the quarter's (ReportMetrics).
        qint64 posts = 0, comments = 0, reports = 0, decisions = 0, violations = 0;
        QList<double> medians;
        for (const ReportDay &d : it.value()) {
            posts += d.posts;
            comments += d.comments;
            reports += d.reports;
            decisions += d.decisions;
            violations += d.violations;
            if (d.decisions > 0 && !qIsNaN(d.medianDecisionMinutes))
                medians << d.medianDecisionMinutes;
        }
        const QDate first = it.value().first().date;
        const QString month = m_lang.isChinese() ? u"%1年%2月"_s.arg(first.year()).arg(first.month())
                                                 : m_lang.locale().toString(first, u"MMMM yyyy"_s);
        rows->addRow({month, count(posts), count(comments), count(reports), count(decisions),
                      m_lang.percent(decisions > 0 ? double(violations) / double(decisions) : qQNaN()),
                      m_lang.number(KpiAnalytics::median(medians), 0), count(it.value().last().backlog)});
    }
    rows->addRow({m_lang.quarter(m_data.quarter), count(c.posts), count(c.comments), count(c.reports), count(c.decisions),
                  m_lang.percent(c.violationRate), m_lang.number(c.medianDecisionMinutes, 0), count(c.backlogEnd)},
                 true);
    if (p.hasData()) {
        rows->addRow({previousLabel(), count(p.posts), count(p.comments), count(p.reports), count(p.decisions),
                      m_lang.percent(p.violationRate), m_lang.number(p.medianDecisionMinutes, 0), count(p.backlogEnd)});
    }
    add(std::move(rows), S::pt(2), S::pt(4));
    note(t(QT_TRANSLATE_NOOP("Report", "Time to decision: the median of the days' median minutes from an item's arrival "
                                       "to its decision. Violation rate: violations found per decision.")));

    const ReportModerationItems &items = m_data.moderation;
    if (items.created > 0) {
        heading(t(QT_TRANSLATE_NOOP("Report", "Items in the cache from this quarter")));
        //: %1 is a number of items.
        paragraph(tn(QT_TRANSLATE_N_NOOP("Report", "The cache holds %Ln items created this quarter; members reported %1 of them."),
                     items.created)
                      .arg(count(items.reported)));
        auto status = table({{t(QT_TRANSLATE_NOOP("Report", "Status or AI label")), 2.5},
                             {t(QT_TRANSLATE_NOOP("Report", "Items")), 1, Qt::AlignRight},
                             {t(QT_TRANSLATE_NOOP("Report", "Share")), 1, Qt::AlignRight}});
        for (const QString &id : {u"pending"_s, u"approved"_s, u"rejected"_s, u"escalated"_s}) {
            const qint64 n = items.byStatus.value(id);
            status->addRow({statusName(id), count(n), m_lang.percent(double(n) / double(items.created))});
        }
        for (auto it = items.byLabel.cbegin(); it != items.byLabel.cend(); ++it) {
            //: An AI pre-screen label in a table, e.g. "AI label: Spam".
            status->addRow({t(QT_TRANSLATE_NOOP("Report", "AI label: %1")).arg(labelName(it.key())), count(it.value()),
                            m_lang.percent(double(it.value()) / double(items.created))});
        }
        add(std::move(status), S::pt(2), S::pt(6));
    }
    if (!m_data.audit.isEmpty()) {
        heading(t(QT_TRANSLATE_NOOP("Report", "Actions in the audit log")));
        auto audit = table({{t(QT_TRANSLATE_NOOP("Report", "Action")), 3},
                            {t(QT_TRANSLATE_NOOP("Report", "Entries")), 1, Qt::AlignRight}});
        for (const ReportAuditAction &a : m_data.audit)
            audit->addRow({a.action, count(a.entries)});
        add(std::move(audit), S::pt(2), S::pt(6));
    }
}

void ReportComposer::campaigns()
{
    const QuarterCampaignStats &stats = *m_data.campaigns;
    const QuarterSpend &spend = stats.spend;
    if (spend.hasBudget) {
        //: %1 budget, %2 spent, %3 still planned, %4 share of the budget used.
        paragraph(t(QT_TRANSLATE_NOOP("Report", "The quarter's campaign budget was %1. Campaigns spent %2 and may still "
                                                "spend %3: %4 of the budget."))
                      .arg(m_lang.money(spend.budget), m_lang.money(spend.spent), m_lang.money(spend.planned),
                           spend.budgetUsed() ? m_lang.percent(*spend.budgetUsed()) : m_lang.dash()));
    } else {
        paragraph(t(QT_TRANSLATE_NOOP("Report", "The cache holds no budget for this quarter. Campaigns spent %1."))
                      .arg(m_lang.money(spend.spent)));
    }
    if (stats.campaigns.isEmpty()) {
        note(t(QT_TRANSLATE_NOOP("Report", "No campaign started this quarter.")));
        return;
    }
    //: %1 revenue, %2 cost, %3 ROI.
    paragraph(t(QT_TRANSLATE_NOOP("Report", "The campaigns with results brought in %1 for %2: a return on investment of %3."))
                  .arg(m_lang.money(spend.resultsRevenue), m_lang.money(spend.resultsCost),
                       spend.roi ? m_lang.percent(*spend.roi) : m_lang.dash()));

    heading(t(QT_TRANSLATE_NOOP("Report", "Campaigns that started this quarter")));
    auto rows = table({{t(QT_TRANSLATE_NOOP("Report", "Campaign")), 2.6},
                       {t(QT_TRANSLATE_NOOP("Report", "Dates")), 1.7},
                       {t(QT_TRANSLATE_NOOP("Report", "Status")), 1.1},
                       {t(QT_TRANSLATE_NOOP("Report", "Cost")), 1.3, Qt::AlignRight},
                       {t(QT_TRANSLATE_NOOP("Report", "Revenue")), 1.3, Qt::AlignRight},
                       {t(QT_TRANSLATE_NOOP("Report", "ROI")), 1, Qt::AlignRight}});
    auto results = table({{t(QT_TRANSLATE_NOOP("Report", "Campaign")), 2.6},
                          {t(QT_TRANSLATE_NOOP("Report", "Type")), 1.4},
                          {t(QT_TRANSLATE_NOOP("Report", "Participants")), 1.2, Qt::AlignRight},
                          {t(QT_TRANSLATE_NOOP("Report", "New members")), 1.2, Qt::AlignRight},
                          {t(QT_TRANSLATE_NOOP("Report", "Conversions")), 1.2, Qt::AlignRight},
                          {t(QT_TRANSLATE_NOOP("Report", "Goals met")), 1, Qt::AlignRight}});
    QList<BarChartBlock::Bar> bars;
    for (const CampaignOutcome &o : stats.campaigns) {
        const Campaign &cmp = o.campaign;
        const QString dates = m_lang.monthDay(cmp.startDate) + u" – "_s + m_lang.monthDay(cmp.endDate);
        const bool has = cmp.results.has_value();
        rows->addRow({cmp.name, dates, phaseName(o.phase), m_lang.money(cmp.cost),
                      has ? m_lang.money(cmp.results->revenue) : m_lang.dash(),
                      o.metrics.roi ? m_lang.percent(*o.metrics.roi) : m_lang.dash()});
        if (o.metrics.roi)
            rows->setCellColour(rows->rowCount() - 1, 5, *o.metrics.roi >= 0 ? S::good() : S::bad());
        results->addRow({cmp.name, campaignTypeName(cmp.type), has ? count(cmp.results->participants) : m_lang.dash(),
                         has ? count(cmp.results->newMembers) : m_lang.dash(),
                         has ? count(cmp.results->conversions) : m_lang.dash(),
                         o.metrics.goalAttainment ? m_lang.percent(*o.metrics.goalAttainment, 0) : m_lang.dash()});
        if (o.metrics.roi) {
            bars << BarChartBlock::Bar{cmp.name, *o.metrics.roi, m_lang.percent(*o.metrics.roi), qQNaN(), {},
                                       *o.metrics.roi >= 0 ? S::good() : S::bad()};
        }
    }
    rows->addRow({t(QT_TRANSLATE_NOOP("Report", "Total")), QString(), QString(), m_lang.money(spend.spent),
                  m_lang.money(spend.resultsRevenue), spend.roi ? m_lang.percent(*spend.roi) : m_lang.dash()},
                 true);
    add(std::move(rows), S::pt(2), S::pt(8));
    add(std::move(results), S::pt(2), S::pt(4));
    note(t(QT_TRANSLATE_NOOP("Report", "ROI = (revenue − cost) / cost. Goals met: the mean share of each set goal reached, "
                                       "each capped at 200%.")));
    if (!bars.isEmpty()) {
        heading(t(QT_TRANSLATE_NOOP("Report", "Return on investment")));
        add(std::make_unique<BarChartBlock>(bars, m_style.font(8)), S::pt(2), S::pt(6));
    }

    auto ab = table({{t(QT_TRANSLATE_NOOP("Report", "Campaign")), 1.8},
                     {t(QT_TRANSLATE_NOOP("Report", "Variant A")), 1.8},
                     {t(QT_TRANSLATE_NOOP("Report", "Variant B")), 1.8},
                     {t(QT_TRANSLATE_NOOP("Report", "Difference")), 1.4, Qt::AlignRight},
                     {t(QT_TRANSLATE_NOOP("Report", "p-value")), 0.9, Qt::AlignRight},
                     {t(QT_TRANSLATE_NOOP("Report", "Outcome")), 2.3}});
    //: One arm of an A/B test in a table: %1 its name, %2 its conversion rate, %3 conversions, %4 exposures.
    const QString arm = t(QT_TRANSLATE_NOOP("Report", "%1: %2 (%3 of %4)"));
    for (const CampaignOutcome &o : stats.campaigns) {
        const QList<CampaignVariant> &variants = o.campaign.variants;
        for (qsizetype i = 0; i < o.abTests.size() && i + 1 < variants.size(); ++i) {
            const AbTestResult &r = o.abTests.at(i);
            const CampaignVariant &a = variants.first();
            const CampaignVariant &b = variants.at(i + 1);
            ab->addRow({o.campaign.name,
                        arm.arg(a.name, r.rateA ? m_lang.percent(*r.rateA, 2) : m_lang.dash(), count(a.conversions), count(a.exposures)),
                        arm.arg(b.name, r.rateB ? m_lang.percent(*r.rateB, 2) : m_lang.dash(), count(b.conversions), count(b.exposures)),
                        r.difference ? m_lang.pointsChange(KpiAnalytics::compare(*r.rateB, *r.rateA)) : m_lang.dash(),
                        pValue(r.pValue), abOutcome(r)});
            if (r.isSignificant())
                ab->setCellColour(ab->rowCount() - 1, 5, S::good());
        }
    }
    if (ab->rowCount() > 0) {
        heading(t(QT_TRANSLATE_NOOP("Report", "A/B tests")));
        add(std::move(ab), S::pt(2), S::pt(4));
        note(t(QT_TRANSLATE_NOOP("Report", "Two-proportion z-test, two-sided; a difference counts when p < 0.05.")));
    }

    QList<const Campaign *> withNotes;
    for (const CampaignOutcome &o : stats.campaigns) {
        if (!o.campaign.notes.trimmed().isEmpty())
            withNotes << &o.campaign;
    }
    if (!withNotes.isEmpty()) {
        heading(t(QT_TRANSLATE_NOOP("Report", "Campaign notes")));
        auto notes = table({{t(QT_TRANSLATE_NOOP("Report", "Campaign")), 1.4}, {t(QT_TRANSLATE_NOOP("Report", "Notes")), 3}});
        for (const Campaign *cmp : withNotes)
            notes->addRow({cmp->name, cmp->notes});
        add(std::move(notes), S::pt(2), S::pt(6));
    }
}

void ReportComposer::anomalies()
{
    const QList<ReportAnomaly> &found = m_data.anomalies;
    heading(t(QT_TRANSLATE_NOOP("Report", "Daily active members and unusual days")));
    QList<QDate> dates;
    for (const ReportDay &d : m_data.days)
        dates << d.date;
    auto chart = lineChart(dates, 150);
    chart->addSeries({t(QT_TRANSLATE_NOOP("Report", "Daily active")), values(m_data.days, &ReportDay::dau), S::series(0)});
    for (const ReportAnomaly &a : found) {
        const qsizetype i = dates.indexOf(a.date);
        if (a.metric == u"dau" && i >= 0)
            chart->addMarker({int(i), a.score > 0 ? S::series(1) : S::bad()});
    }
    chart->setMarkerLegend(t(QT_TRANSLATE_NOOP("Report", "Unusual day")), S::bad());
    add(std::move(chart), S::pt(2), S::pt(6));

    if (found.isEmpty()) {
        paragraph(t(QT_TRANSLATE_NOOP("Report", "No day departed from the weekly pattern far enough to count as an anomaly.")));
    } else {
        paragraph(tn(QT_TRANSLATE_N_NOOP("Report", "%Ln daily figures departed from their weekly pattern. Each is scored by "
                                                   "how far it lies from the expected value, in robust standard deviations; "
                                                   "3.5 or more counts as an anomaly."),
                     found.size()));
        auto rows = table({{t(QT_TRANSLATE_NOOP("Report", "Date")), 1.3},
                           {t(QT_TRANSLATE_NOOP("Report", "Figure")), 1.6},
                           {t(QT_TRANSLATE_NOOP("Report", "Value")), 1, Qt::AlignRight},
                           {t(QT_TRANSLATE_NOOP("Report", "Expected")), 1, Qt::AlignRight},
                           {t(QT_TRANSLATE_NOOP("Report", "Score")), 0.8, Qt::AlignRight},
                           {t(QT_TRANSLATE_NOOP("Report", "Likely causes")), 3.2}});
        for (const ReportAnomaly &a : found) {
            QStringList causes;
            for (const ReportCause &cause : a.causes)
                causes << causeText(cause);
            rows->addRow({m_lang.date(a.date), metricName(a.metric), m_lang.number(a.value, 0), m_lang.number(a.expected, 0),
                          m_lang.number(a.score, 1),
                          causes.isEmpty() ? t(QT_TRANSLATE_NOOP("Report", "Nothing in the cache explains it."))
                                           : causes.join(u"; "_s)});
            rows->setCellColour(rows->rowCount() - 1, 4, a.score > 0 ? S::series(1).darker(120) : S::bad());
        }
        add(std::move(rows), S::pt(2), S::pt(6));
    }
    narrative(u"problems"_s, t(QT_TRANSLATE_NOOP("Report", "Problems and their causes")),
              t(QT_TRANSLATE_NOOP("Report", "No account of this quarter's problems has been written yet.")));
}

void ReportComposer::plan()
{
    const ReportForecast &f = m_data.forecast;
    const QString next = m_lang.quarter(f.quarter.isValid() ? f.quarter : m_data.quarter.next());
    narrative(u"plan"_s, t(QT_TRANSLATE_NOOP("Report", "The plan")),
              t(QT_TRANSLATE_NOOP("Report", "No plan for the next quarter has been written yet.")));

    heading(t(QT_TRANSLATE_NOOP("Report", "Forecast for %1")).arg(next));
    if (f.isEmpty()) {
        paragraph(t(QT_TRANSLATE_NOOP("Report", "The cache holds too little history for a forecast.")));
    } else {
        //: %1 is the next quarter, %2 to %4 numbers of daily active members; the count is of new members.
        paragraph(tn(QT_TRANSLATE_N_NOOP("Report", "If the trend and the weekly pattern hold, %1 will average %2 daily active "
                                                   "members (between %3 and %4) and bring about %Ln new members."),
                     qRound64(f.newMembers))
                      .arg(next, m_lang.number(f.avgDau, 0), m_lang.number(f.avgDauLower, 0),
                           m_lang.number(f.avgDauUpper, 0)));
        QList<QDate> dates = f.historyDates + f.dates;
        auto chart = lineChart(dates, 165);
        QList<double> history = f.historyDau, mean(f.historyDau.size(), qQNaN()), lower = mean, upper = mean;
        history.resize(dates.size(), qQNaN());
        mean += f.dauMean;
        lower += f.dauLower;
        upper += f.dauUpper;
        chart->addSeries({t(QT_TRANSLATE_NOOP("Report", "Daily active")), history, S::series(0)});
        chart->addSeries({t(QT_TRANSLATE_NOOP("Report", "Forecast")), mean, S::series(1), true});
        QColor band = S::series(1);
        band.setAlpha(60);
        chart->setBand({t(QT_TRANSLATE_NOOP("Report", "95% range")), lower, upper, band});
        chart->setDivider(int(f.historyDates.size()), next);
        add(std::move(chart), S::pt(2), S::pt(6));

        auto rows = table({{t(QT_TRANSLATE_NOOP("Report", "Forecast")), 2.4},
                           {t(QT_TRANSLATE_NOOP("Report", "Expected")), 1.1, Qt::AlignRight},
                           {t(QT_TRANSLATE_NOOP("Report", "Range (95%)")), 1.7, Qt::AlignRight},
                           {t(QT_TRANSLATE_NOOP("Report", "Error on the last 91 days")), 1.4, Qt::AlignRight}});
        rows->addRow({t(QT_TRANSLATE_NOOP("Report", "Average daily active members")), m_lang.number(f.avgDau, 0),
                      m_lang.number(f.avgDauLower, 0) + u" – "_s + m_lang.number(f.avgDauUpper, 0),
                      m_lang.percent(f.dauHoldoutMape)});
        rows->addRow({t(QT_TRANSLATE_NOOP("Report", "New members")), m_lang.number(f.newMembers, 0),
                      m_lang.number(f.newMembersLower, 0) + u" – "_s + m_lang.number(f.newMembersUpper, 0),
                      m_lang.percent(f.newMembersHoldoutMape)});
        add(std::move(rows), S::pt(2), S::pt(4));
        note(t(QT_TRANSLATE_NOOP("Report", "Holt–Winters forecast with a weekly season, fitted on the history up to the "
                                           "quarter's last day. The error is the mean absolute percentage error of the "
                                           "same method predicting the last 91 known days.")));
    }

    if (m_data.nextCampaigns && !m_data.nextCampaigns->campaigns.isEmpty()) {
        const QuarterSpend &spend = m_data.nextCampaigns->spend;
        heading(t(QT_TRANSLATE_NOOP("Report", "Campaigns in %1")).arg(next));
        auto rows = table({{t(QT_TRANSLATE_NOOP("Report", "Campaign")), 2.6},
                           {t(QT_TRANSLATE_NOOP("Report", "Dates")), 1.7},
                           {t(QT_TRANSLATE_NOOP("Report", "Status")), 1.1},
                           {t(QT_TRANSLATE_NOOP("Report", "Budget")), 1.3, Qt::AlignRight}});
        double budgets = 0;
        for (const CampaignOutcome &o : m_data.nextCampaigns->campaigns) {
            rows->addRow({o.campaign.name, m_lang.monthDay(o.campaign.startDate) + u" – "_s + m_lang.monthDay(o.campaign.endDate),
                          phaseName(o.phase), m_lang.money(o.campaign.budget)});
            budgets += o.campaign.budget;
        }
        rows->addRow({t(QT_TRANSLATE_NOOP("Report", "Total")), QString(), QString(), m_lang.money(budgets)}, true);
        add(std::move(rows), S::pt(2), S::pt(4));
        if (spend.hasBudget) {
            //: %1 the next quarter, %2 its budget.
            note(t(QT_TRANSLATE_NOOP("Report", "The budget for %1 is %2.")).arg(next, m_lang.money(spend.budget)));
        }
    }
}

QString ReportComposer::causeText(const ReportCause &cause) const
{
    switch (cause.kind) {
    case ReportCause::Kind::Campaign:
        //: A likely cause of an unusual day: %1 is a campaign's name.
        return t(QT_TRANSLATE_NOOP("Report", "campaign running: %1")).arg(cause.detail);
    case ReportCause::Kind::Holiday:
        if (cause.detail == u"spring_festival")
            return t(QT_TRANSLATE_NOOP("Report", "Spring Festival holiday"));
        if (cause.detail == u"national_day")
            return t(QT_TRANSLATE_NOOP("Report", "National Day holiday"));
        if (cause.detail == u"labour_day")
            return t(QT_TRANSLATE_NOOP("Report", "Labour Day holiday"));
        return t(QT_TRANSLATE_NOOP("Report", "New Year's Day"));
    case ReportCause::Kind::Weekend:
        return t(QT_TRANSLATE_NOOP("Report", "weekend"));
    case ReportCause::Kind::Channel:
        //: %1 a signup channel, %2 how many times its usual daily signups (e.g. "3.2").
        return t(QT_TRANSLATE_NOOP("Report", "signups from %1 at %2× their usual level"))
            .arg(channelName(cause.detail), m_lang.number(cause.value, 1));
    case ReportCause::Kind::Moderation:
        //: %1 how many times the usual number of member reports (e.g. "2.5").
        return t(QT_TRANSLATE_NOOP("Report", "member reports at %1× their usual level (spam or a dispute)"))
            .arg(m_lang.number(cause.value, 1));
    }
    return {};
}

QString ReportComposer::pValue(const std::optional<double> &p) const
{
    if (!p)
        return m_lang.dash();
    if (*p < 0.001)
        return u"< 0.001"_s;
    return m_lang.number(*p, *p < 0.01 ? 3 : 2);
}

QString ReportComposer::abOutcome(const AbTestResult &result) const
{
    switch (result.verdict) {
    case AbTestResult::Verdict::NoData:
        return t(QT_TRANSLATE_NOOP("Report", "No exposures yet"));
    case AbTestResult::Verdict::NoDifference:
        return t(QT_TRANSLATE_NOOP("Report", "No difference"));
    case AbTestResult::Verdict::NotSignificant:
        if (result.moreExposuresNeeded) {
            return tn(QT_TRANSLATE_N_NOOP("Report", "Not significant yet; about %Ln more exposures needed"),
                      *result.moreExposuresNeeded);
        }
        return t(QT_TRANSLATE_NOOP("Report", "Not significant"));
    case AbTestResult::Verdict::BetterB:
        return t(QT_TRANSLATE_NOOP("Report", "B converts better"));
    case AbTestResult::Verdict::BetterA:
        return t(QT_TRANSLATE_NOOP("Report", "A converts better"));
    }
    return {};
}
