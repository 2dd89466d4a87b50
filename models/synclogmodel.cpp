#include "synclogmodel.h"

#include "store.h"
#include "storenotifier.h"
#include "localeformat.h"

#include <QLocale>

SyncLogModel::SyncLogModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    if (StoreNotifier *n = store->notifier())
        connect(n, &StoreNotifier::syncLogChanged, this, &SyncLogModel::reload);
    reload();
}

void SyncLogModel::reload()
{
    beginResetModel();
    m_rows = m_store->syncRuns(100);
    endResetModel();
}

int SyncLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SyncLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncRunRecord &r = m_rows.at(index.row());
    if (role == OkRole)
        return r.ok;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StartedColumn: return LocaleFormat::dateTime(r.startedAt.toLocalTime());
    case DurationColumn:
        return r.finishedAt.isValid() ? QVariant(tr("%1 s").arg(r.startedAt.msecsTo(r.finishedAt) / 1000.0, 0, 'f', 1))
                                      : QVariant();
    case ResultColumn:
        return !r.finishedAt.isValid() ? tr("Interrupted") : r.ok ? tr("OK") : tr("Failed");
    case PushedColumn: return r.pushed;
    case PulledColumn: return r.pulled;
    case ErrorColumn: return r.error;
    default: return {};
    }
}

QVariant SyncLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartedColumn: return tr("Started");
    case DurationColumn: return tr("Duration");
    case ResultColumn: return tr("Result");
    case PushedColumn: return tr("Sent");
    case PulledColumn: return tr("Received");
    case ErrorColumn: return tr("Error");
    default: return {};
    }
}
