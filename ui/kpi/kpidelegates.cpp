#include "kpidelegates.h"

#include "kpiformat.h"
#include "kpitablemodel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <cmath>

using namespace Qt::StringLiterals;

void KpiTextDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = index.data(KpiTableModel::TextRole).toString();
    if (index.column() > 0)
        option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
}

QColor KpiHeatMapDelegate::colourFor(double share)
{
    if (!std::isfinite(share))
        return {};
    const double t = std::clamp(share, 0.0, 1.0);
    // From near white (240, 245, 252) to deep blue (8, 69, 148).
    return QColor::fromRgbF(float((240 - t * 232) / 255), float((245 - t * 176) / 255), float((252 - t * 104) / 255));
}

void KpiHeatMapDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto kind = KpiColumn::Kind(index.model()->headerData(index.column(), Qt::Horizontal, KpiTableModel::KindRole).toInt());
    if (kind != KpiColumn::Kind::Ratio) {
        KpiTextDelegate::paint(painter, option, index);
        return;
    }
    const double share = index.data(KpiTableModel::ValueRole).toDouble();
    const QColor fill = colourFor(share);
    painter->save();
    if (fill.isValid())
        painter->fillRect(option.rect.adjusted(1, 1, -1, -1), fill);
    painter->setPen(std::isfinite(share) && share > 0.45 ? Qt::white : QColor(30, 30, 30));
    const QString text = std::isfinite(share) ? index.data(KpiTableModel::TextRole).toString() : tr("pending");
    if (!std::isfinite(share))
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
    painter->drawText(option.rect, Qt::AlignCenter, text);
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(option.palette.highlight(), 2));
        painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
    }
    painter->restore();
}

bool KpiHeatMapDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                   const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return KpiTextDelegate::helpEvent(event, view, option, index);
    const QAbstractItemModel *m = index.model();
    const QString cohort = m->index(index.row(), 0).data(KpiTableModel::TextRole).toString();
    const double size = m->index(index.row(), 1).data(KpiTableModel::ValueRole).toDouble();
    const QLocale loc = view->locale();
    // The count as the table shows it (%2); the plural form follows its value.
    QString text = tr("Cohort of the week of %1: %2 new members", nullptr, int(qBound(0.0, size, double(INT_MAX))))
                       .arg(cohort, KpiFormat::value(size, KpiColumn::Kind::Count, loc));
    const auto kind = KpiColumn::Kind(m->headerData(index.column(), Qt::Horizontal, KpiTableModel::KindRole).toInt());
    if (kind == KpiColumn::Kind::Ratio) {
        const double share = index.data(KpiTableModel::ValueRole).toDouble();
        const QString day = m->headerData(index.column(), Qt::Horizontal).toString();
        text += u"\n"_s
            + (std::isfinite(share)
                   ? tr("%1: %2 of them active (%3)")
                         .arg(day, KpiFormat::value(std::round(share * size), KpiColumn::Kind::Count, loc),
                              KpiFormat::value(share, KpiColumn::Kind::Ratio, loc))
                   : tr("%1: not known yet (that day is still ahead for some of the cohort)").arg(day));
    }
    QToolTip::showText(event->globalPos(), text, view);
    return true;
}
