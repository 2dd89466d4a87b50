#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <atomic>
#include <memory>
#include <optional>

struct sqlite3;
class QThreadPool;
class Store;

// Contribution (贡献榜) and mutual help (互助榜) over 7 days, 30 days and all time:
//   contribution, a window: points earned in it — the ledger's positive entries created in
//     the window, without redemptions, deductions or the opening balance;
//   contribution, all time: every positive ledger entry, the opening balance included;
//   mutual help, 30 days / all time: helpful_answers_30 / helpful_answers_total;
//   mutual help, 7 days: helpful answers the points ledger records in the last 7 days (the
//     cache keeps no 7-day counter): an entry "… N helpful answers" counts N, an award
//     whose reason names a helpful answer counts 1; capped at helpful_answers_30, since
//     a ledger entry may sum up weeks of answers.
// Ties rank by handle. Computed on a worker thread with its own read connection.
class LeaderboardModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Board { Contribution, MutualHelp };
    enum class Window { Days7, Days30, AllTime };
    enum Column { RankColumn, HandleColumn, NameColumn, TierColumn, ScoreColumn, ColumnCount };
    enum Role { MemberIdRole = Qt::UserRole + 1, ScoreRole };
    struct Entry {
        QString memberId, handle, name, tier;
        qint64 score = 0;
    };

    explicit LeaderboardModel(Store *store, QObject *parent = nullptr);
    ~LeaderboardModel() override;

    void setBoard(Board board, Window window);
    Board board() const { return m_board; }
    Window window() const { return m_window; }
    void setLimit(int limit) { m_limit = qMax(1, limit); }
    bool isLoading() const { return m_loading; }
    static QString formula(Board board, Window window);

    // On the calling thread (tests, the worker): the top `limit` entries at `now`.
    static std::optional<QList<Entry>> compute(sqlite3 *db, Board board, Window window, const QDateTime &now,
                                               int limit, QString *error = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void failed(const QString &message);

private:
    Store *m_store = nullptr;
    QThreadPool *m_pool = nullptr;
    Board m_board = Board::Contribution;
    Window m_window = Window::Days30;
    QList<Entry> m_entries;
    int m_limit = 100;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_reloadQueued = false;
};
