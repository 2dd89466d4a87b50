#include "roibardelegate.h"

#include <QAbstractItemModel>
#include <QPainter>
#include <cmath>

RoiBarDelegate::RoiBarDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{
}

void RoiBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant value = index.data(m_role);
    if (value.isValid()) {
        // The column's scale: the largest |ROI| among the rows, so bars compare.
        double largest = 0.5;
        const QAbstractItemModel *model = index.model();
        for (int row = 0; row < model->rowCount(index.parent()); ++row)
            largest = std::max(largest, std::abs(model->index(row, index.column(), index.parent()).data(m_role).toDouble()));
        const double roi = value.toDouble();
        const QRect r = option.rect.adjusted(4, 4, -4, -4);
        const int zero = r.left() + r.width() / 3;
        const double half = roi >= 0 ? r.right() - zero : zero - r.left();
        const int length = int(half * std::min(1.0, std::abs(roi) / largest));
        const QRect bar = roi >= 0 ? QRect(zero, r.top(), length, r.height()) : QRect(zero - length, r.top(), length, r.height());
        painter->save();
        if (option.state & QStyle::State_Selected)
            painter->fillRect(option.rect, option.palette.highlight());
        painter->fillRect(bar, roi >= 0 ? QColor(0x8fc79a) : QColor(0xe3a0a0));
        painter->setPen(option.palette.mid().color());
        painter->drawLine(zero, option.rect.top(), zero, option.rect.bottom());
        painter->restore();
        QStyleOptionViewItem text = option;
        text.displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
        text.backgroundBrush = Qt::NoBrush;
        QStyledItemDelegate::paint(painter, text, index);
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
}
