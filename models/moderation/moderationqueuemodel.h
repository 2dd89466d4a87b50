#pragma once

#include "moderationfilter.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QStringList>

class Store;

// The cached moderation items as a table, fetched in pages (canFetchMore/fetchMore) from
// the Store's connection of this thread, so 100,000 items never load at once. Filter and
// sort run in SQL; both reload from the first page. The default order puts the riskiest
// first. Refreshes itself (coalesced, on the next event-loop turn) when moderation items
// or the outbox change; rows keep their place where only their contents changed.
class ModerationQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AgeColumn, KindColumn, ExcerptColumn, AuthorColumn, AiScoreColumn, LabelsColumn,
                  ReportsColumn, StatusColumn, ClaimedByColumn, PendingSyncColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, VersionRole, StatusRole, AiScoreRole, AiLabelsRole, ReportCountRole,
        ReportReasonsRole, KindRole, AuthorIdRole, AuthorTierRole, BoardRole, LanguageRole, CreatedAtRole,
        ClaimedByRole, ClaimExpiresAtRole, HeldRole, PendingSyncRole, TitleRole,
        ClaimedByMeRole // a live claim of this console's user
    };

    explicit ModerationQueueModel(Store *store, QObject *parent = nullptr);

    void setFilter(const ModerationFilter &filter);
    const ModerationFilter &filter() const { return m_filter; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }
    // Rows matching the current filter / any filter, loaded or not (one COUNT query).
    qint64 count() const { return count(m_filter); }
    qint64 count(const ModerationFilter &filter) const;
    // Loaded row of an item, -1 when not (yet) loaded: views restore the selection by id.
    int rowOf(const QString &id) const;
    QString idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Any column (ties: oldest first). resetSort() returns to riskiest first.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void resetSort();
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void reload();   // from the first page (filter or sort changed)
    void refresh();  // the rows loaded so far again; keeps rows in place where it can

private:
    struct Row {
        QString id, kind, authorId, authorName, authorTier, board, language, title, excerpt, status,
            claimedBy, createdAt, claimExpiresAt;
        QStringList labels, reportReasons;
        qint64 version = 0;
        double aiScore = 0;
        int reportCount = 0;
        bool held = false, pendingSync = false;
        QVariantList sortKey; // where the next page starts (keyset paging)
    };
    QList<SqlSortKey> sortKeys() const;
    // The first `limit` rows, or the `limit` rows after `after` (a Row::sortKey).
    QList<Row> fetchRows(int limit, const QVariantList &after = {}) const;
    QString displayText(const Row &r, int column) const;
    void scheduleRefresh();

    Store *m_store = nullptr;
    ModerationFilter m_filter;
    QList<Row> m_rows;
    QString m_actor;
    QDateTime m_now; // the moment the rows were read: ages and claim expiry are relative to it
    int m_sortColumn = -1; // -1: riskiest first
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_pageSize = 500;
    bool m_atEnd = false;
    bool m_fetching = false; // views may ask for more while rows are being inserted
    bool m_refreshQueued = false;
};
