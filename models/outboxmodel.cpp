#include "outboxmodel.h"

#include "store.h"
#include "storenotifier.h"
#include "localeformat.h"

#include <QLocale>

OutboxModel::OutboxModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    if (StoreNotifier *n = store->notifier())
        connect(n, &StoreNotifier::outboxChanged, this, &OutboxModel::reload);
    reload();
}

void OutboxModel::reload()
{
    beginResetModel();
    m_rows = m_store->pendingMutations();
    endResetModel();
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEntry &e = m_rows.at(index.row());
    switch (role) {
    case MutationIdRole: return e.mutation.id;
    case EntityRole: return e.mutation.entity;
    case EntityIdRole: return e.mutation.entityId;
    case SeqRole: return e.seq;
    case Qt::ToolTipRole:
        return e.lastError.isEmpty() ? QVariant() : QVariant(e.lastError);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn: return LocaleFormat::dateTime(e.mutation.createdAt.toLocalTime());
    case EntityColumn: return e.mutation.entity;
    case IdColumn: return e.mutation.entityId;
    case ActionColumn: return e.mutation.action;
    case SummaryColumn: return e.summary;
    case AttemptsColumn: return e.attempts;
    case LastErrorColumn: return e.lastError;
    default: return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case EntityColumn: return tr("Kind");
    case IdColumn: return tr("Id");
    case ActionColumn: return tr("Action");
    case SummaryColumn: return tr("Change");
    case AttemptsColumn: return tr("Attempts");
    case LastErrorColumn: return tr("Last error");
    default: return {};
    }
}
