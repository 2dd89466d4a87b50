#pragma once

#include "synctypes.h"

#include <QAbstractTableModel>

class Store;

// Mutations the server refused (invalid, forbidden ...), waiting for the user to read and
// dismiss them. Stands in until models/ offers one: it only calls Store's typed
// rejectedMutations() and refreshes on StoreNotifier::conflictsChanged.
class RejectedModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { EntityColumn, IdColumn, ActionColumn, ReasonColumn, WhenColumn, ColumnCount };
    enum Role { RejectedIdRole = Qt::UserRole + 1 };

    explicit RejectedModel(Store *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    RejectedRecord recordAt(int row) const { return m_rows.value(row); }

public Q_SLOTS:
    void reload();

private:
    Store *m_store = nullptr;
    QList<RejectedRecord> m_rows;
};
