#include "moderationqueuepage.h"

#include "accountservice.h"
#include "authoractiondialog.h"
#include "bulkresultdialog.h"
#include "keywordrulemodel.h"
#include "moderationdetailpanel.h"
#include "moderationfacets.h"
#include "moderationfilterbar.h"
#include "moderationqueuemodel.h"
#include "queueitemdelegate.h"
#include "reasontemplatemodel.h"
#include "rejectreasondialog.h"
#include "savedviewmodel.h"
#include "store.h"
#include "storenotifier.h"
#include "localeformat.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// The decision buttons: one row when the centre column is wide enough, otherwise as many
// rows as needed. In a fixed row the Chinese labels ("撤销（Ctrl+Z）") did not fit at
// the default window size, and the last button was drawn over its neighbour.
class DecisionButtonRow final : public QWidget
{
public:
    explicit DecisionButtonRow(QWidget *parent)
        : QWidget(parent)
        , m_grid(new QGridLayout(this))
    {
        m_grid->setContentsMargins(0, 0, 0, 0);
    }

    void addButton(QPushButton *button)
    {
        m_buttons.append(button);
        m_columns = 0;
        arrange(int(m_buttons.size()));
    }

    QSize minimumSizeHint() const override
    {
        int widest = 0;
        for (const QPushButton *b : m_buttons)
            widest = qMax(widest, b->sizeHint().width());
        return {widest, m_grid->totalMinimumSize().height()};
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        int columns = int(m_buttons.size());
        while (columns > 1 && widthFor(columns) > width())
            --columns;
        arrange(columns);
    }

private:
    int widthFor(int columns) const
    {
        int total = m_grid->horizontalSpacing() * (columns - 1);
        for (int c = 0; c < columns; ++c) {
            int widest = 0;
            for (qsizetype i = c; i < m_buttons.size(); i += columns)
                widest = qMax(widest, m_buttons.at(i)->sizeHint().width());
            total += widest;
        }
        return total;
    }

    void arrange(int columns)
    {
        if (columns == m_columns)
            return;
        for (QPushButton *b : std::as_const(m_buttons))
            m_grid->removeWidget(b);
        for (int c = 0; c <= qMax(columns, m_columns); ++c)
            m_grid->setColumnStretch(c, 0);
        m_columns = columns;
        for (qsizetype i = 0; i < m_buttons.size(); ++i)
            m_grid->addWidget(m_buttons.at(i), int(i / columns), int(i % columns));
        m_grid->setColumnStretch(columns, 1); // the buttons keep to the left
        updateGeometry();
    }

    QGridLayout *m_grid;
    QList<QPushButton *> m_buttons;
    int m_columns = 0;
};
} // namespace

ModerationQueuePage::ModerationQueuePage(const PaneContext &context, KeywordRuleModel *rules, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_actions(context.store)
    , m_rules(rules)
{
    ModerationFilter pending;
    pending.statuses = {u"pending"_s};
    m_model = new ModerationQueueModel(m_context.store, this);
    m_model->setFilter(pending);
    m_views = new SavedViewModel(m_context.store, this);
    m_templates = new ReasonTemplateModel(m_context.store, this);
    m_detail = new ModerationDetailPanel(m_context.store, this);
    m_detail->setObjectName(u"moderationDetail"_s);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"queueSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createSideBar());
    splitter->addWidget(createCenter());
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({180, 860, 340});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // Keyboard first. The shortcuts live on this page (and its children), so typing in
    // the search field or a dialog never triggers them.
    m_decisionActions = {
        addShortcut(u"approveAction"_s, tr("Approve"), QKeySequence(Qt::Key_A), &ModerationQueuePage::approve),
        addShortcut(u"rejectAction"_s, tr("Reject…"), QKeySequence(Qt::Key_R), &ModerationQueuePage::reject),
        addShortcut(u"escalateAction"_s, tr("Escalate"), QKeySequence(Qt::Key_E), &ModerationQueuePage::escalate),
        addShortcut(u"muteAction"_s, tr("Mute author…"), QKeySequence(Qt::Key_M), &ModerationQueuePage::muteAuthor),
        addShortcut(u"banAction"_s, tr("Ban author…"), QKeySequence(), &ModerationQueuePage::banAuthor),
        addShortcut(u"claimAction"_s, tr("Claim / release"), QKeySequence(Qt::Key_C), &ModerationQueuePage::toggleClaim),
    };
    addShortcut(u"nextAction"_s, tr("Next item"), QKeySequence(Qt::Key_J), &ModerationQueuePage::next);
    addShortcut(u"previousAction"_s, tr("Previous item"), QKeySequence(Qt::Key_K), &ModerationQueuePage::previous);
    addShortcut(u"undoAction"_s, tr("Undo"), QKeySequence::Undo, &ModerationQueuePage::undo);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ModerationQueuePage::showCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ModerationQueuePage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // A reset (new filter, new order, a sync) keeps the item the moderator was on.
        const int row = m_model->rowOf(m_currentId);
        selectRow(row >= 0 ? row : 0);
    });
    const auto followData = [this] {
        // The detail follows the cache (a sync, an undo); rows that only changed keep
        // their place and selection.
        if (!m_currentId.isEmpty() && m_model->rowOf(m_currentId) >= 0)
            m_detail->reload();
    };
    connect(m_model, &QAbstractItemModel::dataChanged, this, followData);
    auto *countTimer = new QTimer(this);
    countTimer->setSingleShot(true);
    countTimer->setInterval(150);
    connect(countTimer, &QTimer::timeout, this, [this] {
        m_count->setText(tr("%Ln items", nullptr, int(qMin<qint64>(m_model->count(), INT_MAX))));
    });
    connect(m_model, &QAbstractItemModel::modelReset, countTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsRemoved, countTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsInserted, countTimer, qOverload<>(&QTimer::start));
    countTimer->start();

    if (m_rules) {
        m_detail->setMatcher(m_rules->enabledMatcher());
        connect(m_rules, &KeywordRuleModel::rulesChanged, this,
                [this] { m_detail->setMatcher(m_rules->enabledMatcher()); });
    }
    m_facetTimer = new QTimer(this);
    m_facetTimer->setSingleShot(true);
    m_facetTimer->setInterval(2000);
    connect(m_facetTimer, &QTimer::timeout, this, &ModerationQueuePage::refreshFacets);
    if (StoreNotifier *n = m_context.store->notifier()) {
        connect(n, &StoreNotifier::entitiesChanged, this, [this](const QStringList &entities) {
            if (entities.contains(u"moderation_item"_s))
                m_facetTimer->start();
        });
    }
    AccountService *account = m_context.account;
    connect(account, &AccountService::loggedIn, this, &ModerationQueuePage::updateActions);
    connect(account, &AccountService::loggedOut, this, &ModerationQueuePage::updateActions);
    refreshFacets();
    m_viewList->setCurrentIndex(m_views->index(m_views->rowOf(m_model->filter()), 0));
    selectRow(0);
    updateActions();
}

ModerationQueuePage::~ModerationQueuePage() = default;

QWidget *ModerationQueuePage::createSideBar()
{
    auto *box = new QWidget(this);
    auto *title = new QLabel(tr("Views"), box);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_viewList = new QListView(box);
    m_viewList->setObjectName(u"savedViews"_s);
    m_viewList->setModel(m_views);
    m_viewList->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_viewList->setSpacing(1);
    m_viewList->setMinimumWidth(130);
    m_viewList->setTextElideMode(Qt::ElideMiddle);
    m_viewList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_viewList->setWordWrap(true);
    connect(m_viewList, &QListView::clicked, this, [this](const QModelIndex &index) {
        const ModerationFilter f = m_views->filterAt(index.row());
        m_applyingView = true;
        m_filters->setFilter(f);
        applyFilter(f);
        m_applyingView = false;
    });
    auto *save = new QPushButton(tr("Save view…"), box);
    save->setObjectName(u"saveViewButton"_s);
    save->setToolTip(tr("Keep the current filters as a view in this list"));
    connect(save, &QPushButton::clicked, this, &ModerationQueuePage::saveView);
    auto *remove = new QPushButton(tr("Remove view"), box);
    remove->setObjectName(u"removeViewButton"_s);
    connect(remove, &QPushButton::clicked, this, &ModerationQueuePage::removeView);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(8, 8, 0, 8);
    layout->addWidget(title);
    layout->addWidget(m_viewList, 1);
    layout->addWidget(save);
    layout->addWidget(remove);
    return box;
}

QWidget *ModerationQueuePage::createCenter()
{
    auto *box = new QWidget(this);
    m_filters = new ModerationFilterBar(box);
    m_filters->setObjectName(u"queueFilters"_s);
    ModerationFilter pending;
    pending.statuses = {u"pending"_s};
    m_filters->setFilter(pending);
    connect(m_filters, &ModerationFilterBar::filterChanged, this, &ModerationQueuePage::applyFilter);

    m_table = new QTableView(box);
    m_table->setObjectName(u"queueTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setItemDelegate(new QueueItemDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSortIndicator(-1, Qt::DescendingOrder);
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    // Clicking a header sorts; the model sorts in SQL. Riskiest first is the order with no
    // indicator (the "Riskiest first" button).
    connect(header, &QHeaderView::sortIndicatorChanged, m_model, &ModerationQueueModel::sort);
    header->setStretchLastSection(false);
    header->setDefaultSectionSize(84);
    header->setMinimumSectionSize(40);
    // Age and kind as wide as their longest text in this language ("47 小时", "Comment").
    const QFontMetrics fm(m_table->font());
    const auto fit = [&fm](const QStringList &texts) {
        int widest = 0;
        for (const QString &t : texts)
            widest = qMax(widest, fm.horizontalAdvance(t));
        return widest + 16;
    };
    header->resizeSection(ModerationQueueModel::AgeColumn,
                          qMax(48, fit({ModerationQueueModel::tr("%1 min").arg(59), ModerationQueueModel::tr("%1 h").arg(47),
                                        ModerationQueueModel::tr("%1 d").arg(999)})));
    header->resizeSection(ModerationQueueModel::KindColumn,
                          qMax(62, fit({ModerationFacets::kindName(u"post"_s), ModerationFacets::kindName(u"comment"_s),
                                        ModerationFacets::kindName(u"profile"_s)})));
    header->resizeSection(ModerationQueueModel::ExcerptColumn, 260);
    header->resizeSection(ModerationQueueModel::AuthorColumn, 124);
    header->resizeSection(ModerationQueueModel::AiScoreColumn, 64);
    header->resizeSection(ModerationQueueModel::LabelsColumn, 84);
    header->resizeSection(ModerationQueueModel::ReportsColumn, 96);
    header->resizeSection(ModerationQueueModel::StatusColumn, 72);
    header->resizeSection(ModerationQueueModel::ClaimedByColumn, 96);
    header->resizeSection(ModerationQueueModel::PendingSyncColumn, 92);
    // The excerpt keeps a readable width; the other columns scroll when the window is narrow.
    header->setSectionResizeMode(ModerationQueueModel::ExcerptColumn, QHeaderView::Interactive);

    m_count = new QLabel(box);
    m_count->setObjectName(u"queueCount"_s);
    auto *riskiest = new QToolButton(box);
    riskiest->setObjectName(u"riskiestFirstButton"_s);
    riskiest->setText(tr("Riskiest first"));
    riskiest->setToolTip(tr("Order by AI score, then reports, then age"));
    connect(riskiest, &QToolButton::clicked, this, [this] {
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    });

    // The decision buttons mirror the keys, for the mouse and as a reminder of the keys.
    auto *buttonRow = new DecisionButtonRow(box);
    const auto addButton = [&](const QString &name, const QString &text, const QString &tip, void (ModerationQueuePage::*slot)()) {
        auto *b = new QPushButton(text, box);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QPushButton::clicked, this, slot);
        buttonRow->addButton(b);
        return b;
    };
    addButton(u"approveButton"_s, tr("Approve (A)"), tr("Approve the selected items"), &ModerationQueuePage::approve);
    addButton(u"rejectButton"_s, tr("Reject (R)…"), tr("Reject with a reason"), &ModerationQueuePage::reject);
    addButton(u"escalateButton"_s, tr("Escalate (E)"), tr("Pass to a manager"), &ModerationQueuePage::escalate);
    addButton(u"muteButton"_s, tr("Mute (M)…"), tr("Mute the author for a while"), &ModerationQueuePage::muteAuthor);
    addButton(u"banButton"_s, tr("Ban…"), tr("Ban the author"), &ModerationQueuePage::banAuthor);
    addButton(u"claimButton"_s, tr("Claim (C)"), tr("Claim the item for 15 minutes, or release your claim"),
              &ModerationQueuePage::toggleClaim);
    addButton(u"undoButton"_s, tr("Undo (Ctrl+Z)"), tr("Take back your last decision while it is not synced"),
              &ModerationQueuePage::undo);

    m_message = new QLabel(box);
    m_message->setObjectName(u"queueMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    auto *info = new QHBoxLayout;
    info->addWidget(m_count);
    info->addWidget(m_message, 1);
    info->addWidget(riskiest);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 8, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(info);
    layout->addWidget(buttonRow);
    // A narrow window squeezes the rows instead of forcing the whole window wider.
    buttonRow->setMinimumWidth(300);
    m_filters->setMinimumWidth(300);
    return box;
}

QAction *ModerationQueuePage::addShortcut(const QString &objectName, const QString &text, const QKeySequence &key,
                                          void (ModerationQueuePage::*slot)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    return action;
}

void ModerationQueuePage::setFilter(const ModerationFilter &filter)
{
    m_filters->setFilter(filter);
    applyFilter(filter);
}

void ModerationQueuePage::applyFilter(const ModerationFilter &filter)
{
    m_model->setFilter(filter);
    if (!m_applyingView) {
        const int row = m_views->rowOf(filter);
        if (row >= 0)
            m_viewList->setCurrentIndex(m_views->index(row, 0));
        else
            m_viewList->selectionModel()->clearSelection();
    }
}

QVariantMap ModerationQueuePage::saveState() const
{
    QVariantList undo;
    for (const QStringList &group : m_undo)
        undo.append(group);
    const QHeaderView *header = m_table->horizontalHeader();
    return {{u"filter"_s, QVariant::fromValue(m_filters->filter())},
            {u"sortColumn"_s, header->sortIndicatorSection()},
            {u"sortOrder"_s, int(header->sortIndicatorOrder())},
            {u"current"_s, m_currentId},
            {u"undo"_s, undo}};
}

void ModerationQueuePage::restoreState(const QVariantMap &state)
{
    if (state.contains(u"filter"_s))
        setFilter(state.value(u"filter"_s).value<ModerationFilter>());
    const int column = state.value(u"sortColumn"_s, -1).toInt();
    if (column >= 0)
        m_table->horizontalHeader()->setSortIndicator(column, Qt::SortOrder(state.value(u"sortOrder"_s).toInt()));
    m_undo.clear();
    for (const QVariant &group : state.value(u"undo"_s).toList())
        m_undo.append(group.toStringList());
    selectId(state.value(u"current"_s).toString(), 0);
}

QString ModerationQueuePage::currentItemId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : QString();
}

QStringList ModerationQueuePage::selectedItemIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    for (int row : std::as_const(rows))
        ids << m_model->idAt(row);
    if (ids.isEmpty() && !currentItemId().isEmpty())
        ids << currentItemId();
    return ids;
}

void ModerationQueuePage::selectRow(int row)
{
    if (m_model->rowCount() == 0) {
        m_currentId.clear();
        m_detail->showItem({});
        updateActions();
        return;
    }
    row = qBound(0, row, m_model->rowCount() - 1);
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    // The current row may not have changed (same row, new item after a removal).
    if (m_detail->itemId() != m_model->idAt(row))
        showCurrent();
}

void ModerationQueuePage::selectId(const QString &id, int fallbackRow)
{
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    selectRow(row >= 0 ? row : fallbackRow);
}

void ModerationQueuePage::showCurrent()
{
    m_currentId = currentItemId();
    if (m_detail->itemId() != m_currentId || m_currentId.isEmpty())
        m_detail->showItem(m_currentId);
    // Near the end of what is loaded: fetch the next page ahead of J.
    const int row = m_table->selectionModel()->currentIndex().row();
    if (row >= m_model->rowCount() - 5 && m_model->canFetchMore({}))
        m_model->fetchMore({});
    updateActions();
}

void ModerationQueuePage::next()
{
    const int row = m_table->selectionModel()->currentIndex().row();
    if (row + 1 >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    selectRow(row + 1);
}

void ModerationQueuePage::previous()
{
    selectRow(qMax(0, m_table->selectionModel()->currentIndex().row() - 1));
}

QString ModerationQueuePage::nextIdAfter(const QStringList &ids) const
{
    int last = -1, first = m_model->rowCount();
    for (const QString &id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0) {
            last = qMax(last, row);
            first = qMin(first, row);
        }
    }
    for (int row = last + 1; row < m_model->rowCount(); ++row)
        if (!ids.contains(m_model->idAt(row)))
            return m_model->idAt(row);
    for (int row = first - 1; row >= 0; --row)
        if (!ids.contains(m_model->idAt(row)))
            return m_model->idAt(row);
    return {};
}

void ModerationQueuePage::approve()
{
    decideSelected(u"approve"_s);
}

void ModerationQueuePage::escalate()
{
    decideSelected(u"escalate"_s);
}

void ModerationQueuePage::reject()
{
    const QStringList ids = selectedItemIds();
    if (ids.isEmpty())
        return;
    const QJsonObject first = m_context.store->entity(u"moderation_item"_s, ids.first()).value_or(QJsonObject());
    auto *dialog = new RejectReasonDialog(m_templates, first, m_actions.authorName(first), int(ids.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        // The selection is what the dialog was opened for, even if a sync moved rows.
        m_table->selectionModel()->clearSelection();
        for (const QString &id : ids) {
            const int row = m_model->rowOf(id);
            if (row >= 0)
                m_table->selectionModel()->select(m_model->index(row, 0),
                                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        decideSelected(u"reject"_s, dialog->reasonText());
    });
    // The keyboard goes on in the queue, whichever way the dialog closed.
    connect(dialog, &QDialog::finished, m_table, qOverload<>(&QWidget::setFocus));
    dialog->open();
}

void ModerationQueuePage::decideSelected(const QString &action, const QString &reasonText)
{
    const QStringList ids = selectedItemIds();
    if (ids.isEmpty())
        return;
    const QString nextId = nextIdAfter(ids);
    const int fallback = m_table->selectionModel()->currentIndex().row();
    const QList<ModerationActions::Result> results = m_actions.decideMany(ids, action, reasonText);
    rememberUndo(results);
    const qsizetype done = std::count_if(results.cbegin(), results.cend(), [](const auto &r) { return r.ok(); });
    QString doneText;
    if (action == u"approve"_s) doneText = tr("Approved");
    else if (action == u"reject"_s) doneText = tr("Rejected");
    else doneText = tr("Escalated");
    if (ids.size() == 1) {
        if (done == 0) {
            showMessage(results.first().error, true);
            return;
        }
        showMessage(tr("%1 — pending sync. Ctrl+Z takes it back.").arg(doneText), false);
    } else {
        showMessage(tr("%1: %2 of %Ln items — pending sync.", nullptr, int(ids.size()))
                        .arg(doneText, QLocale().toString(done)),
                    done < ids.size());
        if (done < ids.size()) {
            QHash<QString, QString> titles;
            for (const QString &id : ids) {
                const int row = m_model->rowOf(id);
                titles.insert(id, row >= 0 ? m_model->index(row, ModerationQueueModel::ExcerptColumn).data().toString() : id);
            }
            auto *dialog = new BulkResultDialog(doneText, results, titles, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        }
    }
    if (done > 0)
        selectId(nextId, fallback + 1);
}

void ModerationQueuePage::muteAuthor()
{
    const QString id = currentItemId();
    if (id.isEmpty())
        return;
    const QJsonObject item = m_context.store->entity(u"moderation_item"_s, id).value_or(QJsonObject());
    auto *dialog = new AuthorActionDialog(AuthorActionDialog::Mode::Mute, m_actions.authorName(item), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const auto r = m_actions.muteAuthor(id, dialog->mutedUntil(), dialog->reason());
        rememberUndo({r});
        showMessage(r.ok() ? tr("Author muted until %1 — pending sync.")
                                 .arg(LocaleFormat::dateTime(dialog->mutedUntil().toLocalTime()))
                           : r.error, !r.ok());
        m_detail->reload();
    });
    dialog->open();
}

void ModerationQueuePage::banAuthor()
{
    const QString id = currentItemId();
    if (id.isEmpty())
        return;
    const QJsonObject item = m_context.store->entity(u"moderation_item"_s, id).value_or(QJsonObject());
    auto *dialog = new AuthorActionDialog(AuthorActionDialog::Mode::Ban, m_actions.authorName(item), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const auto r = m_actions.banAuthor(id, dialog->reason());
        rememberUndo({r});
        showMessage(r.ok() ? tr("Author banned — pending sync.") : r.error, !r.ok());
        m_detail->reload();
    });
    dialog->open();
}

void ModerationQueuePage::toggleClaim()
{
    const QStringList ids = selectedItemIds();
    if (ids.isEmpty())
        return;
    const QString me = m_context.store->actor();
    QList<ModerationActions::Result> results;
    bool released = false;
    for (const QString &id : ids) {
        const QJsonObject item = m_context.store->entity(u"moderation_item"_s, id).value_or(QJsonObject());
        const QDateTime until = QDateTime::fromString(item.value(u"claim_expires_at"_s).toString(), Qt::ISODate);
        const bool mine = !me.isEmpty() && item.value(u"claimed_by"_s).toString() == me
            && (!until.isValid() || until > QDateTime::currentDateTimeUtc());
        results << (mine ? m_actions.release(id) : m_actions.claim(id, 15));
        released |= mine;
    }
    rememberUndo(results);
    const auto failed = std::find_if(results.cbegin(), results.cend(), [](const auto &r) { return !r.ok(); });
    if (failed != results.cend())
        showMessage(failed->error, true);
    else
        showMessage(released ? tr("Claim released — pending sync.") : tr("Claimed for 15 minutes — pending sync."), false);
    m_detail->reload();
}

void ModerationQueuePage::rememberUndo(const QList<ModerationActions::Result> &results)
{
    QStringList group;
    for (const auto &r : results)
        if (r.ok())
            group << r.mutationId + u'|' + r.itemId;
    if (!group.isEmpty())
        m_undo.append(group);
}

void ModerationQueuePage::undo()
{
    if (m_undo.isEmpty()) {
        showMessage(tr("Nothing to undo."), false);
        return;
    }
    const QStringList group = m_undo.takeLast();
    QString error;
    QString firstItem;
    int undone = 0;
    for (auto it = group.crbegin(); it != group.crend(); ++it) {
        const QString mutationId = it->section(u'|', 0, 0);
        firstItem = it->section(u'|', 1);
        QString why;
        if (m_actions.undo(mutationId, &why))
            ++undone;
        else
            error = why;
    }
    if (undone == 0) {
        showMessage(error.isEmpty() ? tr("Already synced; it cannot be undone here.") : error, true);
        return;
    }
    showMessage(error.isEmpty() ? tr("Undone.") : tr("Partly undone: %1").arg(error), !error.isEmpty());
    // Back to the item: it is in the queue again once the model refreshes.
    m_currentId = firstItem;
    QTimer::singleShot(0, this, [this, firstItem] {
        const int row = m_model->rowOf(firstItem);
        if (row >= 0)
            selectRow(row);
        else
            m_detail->reload();
    });
}

void ModerationQueuePage::updateActions()
{
    const AccountService *account = m_context.account;
    // A role that may not decide (analyst) sees the queue read-only; offline before any
    // login the server decides at sync.
    const bool allowed = account->role().isEmpty() || account->canDo(u"moderation_item"_s, u"approve"_s);
    const bool any = !selectedItemIds().isEmpty();
    for (QAction *a : std::as_const(m_decisionActions))
        a->setEnabled(allowed && any);
    for (const QString &name : {u"approveButton"_s, u"rejectButton"_s, u"escalateButton"_s, u"muteButton"_s,
                                u"banButton"_s, u"claimButton"_s}) {
        if (auto *b = findChild<QPushButton *>(name)) {
            b->setEnabled(allowed && any);
            if (!allowed)
                b->setToolTip(tr("Your role can read the queue but not decide."));
        }
    }
}

void ModerationQueuePage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b0281f;"_s : QString());
    Q_EMIT message(text, error);
}

void ModerationQueuePage::refreshFacets()
{
    m_filters->setBoards(ModerationFacets::boards(*m_context.store));
    m_filters->setLanguages(ModerationFacets::languages(*m_context.store));
}

void ModerationQueuePage::saveView()
{
    const ModerationFilter f = m_filters->filter();
    if (m_views->rowOf(f) >= 0) {
        showMessage(tr("These filters are a saved view already."), false);
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"saveViewDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save view"));
    dialog->setLabelText(tr("Name of the view:"));
    QString suggestion = f.text;
    if (suggestion.isEmpty() && !f.aiLabel.isEmpty())
        suggestion = ModerationFacets::labelName(f.aiLabel);
    if (suggestion.isEmpty() && !f.board.isEmpty())
        suggestion = f.board;
    dialog->setTextValue(suggestion.isEmpty() ? tr("My view") : suggestion);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, f](const QString &name) {
        if (name.trimmed().isEmpty())
            return;
        const int row = m_views->addView(name.trimmed(), f);
        m_viewList->setCurrentIndex(m_views->index(row, 0));
    });
    dialog->open();
}

void ModerationQueuePage::removeView()
{
    const QModelIndex current = m_viewList->currentIndex();
    if (current.isValid())
        m_views->removeRow(current.row());
}
