#pragma once

#include "moderationfilter.h"

#include <QAbstractListModel>
#include <QFutureWatcher>

class QTimer;
class Store;

// Saved views of the moderation queue for the side bar ("Spam > 0.8", "Reported twice or
// more"), each a ModerationFilter kept in the cache (moderation_saved_view, never synced),
// with a live count: recounted off the GUI thread (own read connection) whenever items,
// the outbox or the profile change, coalesced, and every minute as claims expire.
class SavedViewModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { NameRole = Qt::UserRole + 1, CountRole, FilterRole, ViewIdRole };

    explicit SavedViewModel(Store *store, QObject *parent = nullptr);
    ~SavedViewModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    QHash<int, QByteArray> roleNames() const override;

    // Appends a view; returns its row.
    int addView(const QString &name, const ModerationFilter &filter);
    ModerationFilter filterAt(int row) const;
    // The row whose filter equals `filter`, -1 when none.
    int rowOf(const ModerationFilter &filter) const;
    // -1 while not yet counted.
    qint64 countAt(int row) const;
    // True from the start of a background count until its result is applied (the
    // worker may have finished while its result waits in the event queue).
    bool isCounting() const { return m_countInFlight; }

public Q_SLOTS:
    void reload();
    void recount();     // coalesced
    void recountNow();

Q_SIGNALS:
    void countsUpdated();

private:
    static QString shownName(const QString &stored);
    struct Row {
        qint64 id = 0;
        QString name;
        ModerationFilter filter;
        qint64 count = -1;
    };
    void seedDefaults();
    void applyCounts(const QList<qint64> &counts, const QList<qint64> &ids);

    Store *m_store = nullptr;
    QList<Row> m_rows;
    QTimer *m_coalesce = nullptr;
    QTimer *m_minute = nullptr;
    QFutureWatcher<QList<qint64>> m_watcher;
    QList<qint64> m_countingIds;
    bool m_again = false;
    bool m_countInFlight = false;
};
