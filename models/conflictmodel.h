#pragma once

#include "synctypes.h"

#include <QAbstractTableModel>

class Store;

// Conflicts waiting for the user, with both sides as whole translated sentences
// (ConflictWording): "You rejected it" / "lin approved it at 10:42". Resolve with
// SyncService::keepMine()/takeTheirs(); the model refreshes on conflictsChanged.
class ConflictModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { EntityColumn, IdColumn, MineColumn, TheirsColumn, WhenColumn, ColumnCount };
    enum Role { ConflictIdRole = Qt::UserRole + 1, EntityRole, EntityIdRole, DetailRole };

    explicit ConflictModel(Store *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    ConflictRecord conflictAt(int row) const { return m_rows.value(row); }

public Q_SLOTS:
    void reload();

private:
    Store *m_store = nullptr;
    QList<ConflictRecord> m_rows;
};
