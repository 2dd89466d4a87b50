#pragma once

#include "segments.h"

#include <QAbstractTableModel>

class Store;

// The segment summary (Segments::segmentSummary) as a table: size, share of members,
// share of spend, average activity and the rule. Reloads when the segments are rewritten.
class SegmentSummaryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SegmentColumn, LayerColumn, MembersColumn, MemberShareColumn, SpendColumn, SpendShareColumn,
                  ActiveDaysColumn, FrequencyColumn, RuleColumn, ColumnCount };
    enum Role { SegmentIdRole = Qt::UserRole + 1, SortRole };
    explicit SegmentSummaryModel(Store *store, QObject *parent = nullptr);
    const QList<SegmentInfo> &segments() const { return m_segments; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void reload();

private:
    Store *m_store = nullptr;
    QList<SegmentInfo> m_segments;
};
