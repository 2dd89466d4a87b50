#include "tiersview.h"

#include "accountservice.h"
#include "store.h"
#include "storenotifier.h"
#include "tierchanges.h"
#include "tierruleeditor.h"
#include "whatifmodels.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
// The matrix's diagonal (members who stay) in the muted text colour, moves in bold.
class MatrixDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const int from = index.data(TransitionMatrixModel::FromRole).toInt();
        const int to = index.data(TransitionMatrixModel::ToRole).toInt();
        const qint64 count = index.data(TransitionMatrixModel::CountRole).toLongLong();
        if (from == to)
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
        else if (count > 0)
            option->font.setBold(true);
    }
};

// A count as tr()'s plural argument (an int).
int plural(qint64 n)
{
    return int(std::clamp<qint64>(n, 0, std::numeric_limits<int>::max()));
}

QTableView *makeTable(const QString &name, QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectItems);
    t->setWordWrap(false);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setHighlightSections(false);
    return t;
}
} // namespace

TiersView::TiersView(const PaneContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_runner = new WhatIfRunner(m_context.store->filePath(), this);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);

    // Tier list and editor.
    m_tiers = new QListWidget(this);
    m_tiers->setObjectName(u"tierList"_s);
    m_tiers->setMaximumWidth(260);
    m_add = new QPushButton(tr("Add…"), this);
    m_add->setObjectName(u"addTier"_s);
    m_up = new QPushButton(tr("Up"), this);
    m_up->setToolTip(tr("Move the tier one step higher"));
    m_down = new QPushButton(tr("Down"), this);
    m_down->setToolTip(tr("Move the tier one step lower"));
    m_remove = new QPushButton(tr("Remove"), this);
    auto *tierButtons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_up, m_down, m_remove})
        tierButtons->addWidget(b);
    auto *listBox = new QVBoxLayout;
    listBox->addWidget(new QLabel(tr("Tiers, highest first:"), this));
    listBox->addWidget(m_tiers, 1);
    listBox->addLayout(tierButtons);
    m_editor = new TierRuleEditor(this);
    m_editor->setObjectName(u"tierEditor"_s);
    m_problems = new QLabel(this);
    m_problems->setObjectName(u"tierProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #b42318"_s);
    auto *editorBox = new QVBoxLayout;
    editorBox->addWidget(m_editor, 1);
    editorBox->addWidget(m_problems);
    auto *top = new QWidget(this);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(listBox);
    topLayout->addLayout(editorBox, 1);

    // What-if.
    m_status = new QLabel(this);
    m_status->setObjectName(u"whatIfStatus"_s);
    m_status->setWordWrap(true);
    m_revert = new QPushButton(tr("Revert edits"), this);
    m_revert->setObjectName(u"revertTiers"_s);
    m_apply = new QPushButton(tr("Apply…"), this);
    m_apply->setObjectName(u"applyTiers"_s);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"cancelApply"_s);
    m_cancel->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"applyProgress"_s);
    m_progress->hide();
    m_progress->setMaximumWidth(220);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancel);
    statusRow->addWidget(m_revert);
    statusRow->addWidget(m_apply);

    m_sizes = new TierSizesModel(this);
    m_sizesView = makeTable(u"tierSizes"_s, this);
    m_sizesView->setModel(m_sizes);
    m_sizesView->verticalHeader()->hide();
    m_sizesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrix = new TransitionMatrixModel(this);
    m_matrixView = makeTable(u"transitionMatrix"_s, this);
    m_matrixView->setModel(m_matrix);
    m_matrixView->setItemDelegate(new MatrixDelegate(m_matrixView));
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrixView->setToolTip(tr("Rows: the tier members hold now. Columns: their tier under the edited rules. "
                                "Click a cell to list those members."));
    auto *sizesBox = new QGroupBox(tr("Tier sizes"), this);
    (new QVBoxLayout(sizesBox))->addWidget(m_sizesView);
    auto *matrixBox = new QGroupBox(tr("From → to"), this);
    (new QVBoxLayout(matrixBox))->addWidget(m_matrixView);
    auto *tables = new QHBoxLayout;
    tables->addWidget(sizesBox, 2);
    tables->addWidget(matrixBox, 3);

    m_movers = new MoversModel(m_context.store, this);
    m_moversView = makeTable(u"movers"_s, this);
    m_moversView->setModel(m_movers);
    m_moversView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_moversView->verticalHeader()->hide();
    m_moversView->horizontalHeader()->setStretchLastSection(true);
    m_moversView->horizontalHeader()->setDefaultSectionSize(90);
    m_moversView->horizontalHeader()->resizeSection(MoversModel::HandleColumn, 130);
    m_moversView->horizontalHeader()->resizeSection(MoversModel::NameColumn, 110);
    m_moversView->horizontalHeader()->resizeSection(MoversModel::WhyColumn, 260);
    m_moversLabel = new QLabel(this);
    m_moversLabel->setObjectName(u"moversLabel"_s);
    m_showAll = new QPushButton(tr("Show all movers"), this);
    m_showAll->hide();
    auto *moversRow = new QHBoxLayout;
    moversRow->addWidget(m_moversLabel, 1);
    moversRow->addWidget(m_showAll);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(statusRow);
    bottomLayout->addLayout(tables);
    bottomLayout->addLayout(moversRow);
    bottomLayout->addWidget(m_moversView, 3);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_tiers, &QListWidget::currentRowChanged, this, [this](int row) {
        // The list shows the highest tier first.
        m_selected = row < 0 ? -1 : m_draft.size() - 1 - row;
        if (m_selected >= 0)
            m_editor->setTier(m_draft.at(m_selected), m_selected == 0);
        updateButtons();
    });
    connect(m_editor, &TierRuleEditor::tierEdited, this, [this](const TierDefinition &t) {
        if (m_selected < 0 || m_selected >= m_draft.size())
            return;
        QList<TierDefinition> tiers = m_draft.tiers();
        tiers[m_selected] = t;
        setDraft(TierRuleSet(tiers));
    });
    connect(m_add, &QPushButton::clicked, this, &TiersView::addTier);
    connect(m_up, &QPushButton::clicked, this, [this] { moveTier(+1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveTier(-1); });
    connect(m_remove, &QPushButton::clicked, this, &TiersView::removeTier);
    connect(m_revert, &QPushButton::clicked, this, [this] { setDraft(m_cached); });
    connect(m_apply, &QPushButton::clicked, this, &TiersView::confirmApply);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_showAll, &QPushButton::clicked, this, [this] {
        m_movers->setTransition(-1, -1);
        m_matrixView->clearSelection();
        showResult(m_result);
    });
    connect(m_matrixView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const int from = index.data(TransitionMatrixModel::FromRole).toInt();
        const int to = index.data(TransitionMatrixModel::ToRole).toInt();
        m_movers->setTransition(from, to);
        showResult(m_result);
    });
    connect(m_debounce, &QTimer::timeout, this, [this] {
        // Hidden (another tab or pane is in front): count when the tab is shown, so a sync
        // does not set a million-member recount going that nobody is looking at.
        if (!isVisible()) {
            m_whatIfWhenShown = true;
            return;
        }
        m_runner->request(m_cached, m_draft);
    });
    connect(m_runner, &WhatIfRunner::started, this, [this] {
        if (!m_result)
            m_status->setText(tr("Counting over the whole cache…"));
    });
    connect(m_runner, &WhatIfRunner::finished, this, &TiersView::showResult);
    connect(m_runner, &WhatIfRunner::failed, this, [this](const QString &message) {
        m_status->setText(tr("The what-if could not be computed: %1").arg(message));
    });
    if (StoreNotifier *n = m_context.store->notifier()) {
        connect(n, &StoreNotifier::entitiesChanged, this, [this](const QStringList &entities) {
            if (entities.contains(u"tier"_s))
                reloadCached();
            else if (entities.contains(u"member"_s) && !m_job)
                scheduleWhatIf(1500); // a sync or an award: recount once it settles
        });
        connect(n, &StoreNotifier::profileChanged, this, &TiersView::updateButtons);
    }
    reloadCached();
}

TiersView::~TiersView() = default;

QVariantMap TiersView::saveState() const
{
    QVariantMap state{{u"selected"_s, m_selected}};
    if (!(m_draft == m_cached))
        state.insert(u"draft"_s, QVariant::fromValue(m_draft));
    return state;
}

void TiersView::restoreState(const QVariantMap &state)
{
    if (state.contains(u"draft"_s))
        setDraft(state.value(u"draft"_s).value<TierRuleSet>());
    selectTier(state.value(u"selected"_s, -1).toInt());
}

QStringList TiersView::busyWork() const
{
    if (!m_job)
        return {};
    return {tr("Queuing the tier changes (Members › Tiers); what is queued by then stays queued.")};
}

bool TiersView::canApply() const
{
    const AccountService *a = m_context.account;
    return a && a->canDo(u"tier"_s, u"update"_s) && a->canDo(u"member"_s, u"set_tier"_s);
}

void TiersView::reloadCached()
{
    const bool edited = !(m_draft == m_cached);
    QStringList skipped;
    m_cached = TierRuleSet::fromCache(m_context.store->database(), &skipped);
    if (!skipped.isEmpty())
        m_problems->setText(skipped.join(u'\n'));
    setDraft(edited ? m_draft : m_cached);
}

void TiersView::setDraft(const TierRuleSet &draft, bool recount)
{
    const bool listChanged = m_draft.size() != draft.size() || [&] {
        for (int i = 0; i < draft.size(); ++i)
            if (m_draft.at(i).id != draft.at(i).id || m_draft.at(i).name != draft.at(i).name)
                return true;
        return false;
    }();
    m_draft = draft;
    if (listChanged)
        refreshTierList();
    const QStringList problems = m_draft.problems();
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    if (recount && !m_draft.isEmpty())
        scheduleWhatIf(120);
    if (m_draft.isEmpty())
        m_status->setText(tr("No tiers in the local cache yet. Sync with the platform to load them."));
    updateButtons();
}

void TiersView::refreshTierList()
{
    const QString selectedId = m_selected >= 0 && m_selected < m_draft.size() ? m_draft.at(m_selected).id : QString();
    const QSignalBlocker block(m_tiers);
    m_tiers->clear();
    for (int i = m_draft.size() - 1; i >= 0; --i) {
        const TierDefinition &t = m_draft.at(i);
        auto *item = new QListWidgetItem(TierRuleSet::tierDisplayName(t.id, t.name), m_tiers);
        item->setToolTip(TierRuleSet::ruleText(t));
        item->setData(Qt::UserRole, t.id);
    }
    int index = selectedId.isEmpty() ? m_draft.size() - 1 : m_draft.indexOf(selectedId);
    if (index < 0)
        index = m_draft.size() - 1;
    m_selected = -1;
    if (index >= 0) {
        m_tiers->setCurrentRow(m_draft.size() - 1 - index);
        m_selected = index;
        m_editor->setTier(m_draft.at(index), index == 0);
    } else {
        m_editor->setEnabled(false);
    }
}

void TiersView::selectTier(int index)
{
    if (index >= 0 && index < m_draft.size())
        m_tiers->setCurrentRow(m_draft.size() - 1 - index);
}

void TiersView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_whatIfWhenShown, false))
        scheduleWhatIf(0);
}

void TiersView::scheduleWhatIf(int delayMs)
{
    m_debounce->start(delayMs);
}

void TiersView::showResult(std::shared_ptr<const WhatIfResult> result)
{
    if (result != m_result) {
        m_result = result;
        m_sizes->setResult(result);
        m_matrix->setResult(result);
        m_movers->setResult(result);
        // The small tables show every row; the movers' columns fit their header and values.
        for (QTableView *t : {m_sizesView, m_matrixView}) {
            int h = t->horizontalHeader()->sizeHint().height() + 2 * t->frameWidth() + 2;
            for (int r = 0; r < t->model()->rowCount(); ++r)
                h += t->rowHeight(r);
            t->setFixedHeight(h);
        }
        m_moversView->resizeColumnsToContents();
        m_moversView->horizontalHeader()->resizeSection(
            MoversModel::WhyColumn, qMin(m_moversView->horizontalHeader()->sectionSize(MoversModel::WhyColumn), 340));
    }
    if (!result)
        return;
    const QLocale l;
    const bool edited = !(m_draft == m_cached);
    // One plural noun a message: the members of the whole cache here, the grace period and
    // the locked tiers in sentences of their own.
    QString text = edited ? tr("With the edited rules, <b>%1</b> of %Ln members would move: %2 promoted, %3 demoted, "
                               "%4 placed by the rules.", nullptr, plural(result->total))
                          : tr("With the current rules, <b>%1</b> of %Ln members are due to move: %2 promoted, "
                               "%3 demoted, %4 placed by the rules.", nullptr, plural(result->total));
    text = text.arg(l.toString(result->moving()), l.toString(result->promotions), l.toString(result->demotions),
                    l.toString(result->unranked));
    text += u" "_s + tr("%Ln members keep their tier during its grace period.", nullptr, plural(result->inGrace.size()));
    text += u" "_s + tr("%Ln members with a locked tier never move.", nullptr, plural(result->locked));
    text += u" "_s + tr("(%1 ms)").arg(l.toString(result->elapsedMs));
    m_status->setText(text);
    m_moversLabel->setText(m_movers->matching() == result->moving()
                               ? tr("Members who would move (%1):").arg(l.toString(result->moving()))
                               : tr("Members who would move in the chosen cell (%1 of %2):")
                                     .arg(l.toString(m_movers->matching()), l.toString(result->moving())));
    m_showAll->setVisible(m_movers->matching() != result->moving());
    updateButtons();
    Q_EMIT whatIfUpdated();
}

void TiersView::updateButtons()
{
    const bool busy = m_job != nullptr;
    const bool manager = canApply();
    const bool edited = !(m_draft == m_cached);
    m_add->setEnabled(!busy);
    m_up->setEnabled(!busy && m_selected > 0 && m_selected < m_draft.size() - 1);
    m_down->setEnabled(!busy && m_selected > 1);
    m_remove->setEnabled(!busy && m_selected > 0);
    m_editor->setReadOnly(busy);
    m_revert->setEnabled(!busy && edited);
    m_apply->setVisible(manager);
    m_apply->setEnabled(!busy && m_result && m_draft.problems().isEmpty()
                        && (edited || m_result->moving() > 0) && !m_runner->isRunning());
    m_apply->setToolTip(tr("Queue the rule changes and the members' new tiers in the outbox; the next sync sends them."));
}

void TiersView::addTier()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add a tier"), tr("Name of the new tier:"), QLineEdit::Normal,
                                               QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    // The id is a slug of the name; a name without Latin letters gets a numbered id.
    QString id = name.toLower();
    id.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"_"_s);
    id.remove(QRegularExpression(u"^_+|_+$"_s));
    if (id.isEmpty())
        id = u"tier"_s;
    const QString base = id;
    for (int n = 2; m_draft.indexOf(id) >= 0; ++n)
        id = base + u"_"_s + QString::number(n);
    TierDefinition t;
    t.id = id;
    t.name = name;
    t.order = m_draft.size();
    t.demotionGraceDays = 30;
    t.conditions = {{TierCondition::Points, TierCondition::Ge, 5000}};
    QList<TierDefinition> tiers = m_draft.tiers();
    tiers.append(t);
    m_selected = int(tiers.size()) - 1;
    setDraft(TierRuleSet(tiers));
    selectTier(m_draft.indexOf(id));
}

void TiersView::moveTier(int delta)
{
    const int to = m_selected + delta;
    if (m_selected <= 0 || to <= 0 || to >= m_draft.size())
        return; // the lowest tier stays the lowest: it takes everyone
    QList<TierDefinition> tiers = m_draft.tiers();
    tiers.swapItemsAt(m_selected, to);
    for (int i = 0; i < tiers.size(); ++i)
        tiers[i].order = i;
    const QString id = tiers.at(to).id;
    setDraft(TierRuleSet(tiers));
    selectTier(m_draft.indexOf(id));
}

void TiersView::removeTier()
{
    if (m_selected <= 0)
        return;
    const TierDefinition t = m_draft.at(m_selected);
    const qint64 holders = m_result && m_selected < m_result->tierCount() ? m_result->before[size_t(m_selected)] : 0;
    if (holders > 0
        && QMessageBox::question(this, tr("Remove tier"),
                                 tr("%Ln members hold %1. After Apply they are placed by the remaining tiers' rules. "
                                    "Remove it?", nullptr, plural(holders))
                                     .arg(TierRuleSet::tierDisplayName(t.id, t.name)))
               != QMessageBox::Yes)
        return;
    QList<TierDefinition> tiers = m_draft.tiers();
    tiers.removeAt(m_selected);
    m_selected = qMin(m_selected, int(tiers.size()) - 1);
    setDraft(TierRuleSet(tiers));
}

void TiersView::confirmApply()
{
    if (!m_result)
        return;
    const QList<Mutation> changes = TierChanges::between(m_cached, m_draft);
    const QLocale l;
    // Three counts, three pieces: each noun agrees with its own number.
    const QString text = tr("Queue %1 and move %2 (%3 promoted, %4 demoted)?")
                             .arg(tr("%Ln tier change(s)", nullptr, plural(changes.size())),
                                  tr("%Ln members", nullptr, plural(m_result->moving())),
                                  l.toString(m_result->promotions), l.toString(m_result->demotions))
        + u" "_s + tr("%Ln members start or keep a grace period.", nullptr, plural(m_result->inGrace.size()))
        + u" "_s + tr("The next sync sends everything; each change can be undone until then.");
    if (QMessageBox::question(this, tr("Apply tier rules"), text) == QMessageBox::Yes)
        applyNow();
}

void TiersView::applyNow()
{
    if (m_job || !m_result)
        return;
    m_job = new TierApplyJob(m_context.store->filePath(), m_context.store->notifier(), this);
    m_job->setTierMutations(TierChanges::between(m_cached, m_draft));
    QList<TierApplyJob::Move> moves;
    moves.reserve(qsizetype(m_result->movers.size()));
    const int n = m_result->tierCount();
    for (const WhatIfResult::Mover &m : m_result->movers) {
        if (m.to >= n)
            continue;
        moves.append({m.rid, m.from < n ? m_result->proposed.at(m.from).id : QString(), m_result->proposed.at(m.to).id});
    }
    m_job->setMoves(moves);
    QList<TierApplyJob::GraceStart> grace;
    for (const WhatIfResult::Grace &g : m_result->inGrace)
        if (g.started)
            grace.append({g.rid, m_result->proposed.at(g.tier).id});
    m_job->setGraceStarts(grace);
    m_progress->setRange(0, qMax(1, m_job->total()));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    connect(m_job, &TierApplyJob::progress, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
    });
    connect(m_job, &TierApplyJob::finished, this, [this](const TierApplyJob::Summary &s) {
        m_job->deleteLater();
        m_job = nullptr;
        m_progress->hide();
        m_cancel->hide();
        QString text = s.cancelled ? tr("Cancelled: %Ln members moved before the cancel; they stay queued.", nullptr,
                                        plural(s.moved))
                                   : tr("Queued %1 and %2.")
                                         .arg(tr("%Ln tier change(s)", nullptr, plural(s.tierChanges)),
                                              tr("%Ln members' new tiers", nullptr, plural(s.moved)));
        if (s.skipped > 0)
            text += u" "_s + tr("%Ln members were skipped: their tier changed meanwhile.", nullptr, plural(s.skipped));
        if (!s.error.isEmpty())
            text += u" "_s + s.error;
        m_cached = TierRuleSet::fromCache(m_context.store->database());
        setDraft(m_cached);
        m_status->setText(text);
        Q_EMIT applyFinished(s);
    });
    updateButtons();
    m_job->start();
}
