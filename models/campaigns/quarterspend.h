#pragma once

#include "quarter.h"

#include <QList>
#include <optional>

struct Budget;
struct Campaign;

// A quarter's campaign money. A campaign belongs to the quarter it starts in (so a
// campaign over a quarter's end is counted once).
// - spent: the recorded cost of the quarter's campaigns, cancelled ones included (money
//   already gone stays spent);
// - planned: what draft, scheduled and running campaigns may still spend (budget minus
//   cost so far, never below zero); a finished campaign's unspent budget is released;
// - ROI: over the campaigns with results, (revenue - cost) / cost.
struct QuarterSpend {
    Quarter quarter;
    bool hasBudget = false;
    double budget = 0;
    QString budgetNotes;
    double spent = 0;
    double planned = 0;
    int campaigns = 0;
    double resultsCost = 0;    // cost of the campaigns with results
    double resultsRevenue = 0; // their revenue
    std::optional<double> roi;

    double committed() const { return spent + planned; }
    // How far spent + planned goes over the budget; nullopt when within it or no budget.
    std::optional<double> overBudgetBy() const;
    std::optional<double> budgetUsed() const; // committed / budget
};

namespace QuarterSpending {
QuarterSpend of(const Quarter &quarter, const QList<Campaign> &campaigns, const QList<Budget> &budgets,
                const QDate &today);
// Every quarter that has a budget or a campaign, oldest first.
QList<Quarter> quarters(const QList<Campaign> &campaigns, const QList<Budget> &budgets);
} // namespace QuarterSpending
