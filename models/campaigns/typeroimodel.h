#pragma once

#include "campaignstats.h"

#include <QAbstractTableModel>

class CampaignModel;

// ROI by campaign type for one quarter (or every quarter), best first: the quarter
// summary's table and bar chart.
class TypeRoiModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TypeColumn, CampaignsColumn, CostColumn, RevenueColumn, RoiColumn, ColumnCount };
    enum Role { RoiRole = Qt::UserRole + 1, TypeIdRole };

    explicit TypeRoiModel(CampaignModel *campaigns, QObject *parent = nullptr);
    // "2026Q3"; empty: all quarters.
    void setQuarter(const QString &quarterId);
    QString quarter() const { return m_quarter; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void reload();

private:
    CampaignModel *m_campaigns = nullptr;
    QString m_quarter;
    QList<TypeRoi> m_rows;
};
