#pragma once

#include "kpihistory.h"
#include "kpiinsights.h"
#include "kpiperiod.h"
#include "kpitiles.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <array>

class KpiTableModel;
class Store;

// The KPI pane's data: reads the cached metrics off the GUI thread (its own read connection),
// derives anomalies and forecasts there too, and fills one table model a chart for the
// chosen period. A period switch only walks the history already in memory.
class KpiDataSource final : public QObject
{
    Q_OBJECT
public:
    enum Chart { Activity, NewMembers, Retention, Funnel, Interaction, Content, Moderation, Violations, Sentiment,
                 Forecast, ChartCount };
    Q_ENUM(Chart)

    // `store` may be null (the data then comes from setData()).
    explicit KpiDataSource(Store *store, QObject *parent = nullptr);
    ~KpiDataSource() override;

    // Reads the cache again (also after every sync that brings metrics, campaigns or
    // moderation items). Off the GUI thread when the cache is a file.
    void reload();
    bool isLoading() const { return m_loading; }
    QString errorString() const { return m_error; }
    // Takes a history as if it had been read (benchmarks, tests without a cache).
    void setData(KpiHistory history, KpiInsights insights);

    const KpiHistory &history() const { return m_history; }
    const KpiInsights &insights() const { return m_insights; }
    bool hasData() const { return !m_history.isEmpty(); }

    void setPeriod(const KpiPeriod &period);
    KpiPeriod period() const { return m_period; }
    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    const QList<KpiTile> &tiles() const { return m_tiles; }

    KpiTableModel *model(Chart chart) const { return m_models.at(chart); }
    static QString chartId(Chart chart); // "activity", "new_members", ...

Q_SIGNALS:
    void loadingChanged(bool loading);
    // The history was (re)read; the models are already filled for the period.
    void dataChanged();
    // Every model has been refilled for a new period (or new data).
    void periodChanged();
    void failed(const QString &message);

private:
    struct Loaded {
        KpiHistory history;
        KpiInsights insights;
        QString error;
    };
    static Loaded readAndAnalyse(const QSqlDatabase &db);
    void finishLoad(Loaded loaded);
    void rebuild();

    Store *m_store = nullptr;
    KpiHistory m_history;
    KpiInsights m_insights;
    KpiPeriod m_period;
    QDate m_first, m_last;
    QList<KpiTile> m_tiles;
    std::array<KpiTableModel *, ChartCount> m_models{};
    QFutureWatcher<Loaded> m_watcher;
    QTimer m_reloadTimer;
    bool m_loading = false;
    bool m_reloadAgain = false;
    QString m_error;
};
