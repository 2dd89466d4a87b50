#pragma once

#include "abtest.h"
#include "campaign.h"
#include "campaignmetrics.h"
#include "campaignphase.h"
#include "campaignwarnings.h"
#include "quarterspend.h"

#include <QSqlDatabase>

// One campaign with what it achieved.
struct CampaignOutcome {
    Campaign campaign;
    CampaignPhase phase = CampaignPhase::Draft;
    CampaignMetrics::Summary metrics;
    QList<AbTestResult> abTests; // each variant against the first (A)
    QString abWording;           // AbTest::summary(); empty without an A/B test
};

// ROI of one campaign type over the campaigns of that type that have results.
struct TypeRoi {
    QString type;     // identifier ("contest")
    QString typeName; // translated ("Contest")
    int campaigns = 0;
    double cost = 0;
    double revenue = 0;
    std::optional<double> roi; // (revenue - cost) / cost
};

// Everything about one quarter's campaigns, for the quarter summary and the quarterly
// report (issue 8). Widget-free; safe on any thread with that thread's own connection.
struct QuarterCampaignStats {
    Quarter quarter;
    QuarterSpend spend;               // spent and planned against the budget, ROI
    QList<CampaignOutcome> campaigns; // the campaigns starting in the quarter, by start date
    QList<TypeRoi> roiByType;         // best ROI first; types without results left out
    QList<CampaignWarning> warnings;  // the warnings that concern the quarter's campaigns
};

class CampaignStats final
{
public:
    // Pure: from campaigns and budgets already read.
    static QuarterCampaignStats compute(const Quarter &quarter, const QList<Campaign> &campaigns,
                                        const QList<Budget> &budgets, const QDate &today);
    // Reads the cache through `db`. nullopt (and *error) for a malformed quarter id
    // ("2026Q3" is well-formed) or a failed read.
    static std::optional<QuarterCampaignStats> forQuarter(const QSqlDatabase &db, const QString &quarterId,
                                                          const QDate &today, QString *error = nullptr);
    static CampaignOutcome outcome(const Campaign &campaign, const QDate &today);
    static QList<TypeRoi> roiByType(const QList<Campaign> &campaigns);
};
