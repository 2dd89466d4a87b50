#include "quartersummarymodel.h"

#include "campaignmodel.h"
#include "campaigntext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

QuarterSummaryModel::QuarterSummaryModel(CampaignModel *campaigns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_campaigns(campaigns)
{
    connect(campaigns, &QAbstractItemModel::modelReset, this, &QuarterSummaryModel::reload);
    reload();
}

void QuarterSummaryModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_pendingQuarters.clear();
    QList<Quarter> quarters = QuarterSpending::quarters(m_campaigns->campaigns(), m_campaigns->budgets());
    std::reverse(quarters.begin(), quarters.end());
    for (const Quarter &q : std::as_const(quarters))
        m_rows.append(QuarterSpending::of(q, m_campaigns->campaigns(), m_campaigns->budgets(), m_campaigns->today()));
    for (const Budget &b : m_campaigns->budgets())
        if (b.pendingSync)
            m_pendingQuarters.append(b.quarter);
    endResetModel();
}

int QuarterSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QuarterSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int QuarterSummaryModel::rowOf(const QString &quarterId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).quarter.id() == quarterId)
            return i;
    return -1;
}

QVariant QuarterSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuarterSpend &s = m_rows.at(index.row());
    switch (role) {
    case QuarterIdRole: return s.quarter.id();
    case OverBudgetRole: return s.overBudgetBy().has_value();
    case HasBudgetRole: return s.hasBudget;
    case UsedRatioRole: return s.budgetUsed() ? QVariant(*s.budgetUsed()) : QVariant();
    case PendingRole: return m_pendingQuarters.contains(s.quarter.id());
    case Qt::TextAlignmentRole:
        if (index.column() != QuarterColumn && index.column() != NotesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == PlannedColumn)
            return tr("What draft, scheduled and running campaigns may still spend: their budgets minus their cost so far.");
        if (index.column() == RoiColumn)
            return tr("Over the campaigns with results: (revenue − cost) / cost.");
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case QuarterColumn: return s.quarter.displayName();
    case BudgetColumn: return s.hasBudget ? CampaignText::money(s.budget, 0) : tr("not set");
    case SpentColumn: return CampaignText::money(s.spent, 0);
    case PlannedColumn: return CampaignText::money(s.planned, 0);
    case RemainingColumn:
        return s.hasBudget ? CampaignText::money(s.budget - s.committed(), 0) : CampaignText::none();
    case UsedColumn: return CampaignText::percent(s.budgetUsed());
    case RevenueColumn: return CampaignText::money(s.resultsRevenue, 0);
    case RoiColumn: return CampaignText::signedPercent(s.roi);
    case CampaignsColumn: return CampaignText::count(s.campaigns);
    case NotesColumn: return s.budgetNotes;
    default: return {};
    }
}

QVariant QuarterSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QuarterColumn: return tr("Quarter");
    case BudgetColumn: return tr("Budget");
    case SpentColumn: return tr("Spent");
    case PlannedColumn: return tr("Planned");
    case RemainingColumn: return tr("Left");
    case UsedColumn: return tr("Used");
    case RevenueColumn: return tr("Revenue");
    case RoiColumn: return tr("ROI");
    case CampaignsColumn: return tr("Campaigns");
    case NotesColumn: return tr("Notes");
    default: return {};
    }
}
