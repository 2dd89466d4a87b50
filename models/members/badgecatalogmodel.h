#pragma once

#include <QAbstractTableModel>

class Store;

// The platform's badge catalogue from the cache: name (Chinese where the console speaks
// Chinese), description, criteria and how many members hold each badge.
class BadgeCatalogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BadgeCatalogModel)
public:
    enum Column { NameColumn, DescriptionColumn, CriteriaColumn, HoldersColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, EnglishNameRole, ChineseNameRole, HoldersRole };

    explicit BadgeCatalogModel(Store *store, QObject *parent = nullptr);

    QString idAt(int row) const;
    QString nameOf(const QString &badgeId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void reload();

private:
    struct Row {
        QString id, name, nameZh, description, criteria;
        qint64 holders = 0;
    };
    QString shownName(const Row &r) const;

    Store *m_store = nullptr;
    QList<Row> m_rows;
    bool m_reloadQueued = false;
};
