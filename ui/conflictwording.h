#pragma once

#include "synctypes.h"

#include <QCoreApplication>
#include <QStyledItemDelegate>
#include <functional>

// Both sides of a conflict as whole translated sentences — "you rejected",
// "lin approved 10:42" / "你驳回了", "lin 于 10:42 通过了" — because word order differs
// between languages and a verb glued to a translated subject reads wrong.
class ConflictWording final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Side { Mine, Theirs };
    // `conflictAt` reads the record of a row (ConflictModel::conflictAt).
    using Lookup = std::function<ConflictRecord(int row)>;
    ConflictWording(Side side, Lookup lookup, QObject *parent = nullptr);

    static QString mine(const ConflictRecord &conflict);
    static QString theirs(const ConflictRecord &conflict);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Side m_side;
    Lookup m_lookup;
};
