#include "conflictmodel.h"

#include "conflictwording.h"
#include "store.h"
#include "storenotifier.h"
#include "localeformat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

ConflictModel::ConflictModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    if (StoreNotifier *n = store->notifier())
        connect(n, &StoreNotifier::conflictsChanged, this, &ConflictModel::reload);
    reload();
}

void ConflictModel::reload()
{
    beginResetModel();
    m_rows = m_store->conflicts();
    endResetModel();
}

int ConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConflictRecord &c = m_rows.at(index.row());
    switch (role) {
    case ConflictIdRole: return c.id;
    case EntityRole: return c.mine.entity;
    case EntityIdRole: return c.mine.entityId;
    case DetailRole:
    case Qt::ToolTipRole: return c.detail;
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case EntityColumn: return c.mine.entity;
    case IdColumn: return c.mine.entityId;
    case MineColumn: return ConflictWording::mine(c);
    case TheirsColumn: return ConflictWording::theirs(c);
    case WhenColumn: return LocaleFormat::dateTime(c.createdAt.toLocalTime());
    default: return {};
    }
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EntityColumn: return tr("Kind");
    case IdColumn: return tr("Id");
    case MineColumn: return tr("Your change");
    case TheirsColumn: return tr("On the server");
    case WhenColumn: return tr("Found");
    default: return {};
    }
}
