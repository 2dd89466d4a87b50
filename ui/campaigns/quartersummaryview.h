#pragma once

#include <QWidget>

class CampaignModel;
class QLabel;
class QPushButton;
class QTableView;
class QuarterSummaryModel;
class SpendBar;
class TypeRoiModel;

// The quarters side by side (budget, spent, planned, left, ROI) and, for the chosen
// quarter, its spend against the budget and ROI by campaign type. Managers set budgets
// here (through the outbox).
class QuarterSummaryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuarterSummaryView)
public:
    explicit QuarterSummaryView(CampaignModel *campaigns, QWidget *parent = nullptr);

    void setEditable(bool editable);
    void selectQuarter(const QString &quarterId);
    QString selectedQuarter() const;
    QuarterSummaryModel *quarters() const { return m_quarters; }
    TypeRoiModel *roiByType() const { return m_types; }

Q_SIGNALS:
    // The pane opens the budget dialog and enqueues; empty quarter: a new budget.
    void budgetEditRequested(const QString &quarterId);

private:
    void showQuarter();

    CampaignModel *m_campaigns = nullptr;
    QuarterSummaryModel *m_quarters = nullptr;
    TypeRoiModel *m_types = nullptr;
    QTableView *m_quarterTable = nullptr;
    QTableView *m_typeTable = nullptr;
    SpendBar *m_spend = nullptr;
    QLabel *m_typeTitle = nullptr;
    QPushButton *m_editBudget = nullptr;
    QPushButton *m_newBudget = nullptr;
    QString m_selected;
};
