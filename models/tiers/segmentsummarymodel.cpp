#include "segmentsummarymodel.h"

#include "store.h"

#include <QLocale>

using namespace Qt::StringLiterals;

SegmentSummaryModel::SegmentSummaryModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    reload();
}

void SegmentSummaryModel::reload()
{
    beginResetModel();
    m_segments = Segments::segmentSummary(m_store->database());
    endResetModel();
}

int SegmentSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_segments.size());
}

int SegmentSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SegmentInfo &s = m_segments.at(index.row());
    const QLocale locale;
    if (role == SegmentIdRole)
        return s.id;
    if (role == Qt::ToolTipRole)
        return Segments::tr("%1: %2").arg(s.name, s.rule);
    if (role == Qt::TextAlignmentRole && index.column() >= MembersColumn && index.column() <= FrequencyColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case MembersColumn: return s.members;
        case MemberShareColumn: return s.memberShare;
        case SpendColumn: return s.spend;
        case SpendShareColumn: return s.spendShare;
        case ActiveDaysColumn: return s.activeDaysAvg;
        case FrequencyColumn: return s.frequencyAvg;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SegmentColumn: return s.name;
    case LayerColumn: return Segments::layerName(s.layer);
    case MembersColumn: return locale.toString(s.members);
    case MemberShareColumn: return u"%1%"_s.arg(locale.toString(100.0 * s.memberShare, 'f', 1));
    case SpendColumn: return locale.toString(s.spend, 'f', 2);
    case SpendShareColumn: return u"%1%"_s.arg(locale.toString(100.0 * s.spendShare, 'f', 1));
    case ActiveDaysColumn: return locale.toString(s.activeDaysAvg, 'f', 1);
    case FrequencyColumn: return locale.toString(s.frequencyAvg, 'f', 1);
    case RuleColumn: return s.rule;
    default: return {};
    }
}

QVariant SegmentSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        if (section == ActiveDaysColumn)
            return Segments::tr("Average active days in the last 30 days");
        if (section == FrequencyColumn)
            return Segments::tr("Average of active days + posts + comments in the last 30 days (the F of RFM)");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SegmentColumn: return Segments::tr("Segment");
    case LayerColumn: return Segments::tr("Value layer");
    case MembersColumn: return Segments::tr("Members");
    case MemberShareColumn: return Segments::tr("Share of members");
    case SpendColumn: return Segments::tr("Spend");
    case SpendShareColumn: return Segments::tr("Share of spend");
    case ActiveDaysColumn: return Segments::tr("Active days (avg)");
    case FrequencyColumn: return Segments::tr("Activity (avg)");
    case RuleColumn: return Segments::tr("Rule");
    default: return {};
    }
}
