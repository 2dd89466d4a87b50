#pragma once

#include "reportblock.h"

#include <QColor>
#include <QDate>
#include <QFont>
#include <QList>
#include <QtNumeric>
#include <functional>
#include <optional>

// Charts drawn as vector paths with QPainter (no images): in the PDF they stay sharp at
// any zoom, and their labels are real text.

// Daily values over dates: lines, an optional band (a forecast's interval) and marked
// points (anomalies).
class LineChartBlock final : public ReportBlock
{
public:
    struct Series {
        QString name;
        QList<double> values; // one per date; NaN leaves a gap
        QColor colour;
        bool dashed = false;
    };
    struct Band {
        QString name;
        QList<double> lower, upper;
        QColor colour;
    };
    struct Marker {
        int index = 0;
        QColor colour;
    };
    using Format = std::function<QString(double)>;
    using DateFormat = std::function<QString(const QDate &)>;

    LineChartBlock(QList<QDate> dates, QFont font, Format formatValue, DateFormat formatDate, double height);
    void addSeries(Series series) { m_series.append(std::move(series)); }
    void setBand(Band band) { m_band = std::move(band); }
    void addMarker(Marker marker) { m_markers.append(marker); }
    void setMarkerLegend(QString text, QColor colour) { m_markerLegend = std::move(text); m_markerColour = colour; }
    // A vertical rule with a caption (where the forecast starts).
    void setDivider(int index, QString caption) { m_divider = index; m_dividerCaption = std::move(caption); }
    void setMinimumZero(bool zero) { m_zero = zero; }

    void layout(double width) override { m_width = width; }
    double unitHeight(int) const override { return m_height; }
    void paint(QPainter &painter, const QPointF &topLeft, int from, int to) const override;

private:
    QList<QDate> m_dates;
    QFont m_font;
    Format m_format;
    DateFormat m_formatDate;
    double m_height;
    double m_width = 0;
    QList<Series> m_series;
    std::optional<Band> m_band;
    QList<Marker> m_markers;
    QString m_markerLegend;
    QColor m_markerColour;
    int m_divider = -1;
    QString m_dividerCaption;
    bool m_zero = false;
};

// Horizontal bars with their values printed, optionally against a second, thinner bar
// (the previous quarter).
class BarChartBlock final : public ReportBlock
{
public:
    struct Bar {
        QString label;
        double value = 0;
        QString valueText;
        double comparison = qQNaN();
        QString comparisonText;
        QColor colour; // invalid: the accent colour
    };
    BarChartBlock(QList<Bar> bars, QFont font, QString valueLegend = {}, QString comparisonLegend = {});

    void layout(double width) override;
    double unitHeight(int) const override { return m_height; }
    void paint(QPainter &painter, const QPointF &topLeft, int from, int to) const override;

private:
    QList<Bar> m_bars;
    QFont m_font;
    QString m_valueLegend, m_comparisonLegend;
    double m_width = 0;
    double m_labelWidth = 0;
    double m_rowHeight = 0;
    double m_height = 0;
    bool m_hasComparison = false;
};

namespace ReportChartScale {
// Round tick values covering [low, high]: about `count` steps of 1, 2, 2.5 or 5 × 10^n.
QList<double> ticks(double low, double high, int count = 5);
}
