#pragma once

#include "synctypes.h"

#include <QAbstractTableModel>

class Store;

// Recent sync runs, newest first.
class SyncLogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StartedColumn, DurationColumn, ResultColumn, PushedColumn, PulledColumn,
                  ErrorColumn, ColumnCount };
    enum Role { OkRole = Qt::UserRole + 1 };

    explicit SyncLogModel(Store *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void reload();

private:
    Store *m_store = nullptr;
    QList<SyncRunRecord> m_rows;
};
