// The KPI pane offscreen over a cache with a known history: every range gives every chart
// the expected series and point counts, every chart agrees with its table, the tiles,
// tooltips, legend toggles, table flips and exports work.

#include "cachefixture.h"
#include "kpichartcard.h"
#include "kpichartview.h"
#include "kpipane.h"
#include "kpitablemodel.h"
#include "kpitestdata.h"
#include "kpitilewidget.h"

#include <QAbstractItemModelTester>
#include <QAbstractButton>
#include <QAreaSeries>
#include <QBarSet>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace KpiTestData;
using Chart = KpiDataSource::Chart;

Q_DECLARE_METATYPE(KpiPeriod::Preset)

namespace {

QList<QXYSeries *> xySeries(KpiChartView *view)
{
    QList<QXYSeries *> out;
    for (QAbstractSeries *s : view->chart()->series())
        if (auto *xy = qobject_cast<QXYSeries *>(s); xy && xy != view->anomalySeries())
            out << xy;
    return out;
}

QXYSeries *byName(KpiChartView *view, const QString &name)
{
    for (QAbstractSeries *s : view->chart()->series())
        if (s->name() == name)
            return qobject_cast<QXYSeries *>(s);
    return nullptr;
}

const QList<Chart> TimeCharts = {Chart::Activity, Chart::Interaction, Chart::Content, Chart::Moderation,
                                 Chart::Violations, Chart::Sentiment};

} // namespace

class TestKpiPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_cache = std::make_unique<CacheFixture>();
        QVERIFY(m_cache->open());
        m_cache->setRole(u"analyst"_s, u"analyst"_s);
        QVERIFY(fill(m_cache->store()));
        m_cache->addModerationItem(u"m1"_s);
        m_pane = std::make_unique<KpiPane>(m_cache->context());
        m_pane->resize(1400, 1000);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->source()->hasData(), 20000);
        for (int c = 0; c < KpiDataSource::ChartCount; ++c)
            m_testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
                m_pane->source()->model(Chart(c)), QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    void cleanupTestCase()
    {
        m_testers.clear();
        m_pane.reset();
        m_cache.reset();
    }

    void ranges_data()
    {
        QTest::addColumn<KpiPeriod::Preset>("preset");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("buckets"); // new-member bars
        QTest::newRow("7 days") << KpiPeriod::Preset::Last7Days << 7 << 7;
        QTest::newRow("30 days") << KpiPeriod::Preset::Last30Days << 30 << 30;
        QTest::newRow("90 days") << KpiPeriod::Preset::Last90Days << 90 << 14;      // weeks from Mon 08-24
        QTest::newRow("this quarter") << KpiPeriod::Preset::ThisQuarter << 54 << 54; // 10-01 .. 11-23
        QTest::newRow("last quarter") << KpiPeriod::Preset::LastQuarter << 92 << 14;  // weeks 06-29 .. 09-28
        QTest::newRow("this year") << KpiPeriod::Preset::ThisYear << 327 << 48;       // weeks 12-29 .. 11-23
    }
    void ranges()
    {
        QFETCH(KpiPeriod::Preset, preset);
        QFETCH(int, days);
        QFETCH(int, buckets);
        auto *combo = m_pane->findChild<QComboBox *>(u"period"_s);
        combo->setCurrentIndex(combo->findData(int(preset))); // as the user picks it
        QCOMPARE(m_pane->source()->period().preset(), preset);
        QCOMPARE(int(m_pane->source()->first().daysTo(m_pane->source()->last()) + 1), days);

        const QList<int> lineCounts = {4, 4, 2, 4, 2, 2};
        for (qsizetype i = 0; i < TimeCharts.size(); ++i) {
            KpiChartView *view = m_pane->chartView(TimeCharts.at(i));
            const QList<QXYSeries *> lines = xySeries(view);
            QCOMPARE(lines.size(), lineCounts.at(i));
            for (QXYSeries *s : lines)
                QCOMPARE(s->count(), days);
        }
        // The DAU spike of 11-11 is marked where the period covers it.
        const bool coversSpike = m_pane->source()->first() <= SpikeDay && SpikeDay <= m_pane->source()->last();
        QCOMPARE(m_pane->chartView(Chart::Activity)->anomalySeries()->count(), coversSpike ? 1 : 0);

        auto *bars = qobject_cast<QStackedBarSeries *>(m_pane->chartView(Chart::NewMembers)->chart()->series().constFirst());
        QCOMPARE(bars->count(), 3); // organic, wechat, campaign
        for (QBarSet *set : bars->barSets())
            QCOMPARE(set->count(), buckets);

        auto *funnel = qobject_cast<QAbstractBarSeries *>(m_pane->chartView(Chart::Funnel)->chart()->series().constFirst());
        QCOMPARE(funnel->count(), 1);
        QCOMPARE(funnel->barSets().constFirst()->count(), 4);

        // Forecast: at least 91 days of history, then 90 ahead starting on the newest day.
        KpiChartView *forecast = m_pane->chartView(Chart::Forecast);
        const int history = std::max(91, days);
        QCOMPARE(byName(forecast, u"Members"_s)->count(), history);
        QCOMPARE(byName(forecast, u"Forecast"_s)->count(), 91);
        auto *band = qobject_cast<QAreaSeries *>(forecast->chart()->series().constFirst());
        QVERIFY(band);
        QCOMPARE(band->upperSeries()->count(), 91);
        QCOMPARE(band->lowerSeries()->count(), 91);

        QVERIFY(m_pane->heatMap()->model()->rowCount() >= 8);
        QCOMPARE(m_pane->tiles().size(), 13);
    }

    void chartsAgreeWithTables_data()
    {
        QTest::addColumn<KpiPeriod::Preset>("preset");
        QTest::newRow("30 days") << KpiPeriod::Preset::Last30Days;
        QTest::newRow("this year") << KpiPeriod::Preset::ThisYear;
    }
    void chartsAgreeWithTables()
    {
        QFETCH(KpiPeriod::Preset, preset);
        m_pane->setPeriod(KpiPeriod(preset));
        for (Chart chart : TimeCharts + QList<Chart>{Chart::Forecast}) {
            KpiChartView *view = m_pane->chartView(chart);
            KpiTableModel *model = view->model();
            const KpiTable &t = model->table();
            for (QXYSeries *s : xySeries(view)) {
                // Which column: the one whose title is the series' name (the forecast's are named).
                int column = -1;
                for (int c = 1; c < t.columnCount(); ++c)
                    if (t.columns.at(c).title == s->name())
                        column = c;
                if (s->name() == u"Forecast"_s)
                    column = t.column(u"members_total_forecast"_s);
                QVERIFY2(column > 0, qPrintable(s->name()));
                const int first = s->name() == u"Forecast"_s ? t.splitRow - 1 : 0;
                for (int i = 0; i < s->count(); ++i) {
                    const QModelIndex key = model->index(first + i, 0);
                    QCOMPARE(s->at(i).x(), KpiTableModel::xForDate(key.data(KpiTableModel::ValueRole).toDate()));
                    QCOMPARE(s->at(i).y(), model->index(first + i, column).data().toDouble());
                }
            }
        }
        KpiChartView *members = m_pane->chartView(Chart::NewMembers);
        auto *bars = qobject_cast<QStackedBarSeries *>(members->chart()->series().constFirst());
        for (int c = 0; c < bars->count(); ++c) {
            QCOMPARE(bars->barSets().at(c)->label(), members->model()->headerData(c + 1, Qt::Horizontal).toString());
            for (int r = 0; r < members->model()->rowCount(); ++r)
                QCOMPARE(bars->barSets().at(c)->at(r), members->model()->index(r, c + 1).data().toDouble());
        }
        KpiChartView *funnel = m_pane->chartView(Chart::Funnel);
        auto *stages = qobject_cast<QAbstractBarSeries *>(funnel->chart()->series().constFirst())->barSets().constFirst();
        for (int r = 0; r < 4; ++r)
            QCOMPARE(stages->at(r), funnel->model()->index(r, 1).data().toDouble());
    }

    void tableFlip()
    {
        m_pane->setPeriod(KpiPeriod(KpiPeriod::Preset::Last7Days));
        KpiChartCard *card = m_pane->card(Chart::Content);
        auto *flip = card->findChild<QAbstractButton *>(u"flip"_s);
        QVERIFY(!card->isShowingTable());
        QTest::mouseClick(flip, Qt::LeftButton);
        QVERIFY(card->isShowingTable());
        QVERIFY(card->tableView()->isVisible());
        QCOMPARE(card->tableView()->model(), static_cast<QAbstractItemModel *>(m_pane->source()->model(Chart::Content)));
        QCOMPARE(card->tableView()->model()->rowCount(), 7);
        QCOMPARE(flip->text(), u"Chart"_s);
        QTest::mouseClick(flip, Qt::LeftButton);
        QVERIFY(!card->isShowingTable());
        QVERIFY(card->chartWidget()->isVisible());
    }

    void tooltipsSayExactValuesAndWhy()
    {
        m_pane->setPeriod(KpiPeriod(KpiPeriod::Preset::Last30Days));
        KpiChartView *view = m_pane->chartView(Chart::Activity);
        const int row = int(m_pane->source()->first().daysTo(SpikeDay));
        const QString tip = view->tooltipForRow(row);
        // DAU 1000 + 387 + 70 + 900 = 2,357 and MAU 4000 + 774 = 4,774 on Wednesday 11-11.
        QVERIFY2(tip.contains(u"2,357"_s), qPrintable(tip));
        QVERIFY(tip.contains(u"4,774"_s));
        QVERIFY(tip.contains(u"Unusually high DAU"_s));
        QVERIFY(tip.contains(u"Autumn Reading Marathon"_s));
        QVERIFY(tip.contains(u"Wednesday"_s));
        // The hover finds that row under the pointer.
        const QPointF at = view->chart()->mapToPosition(
            {KpiTableModel::xForDate(SpikeDay), 2000}, xySeries(view).constFirst());
        QCOMPARE(view->rowAt(view->mapFromScene(view->chart()->mapToScene(at))), row);
        // A campaign period is shaded (the cancelled one is not).
        QCOMPARE(view->campaignBandCount(), 1);

        KpiChartView *forecast = m_pane->chartView(Chart::Forecast);
        const QString ahead = forecast->tooltipForRow(forecast->model()->table().splitRow + 5);
        QVERIFY2(ahead.contains(u"held out"_s), qPrintable(ahead));
        QVERIFY(ahead.contains(u"Forecast"_s));
        QVERIFY(ahead.contains(u"95 % range"_s));

        KpiChartView *bars = m_pane->chartView(Chart::NewMembers);
        const QString week = bars->tooltipForRow(bars->model()->rowCount() - 1); // Monday 11-23
        QVERIFY2(week.contains(u"All channels"_s) && week.contains(u"29"_s), qPrintable(week)); // 10 + 5 + 14
    }

    void legendTogglesSeries()
    {
        m_pane->setPeriod(KpiPeriod(KpiPeriod::Preset::Last30Days));
        KpiChartView *view = m_pane->chartView(Chart::Activity);
        QXYSeries *mau = byName(view, u"MAU"_s);
        QVERIFY(mau->isVisible());
        view->setSeriesShown(u"MAU"_s, false);
        QVERIFY(!mau->isVisible());
        QVERIFY(view->tooltipForRow(0).contains(u" WAU</td>"_s));
        QVERIFY(!view->tooltipForRow(0).contains(u" MAU</td>"_s));
        // The legend entry stays so it can bring the series back.
        bool listed = false;
        for (QLegendMarker *m : view->chart()->legend()->markers())
            listed |= m->label() == u"MAU"_s && m->isVisible();
        QVERIFY(listed);
        view->setSeriesShown(u"MAU"_s, true);
        QVERIFY(mau->isVisible());

        // A bar set: drawn as zeros while hidden; its table keeps the figures.
        KpiChartView *bars = m_pane->chartView(Chart::NewMembers);
        bars->setSeriesShown(u"Organic"_s, false);
        QBarSet *organic = qobject_cast<QStackedBarSeries *>(bars->chart()->series().constFirst())->barSets().constFirst();
        QCOMPARE(organic->sum(), 0.0);
        QVERIFY(bars->model()->index(0, 1).data().toDouble() > 0);
        bars->setSeriesShown(u"Organic"_s, true);
        QVERIFY(organic->sum() > 0);
    }

    void tilesShowChangeAndColour()
    {
        m_pane->setPeriod(KpiPeriod(KpiPeriod::Preset::Last7Days));
        KpiTileWidget *members = m_pane->findChild<KpiTileWidget *>(u"kpiTile_members_total"_s);
        QVERIFY(members);
        QCOMPARE(members->valueText(), u"17,980"_s);
        QCOMPARE(members->changeText(), u"\u25B2\u00A0+0.8% (+140)"_s); // the arrow keeps to its figure
        KpiTileWidget *backlog = m_pane->findChild<KpiTileWidget *>(u"kpiTile_backlog"_s);
        QCOMPARE(backlog->tile().verdict(), -1);
        const QColor red = backlog->findChild<QLabel *>(u"change"_s)->palette().color(QPalette::WindowText);
        const QColor green = members->findChild<QLabel *>(u"change"_s)->palette().color(QPalette::WindowText);
        QVERIFY(red.red() > red.green());
        QVERIFY(green.green() > green.red());
    }

    void customPeriod()
    {
        auto *combo = m_pane->findChild<QComboBox *>(u"period"_s);
        combo->setCurrentIndex(combo->findData(int(KpiPeriod::Preset::Custom)));
        auto *from = m_pane->findChild<QDateEdit *>(u"from"_s);
        auto *to = m_pane->findChild<QDateEdit *>(u"to"_s);
        QVERIFY(from->isVisible() && to->isVisible());
        from->setDate(QDate(2026, 3, 1));
        to->setDate(QDate(2026, 3, 31));
        QCOMPARE(m_pane->source()->first(), QDate(2026, 3, 1));
        QCOMPARE(m_pane->source()->last(), QDate(2026, 3, 31));
        QCOMPARE(xySeries(m_pane->chartView(Chart::Content)).constFirst()->count(), 31);
        QVERIFY(m_pane->findChild<QLabel *>(u"span"_s)->text().contains(u"31 days"_s));
    }

    void forecastMetricSwitch()
    {
        m_pane->setForecastMetric(u"dau"_s);
        KpiChartView *forecast = m_pane->chartView(Chart::Forecast);
        QVERIFY(byName(forecast, u"DAU"_s));
        QVERIFY(!byName(forecast, u"Members"_s));
        m_pane->setForecastMetric(u"members_total"_s);
        QVERIFY(byName(forecast, u"Members"_s));
    }

    void exports()
    {
        QTemporaryDir dir;
        KpiChartCard *card = m_pane->card(Chart::Activity);
        QString error;
        QVERIFY2(card->exportPng(dir.filePath(u"a.png"_s), &error), qPrintable(error));
        QImage png(dir.filePath(u"a.png"_s));
        QCOMPARE(png.size(), card->chartWidget()->size() * 2);
        QVERIFY2(card->exportSvg(dir.filePath(u"a.svg"_s), &error), qPrintable(error));
        QFile svg(dir.filePath(u"a.svg"_s));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray drawing = svg.readAll();
        QVERIFY(drawing.contains("<svg"));
        QVERIFY(drawing.contains("<title>Active members and stickiness</title>"));
        QVERIFY2(card->exportCsv(dir.filePath(u"a.csv"_s), &error), qPrintable(error));
        QFile csv(dir.filePath(u"a.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readLine().startsWith("\xEF\xBB\xBF" "Date,DAU,WAU,MAU,"));
        // A heat map exports as a picture too.
        QVERIFY(m_pane->card(Chart::Retention)->exportPng(dir.filePath(u"r.png"_s), &error));
        // A place that cannot be written is an error in words, not a crash.
        QVERIFY(!card->exportCsv(dir.filePath(u"missing/dir/a.csv"_s), &error));
        QVERIFY(error.contains(u"a.csv"_s));
    }

    void emptyCacheSaysSo()
    {
        CacheFixture empty;
        QVERIFY(empty.open());
        KpiPane pane(empty.context());
        pane.show();
        QTRY_VERIFY(!pane.source()->isLoading());
        QVERIFY(pane.findChild<QLabel *>(u"empty"_s)->isVisible());
    }

private:
    std::unique_ptr<CacheFixture> m_cache;
    std::unique_ptr<KpiPane> m_pane;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

QTEST_MAIN(TestKpiPane)
#include "tst_kpipane.moc"
