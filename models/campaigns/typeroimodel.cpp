#include "typeroimodel.h"

#include "campaignmodel.h"
#include "campaigntext.h"

using namespace Qt::StringLiterals;

TypeRoiModel::TypeRoiModel(CampaignModel *campaigns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_campaigns(campaigns)
{
    connect(campaigns, &QAbstractItemModel::modelReset, this, &TypeRoiModel::reload);
    reload();
}

void TypeRoiModel::setQuarter(const QString &quarterId)
{
    if (quarterId == m_quarter)
        return;
    m_quarter = quarterId;
    reload();
}

void TypeRoiModel::reload()
{
    const auto quarter = Quarter::parse(m_quarter);
    QList<Campaign> chosen;
    for (const Campaign &c : m_campaigns->campaigns())
        if (!quarter || Quarter::of(c.startDate) == *quarter)
            chosen.append(c);
    beginResetModel();
    m_rows = CampaignStats::roiByType(chosen);
    endResetModel();
}

int TypeRoiModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TypeRoiModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TypeRoiModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TypeRoi &t = m_rows.at(index.row());
    switch (role) {
    case RoiRole: return t.roi ? QVariant(*t.roi) : QVariant();
    case TypeIdRole: return t.type;
    case Qt::TextAlignmentRole:
        if (index.column() != TypeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case TypeColumn: return t.typeName;
    case CampaignsColumn: return CampaignText::count(t.campaigns);
    case CostColumn: return CampaignText::money(t.cost, 0);
    case RevenueColumn: return CampaignText::money(t.revenue, 0);
    case RoiColumn: return CampaignText::signedPercent(t.roi);
    default: return {};
    }
}

QVariant TypeRoiModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn: return tr("Type");
    case CampaignsColumn: return tr("With results");
    case CostColumn: return tr("Cost");
    case RevenueColumn: return tr("Revenue");
    case RoiColumn: return tr("ROI");
    default: return {};
    }
}
