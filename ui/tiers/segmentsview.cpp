#include "segmentsview.h"

#include "segmentjob.h"
#include "segments.h"
#include "segmentsummarymodel.h"
#include "store.h"
#include "syncservice.h"
#include "targetlistmodel.h"
#include "localeformat.h"
#include "readconnection.h"

#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SegmentsView::SegmentsView(const PaneContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_runner = new SegmentRunner(m_context.store->filePath(), this);
    m_summary = new SegmentSummaryModel(m_context.store, this);
    m_list = new TargetListModel(m_context.store, this);

    m_computed = new QLabel(this);
    m_computed->setObjectName(u"segmentsComputed"_s);
    m_computed->setWordWrap(true);
    m_recompute = new QPushButton(tr("Recompute"), this);
    m_recompute->setObjectName(u"recomputeSegments"_s);
    m_churnMin = new QDoubleSpinBox(this);
    m_churnMin->setObjectName(u"churnMinimum"_s);
    m_churnMin->setRange(0.5, 1000);
    m_churnMin->setDecimals(1);
    m_churnMin->setValue(2);
    m_churnMin->setToolTip(tr("Churn risk needs at least this many posts + helpful answers a month before the last 30 days"));
    m_churnDrop = new QSpinBox(this);
    m_churnDrop->setObjectName(u"churnDrop"_s);
    m_churnDrop->setRange(10, 100);
    m_churnDrop->setValue(50);
    m_churnDrop->setSuffix(u" %"_s);
    m_churnDrop->setToolTip(tr("… and a fall of at least this much in the last 30 days"));
    auto *head = new QHBoxLayout;
    head->addWidget(m_computed, 1);
    head->addWidget(new QLabel(tr("Churn risk: earlier average ≥"), this));
    head->addWidget(m_churnMin);
    head->addWidget(new QLabel(tr("a month, fall ≥"), this));
    head->addWidget(m_churnDrop);
    head->addWidget(m_recompute);

    m_summaryView = new QTableView(this);
    m_summaryView->setObjectName(u"segmentSummary"_s);
    m_summaryView->setModel(m_summary);
    m_summaryView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summaryView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_summaryView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summaryView->verticalHeader()->hide();
    m_summaryView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summaryView->horizontalHeader()->setStretchLastSection(true);
    auto *summaryBox = new QGroupBox(tr("Segments (RFM)"), this);
    auto *summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->addLayout(head);
    summaryLayout->addWidget(m_summaryView);

    m_listKind = new QComboBox(this);
    m_listKind->setObjectName(u"targetListKind"_s);
    for (const QString &id : Segments::ids())
        m_listKind->addItem(tr("Segment: %1").arg(Segments::name(id)), id);
    m_listKind->addItem(tr("Churn risk (activity falling)"), u"@churn"_s);
    m_listKind->addItem(tr("Silent members"), u"@silent"_s);
    m_silentDays = new QSpinBox(this);
    m_silentDays->setObjectName(u"silentDays"_s);
    m_silentDays->setRange(1, 3650);
    m_silentDays->setValue(30);
    m_silentDays->setPrefix(tr("no activity for "));
    // "1 day", "30 days": the suffix follows the value.
    const auto daysSuffix = [this](int days) { m_silentDays->setSuffix(tr(" days", "after a number", days)); };
    daysSuffix(m_silentDays->value());
    connect(m_silentDays, &QSpinBox::valueChanged, this, daysSuffix);
    m_listCount = new QLabel(this);
    m_listCount->setObjectName(u"targetListCount"_s);
    m_listCount->setObjectName(u"targetListCount"_s);
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setObjectName(u"exportTargetList"_s);
    auto *listHead = new QHBoxLayout;
    listHead->addWidget(m_listKind);
    listHead->addWidget(m_silentDays);
    listHead->addWidget(m_listCount, 1);
    listHead->addWidget(m_export);
    m_listNote = new QLabel(this);
    m_listNote->setWordWrap(true);
    m_listView = new QTableView(this);
    m_listView->setObjectName(u"targetList"_s);
    m_listView->setModel(m_list);
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_listView->setWordWrap(false);
    m_listView->verticalHeader()->hide();
    m_listView->horizontalHeader()->setDefaultSectionSize(90);
    m_listView->horizontalHeader()->resizeSection(TargetListModel::HandleColumn, 130);
    m_listView->horizontalHeader()->resizeSection(TargetListModel::NameColumn, 110);
    m_listView->horizontalHeader()->setStretchLastSection(true);
    auto *listBox = new QGroupBox(tr("Target list"), this);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->addLayout(listHead);
    listLayout->addWidget(m_listNote);
    listLayout->addWidget(m_listView);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(summaryBox);
    splitter->addWidget(listBox);
    splitter->setStretchFactor(1, 2);
    (new QVBoxLayout(this))->addWidget(splitter);

    connect(m_recompute, &QPushButton::clicked, this, &SegmentsView::recompute);
    connect(m_runner, &SegmentRunner::started, this, [this] {
        m_recompute->setEnabled(false);
        m_computed->setText(tr("Scoring every member…"));
    });
    connect(m_runner, &SegmentRunner::finished, this, [this](const SegmentStats &) {
        m_recompute->setEnabled(true);
        m_summary->reload();
        updateComputedLabel();
        showList();
        Q_EMIT segmentsComputed();
    });
    connect(m_runner, &SegmentRunner::failed, this, [this](const QString &message) {
        m_recompute->setEnabled(true);
        m_computed->setText(tr("The segments could not be computed: %1").arg(message));
    });
    connect(m_summaryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        const int at = m_listKind->findData(i.data(SegmentSummaryModel::SegmentIdRole));
        if (at >= 0)
            m_listKind->setCurrentIndex(at);
    });
    connect(m_listKind, &QComboBox::currentIndexChanged, this, &SegmentsView::showList);
    connect(m_silentDays, &QSpinBox::valueChanged, this, &SegmentsView::showList);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(u"steward-%1-%2.csv"_s.arg(m_listKind->currentData().toString().remove(u'@'),
                                                                           QDate::currentDate().toString(Qt::ISODate)));
        const QString path = QFileDialog::getSaveFileName(this, tr("Export target list"), suggested, tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(this, &SegmentsView::exported, this, [this](qint64 rows, const QString &error) {
        m_export->setEnabled(true);
        m_listNote->setText(rows >= 0 ? tr("Exported %Ln members.", nullptr, int(qMin<qint64>(rows, INT_MAX)))
                                      : tr("The export failed: %1").arg(error));
    });
    if (m_context.sync) {
        connect(m_context.sync, &SyncService::syncFinished, this, [this](bool ok) {
            if (ok)
                recompute();
        });
    }
    updateComputedLabel();
    if (!Segments::computedAt(m_context.store->database()).isValid() && m_context.store->hasAny(u"member"_s))
        recompute();
    showList();
}

SegmentsView::~SegmentsView() = default;

QVariantMap SegmentsView::saveState() const
{
    return {{u"churnMin"_s, m_churnMin->value()}, {u"churnDrop"_s, m_churnDrop->value()},
            {u"list"_s, m_listKind->currentData()}, {u"silentDays"_s, m_silentDays->value()}};
}

void SegmentsView::restoreState(const QVariantMap &state)
{
    if (state.isEmpty())
        return;
    m_churnMin->setValue(state.value(u"churnMin"_s, m_churnMin->value()).toDouble());
    m_churnDrop->setValue(state.value(u"churnDrop"_s, m_churnDrop->value()).toInt());
    m_silentDays->setValue(state.value(u"silentDays"_s, m_silentDays->value()).toInt());
    if (const int at = m_listKind->findData(state.value(u"list"_s)); at >= 0)
        m_listKind->setCurrentIndex(at);
}

void SegmentsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_showListWhenShown, false))
        showList();
    if (std::exchange(m_recomputeWhenShown, false))
        recompute();
}

void SegmentsView::recompute()
{
    // The RFM pass reads every member: while the tab is hidden it waits to be shown.
    if (!isVisible()) {
        m_recomputeWhenShown = true;
        return;
    }
    SegmentParams p;
    p.now = QDateTime::currentSecsSinceEpoch();
    p.churnMinBefore = m_churnMin->value();
    p.churnDrop = m_churnDrop->value() / 100.0;
    m_runner->start(p);
}

void SegmentsView::updateComputedLabel()
{
    const QDateTime at = Segments::computedAt(m_context.store->database());
    if (!at.isValid()) {
        m_computed->setText(tr("Segments have not been computed yet."));
        return;
    }
    m_computed->setText(tr("Scored %1 from the local cache. Recency: days since the last activity or purchase; "
                           "frequency: active days + posts + comments in 30 days; monetary: all-time spend; "
                           "each in quintiles 1–5.")
                            .arg(LocaleFormat::dateTime(at.toLocalTime())));
}

void SegmentsView::showList()
{
    // Counting a target list reads up to every member (a second at a million): while the
    // tab is hidden, as when the Members pane opens, it waits to be shown.
    if (!isVisible()) {
        m_showListWhenShown = true;
        return;
    }
    const QString kind = m_listKind->currentData().toString();
    TargetList list;
    if (kind == u"@churn") {
        list.kind = TargetList::Kind::ChurnRisk;
        m_listNote->setText(tr("Members whose posts + helpful answers in the last 30 days fell against their average "
                               "month before (from the cache's 30-day and all-time counters and the tenure)."));
    } else if (kind == u"@silent") {
        list.kind = TargetList::Kind::Silent;
        list.silentDays = m_silentDays->value();
        m_listNote->setText(tr("Members (not banned) whose last activity is more than %n day(s) ago, most recent first.",
                               nullptr, list.silentDays));
    } else {
        list.kind = TargetList::Kind::Segment;
        list.segment = kind;
        m_listNote->setText(tr("%1: %2. Hover a row for the member's scores and the rule.")
                                .arg(Segments::name(kind), Segments::rule(kind)));
    }
    m_silentDays->setVisible(list.kind == TargetList::Kind::Silent);
    m_list->setList(list);
    m_listView->resizeColumnsToContents();
    m_listView->horizontalHeader()->resizeSection(TargetListModel::WhyColumn, 600);
    countList();
}

void SegmentsView::countList()
{
    // Off the GUI thread on a connection of its own: a segment's count reads up to every
    // member. A count that a newer list overtook is dropped.
    const quint64 ticket = ++m_countTicket;
    const QString path = m_context.store->filePath();
    if (!ReadConnection::canOpen(path)) { // an in-memory cache is small
        showCount(m_list->count());
        return;
    }
    m_listCount->setText(tr("Counting…"));
    const TargetList list = m_list->list();
    const QDateTime now = m_list->now();
    QPointer<SegmentsView> self(this);
    QThreadPool::globalInstance()->start([self, path, list, now, ticket] {
        qint64 n = -1;
        {
            const ReadConnection connection(path);
            if (connection.isOpen())
                n = TargetListModel::count(connection.database(), list, now);
        }
        QMetaObject::invokeMethod(qApp, [self, n, ticket] {
            if (self && self->m_countTicket == ticket)
                self->showCount(n);
        });
    });
}

void SegmentsView::showCount(qint64 members)
{
    m_listCount->setText(members < 0 ? tr("The list could not be counted.")
                                     : tr("%Ln members", nullptr, int(qMin<qint64>(members, INT_MAX))));
}

void SegmentsView::exportTo(const QString &path)
{
    m_export->setEnabled(false);
    m_listNote->setText(tr("Exporting…"));
    const QString cache = m_context.store->filePath();
    const TargetList list = m_list->list();
    QPointer<SegmentsView> self(this);
    QThreadPool::globalInstance()->start([=] {
        QString error;
        const qint64 rows = TargetListSql::exportCsv(cache, list, path, &error);
        QMetaObject::invokeMethod(qApp, [self, rows, error] {
            if (self)
                Q_EMIT self->exported(rows, error);
        });
    });
}
