#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

struct Budget;
struct Campaign;

// Something in the plan that needs the manager's eye.
struct CampaignWarning {
    enum class Kind {
        Overlap,        // two campaigns aimed at the same tier or segment run at the same time
        OverBudget,     // a quarter's spent + planned money exceeds its budget
        MissingResults, // a campaign has ended but no results were recorded
    };
    Kind kind = Kind::Overlap;
    QStringList campaignIds; // the campaigns concerned (all of the quarter's for OverBudget)
    QString quarter;         // OverBudget: "2026Q3"
    QString text;            // a whole translated sentence
};

class CampaignWarnings final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignWarnings)
public:
    // Inclusive date ranges that share at least one day.
    static bool datesOverlap(const Campaign &a, const Campaign &b);
    // Same tier or same segment (campaigns for everyone never clash), overlapping dates,
    // neither cancelled. Pairs in the order of `campaigns`.
    static bool clash(const Campaign &a, const Campaign &b);
    static QList<QPair<QString, QString>> overlaps(const QList<Campaign> &campaigns);
    // Scheduled (so it ran), its last day before `today`, and no results.
    static bool missingResults(const Campaign &campaign, const QDate &today);
    // Every warning: overlaps, then quarters over budget, then missing results.
    static QList<CampaignWarning> all(const QList<Campaign> &campaigns, const QList<Budget> &budgets,
                                      const QDate &today);
};
