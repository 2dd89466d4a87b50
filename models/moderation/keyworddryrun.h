#pragma once

#include "keywordmatcher.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QSqlDatabase>
#include <functional>
#include <atomic>
#include <memory>

class Store;

// What a keyword rule would match among the cached items, before it goes live: runs over
// every cached item in the rule's scope on a worker thread with its own read connection
// (an in-memory cache, in tests, is scanned in place), can be cancelled, and lists the
// matching items as a table (the first MaxListed of them; the count covers all).
class KeywordDryRun final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ItemColumn, MatchColumn, KindColumn, BoardColumn, StatusColumn, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1 };
    static constexpr int MaxListed = 500;

    struct Hit {
        QString id, kind, board, status, title;
        QString context;           // the text around the first match
        qsizetype matchStart = 0;  // within context
        qsizetype matchLength = 0;
    };
    struct Result {
        qint64 scanned = 0;  // items in scope
        qint64 matched = 0;
        QList<Hit> hits;
        QString error;
        bool cancelled = false;
    };

    explicit KeywordDryRun(Store *store, QObject *parent = nullptr);
    ~KeywordDryRun() override;

    // Starts a run (cancelling one in progress). An invalid rule finishes at once with
    // its error.
    void start(const KeywordMatcher::Rule &rule);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    const Result &result() const { return m_result; }
    void clear();

    // Scans a connection's items (the worker's body; public for the benchmark and tests).
    static Result scan(const QSqlDatabase &db, const KeywordMatcher::Rule &rule, const std::atomic<bool> &cancelled,
                       const std::function<void(qint64, qint64)> &progress = {});

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    void finish(const Result &result);

    Store *m_store = nullptr;
    Result m_result;
    QFutureWatcher<Result> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};
