#pragma once

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

class Store;

// Members' feedback tickets against the 24-hour response target, most urgent first:
// unanswered tickets by due time, then answered, then resolved. Fetched in pages (keyset),
// refreshed when feedback or the outbox change; replies and resolving go through the outbox
// (ModerationActions) and show as "pending sync" until the server confirms.
class FeedbackQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DueColumn, PriorityColumn, MemberColumn, SubjectColumn, CategoryColumn, StatusColumn,
                  RepliesColumn, SyncColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, TargetStateRole, DueAtRole, StatusRole, PendingSyncRole, PriorityRole };
    // Where a ticket stands against its response target.
    enum class TargetState { OnTime, DueSoon, Overdue, Met, MetLate };
    Q_ENUM(TargetState)

    explicit FeedbackQueueModel(Store *store, QObject *parent = nullptr);

    // open, answered, resolved; empty: all
    void setStatuses(const QStringList &statuses);
    QStringList statuses() const { return m_statuses; }
    // The clock the "time left" is measured against (tests); invalid: now.
    void setNow(const QDateTime &now);
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    qint64 count() const;
    qint64 overdueCount() const;
    int rowOf(const QString &id) const;
    QString idAt(int row) const;

    // "5 h 20 min left", "Overdue by 3 h", "Answered in 2 h", "Answered after 30 h".
    static QString describeTarget(const QDateTime &due, const QDateTime &created, const QDateTime &firstReply,
                                  const QDateTime &now, TargetState *state = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public Q_SLOTS:
    void reload();
    void refresh(); // the loaded rows again (time left moves on, replies arrive)

private:
    struct Row {
        QString id, memberId, memberName, memberTier, subject, category, priority, status, createdAt, dueAt,
            firstReplyAt;
        int replies = 0;
        bool pendingSync = false;
        QVariantList sortKey;
    };
    QList<Row> fetchRows(int limit, const QVariantList &after = {}) const;
    QDateTime now() const;

    Store *m_store = nullptr;
    QStringList m_statuses{QStringLiteral("open"), QStringLiteral("answered")};
    QList<Row> m_rows;
    QDateTime m_fixedNow;
    int m_pageSize = 300;
    bool m_atEnd = false;
    bool m_fetching = false;
    bool m_refreshQueued = false;
};
