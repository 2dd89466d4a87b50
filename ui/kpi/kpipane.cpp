#include "kpipane.h"

#include "kpiaxes.h"
#include "kpichartcard.h"
#include "kpichartview.h"
#include "kpidelegates.h"
#include "kpiformat.h"
#include "kpitablemodel.h"
#include "kpitilewidget.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Chart = KpiDataSource::Chart;
using Spec = KpiChartView::Series;

namespace {

Spec line(const QString &column, int colour, bool right = false, Spec::Style style = Spec::Style::Line)
{
    Spec s;
    s.column = column;
    s.color = KpiAxes::palette(colour);
    s.rightAxis = right;
    s.style = style;
    return s;
}

QList<Spec> forecastSeries(const QString &metric)
{
    Spec band;
    band.style = Spec::Style::Band;
    band.column = metric + u"_low"_s;
    band.highColumn = metric + u"_high"_s;
    band.rows = Spec::Rows::Future;
    band.color = KpiAxes::palette(0);
    band.name = KpiPane::tr("95 % range");
    Spec actual = line(metric, 0);
    actual.rows = Spec::Rows::History;
    Spec ahead = line(metric + u"_forecast"_s, 0, false, Spec::Style::Dashed);
    ahead.rows = Spec::Rows::Future;
    ahead.name = KpiPane::tr("Forecast");
    return {band, actual, ahead};
}

} // namespace

KpiPane::KpiPane(const PaneContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_source(new KpiDataSource(context.store, this))
{
    setObjectName(u"kpiPane"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(createToolbar());

    m_pages = new QStackedWidget;
    m_empty = new QLabel(tr("No metrics in the cache yet.\nSync with the platform to download the community's daily figures."));
    m_empty->setObjectName(u"empty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(createCharts());
    layout->addWidget(m_pages, 1);

    connect(m_source, &KpiDataSource::periodChanged, this, &KpiPane::refresh);
    connect(m_source, &KpiDataSource::loadingChanged, this, &KpiPane::showState);
    connect(m_source, &KpiDataSource::failed, this, &KpiPane::showState);
    refresh();
    m_source->reload();
}

QWidget *KpiPane::createToolbar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Period:"));
    m_period = new QComboBox;
    m_period->setObjectName(u"period"_s);
    for (KpiPeriod::Preset p : KpiPeriod::presets())
        m_period->addItem(KpiPeriod::presetName(p), int(p));
    m_period->setCurrentIndex(m_period->findData(int(KpiPeriod::Preset::Last30Days)));
    label->setBuddy(m_period);
    m_from = new QDateEdit;
    m_from->setObjectName(u"from"_s);
    m_to = new QDateEdit;
    m_to->setObjectName(u"to"_s);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setVisible(false);
        connect(e, &QDateEdit::dateChanged, this, &KpiPane::periodChosen);
    }
    connect(m_period, &QComboBox::currentIndexChanged, this, &KpiPane::periodChosen);
    m_span = new QLabel;
    m_span->setObjectName(u"span"_s);
    m_status = new QLabel;
    m_status->setObjectName(u"status"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(label);
    row->addWidget(m_period);
    row->addWidget(m_from);
    row->addWidget(m_to);
    row->addSpacing(12);
    row->addWidget(m_span);
    row->addStretch(1);
    row->addWidget(m_status);
    return bar;
}

QWidget *KpiPane::createCharts()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 4, 8);
    layout->setSpacing(8);

    auto *tileGrid = new QGridLayout;
    tileGrid->setSpacing(6);
    const int columns = 7;
    for (qsizetype i = 0; i < KpiTiles::keys().size(); ++i) {
        auto *tile = new KpiTileWidget;
        m_tiles.append(tile);
        tileGrid->addWidget(tile, int(i / columns), int(i % columns));
    }
    layout->addLayout(tileGrid);

    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    const auto addCard = [&](Chart chart, const QString &title, const QString &explanation, QWidget *view) {
        auto *card = new KpiChartCard(KpiDataSource::chartId(chart), title, explanation, view, m_source->model(chart));
        card->setMinimumHeight(330);
        const int index = int(m_cards.size());
        grid->addWidget(card, index / 2, index % 2);
        m_cards.insert(chart, card);
        return card;
    };
    const auto timeChart = [&](Chart chart, const QList<Spec> &series) {
        auto *view = new KpiChartView(m_source, chart, KpiChartView::Kind::Time);
        view->setSeries(series);
        return view;
    };

    addCard(Chart::Activity, tr("Active members and stickiness"),
            tr("Members active on the day (DAU), in the last 7 days (WAU) and the last 30 days (MAU); "
               "stickiness is DAU / MAU, on the right axis."),
            timeChart(Chart::Activity, {line(u"dau"_s, 0), line(u"wau"_s, 1), line(u"mau"_s, 2),
                                        line(u"stickiness"_s, 3, true, Spec::Style::Dashed)}));
    auto *forecastView = timeChart(Chart::Forecast, forecastSeries(u"members_total"_s));
    KpiChartCard *forecastCard =
        addCard(Chart::Forecast, tr("Forecast, next %n days", nullptr, KpiInsights::ForecastDays),
                tr("Trend plus weekly pattern (Holt-Winters) fitted to the whole cached history. The shaded band "
                   "holds 95 % of likely outcomes; the tooltip says how far off the same method was on the last "
                   "quarter held out."),
                forecastView);
    m_forecastMetric = new QComboBox;
    m_forecastMetric->setObjectName(u"forecastMetric"_s);
    for (const QString &m : KpiInsights::forecastMetrics())
        m_forecastMetric->addItem(KpiMetrics::title(m), m);
    connect(m_forecastMetric, &QComboBox::currentIndexChanged, this,
            [this] { setForecastMetric(m_forecastMetric->currentData().toString()); });
    forecastCard->addHeaderWidget(m_forecastMetric);

    addCard(Chart::NewMembers, tr("New members by signup channel"),
            tr("Sign-ups a day (a week or a month for longer periods), stacked by the channel they came from."),
            new KpiChartView(m_source, Chart::NewMembers, KpiChartView::Kind::StackedBars));

    m_heatMap = new QTableView;
    m_heatMap->setObjectName(u"kpiChart_retention"_s);
    m_heatMap->setModel(m_source->model(Chart::Retention));
    m_heatMap->setItemDelegate(new KpiHeatMapDelegate(m_heatMap));
    m_heatMap->verticalHeader()->hide();
    m_heatMap->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_heatMap->setShowGrid(false);
    m_heatMap->setSelectionMode(QAbstractItemView::SingleSelection);
    addCard(Chart::Retention, tr("Retention by weekly cohort"),
            tr("Each row is the week members signed up; the cells are the share of them active again "
               "1, 7 and 30 days after joining."),
            m_heatMap);

    addCard(Chart::Funnel, tr("Conversion funnel"),
            tr("Visitors in the period, those who signed up, and how many of the sign-ups were active again "
               "7 and 30 days after joining (by the retention of the period's cohorts, or of the latest cohorts "
               "that far along). Paying conversions are in the tiles: the platform does not tell them apart by "
               "when the member joined."),
            new KpiChartView(m_source, Chart::Funnel, KpiChartView::Kind::Funnel));
    addCard(Chart::Interaction, tr("Interaction rate"),
            tr("Comments, likes and shares a day per active member (DAU)."),
            timeChart(Chart::Interaction, {line(u"comments_per_active"_s, 0), line(u"likes_per_active"_s, 1),
                                           line(u"shares_per_active"_s, 2), line(u"interaction_rate"_s, 3)}));
    addCard(Chart::Content, tr("Content output"), tr("Posts and comments written a day."),
            timeChart(Chart::Content, {line(u"posts"_s, 0), line(u"comments"_s, 1)}));
    addCard(Chart::Moderation, tr("Moderation throughput and backlog"),
            tr("Decisions a day, items waiting at the end of the day and reports received; the median time "
               "from posting to decision is on the right axis."),
            timeChart(Chart::Moderation, {line(u"decisions"_s, 0), line(u"backlog"_s, 1), line(u"reports"_s, 2),
                                          line(u"median_decision_minutes"_s, 3, true, Spec::Style::Dashed)}));
    addCard(Chart::Violations, tr("Violation rate"),
            tr("Share of moderation decisions that found a violation, a day and over the trailing week."),
            timeChart(Chart::Violations, {line(u"violation_rate"_s, 1), line(u"violation_rate_7d"_s, 0)}));
    addCard(Chart::Sentiment, tr("Sentiment"),
            tr("Average sentiment of the day's posts and comments, from −1 (negative) to 1 (positive), and its "
               "trailing 7-day average."),
            timeChart(Chart::Sentiment, {line(u"sentiment"_s, 4), line(u"sentiment_7d"_s, 0)}));
    layout->addLayout(grid);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"kpiScroll"_s);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

KpiChartView *KpiPane::chartView(Chart chart) const
{
    KpiChartCard *c = card(chart);
    return c ? qobject_cast<KpiChartView *>(c->chartWidget()) : nullptr;
}

void KpiPane::setForecastMetric(const QString &metric)
{
    const int index = m_forecastMetric->findData(metric);
    if (index >= 0 && index != m_forecastMetric->currentIndex()) {
        m_forecastMetric->setCurrentIndex(index); // comes back here through the signal
        return;
    }
    if (KpiChartView *view = chartView(Chart::Forecast))
        view->setSeries(forecastSeries(metric));
}

QVariantMap KpiPane::saveState() const
{
    return {{u"preset"_s, m_period->currentData()}, {u"from"_s, m_from->date()}, {u"to"_s, m_to->date()},
            {u"forecast"_s, m_forecastMetric->currentData()}};
}

void KpiPane::restoreState(const QVariantMap &state)
{
    const int preset = m_period->findData(state.value(u"preset"_s));
    if (preset >= 0) {
        {
            const QSignalBlocker a(m_period), b(m_from), c(m_to);
            m_period->setCurrentIndex(preset);
            if (const QDate from = state.value(u"from"_s).toDate(); from.isValid())
                m_from->setDate(from);
            if (const QDate to = state.value(u"to"_s).toDate(); to.isValid())
                m_to->setDate(to);
        }
        periodChosen(); // not from the combo box: keeps the custom days just set
    }
    const QString metric = state.value(u"forecast"_s).toString();
    if (!metric.isEmpty() && metric != m_forecastMetric->currentData().toString())
        setForecastMetric(metric);
}

void KpiPane::setPeriod(const KpiPeriod &period)
{
    const QSignalBlocker block(m_period);
    m_period->setCurrentIndex(m_period->findData(int(period.preset())));
    if (period.preset() == KpiPeriod::Preset::Custom) {
        const QDate newest = m_source->history().newest();
        const QSignalBlocker a(m_from), b(m_to);
        m_from->setDate(period.first(newest));
        m_to->setDate(period.last(newest));
    }
    m_source->setPeriod(period);
}

void KpiPane::periodChosen()
{
    const auto preset = KpiPeriod::Preset(m_period->currentData().toInt());
    const bool custom = preset == KpiPeriod::Preset::Custom;
    if (custom && !m_from->isVisible() && sender() == m_period) {
        // Start the custom period from what is showing.
        const QSignalBlocker a(m_from), b(m_to);
        m_from->setDate(m_source->first());
        m_to->setDate(m_source->last());
    }
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    m_source->setPeriod(custom ? KpiPeriod::custom(m_from->date(), m_to->date()) : KpiPeriod(preset));
}

void KpiPane::refresh()
{
    const KpiHistory &h = m_source->history();
    if (h.isEmpty()) {
        showState();
        return;
    }
    const QLocale loc = locale();
    const QDate first = m_source->first(), last = m_source->last();
    for (QDateEdit *e : {m_from, m_to}) {
        const QSignalBlocker block(e);
        e->setDateRange(h.oldest(), h.newest());
    }
    m_span->setText(tr("%1 – %2 (%n days) · figures up to %3", nullptr, int(first.daysTo(last) + 1))
                        .arg(KpiFormat::date(first, loc), KpiFormat::date(last, loc), KpiFormat::date(h.newest(), loc)));
    const QDate previousFirst = KpiPeriod::previousFirst(first, last), previousLast = KpiPeriod::previousLast(first);
    const QList<KpiTile> &tiles = m_source->tiles();
    for (qsizetype i = 0; i < tiles.size() && i < m_tiles.size(); ++i)
        m_tiles.at(i)->setTile(tiles.at(i), previousFirst, previousLast);
    const QString base = u"%1-%2"_s.arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
    for (KpiChartCard *c : std::as_const(m_cards))
        c->setExportBaseName(u"kpi-%1-%2"_s.arg(c->id(), base));
    showState();
}

void KpiPane::showState()
{
    const bool has = m_source->hasData();
    m_pages->setCurrentIndex(has ? 1 : 0);
    if (m_source->isLoading())
        m_status->setText(tr("Reading the cached metrics…"));
    else if (!m_source->errorString().isEmpty())
        m_status->setText(m_source->errorString());
    else
        m_status->clear();
    if (has && m_source->history().queueNow > 0)
        m_status->setText(m_status->text().isEmpty()
                              ? tr("%Ln item(s) waiting in the moderation queue now", nullptr,
                                   int(m_source->history().queueNow))
                              : m_status->text());
}
