#include "campaignsview.h"

#include "accountservice.h"
#include "budgetdialog.h"
#include "campaigncalendar.h"
#include "campaigncard.h"
#include "campaignmodel.h"
#include "campaignmutations.h"
#include "campaignpalette.h"
#include "campaigntext.h"
#include "campaigntimeline.h"
#include "quarter.h"
#include "quartersummaryview.h"
#include "store.h"
#include "storenotifier.h"
#include "syncservice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum WarningRole { WarningIdsRole = Qt::UserRole + 1, WarningQuarterRole };
}

CampaignsView::CampaignsView(const PaneContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"campaignsView"_s);
    m_model = new CampaignModel(m_context.store, this);

    m_new = new QPushButton(tr("New campaign…"), this);
    m_new->setObjectName(u"newCampaign"_s);
    m_new->setShortcut(QKeySequence::New);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(u"editCampaign"_s);
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(u"deleteCampaign"_s);
    m_readOnly = new QLabel(tr("Your role can read campaigns but not change them."), this);
    m_readOnly->setObjectName(u"campaignReadOnly"_s);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"campaignSearch"_s);
    m_search->setPlaceholderText(tr("Filter by name, type, owner or audience"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_new);
    bar->addWidget(m_edit);
    bar->addWidget(m_delete);
    bar->addWidget(m_readOnly);
    bar->addStretch(1);
    bar->addWidget(m_search, 1);

    m_warningsTitle = new QLabel(this);
    m_warningsTitle->setObjectName(u"campaignWarningsTitle"_s);
    QFont bold = m_warningsTitle->font();
    bold.setBold(true);
    m_warningsTitle->setFont(bold);
    QPalette warnPalette = m_warningsTitle->palette();
    warnPalette.setColor(QPalette::WindowText, CampaignPalette::warning().darker(115));
    m_warningsTitle->setPalette(warnPalette);
    m_warnings = new QListWidget(this);
    m_warnings->setObjectName(u"campaignWarnings"_s);
    m_warnings->setWordWrap(false);

    m_message = new QLabel(this);
    m_message->setObjectName(u"campaignMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_undo = new QPushButton(tr("Undo"), this);
    m_undo->setObjectName(u"campaignUndo"_s);
    m_undo->hide();
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_undo);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"campaignTabs"_s);
    m_tabs->addTab(createListTab(), tr("&List"));
    m_tabs->addTab(createCalendarTab(), tr("&Calendar"));
    m_tabs->addTab(createTimelineTab(), tr("T&imeline"));
    m_quarters = new QuarterSummaryView(m_model, this);
    m_tabs->addTab(m_quarters, tr("&Quarters"));

    m_card = new CampaignCard(m_model, this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_card);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({860, 380});
    m_card->setMinimumWidth(260);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addLayout(bar);
    layout->addWidget(m_warningsTitle);
    layout->addWidget(m_warnings);
    layout->addLayout(messageRow);
    layout->addWidget(splitter, 1);

    connect(m_new, &QPushButton::clicked, this, [this] { newCampaign(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editCampaign(m_currentId); });
    connect(m_delete, &QPushButton::clicked, this, &CampaignsView::confirmDelete);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        QString error;
        if (!m_undoId.isEmpty() && !m_context.store->undo(m_undoId, &error))
            showMessage(error.isEmpty() ? tr("That change was sent already; it can no longer be undone here.") : error, true);
        else
            showMessage(tr("Undone."), false);
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_warnings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString quarter = item->data(WarningQuarterRole).toString();
        if (!quarter.isEmpty()) {
            m_quarters->selectQuarter(quarter);
            showTab(QuartersTab);
            return;
        }
        const QStringList ids = item->data(WarningIdsRole).toStringList();
        if (!ids.isEmpty())
            setCurrentId(ids.first());
    });
    connect(m_warnings, &QListWidget::itemClicked, m_warnings, &QListWidget::itemActivated);

    connect(m_calendar, &CampaignCalendar::currentChanged, this, &CampaignsView::setCurrentId);
    connect(m_timeline, &CampaignTimeline::currentChanged, this, &CampaignsView::setCurrentId);
    connect(m_calendar, &CampaignCalendar::rescheduleRequested, this, &CampaignsView::reschedule);
    connect(m_timeline, &CampaignTimeline::rescheduleRequested, this, &CampaignsView::reschedule);
    connect(m_calendar, &CampaignCalendar::editRequested, this, [this](const QString &id) {
        if (m_editable)
            editCampaign(id);
    });
    connect(m_timeline, &CampaignTimeline::editRequested, this, [this](const QString &id) {
        if (m_editable)
            editCampaign(id);
    });
    connect(m_calendar, &CampaignCalendar::createRequested, this, [this](const QDate &day) { newCampaign(day); });
    connect(m_card, &CampaignCard::editRequested, this, [this](const QString &id) { editCampaign(id); });
    connect(m_card, &CampaignCard::resultsRequested, this,
            [this](const QString &id) { editCampaign(id, CampaignDialog::ResultsPage); });
    connect(m_quarters, &QuarterSummaryView::budgetEditRequested, this, &CampaignsView::editBudget);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateWarnings();
        if (!m_currentId.isEmpty() && m_model->rowOf(m_currentId) < 0)
            setCurrentId({});
        else
            setCurrentId(m_currentId); // re-select in the rebuilt list
    });
    if (StoreNotifier *n = m_context.store->notifier())
        connect(n, &StoreNotifier::profileChanged, this, &CampaignsView::updateRole);
    connect(m_context.account, &AccountService::loggedIn, this, &CampaignsView::updateRole);

    // The view the manager last used (list, calendar, timeline, quarters).
    m_tabs->setCurrentIndex(std::clamp(QSettings().value(u"campaigns/view"_s, int(ListTab)).toInt(), 0, m_tabs->count() - 1));
    connect(m_tabs, &QTabWidget::currentChanged, this, [](int index) { QSettings().setValue(u"campaigns/view"_s, index); });

    updateRole();
    updateWarnings();
    // Start where the manager left off, else on what is running now or comes next.
    QString initial = QSettings().value(u"campaigns/current"_s).toString();
    if (m_model->rowOf(initial) >= 0) {
        setCurrentId(initial);
        return;
    }
    initial.clear();
    for (const Campaign &c : m_model->campaigns()) {
        if (c.endDate >= m_model->today() && c.status != u"cancelled") {
            initial = c.id;
            break;
        }
    }
    setCurrentId(initial);
}

QWidget *CampaignsView::createListTab()
{
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CampaignModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table = new QTableView(this);
    m_table->setObjectName(u"campaignTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CampaignModel::StartColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *h = m_table->horizontalHeader();
    h->setDefaultSectionSize(96);
    h->resizeSection(CampaignModel::NameColumn, 230);
    h->resizeSection(CampaignModel::TargetColumn, 150);
    h->resizeSection(CampaignModel::AbTestColumn, 320);
    h->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            setCurrentId(current.data(CampaignModel::IdRole).toString());
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_editable)
            editCampaign(index.data(CampaignModel::IdRole).toString());
    });
    return m_table;
}

QWidget *CampaignsView::createCalendarTab()
{
    auto *page = new QWidget(this);
    m_calendar = new CampaignCalendar(m_model, page);
    auto *previous = new QToolButton(page);
    previous->setObjectName(u"calendarPrevious"_s);
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous month (Page Up)"));
    auto *next = new QToolButton(page);
    next->setObjectName(u"calendarNext"_s);
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next month (Page Down)"));
    auto *today = new QPushButton(tr("Today"), page);
    today->setObjectName(u"calendarToday"_s);
    m_monthLabel = new QLabel(page);
    m_monthLabel->setObjectName(u"calendarMonth"_s);
    QFont big = m_monthLabel->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_monthLabel->setFont(big);
    auto *header = new QHBoxLayout;
    header->addWidget(previous);
    header->addWidget(next);
    header->addWidget(today);
    header->addSpacing(8);
    header->addWidget(m_monthLabel, 1);
    auto *hint = new QLabel(tr("Drag a campaign to move it; drag its first or last day to change its length."), page);
    hint->setWordWrap(true);
    header->addWidget(hint, 2);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_calendar, 1);
    layout->addWidget(createLegend());
    connect(previous, &QToolButton::clicked, m_calendar, &CampaignCalendar::showPreviousMonth);
    connect(next, &QToolButton::clicked, m_calendar, &CampaignCalendar::showNextMonth);
    connect(today, &QPushButton::clicked, this, [this] { m_calendar->setMonth(m_model->today()); });
    connect(m_calendar, &CampaignCalendar::monthChanged, this, &CampaignsView::updateMonthLabel);
    updateMonthLabel();
    return page;
}

QWidget *CampaignsView::createTimelineTab()
{
    auto *page = new QWidget(this);
    m_timeline = new CampaignTimeline(m_model, page);
    auto *zoomOut = new QToolButton(page);
    zoomOut->setObjectName(u"timelineZoomOut"_s);
    zoomOut->setText(u"\u2212"_s);
    zoomOut->setToolTip(tr("Show more weeks (−)"));
    auto *zoomIn = new QToolButton(page);
    zoomIn->setObjectName(u"timelineZoomIn"_s);
    zoomIn->setText(u"+"_s);
    zoomIn->setToolTip(tr("Show fewer weeks, larger (+)"));
    auto *today = new QPushButton(tr("Today"), page);
    today->setObjectName(u"timelineToday"_s);
    auto *header = new QHBoxLayout;
    header->addWidget(zoomOut);
    header->addWidget(zoomIn);
    header->addWidget(today);
    header->addStretch(1);
    auto *hint = new QLabel(tr("Drag a bar to move a campaign; drag its ends to change its length."), page);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    header->addWidget(hint, 1);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_timeline, 1);
    layout->addWidget(createLegend());
    connect(zoomOut, &QToolButton::clicked, this, [this] { m_timeline->setDayWidth(m_timeline->dayWidth() - 2); });
    connect(zoomIn, &QToolButton::clicked, this, [this] { m_timeline->setDayWidth(m_timeline->dayWidth() + 2); });
    connect(today, &QPushButton::clicked, this, [this] { m_timeline->scrollToDate(m_model->today()); });
    return page;
}

QWidget *CampaignsView::createLegend()
{
    // Colours by type; a finished campaign is paler, a draft pale and italic, a cancelled
    // one grey and struck through.
    QStringList parts;
    for (const QString &type : CampaignIds::types())
        parts << u"<span style='color:%1'>\u25A0</span>&nbsp;%2"_s.arg(CampaignPalette::typeColor(type).name(),
                                                                    CampaignText::type(type).toHtmlEscaped());
    parts << u"<i>%1</i>"_s.arg(tr("italic: draft").toHtmlEscaped())
          << u"<s>%1</s>"_s.arg(tr("struck through: cancelled").toHtmlEscaped());
    auto *legend = new QLabel(parts.join(u" &nbsp; "_s), this);
    legend->setObjectName(u"campaignLegend"_s);
    legend->setTextFormat(Qt::RichText);
    legend->setWordWrap(true);
    return legend;
}

void CampaignsView::updateMonthLabel()
{
    m_monthLabel->setText(CampaignText::monthYear(m_calendar->month()));
}

void CampaignsView::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

QVariantMap CampaignsView::saveState() const
{
    return {{u"search"_s, m_search->text()}, {u"month"_s, m_calendar->month()}, {u"current"_s, m_currentId}};
}

void CampaignsView::restoreState(const QVariantMap &state)
{
    if (state.isEmpty())
        return;
    m_search->setText(state.value(u"search"_s).toString());
    if (const QDate month = state.value(u"month"_s).toDate(); month.isValid())
        m_calendar->setMonth(month);
    if (const QString id = state.value(u"current"_s).toString(); !id.isEmpty() && m_model->rowOf(id) >= 0)
        setCurrentId(id);
}

QString CampaignsView::message() const
{
    return m_message->text();
}

void CampaignsView::setCurrentId(const QString &id)
{
    if (id != m_currentId && !id.isEmpty())
        QSettings().setValue(u"campaigns/current"_s, id);
    m_currentId = id;
    m_calendar->setCurrentId(id);
    m_timeline->setCurrentId(id);
    m_card->showCampaign(id);
    const int row = m_model->rowOf(id);
    const QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (index.isValid() && m_table->currentIndex().row() != index.row()) {
        QSignalBlocker block(m_table->selectionModel());
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    } else if (!index.isValid()) {
        m_table->clearSelection();
    }
    const bool has = row >= 0;
    m_edit->setEnabled(has && m_editable);
    m_delete->setEnabled(has && m_editable);
}

void CampaignsView::updateRole()
{
    m_editable = m_context.account->canDo(u"campaign"_s, u"update"_s);
    m_new->setVisible(m_editable);
    m_edit->setVisible(m_editable);
    m_delete->setVisible(m_editable);
    m_readOnly->setVisible(!m_editable);
    m_calendar->setEditable(m_editable);
    m_timeline->setEditable(m_editable);
    m_card->setEditable(m_editable);
    m_quarters->setEditable(m_context.account->canDo(u"budget"_s, u"update"_s));
    setCurrentId(m_currentId);
}

void CampaignsView::updateWarnings()
{
    m_warnings->clear();
    for (const CampaignWarning &w : m_model->warnings()) {
        auto *item = new QListWidgetItem(u"\u26A0 "_s + w.text, m_warnings);
        item->setData(WarningIdsRole, w.campaignIds);
        item->setData(WarningQuarterRole, w.quarter);
        item->setToolTip(w.text);
    }
    const int n = m_warnings->count();
    m_warningsTitle->setText(n == 1 ? tr("1 warning in the plan") : tr("%1 warnings in the plan").arg(n));
    m_warningsTitle->setVisible(n > 0);
    m_warnings->setVisible(n > 0);
    // As tall as the warnings (three at most, then it scrolls): the calendar keeps its room.
    const int rows = std::clamp(n, 1, 3);
    if (n > 0)
        m_warnings->setFixedHeight(m_warnings->sizeHintForRow(0) * rows + 2 * m_warnings->frameWidth() + 2);
}

void CampaignsView::showMessage(const QString &text, bool error, const QString &undoId)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b00020;"_s : QString());
    m_undoId = undoId;
    m_undo->setVisible(!undoId.isEmpty());
}

bool CampaignsView::enqueue(const Mutation &mutation, const QString &done)
{
    if (!m_editable) {
        showMessage(tr("Your role cannot change campaigns."), true);
        return false;
    }
    QString error;
    const QString id = m_context.store->enqueue(mutation, &error);
    if (id.isEmpty()) {
        showMessage(error.isEmpty() ? tr("The change could not be saved.") : error, true);
        return false;
    }
    const bool online = m_context.account->isLoggedIn();
    showMessage(online ? done : tr("%1 It will be sent when you are back online.").arg(done), false, id);
    if (online && m_context.sync)
        m_context.sync->syncNow();
    return true;
}

bool CampaignsView::reschedule(const QString &id, const QDate &start, const QDate &end)
{
    const auto c = m_model->campaign(id);
    if (!c || !start.isValid() || !end.isValid() || end < start)
        return false;
    if (c->startDate == start && c->endDate == end)
        return true;
    return enqueue(CampaignMutations::reschedule(id, start, end),
                   tr("“%1” now runs %2.").arg(c->name, CampaignText::dateRange(start, end)));
}

bool CampaignsView::saveCampaign(const Campaign &before, const Campaign &after, bool isNew)
{
    if (isNew) {
        const Mutation m = CampaignMutations::create(after);
        if (!enqueue(m, tr("“%1” created.").arg(after.name)))
            return false;
        setCurrentId(m.entityId);
        return true;
    }
    const auto m = CampaignMutations::update(before, after);
    if (!m)
        return true; // nothing changed
    return enqueue(*m, tr("“%1” saved.").arg(after.name));
}

bool CampaignsView::deleteCampaign(const QString &id)
{
    const auto c = m_model->campaign(id);
    if (!c)
        return false;
    return enqueue(CampaignMutations::remove(id), tr("“%1” deleted.").arg(c->name));
}

bool CampaignsView::saveBudget(const QString &quarter, double amount, const QString &notes)
{
    const auto existing = m_model->budget(quarter);
    const auto q = Quarter::parse(quarter);
    return enqueue(CampaignMutations::setBudget(quarter, amount, notes, existing.has_value()),
                   tr("Budget for %1 set to %2.").arg(q ? q->displayName() : quarter, CampaignText::money(amount, 0)));
}

QStringList CampaignsView::knownOwners() const
{
    QStringList owners;
    const QString me = m_context.account->username();
    if (!me.isEmpty())
        owners << me;
    for (const Campaign &c : m_model->campaigns())
        if (!c.owner.isEmpty() && !owners.contains(c.owner))
            owners << c.owner;
    return owners;
}

void CampaignsView::newCampaign(const QDate &start)
{
    if (!m_editable)
        return;
    Campaign c;
    c.type = u"contest"_s;
    c.startDate = start.isValid() ? start : m_model->today().addDays(7);
    c.endDate = c.startDate.addDays(6);
    c.owner = m_context.account->username();
    CampaignDialog dialog(c, true, knownOwners(), m_model->segmentSizes(), this);
    if (dialog.exec() == QDialog::Accepted)
        saveCampaign(c, dialog.campaign(), true);
}

void CampaignsView::editCampaign(const QString &id, CampaignDialog::Page page)
{
    const auto c = m_model->campaign(id);
    if (!c || !m_editable)
        return;
    CampaignDialog dialog(*c, false, knownOwners(), m_model->segmentSizes(), this);
    dialog.showPage(page);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The cache may have changed while the dialog was open (a sync): compare against
    // what the user started from, so only their edits are sent.
    saveCampaign(*c, dialog.campaign(), false);
}

void CampaignsView::editBudget(const QString &quarter)
{
    const auto existing = quarter.isEmpty() ? std::nullopt : m_model->budget(quarter);
    const QString suggested = quarter.isEmpty() ? Quarter::of(m_model->today()).next().id() : quarter;
    BudgetDialog dialog(suggested, existing ? existing->amount : 0, existing ? existing->notes : QString(),
                        quarter.isEmpty() || !existing, this);
    if (dialog.exec() == QDialog::Accepted)
        saveBudget(dialog.quarter(), dialog.amount(), dialog.notes());
}

void CampaignsView::confirmDelete()
{
    const auto c = m_model->campaign(m_currentId);
    if (!c)
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete campaign"),
                    tr("Delete “%1”? Its goals, results and A/B figures go with it. To keep the record, set its "
                       "status to cancelled instead.").arg(c->name),
                    QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == remove)
        deleteCampaign(c->id);
}
