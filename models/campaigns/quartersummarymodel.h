#pragma once

#include "quarterspend.h"

#include <QAbstractTableModel>

class CampaignModel;

// One row per quarter (every quarter with a budget or a campaign, newest first): the
// budget, what was spent and is still planned, what is left, revenue and ROI. Follows
// the CampaignModel it summarises.
class QuarterSummaryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { QuarterColumn, BudgetColumn, SpentColumn, PlannedColumn, RemainingColumn,
                  UsedColumn, RevenueColumn, RoiColumn, CampaignsColumn, NotesColumn, ColumnCount };
    enum Role { QuarterIdRole = Qt::UserRole + 1, OverBudgetRole, HasBudgetRole, UsedRatioRole, PendingRole };

    explicit QuarterSummaryModel(CampaignModel *campaigns, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QuarterSpend spendAt(int row) const { return m_rows.value(row); }
    int rowOf(const QString &quarterId) const;

public Q_SLOTS:
    void reload();

private:
    CampaignModel *m_campaigns = nullptr;
    QList<QuarterSpend> m_rows;
    QStringList m_pendingQuarters;
};
