#include "reportcharts.h"

#include "reportstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
using S = ReportStyle;

void legendEntry(QPainter &painter, double &x, double y, const QString &text, const QColor &colour, bool dashed,
                 bool box, const QFont &font)
{
    const QFontMetricsF metrics(font);
    const double mid = y + metrics.height() / 2;
    if (box) {
        painter.fillRect(QRectF(x, mid - S::pt(3.5), S::pt(10), S::pt(7)), colour);
    } else {
        QPen pen(colour, S::pt(1.6));
        if (dashed)
            pen.setDashPattern({3, 2});
        painter.setPen(pen);
        painter.drawLine(QPointF(x, mid), QPointF(x + S::pt(14), mid));
    }
    x += S::pt(18);
    painter.setPen(S::ink());
    painter.drawText(QPointF(x, y + metrics.ascent()), text);
    x += metrics.horizontalAdvance(text) + S::pt(14);
}
} // namespace

QList<double> ReportChartScale::ticks(double low, double high, int count)
{
    if (!(high > low)) {
        high = low + 1;
    }
    const double raw = (high - low) / std::max(1, count);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= raw)
            break;
    }
    QList<double> out;
    for (double v = std::floor(low / step) * step; v <= high + step * 0.999; v += step) {
        out.append(std::abs(v) < step * 1e-9 ? 0.0 : v);
        if (out.last() >= high)
            break;
    }
    return out;
}

// --- LineChartBlock ----------------------------------------------------------------------

LineChartBlock::LineChartBlock(QList<QDate> dates, QFont font, Format formatValue, DateFormat formatDate, double height)
    : m_dates(std::move(dates))
    , m_font(std::move(font))
    , m_format(std::move(formatValue))
    , m_formatDate(std::move(formatDate))
    , m_height(height)
{
}

void LineChartBlock::paint(QPainter &painter, const QPointF &topLeft, int, int) const
{
    painter.save();
    painter.translate(topLeft);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(m_font);
    const QFontMetricsF metrics(m_font);

    // Legend on top.
    double lx = 0;
    for (const Series &s : m_series)
        legendEntry(painter, lx, 0, s.name, s.colour, s.dashed, false, m_font);
    if (m_band)
        legendEntry(painter, lx, 0, m_band->name, m_band->colour, false, true, m_font);
    if (!m_markerLegend.isEmpty()) {
        const double mid = metrics.height() / 2;
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_markerColour);
        painter.drawEllipse(QPointF(lx + S::pt(5), mid), S::pt(3), S::pt(3));
        painter.setBrush(Qt::NoBrush);
        lx += S::pt(12);
        painter.setPen(S::ink());
        painter.drawText(QPointF(lx, metrics.ascent()), m_markerLegend);
    }

    double low = qInf(), high = -qInf();
    const auto extend = [&](const QList<double> &values) {
        for (double v : values) {
            if (!qIsNaN(v)) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
        }
    };
    for (const Series &s : m_series)
        extend(s.values);
    if (m_band) {
        extend(m_band->lower);
        extend(m_band->upper);
    }
    if (!std::isfinite(low)) {
        low = 0;
        high = 1;
    }
    if (m_zero)
        low = std::min(0.0, low);
    else
        low = std::max(0.0, low - (high - low) * 0.1);
    const QList<double> ticks = ReportChartScale::ticks(low, high);
    low = ticks.first();
    high = std::max(ticks.last(), low + 1);

    double labelWidth = 0;
    for (double t : ticks)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(m_format(t)));
    const QRectF plot(labelWidth + S::pt(6), metrics.height() + S::pt(8), m_width - labelWidth - S::pt(10),
                      m_height - 2 * metrics.height() - S::pt(16));
    const int n = int(m_dates.size());
    const auto xAt = [&](double i) { return plot.left() + (n <= 1 ? 0.5 : i / (n - 1)) * plot.width(); };
    const auto yAt = [&](double v) { return plot.bottom() - (v - low) / (high - low) * plot.height(); };

    // Grid and value axis.
    for (double t : ticks) {
        const double y = yAt(t);
        painter.setPen(QPen(S::rule(), S::pt(0.5)));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(S::muted());
        painter.drawText(QRectF(0, y - metrics.height() / 2, labelWidth, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, m_format(t));
    }
    // Date axis: the first of each month, or every week on a short range.
    painter.setPen(QPen(S::ink(), S::pt(0.8)));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    double lastRight = -qInf();
    for (int i = 0; i < n; ++i) {
        const QDate d = m_dates.at(i);
        const bool tick = n > 45 ? d.day() == 1 : d.dayOfWeek() == 1;
        if (!tick)
            continue;
        const double x = xAt(i);
        painter.setPen(QPen(S::ink(), S::pt(0.8)));
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + S::pt(3)));
        const QString text = m_formatDate(d);
        const double w = metrics.horizontalAdvance(text);
        if (x - w / 2 > lastRight + S::pt(4) && x + w / 2 <= m_width) {
            painter.setPen(S::muted());
            painter.drawText(QPointF(x - w / 2, plot.bottom() + S::pt(4) + metrics.ascent()), text);
            lastRight = x + w / 2;
        }
    }
    if (m_band && n > 0) {
        QPainterPath band;
        bool started = false;
        for (int i = 0; i < n; ++i) {
            const double v = m_band->upper.value(i, qQNaN());
            if (qIsNaN(v))
                continue;
            started ? band.lineTo(xAt(i), yAt(v)) : band.moveTo(xAt(i), yAt(v));
            started = true;
        }
        for (int i = n - 1; i >= 0; --i) {
            const double v = m_band->lower.value(i, qQNaN());
            if (!qIsNaN(v))
                band.lineTo(xAt(i), yAt(v));
        }
        band.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_band->colour);
        painter.drawPath(band);
        painter.setBrush(Qt::NoBrush);
    }
    if (m_divider >= 0 && m_divider < n) {
        const double x = xAt(m_divider);
        QPen pen(S::muted(), S::pt(0.8));
        pen.setDashPattern({4, 3});
        painter.setPen(pen);
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(S::muted());
        painter.drawText(QPointF(x + S::pt(3), plot.top() + metrics.ascent()), m_dividerCaption);
    }
    for (const Series &s : m_series) {
        QPainterPath path;
        bool pen = false;
        for (int i = 0; i < n && i < s.values.size(); ++i) {
            const double v = s.values.at(i);
            if (qIsNaN(v)) {
                pen = false;
                continue;
            }
            pen ? path.lineTo(xAt(i), yAt(v)) : path.moveTo(xAt(i), yAt(v));
            pen = true;
        }
        QPen line(s.colour, S::pt(1.3));
        line.setJoinStyle(Qt::RoundJoin);
        if (s.dashed)
            line.setDashPattern({3, 2});
        painter.setPen(line);
        painter.drawPath(path);
    }
    for (const Marker &m : m_markers) {
        if (m.index < 0 || m.index >= n || m_series.isEmpty())
            continue;
        const double v = m_series.first().values.value(m.index, qQNaN());
        if (qIsNaN(v))
            continue;
        painter.setPen(QPen(Qt::white, S::pt(0.8)));
        painter.setBrush(m.colour);
        painter.drawEllipse(QPointF(xAt(m.index), yAt(v)), S::pt(3), S::pt(3));
        painter.setBrush(Qt::NoBrush);
    }
    painter.restore();
}

// --- BarChartBlock -----------------------------------------------------------------------

BarChartBlock::BarChartBlock(QList<Bar> bars, QFont font, QString valueLegend, QString comparisonLegend)
    : m_bars(std::move(bars))
    , m_font(std::move(font))
    , m_valueLegend(std::move(valueLegend))
    , m_comparisonLegend(std::move(comparisonLegend))
{
}

void BarChartBlock::layout(double width)
{
    m_width = width;
    const QFontMetricsF metrics(m_font);
    m_labelWidth = 0;
    m_hasComparison = false;
    for (const Bar &b : std::as_const(m_bars)) {
        m_labelWidth = std::max(m_labelWidth, metrics.horizontalAdvance(b.label));
        m_hasComparison = m_hasComparison || !qIsNaN(b.comparison);
    }
    m_labelWidth = std::min(m_labelWidth + S::pt(8), width * 0.35);
    m_rowHeight = metrics.height() * (m_hasComparison ? 1.9 : 1.45);
    const bool legend = !m_valueLegend.isEmpty() || !m_comparisonLegend.isEmpty();
    m_height = m_rowHeight * m_bars.size() + (legend ? metrics.height() + S::pt(6) : 0);
}

void BarChartBlock::paint(QPainter &painter, const QPointF &topLeft, int, int) const
{
    painter.save();
    painter.translate(topLeft);
    painter.setFont(m_font);
    const QFontMetricsF metrics(m_font);
    double y = 0;
    if (!m_valueLegend.isEmpty() || !m_comparisonLegend.isEmpty()) {
        double x = m_labelWidth;
        if (!m_valueLegend.isEmpty())
            legendEntry(painter, x, 0, m_valueLegend, S::accent(), false, true, m_font);
        if (!m_comparisonLegend.isEmpty() && m_hasComparison)
            legendEntry(painter, x, 0, m_comparisonLegend, S::rule().darker(130), false, true, m_font);
        y = metrics.height() + S::pt(6);
    }
    const double legendHeight = y;
    // Bars grow right from zero; negative values (a loss-making campaign's ROI) grow left.
    double maximum = 0, minimum = 0;
    double textWidth = 0;
    for (const Bar &b : m_bars) {
        maximum = std::max({maximum, b.value, qIsNaN(b.comparison) ? 0.0 : b.comparison});
        minimum = std::min(minimum, b.value);
        textWidth = std::max({textWidth, metrics.horizontalAdvance(b.valueText), metrics.horizontalAdvance(b.comparisonText)});
    }
    const double barSpace = m_width - m_labelWidth - textWidth - S::pt(8) - (minimum < 0 ? textWidth : 0);
    const double range = maximum - minimum;
    const double scale = range > 0 ? barSpace / range : 0;
    const double zero = m_labelWidth + (minimum < 0 ? textWidth + S::pt(4) : 0) - minimum * scale;
    for (const Bar &b : m_bars) {
        painter.setPen(S::ink());
        const QRectF label(0, y, m_labelWidth - S::pt(8), m_rowHeight);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                         metrics.elidedText(b.label, Qt::ElideRight, label.width()));
        const double barHeight = metrics.height() * 0.8;
        const double top = y + (m_rowHeight - barHeight - (m_hasComparison ? barHeight * 0.55 : 0)) / 2;
        const double w = b.value * scale;
        const QRectF bar = QRectF(zero, top, w, barHeight).normalized();
        painter.fillRect(bar.width() < S::pt(0.8) ? QRectF(zero, top, S::pt(0.8), barHeight) : bar,
                         b.colour.isValid() ? b.colour : S::accent());
        const double baseline = top + (barHeight + metrics.ascent() - metrics.descent()) / 2;
        if (b.value < 0)
            painter.drawText(QPointF(bar.left() - S::pt(4) - metrics.horizontalAdvance(b.valueText), baseline), b.valueText);
        else
            painter.drawText(QPointF(bar.right() + S::pt(4), baseline), b.valueText);
        if (!qIsNaN(b.comparison)) {
            const double cw = std::max(0.0, b.comparison) * scale;
            const double ctop = top + barHeight + S::pt(1);
            const double ch = barHeight * 0.5;
            painter.fillRect(QRectF(zero, ctop, std::max(cw, S::pt(0.8)), ch), S::rule().darker(130));
        }
        y += m_rowHeight;
    }
    if (minimum < 0) {
        painter.setPen(QPen(S::muted(), S::pt(0.6)));
        painter.drawLine(QPointF(zero, legendHeight), QPointF(zero, y));
    }
    painter.restore();
}
