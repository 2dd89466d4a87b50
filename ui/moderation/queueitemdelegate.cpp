#include "queueitemdelegate.h"

#include "moderationqueuemodel.h"

using namespace Qt::StringLiterals;

void QueueItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto setText = [option](const QColor &color) {
        option->palette.setColor(QPalette::Text, color);
        option->palette.setColor(QPalette::HighlightedText, option->state & QStyle::State_Selected
                                     ? option->palette.color(QPalette::HighlightedText) : color);
    };
    switch (index.column()) {
    case ModerationQueueModel::PendingSyncColumn:
        if (index.data(ModerationQueueModel::PendingSyncRole).toBool()) {
            setText(QColor(0xa0, 0x62, 0x00));
            option->font.setBold(true);
        }
        break;
    case ModerationQueueModel::ClaimedByColumn:
        // The model shows live claims only: mine in blue, someone else's in red.
        if (!option->text.isEmpty())
            setText(index.data(ModerationQueueModel::ClaimedByMeRole).toBool() ? QColor(0x1d, 0x5f, 0xa8)
                                                                               : QColor(0xb0, 0x28, 0x1f));
        break;
    case ModerationQueueModel::AiScoreColumn:
        if (index.data(ModerationQueueModel::AiScoreRole).toDouble() >= 0.8) {
            setText(QColor(0xb0, 0x28, 0x1f));
            option->font.setBold(true);
        }
        break;
    default:
        break;
    }
    const QString status = index.data(ModerationQueueModel::StatusRole).toString();
    if (status == u"approved"_s || status == u"rejected"_s)
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
}
