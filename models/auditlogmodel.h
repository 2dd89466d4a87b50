#pragma once

#include <QAbstractTableModel>
#include <QDateTime>

class Store;

// The audit_entry table, newest first, fetched in pages (canFetchMore/fetchMore).
// Filters run in SQL; setting one reloads from the first page.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AtColumn, ActorColumn, RoleColumn, EntityColumn, EntityIdColumn,
                  ActionColumn, SummaryColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, MutationIdRole, EntityVersionRole, AtRole };

    explicit AuditLogModel(Store *store, QObject *parent = nullptr);

    void setActorFilter(const QString &actor);   // exact username; empty: everyone
    void setEntityFilter(const QString &entity, const QString &entityId = {}); // empty: all
    void setTextFilter(const QString &text);     // substring of summary/action/entity id
    void setPageSize(int rows) { m_pageSize = rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public Q_SLOTS:
    void reload();

private:
    struct Row {
        QString id, at, actor, role, entity, entityId, action, mutationId, summary;
        qint64 entityVersion = 0;
    };
    QList<Row> fetchPage(int offset) const;

    Store *m_store = nullptr;
    QList<Row> m_rows;
    QString m_actor, m_entity, m_entityId, m_text;
    int m_pageSize = 200;
    bool m_atEnd = false;
    bool m_fetching = false; // views may ask for more while rows are being inserted
};
