#pragma once

#include "memberpagequery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QThread>
#include <atomic>
#include <memory>

class Store;
class MemberQueryWorker;
struct MemberQueryTask;
struct MemberQueryResult;

// The cached members as a table that stays smooth at a million rows: pages of rows are
// read by keyset (MemberPageQuery) on a worker thread with its own read-only connection,
// so a keystroke in the search field or a new sort never blocks the GUI; a newer request
// interrupts an older one still running. Only the pages the view scrolled to are held.
// The number of matches is counted on a second worker. An in-memory cache (tests) has no
// second connection: then the same queries run on the Store's connection, synchronously.
class MemberListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberListModel)
public:
    enum Column { HandleColumn = MemberColumns::Handle, NameColumn, TierColumn, PointsColumn, BadgesColumn,
                  JoinedColumn, LastActiveColumn, Activity30Column, SpendColumn, ChannelColumn, StatusColumn,
                  SegmentColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, VersionRole, HandleRole, NameRole, TierRole, TierLockedRole, PointsRole,
        BadgesRole, StatusRole, MutedUntilRole, SegmentRole, PendingSyncRole, SortValueRole
    };

    explicit MemberListModel(Store *store, QObject *parent = nullptr);
    ~MemberListModel() override;

    void setFilter(const MemberFilter &filter);
    const MemberFilter &filter() const { return m_filter; }
    MemberSort sortOrder() const { return m_sort; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }
    // Members matching the filter; -1 while they are being counted.
    qint64 matchCount() const { return m_count; }
    // A page (or the first page after a change) is being read.
    bool isLoading() const { return m_loading; }
    // Loading or appending a page: tests and views wait for this to settle.
    bool isBusy() const { return m_loading || m_appending; }
    bool isAsynchronous() const { return m_pageWorker != nullptr; }
    int rowOf(const QString &id) const;
    QString idAt(int row) const;
    const MemberRow *rowAt(int row) const;
    // Display texts shared with the detail panel and the CSV export.
    static QString tierName(const QString &tierId);
    static QString channelName(const QString &channel);
    static QString statusName(const QString &status);
    static QString segmentName(const QString &segment);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void reload();  // from the first page (filter or sort changed)
    void refresh(); // the rows loaded so far again, in place where their order held

Q_SIGNALS:
    void loadingChanged(bool loading);
    void matchCountChanged(qint64 count);
    // A reset or appended page arrived (also after an error, with the error text).
    void pageLoaded();
    void loadFailed(const QString &error);

private:
    void post(MemberQueryTask task);
    void apply(const MemberQueryResult &result);
    void setLoading(bool loading);
    void scheduleRefresh();
    QString displayText(const MemberRow &r, int column) const;

    Store *m_store = nullptr;
    MemberFilter m_filter;
    MemberSort m_sort;
    QList<MemberRow> m_rows;
    MemberPageKey m_last;
    qint64 m_count = -1;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    int m_pageSize = 200;
    bool m_atEnd = true;
    bool m_loading = false;
    bool m_appending = false;
    bool m_refreshQueued = false;
    bool m_inReset = false;
    QThread m_pageThread, m_countThread;
    MemberQueryWorker *m_pageWorker = nullptr;
    MemberQueryWorker *m_countWorker = nullptr;
};
