#pragma once

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QDateTime>
#include <QObject>
#include <QVariantList>

class Store;

// Which members a target list holds: an RFM segment, the churn-risk members, or the
// members silent for N days.
struct TargetList {
    enum class Kind { Segment, ChurnRisk, Silent };
    Kind kind = Kind::Segment;
    QString segment;       // Kind::Segment
    int silentDays = 30;   // Kind::Silent
    friend bool operator==(const TargetList &, const TargetList &) = default;
};

// A target list as a table, fetched a page at a time with keyset paging (never every
// member in memory): segments in member order, churn risk with the biggest earlier
// activity first, silent members most recently active first.
class TargetListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { HandleColumn, NameColumn, TierColumn, SegmentColumn, ScoresColumn, LastActiveColumn,
                  SpendColumn, BeforeColumn, RecentColumn, ChangeColumn, WhyColumn, ColumnCount };
    enum Role { MemberIdRole = Qt::UserRole + 1, RidRole, WhyRole };

    explicit TargetListModel(Store *store, QObject *parent = nullptr);
    void setList(const TargetList &list);
    const TargetList &list() const { return m_list; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    qint64 count() const; // every member of the list (one COUNT query)
    // The same count on any connection (a worker's), as of `now`; -1 when it fails.
    static qint64 count(const QSqlDatabase &db, const TargetList &list, const QDateTime &now);
    QDateTime now() const { return m_now; }

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
        qint64 rid = 0;
        QString id, handle, name, tier, segment, lastActive;
        int r = 0, f = 0, m = 0;
        qint64 recencyDays = 0, frequency = 0, recent = 0;
        double spend = 0, monetary = 0, before = -1;
        bool scored = false;
        QVariantList key;
    };
    QList<Row> fetch(int limit, const QVariantList &after) const;

    Store *m_store = nullptr;
    TargetList m_list;
    QList<Row> m_rows;
    QDateTime m_now;
    int m_pageSize = 200;
    bool m_fetching = false;
    bool m_atEnd = true;
};

// SQL shared by the model and the CSV export (models/ only).
namespace TargetListSql {
// FROM/WHERE clause for the list, with its bind values; `order` is the ORDER BY.
struct Query {
    QString from, where, order;
    QVariantList values;
    QStringList keyColumns;  // keyset: compared as a row value
    bool descending = false; // the keyset direction
};
Query query(const TargetList &list, const QDateTime &now);
// Writes the whole list as CSV (UTF-8 with BOM, header row) on the calling thread with its
// own read connection. Returns the number of members written, -1 on error (*error).
qint64 exportCsv(const QString &cachePath, const TargetList &list, const QString &filePath, QString *error);
}
