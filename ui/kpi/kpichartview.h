#pragma once

#include "kpidatasource.h"

#include <QChartView>
#include <QColor>
#include <QPointer>

class KpiTableModel;
class QAbstractAxis;
class QAbstractSeries;
class QCategoryAxis;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QIdentityProxyModel;
class QLegendMarker;
class QScatterSeries;
class QXYSeries;

// One KPI chart over one KpiTableModel. Every series is filled by a Qt Charts model mapper
// from the model, so the chart cannot disagree with the table beside it. Hovering shows
// the exact values of the day (or bar) under the pointer, with the unusual days, campaigns
// and holidays that fall on it; clicking a legend entry hides or shows its series; campaign
// periods are shaded behind time charts; axis labels follow the chart's locale.
class KpiChartView final : public QChartView
{
    Q_OBJECT
public:
    enum class Kind { Time, StackedBars, Funnel };
    struct Series {
        enum class Style { Line, Dashed, Band };
        enum class Rows { All, History, Future }; // Future: from the forecast table's split row
        QString column;                // model column key (Band: its low column)
        QString highColumn;            // Band only
        Style style = Style::Line;
        Rows rows = Rows::All;
        bool rightAxis = false;
        QColor color;
        QString name;                  // legend text; the column title when empty
    };

    KpiChartView(KpiDataSource *source, KpiDataSource::Chart chart, Kind kind, QWidget *parent = nullptr);
    ~KpiChartView() override;

    // Time charts: the series to draw (replaces the previous ones).
    void setSeries(const QList<Series> &series);
    KpiTableModel *model() const { return m_model; }
    KpiDataSource::Chart chartKind() const { return m_chart; }

    // The model row drawn at a point of the view, -1 when none (test seam for the hover).
    int rowAt(const QPointF &viewPos) const;
    // What the tooltip says about a row (rich text).
    QString tooltipForRow(int row) const;
    // The unusual-days series of a time chart (null when the chart watches no metric).
    QScatterSeries *anomalySeries() const { return m_anomalies; }
    int campaignBandCount() const;
    // Hides or shows a series as its legend entry does (for bar charts: a bar set).
    void setSeriesShown(const QString &legendName, bool shown);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void clearSeries();
    void modelAboutToBeReset();
    void modelReset();
    QList<QXYSeries *> mappedSeries() const;
    void updateRows();
    void updateNames();
    void updateAxes();
    void updateAnomalies();
    void updateOverlays();
    void updateBarColours();
    void connectMarkers();
    void markerClicked();
    QList<QPair<int, int>> mappedRows(const Series &s) const; // [first, count) per series
    QList<int> valueColumns(bool right) const;

    KpiDataSource *m_source = nullptr;
    KpiDataSource::Chart m_chart;
    Kind m_kind;
    KpiTableModel *m_model = nullptr;
    QIdentityProxyModel *m_barProxy = nullptr; // hides bar sets by drawing them as zeros
    QList<Series> m_specs;
    QList<QAbstractSeries *> m_series;          // one per spec, in order
    QList<QObject *> m_mappers;
    QCategoryAxis *m_x = nullptr;
    QCategoryAxis *m_y = nullptr;
    QCategoryAxis *m_yRight = nullptr;
    QAbstractAxis *m_categoryAxis = nullptr;    // funnel stages
    QScatterSeries *m_anomalies = nullptr;
    QList<QGraphicsRectItem *> m_bands;
    QList<QGraphicsSimpleTextItem *> m_bandLabels;
    QGraphicsLineItem *m_hoverLine = nullptr;
    QList<int> m_hiddenColumns;                 // bar charts
};
