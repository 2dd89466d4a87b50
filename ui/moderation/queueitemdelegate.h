#pragma once

#include <QStyledItemDelegate>

// Marks in the queue table that a moderator reads at a glance: "pending sync" in amber,
// a claim held by someone else in red, high AI scores in bold red, decided items dimmed.
// Works on the model's roles only (ModerationQueueModel).
class QueueItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
