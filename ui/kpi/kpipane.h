#pragma once

#include "kpidatasource.h"
#include "panecontext.h"
#include "panestate.h"

#include <QHash>
#include <QWidget>

class KpiChartCard;
class KpiChartView;
class KpiTileWidget;
class QComboBox;
class QDateEdit;
class QLabel;
class QStackedWidget;
class QTableView;

// The numbers the team watches: headline tiles against the previous period, and charts of
// growth, activity, retention, the funnel, interaction, content, moderation and sentiment,
// each with its table, exports, unusual days, campaign periods and a 90-day forecast.
class KpiPane final : public QWidget, public PaneState
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiPane)
public:
    explicit KpiPane(const PaneContext &context, QWidget *parent = nullptr);

    KpiDataSource *source() const { return m_source; }
    void setPeriod(const KpiPeriod &period);
    KpiChartCard *card(KpiDataSource::Chart chart) const { return m_cards.value(chart); }
    // Null for the retention heat map, which is a table view.
    KpiChartView *chartView(KpiDataSource::Chart chart) const;
    QTableView *heatMap() const { return m_heatMap; }
    QList<KpiTileWidget *> tiles() const { return m_tiles; }
    // The forecast chart's metric: "members_total", "dau" or "mau".
    void setForecastMetric(const QString &metric);

    // The period (a custom one with its days) and the forecast's metric.
    QVariantMap saveState() const override;
    void restoreState(const QVariantMap &state) override;

private:
    QWidget *createToolbar();
    QWidget *createCharts();
    void periodChosen();
    void refresh();
    void showState();

    PaneContext m_context;
    KpiDataSource *m_source = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_span = nullptr;
    QLabel *m_status = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_empty = nullptr;
    QList<KpiTileWidget *> m_tiles;
    QHash<int, KpiChartCard *> m_cards;
    QTableView *m_heatMap = nullptr;
    QComboBox *m_forecastMetric = nullptr;
};
