#include "syncview.h"

#include "accountservice.h"
#include "conflictmodel.h"
#include "identifierdelegate.h"
#include "outboxmodel.h"
#include "rejectedmodel.h"
#include "relativetime.h"
#include "syncservice.h"
#include "synclogmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QTableView *makeTable(const QString &objectName, QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setDefaultSectionSize(120);
    return table;
}

QLabel *makeTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QWidget *section(QLabel *title, QWidget *body, QWidget *parent, QLayout *extra = nullptr)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(title);
    if (extra) {
        auto *row = new QHBoxLayout;
        row->addWidget(body, 1);
        row->addLayout(extra);
        layout->addLayout(row, 1);
    } else {
        layout->addWidget(body, 1);
    }
    return box;
}
}

SyncView::SyncView(const PaneContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_outbox = new OutboxModel(m_context.store, this);
    m_conflicts = new ConflictModel(m_context.store, this);
    m_rejected = new RejectedModel(m_context.store, this);
    m_runs = new SyncLogModel(m_context.store, this);

    m_status = new QLabel(this);
    m_status->setObjectName(u"syncStatusLabel"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_syncNow = new QPushButton(QIcon(u":/icons/sync.svg"_s), tr("Sync now"), this);
    m_syncNow->setObjectName(u"syncNowButton"_s);
    m_syncNow->setToolTip(tr("Push pending changes and pull the latest (F5)"));
    connect(m_syncNow, &QPushButton::clicked, m_context.sync, &SyncService::syncNow);

    m_message = new QLabel(this);
    m_message->setObjectName(u"syncMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *header = new QHBoxLayout;
    header->addWidget(m_status, 1);
    header->addWidget(m_syncNow);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"syncSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createOutboxSection());
    splitter->addWidget(createConflictSection());
    splitter->addWidget(createRejectedSection());
    splitter->addWidget(createRunsSection());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    splitter->setStretchFactor(3, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{m_outbox, m_conflicts, m_rejected}) {
        connect(model, &QAbstractItemModel::modelReset, this, &SyncView::updateCounts);
        connect(model, &QAbstractItemModel::rowsInserted, this, &SyncView::updateCounts);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &SyncView::updateCounts);
    }
    SyncService *sync = m_context.sync;
    connect(sync, &SyncService::stateChanged, this, &SyncView::updateHeader);
    connect(sync, &SyncService::lastSuccessfulSyncChanged, this, &SyncView::updateHeader);
    connect(sync, &SyncService::syncFinished, this, [this](bool ok, const QString &message) {
        updateHeader();
        if (!ok && !message.isEmpty())
            showResult(message, true);
        else
            m_message->hide();
    });
    AccountService *account = m_context.account;
    const auto followSession = [this] {
        updateHeader();
        updateConflictButtons();
    };
    connect(account, &AccountService::loggedIn, this, followSession);
    connect(account, &AccountService::loggedOut, this, followSession);
    connect(account, &AccountService::sessionRestored, this, followSession);
    connect(account, &AccountService::accessTokenChanged, this, followSession);

    updateCounts();
    updateHeader();
    updateConflictButtons();
}

QWidget *SyncView::createOutboxSection()
{
    m_outboxTitle = makeTitle(this);
    m_outboxTable = makeTable(u"outboxTable"_s, m_outbox, this);
    m_outboxTable->setItemDelegateForColumn(
        OutboxModel::EntityColumn, new IdentifierDelegate(IdentifierDelegate::Kind::Entity, m_outboxTable));
    m_outboxTable->setItemDelegateForColumn(
        OutboxModel::ActionColumn, new IdentifierDelegate(IdentifierDelegate::Kind::Action, m_outboxTable));
    QHeaderView *h = m_outboxTable->horizontalHeader();
    h->resizeSection(OutboxModel::TimeColumn, 170);
    h->resizeSection(OutboxModel::IdColumn, 90);
    h->resizeSection(OutboxModel::SummaryColumn, 300);
    h->resizeSection(OutboxModel::AttemptsColumn, 80);
    return section(m_outboxTitle, m_outboxTable, this);
}

QWidget *SyncView::createConflictSection()
{
    m_conflictTitle = makeTitle(this);
    m_conflictTable = makeTable(u"conflictTable"_s, m_conflicts, this);
    m_conflictTable->setItemDelegateForColumn(
        ConflictModel::EntityColumn, new IdentifierDelegate(IdentifierDelegate::Kind::Entity, m_conflictTable));
    QHeaderView *h = m_conflictTable->horizontalHeader();
    h->resizeSection(ConflictModel::IdColumn, 90);
    h->resizeSection(ConflictModel::MineColumn, 200);
    h->resizeSection(ConflictModel::TheirsColumn, 220);

    m_keepMine = new QPushButton(tr("Keep mine"), this);
    m_keepMine->setObjectName(u"keepMineButton"_s);
    m_keepMine->setToolTip(tr("Send my change again, against the server's current version"));
    m_takeTheirs = new QPushButton(tr("Take theirs"), this);
    m_takeTheirs->setObjectName(u"takeTheirsButton"_s);
    m_takeTheirs->setToolTip(tr("Drop my change and keep what the server has"));
    m_conflictDetail = new QLabel(this);
    m_conflictDetail->setObjectName(u"conflictDetail"_s);
    m_conflictDetail->setTextFormat(Qt::PlainText);
    m_conflictDetail->setWordWrap(true);
    m_conflictDetail->setFixedWidth(200);
    m_conflictDetail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_readOnlyNote = new QLabel(tr("Your role can read conflicts but not resolve them."), this);
    m_readOnlyNote->setObjectName(u"readOnlyNote"_s);
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setFixedWidth(200);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_takeTheirs);
    buttons->addWidget(m_readOnlyNote);
    buttons->addWidget(m_conflictDetail, 1);

    connect(m_keepMine, &QPushButton::clicked, this, &SyncView::keepMine);
    connect(m_takeTheirs, &QPushButton::clicked, this, &SyncView::takeTheirs);
    connect(m_conflictTable->selectionModel(), &QItemSelectionModel::selectionChanged,
            this, &SyncView::updateConflictButtons);
    connect(m_conflicts, &QAbstractItemModel::modelReset, this, &SyncView::updateConflictButtons);
    return section(m_conflictTitle, m_conflictTable, this, buttons);
}

QWidget *SyncView::createRejectedSection()
{
    auto *title = makeTitle(this);
    title->setText(tr("Refused by the server"));
    m_rejectedTable = makeTable(u"rejectedTable"_s, m_rejected, this);
    m_rejectedTable->setItemDelegateForColumn(
        RejectedModel::EntityColumn, new IdentifierDelegate(IdentifierDelegate::Kind::Entity, m_rejectedTable));
    m_rejectedTable->setItemDelegateForColumn(
        RejectedModel::ActionColumn, new IdentifierDelegate(IdentifierDelegate::Kind::Action, m_rejectedTable));
    m_rejectedTable->horizontalHeader()->resizeSection(RejectedModel::ReasonColumn, 320);
    m_dismiss = new QPushButton(tr("Dismiss"), this);
    m_dismiss->setObjectName(u"dismissRejectedButton"_s);
    m_dismiss->setToolTip(tr("I have read why; remove it from the list"));
    m_dismiss->setFixedWidth(200);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_dismiss);
    buttons->addStretch();
    connect(m_dismiss, &QPushButton::clicked, this, &SyncView::dismissRejected);
    m_rejectedSection = section(title, m_rejectedTable, this, buttons);
    return m_rejectedSection;
}

QWidget *SyncView::createRunsSection()
{
    auto *title = makeTitle(this);
    title->setText(tr("Recent sync runs"));
    m_runsTable = makeTable(u"syncRunsTable"_s, m_runs, this);
    m_runsTable->horizontalHeader()->resizeSection(SyncLogModel::StartedColumn, 160);
    return section(title, m_runsTable, this);
}

qint64 SyncView::selectedConflictId() const
{
    const QModelIndexList rows = m_conflictTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return rows.first().data(ConflictModel::ConflictIdRole).toLongLong();
}

void SyncView::keepMine()
{
    const qint64 id = selectedConflictId();
    if (id < 0)
        return;
    QString error;
    if (m_context.sync->keepMine(id, &error).isEmpty()) {
        showResult(error.isEmpty() ? tr("Could not keep your change.") : error, true);
        return;
    }
    showResult(tr("Your change will be sent again at the next sync."), false);
    if (m_context.account->isLoggedIn())
        m_context.sync->syncNow();
}

void SyncView::takeTheirs()
{
    const qint64 id = selectedConflictId();
    if (id < 0)
        return;
    QString error;
    if (!m_context.sync->takeTheirs(id, &error)) {
        showResult(error.isEmpty() ? tr("Could not take the server's version.") : error, true);
        return;
    }
    showResult(tr("Your change was dropped; the server's version stays."), false);
}

void SyncView::dismissRejected()
{
    const QModelIndexList rows = m_rejectedTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QString error;
    if (!m_context.sync->dismissRejected(rows.first().data(RejectedModel::RejectedIdRole).toLongLong(), &error))
        showResult(error, true);
}

void SyncView::updateConflictButtons()
{
    const QModelIndexList rows = m_conflictTable->selectionModel()->selectedRows();
    const bool selected = !rows.isEmpty();
    const ConflictRecord conflict = selected ? m_conflicts->conflictAt(rows.first().row()) : ConflictRecord();
    // The role decides: an analyst changes nothing, so resolving is not offered at all;
    // others may re-send only what their role may do.
    const AccountService *account = m_context.account;
    const bool readOnly = !account->role().isEmpty() && account->allowedActions().isEmpty();
    m_keepMine->setVisible(!readOnly);
    m_takeTheirs->setVisible(!readOnly);
    m_readOnlyNote->setVisible(readOnly);
    m_keepMine->setEnabled(selected && account->canDo(conflict.mine.entity, conflict.mine.action));
    m_takeTheirs->setEnabled(selected);
    m_conflictDetail->setText(selected ? conflict.detail : QString());
    m_dismiss->setEnabled(m_rejected->rowCount() > 0);
}

void SyncView::updateCounts()
{
    const QLocale locale;
    m_outboxTitle->setText(tr("Pending changes (%1)").arg(locale.toString(m_outbox->rowCount())));
    m_conflictTitle->setText(tr("Conflicts (%1)").arg(locale.toString(m_conflicts->rowCount())));
    m_rejectedSection->setVisible(m_rejected->rowCount() > 0);
    if (m_conflictTable->selectionModel()->selectedRows().isEmpty() && m_conflicts->rowCount() > 0)
        m_conflictTable->selectRow(0);
    updateConflictButtons();
}

void SyncView::updateHeader()
{
    const SyncService *sync = m_context.sync;
    const bool loggedIn = m_context.account->isLoggedIn();
    m_syncNow->setEnabled(loggedIn && !sync->isSyncing());
    QString text;
    if (sync->isSyncing())
        text = tr("Syncing…");
    else if (!loggedIn)
        text = tr("Not signed in: changes wait here until you log in and sync.");
    else
        text = tr("Last successful sync: %1").arg(RelativeTime::describe(sync->lastSuccessfulSync()));
    m_status->setText(text);
}

void SyncView::showResult(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? u"color: #c0392b;"_s : QString());
    m_message->setVisible(!message.isEmpty());
}
