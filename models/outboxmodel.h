#pragma once

#include "synctypes.h"

#include <QAbstractTableModel>

class Store;

// Pending changes (the outbox), oldest first. Refreshes on StoreNotifier::outboxChanged.
class OutboxModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, EntityColumn, IdColumn, ActionColumn, SummaryColumn,
                  AttemptsColumn, LastErrorColumn, ColumnCount };
    enum Role { MutationIdRole = Qt::UserRole + 1, EntityRole, EntityIdRole, SeqRole };

    explicit OutboxModel(Store *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    OutboxEntry entryAt(int row) const { return m_rows.value(row); }

public Q_SLOTS:
    void reload();

private:
    Store *m_store = nullptr;
    QList<OutboxEntry> m_rows;
};
