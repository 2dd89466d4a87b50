#pragma once

#include <QStyledItemDelegate>

// Draws a ROI cell as a bar from a zero line (green above, red below) with the figure on
// top, so the best and worst campaign types stand out in the quarter summary.
class RoiBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // `role` holds the ROI as a double (absent: no ROI).
    RoiBarDelegate(int role, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};
