#include "rejectedmodel.h"

#include "store.h"
#include "storenotifier.h"
#include "localeformat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

RejectedModel::RejectedModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    if (StoreNotifier *notifier = m_store->notifier())
        connect(notifier, &StoreNotifier::conflictsChanged, this, &RejectedModel::reload);
    reload();
}

void RejectedModel::reload()
{
    beginResetModel();
    m_rows = m_store->rejectedMutations();
    endResetModel();
}

int RejectedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RejectedRecord &r = m_rows.at(index.row());
    if (role == RejectedIdRole)
        return r.id;
    if (role == DetailRole || role == Qt::ToolTipRole)
        return r.detail;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case EntityColumn: return r.mutation.entity;
    case IdColumn: return r.mutation.entityId;
    case ActionColumn: return r.mutation.action;
    case ReasonColumn: return r.detail.isEmpty() ? r.problem.value(u"title"_s).toString() : r.detail;
    case WhenColumn: return LocaleFormat::dateTime(r.createdAt.toLocalTime());
    default: return {};
    }
}

QVariant RejectedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EntityColumn: return tr("Entity");
    case IdColumn: return tr("ID");
    case ActionColumn: return tr("Action");
    case ReasonColumn: return tr("Why the server refused");
    case WhenColumn: return tr("When");
    default: return {};
    }
}
