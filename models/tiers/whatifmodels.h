#pragma once

#include "whatif.h"

#include <QAbstractTableModel>
#include <memory>

class Store;

// From/to table of a what-if: a row per current tier, a column per tier after, and the
// number of members leaving each row (the last column). Views mute the diagonal
// (FromRole == ToRole: the members who stay).
class TransitionMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { FromRole = Qt::UserRole + 1, ToRole, CountRole };
    explicit TransitionMatrixModel(QObject *parent = nullptr);
    void setResult(std::shared_ptr<const WhatIfResult> result);
    std::shared_ptr<const WhatIfResult> result() const { return m_result; }
    int movingColumn() const { return int(m_to.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const WhatIfResult> m_result;
    QList<int> m_from, m_to; // tier indexes shown (the "not in the set" bucket only when used)
};

// Tier sizes before and after, with the change and how many keep their tier in grace.
class TierSizesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TierColumn, BeforeColumn, AfterColumn, ChangeColumn, GraceColumn, ColumnCount };
    explicit TierSizesModel(QObject *parent = nullptr);
    void setResult(std::shared_ptr<const WhatIfResult> result);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const WhatIfResult> m_result;
    QList<int> m_rows;
    QList<qint64> m_grace;
};

// The members who would move, fetched a page at a time: the what-if keeps only their row
// ids; names and figures are read for the rows a view shows (one query per page).
class MoversModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { HandleColumn, NameColumn, FromColumn, ToColumn, WhyColumn, PointsColumn, ActiveDaysColumn,
                  PostsColumn, HelpfulColumn, TenureColumn, SpendColumn, ColumnCount };
    enum Role { RidRole = Qt::UserRole + 1, MemberIdRole };
    explicit MoversModel(Store *store, QObject *parent = nullptr);
    void setResult(std::shared_ptr<const WhatIfResult> result);
    // Only the movers from tier `from` to tier `to` (-1: any).
    void setTransition(int from, int to);
    qint64 matching() const { return qint64(m_index.size()); }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Row {
        qint64 rid = 0;
        QString id, handle, name;
        int from = 0, to = 0, outcome = 0;
        qint64 points = 0, activeDays = 0, posts = 0, helpful = 0, tenureDays = 0;
        double spend = 0;
    };
    void rebuild();
    QList<Row> load(qsizetype first, qsizetype count) const;

    Store *m_store = nullptr;
    std::shared_ptr<const WhatIfResult> m_result;
    std::vector<qint32> m_index; // positions in m_result->movers that match the transition
    QList<Row> m_rows;
    int m_from = -1, m_to = -1;
    int m_pageSize = 200;
    bool m_fetching = false;
};

// The outcome of a what-if decision in words ("promoted", "grace over", ...).
QString whatIfOutcomeText(int outcome);
// A tier index of a result in words; n is "not in these tiers".
QString whatIfTierName(const WhatIfResult &r, int index);
