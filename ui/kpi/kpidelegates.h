#pragma once

#include <QStyledItemDelegate>

// Shows a KpiTableModel cell as the user reads it (TextRole) instead of the raw value the
// charts map.
class KpiTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// The retention heat map: share columns shaded from white to deep blue by their value, with
// the cohort's members behind the share in the tooltip.
class KpiHeatMapDelegate final : public KpiTextDelegate
{
    Q_OBJECT
public:
    using KpiTextDelegate::KpiTextDelegate;
    // The cell colour of a share 0..1 (invalid for NaN: no shading).
    static QColor colourFor(double share);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};
