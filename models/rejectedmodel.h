#pragma once

#include "synctypes.h"

#include <QAbstractTableModel>

class Store;

// Mutations the server refused (invalid, forbidden ...), waiting for the user to read and
// dismiss them (SyncService::dismissRejected). Entity and action are the platform's
// identifiers (a view shows them in the user's language, e.g. with IdentifierDelegate);
// the model refreshes on StoreNotifier::conflictsChanged.
class RejectedModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { EntityColumn, IdColumn, ActionColumn, ReasonColumn, WhenColumn, ColumnCount };
    enum Role { RejectedIdRole = Qt::UserRole + 1, DetailRole };

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
