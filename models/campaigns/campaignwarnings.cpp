#include "campaignwarnings.h"

#include "campaign.h"
#include "campaigntext.h"
#include "quarterspend.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

bool CampaignWarnings::datesOverlap(const Campaign &a, const Campaign &b)
{
    if (!a.startDate.isValid() || !a.endDate.isValid() || !b.startDate.isValid() || !b.endDate.isValid())
        return false;
    return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

bool CampaignWarnings::clash(const Campaign &a, const Campaign &b)
{
    if (a.id == b.id || a.status == u"cancelled" || b.status == u"cancelled")
        return false;
    const QString key = a.targetKey();
    return !key.isEmpty() && key == b.targetKey() && datesOverlap(a, b);
}

QList<QPair<QString, QString>> CampaignWarnings::overlaps(const QList<Campaign> &campaigns)
{
    // Grouped by target first: only campaigns with the same audience can clash.
    QHash<QString, QList<qsizetype>> byTarget;
    for (qsizetype i = 0; i < campaigns.size(); ++i) {
        const QString key = campaigns.at(i).targetKey();
        if (!key.isEmpty())
            byTarget[key].append(i);
    }
    QList<QPair<qsizetype, qsizetype>> pairs;
    for (const QList<qsizetype> &group : std::as_const(byTarget)) {
        for (qsizetype x = 0; x < group.size(); ++x)
            for (qsizetype y = x + 1; y < group.size(); ++y)
                if (clash(campaigns.at(group.at(x)), campaigns.at(group.at(y))))
                    pairs.append({group.at(x), group.at(y)});
    }
    std::sort(pairs.begin(), pairs.end());
    QList<QPair<QString, QString>> out;
    for (const auto &[i, j] : std::as_const(pairs))
        out.append({campaigns.at(i).id, campaigns.at(j).id});
    return out;
}

bool CampaignWarnings::missingResults(const Campaign &c, const QDate &today)
{
    return c.status == u"scheduled" && c.endDate.isValid() && today.isValid() && c.endDate < today
        && !c.results;
}

QList<CampaignWarning> CampaignWarnings::all(const QList<Campaign> &campaigns, const QList<Budget> &budgets,
                                             const QDate &today)
{
    QHash<QString, const Campaign *> byId;
    for (const Campaign &c : campaigns)
        byId.insert(c.id, &c);
    QList<CampaignWarning> out;
    for (const auto &[a, b] : overlaps(campaigns)) {
        const Campaign &ca = *byId.value(a);
        const Campaign &cb = *byId.value(b);
        const QDate from = std::max(ca.startDate, cb.startDate);
        const QDate to = std::min(ca.endDate, cb.endDate);
        CampaignWarning w;
        w.kind = CampaignWarning::Kind::Overlap;
        w.campaignIds = {a, b};
        //: %1 and %2 are campaign names, %3 the shared dates, %4 the audience ("Tier: Core")
        w.text = tr("“%1” and “%2” overlap (%3) and aim at the same audience (%4).")
                     .arg(ca.name, cb.name, CampaignText::dateRange(from, to), CampaignText::target(ca));
        out.append(w);
    }
    for (const Quarter &q : QuarterSpending::quarters(campaigns, budgets)) {
        const QuarterSpend s = QuarterSpending::of(q, campaigns, budgets, today);
        const auto over = s.overBudgetBy();
        if (!over)
            continue;
        CampaignWarning w;
        w.kind = CampaignWarning::Kind::OverBudget;
        w.quarter = q.id();
        for (const Campaign &c : campaigns)
            if (Quarter::of(c.startDate) == q)
                w.campaignIds.append(c.id);
        //: %1 is a quarter ("Q3 2026"), %2 spent + planned, %3 the budget, %4 the excess
        w.text = tr("%1: spent and planned %2 is over the budget of %3 by %4.")
                     .arg(q.displayName(), CampaignText::money(s.committed(), 0), CampaignText::money(s.budget, 0),
                          CampaignText::money(*over, 0));
        out.append(w);
    }
    for (const Campaign &c : campaigns) {
        if (!missingResults(c, today))
            continue;
        CampaignWarning w;
        w.kind = CampaignWarning::Kind::MissingResults;
        w.campaignIds = {c.id};
        //: %1 is a campaign name, %2 its last day
        w.text = tr("“%1” ended on %2 but has no results yet.")
                     .arg(c.name, QLocale().toString(c.endDate, QLocale::ShortFormat));
        out.append(w);
    }
    return out;
}
