#include "kpichartview.h"

#include "kpiaxes.h"
#include "kpiformat.h"
#include "kpitablemodel.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QCategoryAxis>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QBarSeries>
#include <QIdentityProxyModel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QVXYModelMapper>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Bar sets the user hid through the legend are drawn as zeros; the table keeps the figures.
class HiddenColumnsProxy final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    void setHidden(const QList<int> &columns)
    {
        const QList<int> changed = m_hidden + columns;
        m_hidden = columns;
        for (int c : changed)
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, c), index(rowCount() - 1, c), {Qt::DisplayRole});
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole && m_hidden.contains(index.column()))
            return 0.0;
        return QIdentityProxyModel::data(index, role);
    }

private:
    QList<int> m_hidden;
};

constexpr qint64 HalfDay = 12 * 60 * 60 * 1000;

qreal xOf(const QDate &d)
{
    return KpiTableModel::xForDate(d);
}

QColor faded(QColor c)
{
    c.setAlphaF(c.alphaF() * 0.3f);
    return c;
}

// The colour a legend entry stands for (a hidden entry is drawn faded, then restored).
QColor markerColour(QLegendMarker *marker)
{
    if (auto *bar = qobject_cast<QBarLegendMarker *>(marker))
        return bar->barset()->color();
    if (auto *area = qobject_cast<QAreaSeries *>(marker->series()))
        return area->brush().color();
    if (auto *xy = qobject_cast<QXYSeries *>(marker->series()))
        return xy->color();
    return marker->brush().color();
}

} // namespace

KpiChartView::KpiChartView(KpiDataSource *source, KpiDataSource::Chart chart, Kind kind, QWidget *parent)
    : QChartView(parent), m_source(source), m_chart(chart), m_kind(kind), m_model(source->model(chart))
{
    setObjectName(u"kpiChart_"_s + KpiDataSource::chartId(chart));
    auto *c = new QChart;
    c->setAnimationOptions(QChart::NoAnimation);
    c->setBackgroundRoundness(0);
    c->setMargins(QMargins(4, 10, 18, 2)); // room for the end labels of the axes
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setLocalizeNumbers(true);
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setMinimumHeight(240);

    m_x = new QCategoryAxis(this);
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_y = new QCategoryAxis(this);
    m_y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (QCategoryAxis *a : {m_x, m_y}) {
        QFont f = a->labelsFont();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        a->setLabelsFont(f);
    }
    c->addAxis(m_x, Qt::AlignBottom);

    if (m_kind == Kind::StackedBars) {
        m_barProxy = new HiddenColumnsProxy(this);
        m_barProxy->setSourceModel(m_model);
        auto *bars = new QStackedBarSeries(this);
        bars->setBarWidth(0.8);
        auto *mapper = new QVBarModelMapper(this);
        mapper->setFirstBarSetColumn(1);
        mapper->setLastBarSetColumn(std::max(1, m_model->columnCount() - 1));
        mapper->setSeries(bars);
        mapper->setModel(m_barProxy);
        c->addSeries(bars);
        c->addAxis(m_y, Qt::AlignLeft);
        bars->attachAxis(m_x);
        bars->attachAxis(m_y);
        m_series.append(bars);
        m_mappers.append(mapper);
    } else if (m_kind == Kind::Funnel) {
        // Stages left to right, each labelled with its count and its share of the stage before.
        auto *bars = new QBarSeries(this);
        bars->setBarWidth(0.6);
        auto *mapper = new QVBarModelMapper(this);
        mapper->setFirstBarSetColumn(1);
        mapper->setLastBarSetColumn(1);
        mapper->setSeries(bars);
        mapper->setModel(m_model);
        c->removeAxis(m_x);
        auto *stages = new QBarCategoryAxis(this);
        c->addAxis(stages, Qt::AlignBottom);
        c->addAxis(m_y, Qt::AlignLeft);
        c->addSeries(bars);
        bars->attachAxis(stages);
        bars->attachAxis(m_y);
        m_categoryAxis = stages;
        m_series.append(bars);
        m_mappers.append(mapper);
        c->legend()->hide();
    } else {
        c->addAxis(m_y, Qt::AlignLeft);
    }
    m_hoverLine = new QGraphicsLineItem(c);
    m_hoverLine->setPen(QPen(QColor(0, 0, 0, 90), 1, Qt::DashLine));
    m_hoverLine->setZValue(20);
    m_hoverLine->hide();

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &KpiChartView::modelAboutToBeReset);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KpiChartView::modelReset);
    connect(c, &QChart::plotAreaChanged, this, &KpiChartView::updateOverlays);
    modelReset();
}

KpiChartView::~KpiChartView() = default;

void KpiChartView::clearSeries()
{
    for (QObject *m : std::as_const(m_mappers))
        delete m;
    m_mappers.clear();
    for (QAbstractSeries *s : std::as_const(m_series)) {
        chart()->removeSeries(s);
        if (auto *area = qobject_cast<QAreaSeries *>(s)) { // the area does not own its lines
            delete area->upperSeries();
            delete area->lowerSeries();
        }
        delete s;
    }
    m_series.clear();
    if (m_anomalies) {
        chart()->removeSeries(m_anomalies);
        delete m_anomalies;
        m_anomalies = nullptr;
    }
}

void KpiChartView::setSeries(const QList<Series> &specs)
{
    Q_ASSERT(m_kind == Kind::Time);
    clearSeries();
    m_specs = specs;
    const bool needsRight = std::any_of(specs.cbegin(), specs.cend(), [](const Series &s) { return s.rightAxis; });
    if (needsRight && !m_yRight) {
        m_yRight = new QCategoryAxis(this);
        m_yRight->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        m_yRight->setLabelsFont(m_y->labelsFont());
        m_yRight->setGridLineVisible(false);
        chart()->addAxis(m_yRight, Qt::AlignRight);
    } else if (!needsRight && m_yRight) {
        chart()->removeAxis(m_yRight);
        delete m_yRight;
        m_yRight = nullptr;
    }
    const KpiTable &t = m_model->table();
    for (const Series &spec : specs) {
        const auto mapped = [&](const QString &key) {
            auto *line = new QLineSeries(this);
            auto *mapper = new QVXYModelMapper(this);
            mapper->setXColumn(0);
            mapper->setYColumn(std::max(0, t.column(key)));
            mapper->setSeries(line);
            mapper->setModel(m_model);
            m_mappers.append(mapper);
            return line;
        };
        QAbstractSeries *series = nullptr;
        if (spec.style == Series::Style::Band) {
            auto *low = mapped(spec.column);
            auto *high = mapped(spec.highColumn);
            auto *area = new QAreaSeries(high, low);
            area->setParent(this);
            QColor fill = spec.color;
            fill.setAlpha(55);
            area->setBrush(fill);
            area->setPen(Qt::NoPen);
            series = area;
        } else {
            auto *line = mapped(spec.column);
            QPen pen(spec.color, spec.style == Series::Style::Dashed ? 2.0 : 1.8);
            if (spec.style == Series::Style::Dashed)
                pen.setStyle(Qt::DashLine);
            line->setPen(pen);
            series = line;
        }
        const int col = t.column(spec.column);
        series->setName(!spec.name.isEmpty() ? spec.name : col >= 0 ? t.columns.at(col).title : spec.column);
        chart()->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(spec.rightAxis ? m_yRight : m_y);
        m_series.append(series);
    }
    // The unusual days of the metrics drawn against the left axis.
    for (const Series &spec : specs)
        if (!spec.rightAxis && spec.rows != Series::Rows::Future
            && KpiInsights::anomalyMetrics().contains(spec.column) && !m_anomalies) {
            m_anomalies = new QScatterSeries(this);
            m_anomalies->setName(tr("Unusual days"));
            m_anomalies->setMarkerSize(9);
            m_anomalies->setColor(QColor(0xd6, 0x27, 0x28));
            m_anomalies->setBorderColor(Qt::white);
            chart()->addSeries(m_anomalies);
            m_anomalies->attachAxis(m_x);
            m_anomalies->attachAxis(m_y);
        }
    // Our reset handler must run after the mappers' (they refill the series first).
    disconnect(m_model, &QAbstractItemModel::modelReset, this, &KpiChartView::modelReset);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KpiChartView::modelReset);
    modelReset();
}

QList<QXYSeries *> KpiChartView::mappedSeries() const
{
    QList<QXYSeries *> out;
    for (QAbstractSeries *s : m_series) {
        if (auto *area = qobject_cast<QAreaSeries *>(s))
            out << area->upperSeries() << area->lowerSeries();
        else if (auto *xy = qobject_cast<QXYSeries *>(s))
            out << xy;
    }
    return out;
}

void KpiChartView::modelAboutToBeReset()
{
    // A mapper refills its series point by point, and the chart redoes a series' geometry
    // for every point: quadratic, seconds for a few years of days. The series stay quiet
    // until they are full and then tell the chart once (modelReset()).
    for (QXYSeries *s : mappedSeries())
        s->blockSignals(true);
    // The mappers refill from their first row when the reset is done, before updateRows()
    // moves them to the new table's rows: start them at the top, which every table has.
    if (m_kind == Kind::Time)
        for (QObject *m : std::as_const(m_mappers))
            if (auto *mapper = static_cast<QVXYModelMapper *>(m); mapper->firstRow() > 0)
                mapper->setFirstRow(0);
}

QList<QPair<int, int>> KpiChartView::mappedRows(const Series &s) const
{
    const int rows = m_model->rowCount();
    const int split = m_model->table().splitRow;
    if (split < 0 || s.rows == Series::Rows::All)
        return {{0, rows}};
    if (s.rows == Series::Rows::History)
        return {{0, split}};
    const int first = std::max(0, split - 1); // starts on the newest actual day
    return {{first, rows - first}};
}

void KpiChartView::updateRows()
{
    if (m_kind != Kind::Time)
        return;
    // Columns are looked up by key on every reset: the model may have been empty (no
    // columns yet) when the series were made.
    const KpiTable &t = m_model->table();
    int m = 0;
    for (qsizetype i = 0; i < m_specs.size(); ++i) {
        const Series &spec = m_specs.at(i);
        auto [first, count] = mappedRows(spec).constFirst();
        if (m_model->rowCount() == 0 || count <= 0) { // nothing to map: keep the mapper quiet
            first = 0;
            count = -1;
        }
        const QStringList keys = spec.style == Series::Style::Band ? QStringList{spec.column, spec.highColumn}
                                                                   : QStringList{spec.column};
        for (const QString &key : keys) {
            auto *mapper = static_cast<QVXYModelMapper *>(m_mappers.at(m++));
            const int column = std::max(0, t.column(key));
            if (mapper->yColumn() != column)
                mapper->setYColumn(column);
            if (mapper->firstRow() != first || mapper->rowCount() != count) {
                mapper->setFirstRow(first);
                mapper->setRowCount(count);
            }
        }
    }
}

void KpiChartView::updateNames()
{
    const KpiTable &t = m_model->table();
    for (qsizetype i = 0; i < m_specs.size(); ++i) {
        const int column = t.column(m_specs.at(i).column);
        if (m_specs.at(i).name.isEmpty() && column >= 0 && m_series.at(i)->name() != t.columns.at(column).title)
            m_series.at(i)->setName(t.columns.at(column).title);
    }
}

void KpiChartView::modelReset()
{
    if (m_kind == Kind::StackedBars) {
        auto *mapper = static_cast<QVBarModelMapper *>(m_mappers.constFirst());
        if (mapper->lastBarSetColumn() != m_model->columnCount() - 1)
            mapper->setLastBarSetColumn(std::max(1, m_model->columnCount() - 1));
        updateBarColours();
    } else if (m_kind == Kind::Funnel) {
        auto *stages = static_cast<QBarCategoryAxis *>(m_categoryAxis);
        QStringList names;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QString share = m_model->index(r, 2).data(KpiTableModel::TextRole).toString();
            QString label = QString(m_model->index(r, 0).data(KpiTableModel::TextRole).toString().toHtmlEscaped()
                                    + u"<br><b>"_s + m_model->index(r, 1).data(KpiTableModel::TextRole).toString() + u"</b>"_s);
            if (!share.isEmpty()) // the share of the stage before (the table and tooltip say so)
                label += u"<br>"_s + share.toHtmlEscaped();
            names << label;
        }
        stages->setCategories(names);
        auto *bars = static_cast<QAbstractBarSeries *>(m_series.constFirst());
        for (QBarSet *set : bars->barSets())
            set->setColor(KpiAxes::palette(0));
    } else {
        updateRows();
        for (QXYSeries *s : mappedSeries()) {
            s->blockSignals(false);
            Q_EMIT s->pointsReplaced();
        }
        updateNames();
    }
    updateAxes();
    updateAnomalies();
    updateOverlays();
    connectMarkers();
}

void KpiChartView::updateBarColours()
{
    auto *bars = static_cast<QAbstractBarSeries *>(m_series.constFirst());
    const QList<QBarSet *> sets = bars->barSets();
    for (qsizetype i = 0; i < sets.size(); ++i) {
        sets.at(i)->setColor(KpiAxes::palette(int(i)));
        sets.at(i)->setBorderColor(KpiAxes::palette(int(i)));
    }
}

QList<int> KpiChartView::valueColumns(bool right) const
{
    QList<int> columns;
    const KpiTable &t = m_model->table();
    for (qsizetype i = 0; i < m_specs.size(); ++i) {
        const Series &s = m_specs.at(i);
        if (s.rightAxis != right || !m_series.at(i)->isVisible())
            continue;
        columns << t.column(s.column);
        if (s.style == Series::Style::Band)
            columns << t.column(s.highColumn);
    }
    return columns;
}

void KpiChartView::updateAxes()
{
    const KpiTable &t = m_model->table();
    const QLocale loc = locale();
    if (m_kind == Kind::Time) {
        QDate first = t.rowCount() > 0 ? t.keys.constFirst().toDate() : QDate::currentDate();
        QDate last = t.rowCount() > 0 ? t.keys.constLast().toDate() : first;
        KpiAxes::setDateTicks(m_x, first, last, loc);
        for (const bool right : {false, true}) {
            QCategoryAxis *axis = right ? m_yRight : m_y;
            if (!axis)
                continue;
            const QList<int> columns = valueColumns(right);
            double lo = qInf(), hi = -qInf();
            KpiColumn::Kind kind = KpiColumn::Kind::Count;
            for (qsizetype i = 0; i < m_specs.size(); ++i) {
                const Series &s = m_specs.at(i);
                if (s.rightAxis != right || !m_series.at(i)->isVisible())
                    continue;
                const int c = t.column(s.column);
                if (c < 0)
                    continue;
                kind = t.columns.at(c).kind;
                const auto [from, count] = mappedRows(s).constFirst();
                for (int col : {c, s.style == Series::Style::Band ? t.column(s.highColumn) : c})
                    for (int r = from; r < from + count && r < t.rowCount(); ++r) {
                        const double v = t.value(r, col);
                        if (std::isfinite(v)) {
                            lo = std::min(lo, v);
                            hi = std::max(hi, v);
                        }
                    }
            }
            KpiAxes::setValueTicks(axis, lo, hi, kind, loc);
        }
        return;
    }
    if (m_kind == Kind::StackedBars) {
        double hi = 0;
        for (int r = 0; r < t.rowCount(); ++r) {
            double total = 0;
            for (int c = 1; c < t.columnCount(); ++c)
                if (!m_hiddenColumns.contains(c) && std::isfinite(t.value(r, c)))
                    total += t.value(r, c);
            hi = std::max(hi, total);
        }
        KpiAxes::setValueTicks(m_y, 0, hi, KpiColumn::Kind::Count, loc);
        QStringList labels;
        for (int r = 0; r < t.rowCount(); ++r)
            labels << KpiAxes::shortKey(t.keys.at(r).toDate(), t.granularity, loc);
        KpiAxes::setIndexTicks(m_x, labels, std::max(2, int(chart()->plotArea().width() / 64)));
        return;
    }
    // Funnel: counts up the left.
    double hi = 0;
    for (int r = 0; r < t.rowCount(); ++r)
        if (std::isfinite(t.value(r, 1)))
            hi = std::max(hi, t.value(r, 1));
    KpiAxes::setValueTicks(m_y, 0, hi, KpiColumn::Kind::Count, loc);
}

void KpiChartView::updateAnomalies()
{
    if (!m_anomalies)
        return;
    const KpiTable &t = m_model->table();
    QList<QPointF> points;
    if (t.rowCount() > 0) {
        const QDate first = t.keys.constFirst().toDate(), last = t.keys.constLast().toDate();
        for (const Series &s : std::as_const(m_specs)) {
            const int col = t.column(s.column);
            if (s.rightAxis || col < 0 || !KpiInsights::anomalyMetrics().contains(s.column))
                continue;
            for (const KpiAnomaly &a : m_source->insights().anomaliesBetween(s.column, first, last)) {
                const int row = int(first.daysTo(a.date));
                if (row >= 0 && row < t.rowCount() && t.keys.at(row).toDate() == a.date && std::isfinite(t.value(row, col)))
                    points.append({xOf(a.date), t.value(row, col)});
            }
        }
    }
    m_anomalies->replace(points);
}

int KpiChartView::campaignBandCount() const
{
    return int(std::count_if(m_bands.cbegin(), m_bands.cend(), [](const QGraphicsRectItem *b) { return b->isVisible(); }));
}

void KpiChartView::updateOverlays()
{
    m_hoverLine->hide();
    qDeleteAll(m_bands);
    m_bands.clear();
    qDeleteAll(m_bandLabels);
    m_bandLabels.clear();
    const KpiTable &t = m_model->table();
    if (m_kind != Kind::Time || m_series.isEmpty() || t.rowCount() == 0)
        return;
    const QRectF plot = chart()->plotArea();
    const QDate first = t.keys.constFirst().toDate(), last = t.keys.constLast().toDate();
    QFont font = m_x->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    const QFontMetricsF metrics(font);
    int lane = 0;
    for (const KpiCampaign &c : m_source->history().campaigns) {
        if (!c.overlaps(first, last))
            continue;
        const qreal x1 = std::max(plot.left(), chart()->mapToPosition({xOf(c.start) - HalfDay, 0}, m_series.constFirst()).x());
        const qreal x2 = std::min(plot.right(), chart()->mapToPosition({xOf(c.end) + HalfDay, 0}, m_series.constFirst()).x());
        if (x2 <= x1)
            continue;
        auto *band = new QGraphicsRectItem(QRectF(x1, plot.top(), x2 - x1, plot.height()), chart());
        band->setBrush(QColor(255, 176, 0, 38));
        band->setPen(Qt::NoPen);
        band->setZValue(0.5); // above the plot background, below grid and series
        m_bands.append(band);
        const QString name = metrics.elidedText(c.name, Qt::ElideRight, x2 - x1 - 4);
        if (x2 - x1 >= 28 && !name.isEmpty()) {
            auto *label = new QGraphicsSimpleTextItem(name, chart());
            label->setFont(font);
            label->setBrush(QColor(150, 95, 0));
            label->setPos(x1 + 2, plot.top() + 1 + (lane++ % 3) * metrics.height());
            label->setZValue(0.6);
            m_bandLabels.append(label);
        }
    }
}

void KpiChartView::connectMarkers()
{
    const QList<QLegendMarker *> markers = chart()->legend()->markers();
    for (QLegendMarker *marker : markers) {
        disconnect(marker, &QLegendMarker::clicked, this, &KpiChartView::markerClicked);
        connect(marker, &QLegendMarker::clicked, this, &KpiChartView::markerClicked);
        bool hidden = !marker->series()->isVisible();
        if (auto *bar = qobject_cast<QBarLegendMarker *>(marker))
            hidden = m_hiddenColumns.contains(int(static_cast<QAbstractBarSeries *>(bar->series())->barSets().indexOf(bar->barset())) + 1);
        marker->setVisible(true);
        QColor label = chart()->legend()->labelColor();
        if (hidden)
            label.setAlpha(90);
        marker->setLabelBrush(label);
        const QColor colour = markerColour(marker);
        marker->setBrush(hidden ? faded(colour) : colour);
    }
}

void KpiChartView::markerClicked()
{
    auto *marker = qobject_cast<QLegendMarker *>(sender());
    if (!marker)
        return;
    setSeriesShown(marker->label(), marker->labelBrush().color().alpha() < 255);
}

void KpiChartView::setSeriesShown(const QString &legendName, bool shown)
{
    for (QLegendMarker *marker : chart()->legend()->markers()) {
        if (marker->label() != legendName)
            continue;
        if (auto *bar = qobject_cast<QBarLegendMarker *>(marker)) {
            const int column = int(static_cast<QAbstractBarSeries *>(bar->series())->barSets().indexOf(bar->barset())) + 1;
            m_hiddenColumns.removeAll(column);
            if (!shown)
                m_hiddenColumns.append(column);
            static_cast<HiddenColumnsProxy *>(m_barProxy)->setHidden(m_hiddenColumns);
            updateBarColours();
        } else {
            marker->series()->setVisible(shown);
        }
    }
    updateAxes();
    updateOverlays();
    connectMarkers();
}

int KpiChartView::rowAt(const QPointF &viewPos) const
{
    const QPointF p = chart()->mapFromScene(mapToScene(viewPos.toPoint()));
    const int rows = m_model->rowCount();
    if (!chart()->plotArea().contains(p) || m_series.isEmpty() || rows == 0)
        return -1;
    const QPointF v = chart()->mapToValue(p, m_series.constFirst());
    if (m_kind != Kind::Time) { // bars stand at 0, 1, 2, ...
        const int row = int(std::lround(v.x()));
        return row >= 0 && row < rows ? row : -1;
    }
    const QDate day = KpiTableModel::dateForX(v.x());
    const KpiTable &t = m_model->table();
    const auto it = std::lower_bound(t.keys.cbegin(), t.keys.cend(), day,
                                     [](const QVariant &k, const QDate &d) { return k.toDate() < d; });
    if (it == t.keys.cend() || it->toDate() != day)
        return -1;
    return int(it - t.keys.cbegin());
}

void KpiChartView::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    const int row = rowAt(event->position());
    if (row < 0) {
        m_hoverLine->hide();
        QToolTip::hideText();
        return;
    }
    if (m_kind == Kind::Time) {
        const QRectF plot = chart()->plotArea();
        const qreal x = chart()->mapToPosition({xOf(m_model->table().keys.at(row).toDate()), 0}, m_series.constFirst()).x();
        m_hoverLine->setLine(x, plot.top(), x, plot.bottom());
        m_hoverLine->show();
    }
    QToolTip::showText(event->globalPosition().toPoint(), tooltipForRow(row), this);
}

bool KpiChartView::viewportEvent(QEvent *event)
{
    // The scene would answer the tooltip event with "no tooltip" and hide ours.
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), tooltipForRow(row), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QChartView::viewportEvent(event);
}

void KpiChartView::leaveEvent(QEvent *event)
{
    m_hoverLine->hide();
    QChartView::leaveEvent(event);
}

void KpiChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    if (m_kind == Kind::StackedBars)
        updateAxes(); // how many labels fit depends on the width
}

QString KpiChartView::tooltipForRow(int row) const
{
    const KpiTable &t = m_model->table();
    if (row < 0 || row >= t.rowCount())
        return {};
    const QLocale loc = locale();
    const auto cell = [&](int column) {
        return m_model->index(row, column).data(KpiTableModel::TextRole).toString();
    };
    QString html;
    const auto line = [&](const QString &label, const QString &value, const QColor &colour = {}) {
        const QString swatch = colour.isValid()
            ? u"<span style=\"color:%1\">\u25A0</span> "_s.arg(colour.name())
            : QString();
        html += u"<tr><td>%1%2</td><td align=\"right\">&nbsp;&nbsp;<b>%3</b></td></tr>"_s.arg(
            swatch, label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    if (m_kind == Kind::Funnel) {
        html = u"<b>%1</b><table>"_s.arg(cell(0).toHtmlEscaped());
        for (int c = 1; c < t.columnCount(); ++c)
            line(t.columns.at(c).title, cell(c).isEmpty() ? tr("n/a") : cell(c));
        return html + u"</table>"_s;
    }
    const QDate day = t.keys.at(row).toDate();
    if (m_kind == Kind::StackedBars) {
        const QString heading = t.granularity == KpiTable::Granularity::Week ? tr("Week of %1").arg(KpiFormat::date(day, loc))
            : t.granularity == KpiTable::Granularity::Month ? KpiFormat::key(day, KpiColumn::Kind::Date, t.granularity, loc)
                                                            : loc.toString(day, QLocale::LongFormat);
        html = u"<b>%1</b>"_s.arg(heading.toHtmlEscaped());
        // The first and last bucket may reach outside the period: say how much of it counts.
        const QDate end = t.granularity == KpiTable::Granularity::Week ? day.addDays(6)
            : t.granularity == KpiTable::Granularity::Month             ? day.addMonths(1).addDays(-1)
                                                                        : day;
        const QDate from = std::max(day, m_source->first()), to = std::min(end, m_source->last());
        if (from != day || to != end)
            html += u"<br>"_s + tr("Only %n day(s) of it in the period", nullptr, int(from.daysTo(to) + 1)).toHtmlEscaped();
        html += u"<table>"_s;
        double total = 0;
        for (int c = t.columnCount() - 1; c >= 1; --c) { // top of the stack first
            const bool hidden = m_hiddenColumns.contains(c);
            line(hidden ? tr("%1 (hidden)").arg(t.columns.at(c).title) : t.columns.at(c).title, cell(c),
                 KpiAxes::palette(c - 1));
            total += std::isfinite(t.value(row, c)) ? t.value(row, c) : 0;
        }
        line(tr("All channels"), KpiFormat::value(total, KpiColumn::Kind::Count, loc));
        return html + u"</table>"_s;
    }
    html = u"<b>%1</b><table>"_s.arg(loc.toString(day, QLocale::LongFormat).toHtmlEscaped());
    for (qsizetype i = 0; i < m_specs.size(); ++i) {
        const Series &s = m_specs.at(i);
        if (!m_series.at(i)->isVisible())
            continue;
        const auto [from, count] = mappedRows(s).constFirst();
        if (row < from || row >= from + count)
            continue;
        const int c = t.column(s.column);
        if (s.style == Series::Style::Band) {
            const QString low = cell(c), high = cell(t.column(s.highColumn));
            if (!low.isEmpty())
                line(m_series.at(i)->name(), tr("%1 – %2").arg(low, high), s.color);
        } else if (!cell(c).isEmpty()) {
            line(m_series.at(i)->name(), cell(c), s.color);
        }
    }
    html += u"</table>"_s;
    QStringList notes;
    for (const Series &s : std::as_const(m_specs)) {
        if (s.rows == Series::Rows::Future)
            continue;
        for (const KpiAnomaly &a : m_source->insights().anomaliesBetween(s.column, day, day)) {
            const KpiColumn::Kind kind = t.columns.at(t.column(s.column)).kind;
            const QString by = std::isfinite(a.relative()) ? KpiFormat::value(std::abs(a.relative()), KpiColumn::Kind::Ratio, loc)
                                                           : KpiFormat::value(std::abs(a.value - a.expected), kind, loc);
            notes << (a.value > a.expected ? tr("Unusually high %1: %2 above the usual %3 for this weekday (robust z %4).")
                                           : tr("Unusually low %1: %2 below the usual %3 for this weekday (robust z %4)."))
                         .arg(KpiMetrics::title(s.column), by, KpiFormat::value(a.expected, kind, loc),
                              loc.toString(a.score, 'f', 1));
        }
    }
    for (const KpiCampaign &c : m_source->history().campaignsOn(day))
        notes << tr("Campaign: %1 (%2 – %3)").arg(c.name, KpiFormat::date(c.start, loc), KpiFormat::date(c.end, loc));
    const QString holiday = KpiHolidays::on(day);
    if (!holiday.isEmpty())
        notes << tr("Holiday: %1").arg(KpiHolidays::name(holiday));
    if (t.splitRow >= 0 && row >= t.splitRow - 1) {
        for (const Series &s : std::as_const(m_specs)) {
            if (s.rows != Series::Rows::Future || s.style == Series::Style::Band)
                continue;
            const QString metric = s.column.section(u'_', 0, -2); // "dau_forecast" -> "dau"
            const auto it = m_source->insights().forecasts.constFind(metric);
            if (it == m_source->insights().forecasts.cend())
                continue;
            const KpiAnalytics::Forecast &f = it->forecast;
            notes << (std::isfinite(f.holdoutMape)
                          ? tr("Tested on the last %1 days held out, this forecast was off by %2 on average (%3 a day).")
                                .arg(KpiAnalytics::HoldoutDays)
                                .arg(KpiFormat::value(f.holdoutMape, KpiColumn::Kind::Ratio, loc),
                                     KpiFormat::value(f.holdoutMae, KpiColumn::Kind::Count, loc))
                          : tr("Too little history to test this forecast on held-out days."));
        }
    }
    for (const QString &n : std::as_const(notes))
        html += u"<div>%1</div>"_s.arg(n.toHtmlEscaped());
    return html;
}
