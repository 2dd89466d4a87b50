#include "studygroupsview.h"

#include "accountservice.h"
#include "memberactions.h"
#include "memberlistmodel.h"
#include "storenotifier.h"
#include "store.h"
#include "studygroupmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

StudyGroupsView::StudyGroupsView(const PaneContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"studyGroupsView"_s);
    m_groups = new StudyGroupModel(m_context.store, this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_groups);
    m_sorted->setSortRole(StudyGroupModel::SortRole);
    m_sorted->setSortLocaleAware(true);

    m_groupTable = new QTableView(this);
    m_groupTable->setObjectName(u"groupTable"_s);
    m_groupTable->setModel(m_sorted);
    m_groupTable->setSortingEnabled(true);
    m_groupTable->sortByColumn(StudyGroupModel::NameColumn, Qt::AscendingOrder);
    m_groupTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groupTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groupTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groupTable->setAlternatingRowColors(true);
    m_groupTable->setWordWrap(false);
    m_groupTable->verticalHeader()->hide();
    m_groupTable->horizontalHeader()->setStretchLastSection(true);
    m_groupTable->horizontalHeader()->resizeSection(StudyGroupModel::NameColumn, 190);
    m_groupTable->horizontalHeader()->resizeSection(StudyGroupModel::TopicColumn, 130);
    m_groupTable->horizontalHeader()->resizeSection(StudyGroupModel::AdminsColumn, 150);

    auto *healthNote = new QLabel(tr("Health: growing, steady or gone cold — hover over the Health column for "
                                     "how it is judged."), this);
    healthNote->setToolTip(StudyGroupModel::healthRule());
    healthNote->setWordWrap(true);

    m_members = new MemberListModel(m_context.store, this);
    MemberFilter none;
    none.groupId = u"\x1f"_s; // no group selected yet: an id no group has
    m_members->setFilter(none);
    m_memberTable = new QTableView(this);
    m_memberTable->setObjectName(u"groupMemberTable"_s);
    m_memberTable->setModel(m_members);
    m_memberTable->setSortingEnabled(true);
    m_memberTable->sortByColumn(MemberListModel::PointsColumn, Qt::DescendingOrder);
    m_memberTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_memberTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_memberTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_memberTable->setAlternatingRowColors(true);
    m_memberTable->verticalHeader()->hide();
    m_memberTable->horizontalHeader()->setStretchLastSection(true);
    for (int c : {MemberListModel::BadgesColumn, MemberListModel::JoinedColumn, MemberListModel::SpendColumn,
                  MemberListModel::ChannelColumn, MemberListModel::SegmentColumn})
        m_memberTable->setColumnHidden(c, true);

    m_title = new QLabel(tr("Select a group to see its members."), this);
    m_title->setObjectName(u"groupTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_promote = new QPushButton(tr("Make group admin"), this);
    m_promote->setObjectName(u"groupPromote"_s);
    m_promote->setToolTip(tr("The selected member becomes an admin of this group (sent with the next sync)."));
    m_showAll = new QPushButton(tr("Show in member list"), this);
    m_showAll->setObjectName(u"groupShowInList"_s);
    m_message = new QLabel(this);
    m_message->setObjectName(u"groupMessage"_s);
    m_message->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_title, 1);
    buttons->addWidget(m_showAll);
    buttons->addWidget(m_promote);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_groupTable, 1);
    topLayout->addWidget(healthNote);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(buttons);
    bottomLayout->addWidget(m_memberTable, 1);
    bottomLayout->addWidget(m_message);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setSizes({360, 300});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addWidget(splitter);

    connect(m_groupTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StudyGroupsView::groupChanged);
    connect(m_memberTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StudyGroupsView::updateButtons);
    connect(m_members, &QAbstractItemModel::modelReset, this, &StudyGroupsView::updateButtons);
    connect(m_promote, &QPushButton::clicked, this, &StudyGroupsView::promoteSelected);
    connect(m_showAll, &QPushButton::clicked, this, [this] {
        if (!currentGroupId().isEmpty())
            Q_EMIT showInMemberList(currentGroupId());
    });
    connect(m_groups, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keepGroup = currentGroupId(); });
    connect(m_groups, &QAbstractItemModel::modelReset, this, [this] {
        if (m_groups->rowOf(m_keepGroup) >= 0)
            selectGroup(m_keepGroup);
        else
            m_groupTable->selectRow(0);
        updateButtons();
    });
    if (StoreNotifier *n = m_context.store->notifier())
        connect(n, &StoreNotifier::profileChanged, this, &StudyGroupsView::updateButtons);
    if (m_sorted->rowCount() > 0)
        m_groupTable->selectRow(0);
    updateButtons();
}

QString StudyGroupsView::currentGroupId() const
{
    const QModelIndex current = m_groupTable->selectionModel()->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(StudyGroupModel::IdRole).toString() : QString();
}

void StudyGroupsView::selectGroup(const QString &groupId)
{
    const int row = m_groups->rowOf(groupId);
    if (row >= 0)
        m_groupTable->selectRow(m_sorted->mapFromSource(m_groups->index(row, 0)).row());
}

void StudyGroupsView::groupChanged()
{
    const QString id = currentGroupId();
    const QModelIndex current = m_groupTable->selectionModel()->currentIndex();
    m_title->setText(id.isEmpty() ? tr("Select a group to see its members.")
                                  : tr("Members of %1").arg(current.siblingAtColumn(0).data().toString()));
    MemberFilter f;
    f.groupId = id.isEmpty() ? u"\x1f"_s : id;
    m_members->setFilter(f);
    m_message->clear();
    updateButtons();
}

void StudyGroupsView::updateButtons()
{
    const bool manager = m_context.account && m_context.account->canDo(u"group"_s, u"add_admin"_s);
    const QModelIndexList rows = m_memberTable->selectionModel()->selectedRows();
    bool isAdmin = false;
    const QModelIndex group = m_groupTable->selectionModel()->currentIndex();
    if (!rows.isEmpty() && group.isValid()) {
        const QStringList admins = group.siblingAtColumn(0).data(StudyGroupModel::AdminIdsRole).toStringList();
        isAdmin = admins.contains(m_members->idAt(rows.constFirst().row()));
    }
    m_promote->setVisible(manager);
    m_promote->setEnabled(manager && !rows.isEmpty() && !isAdmin);
    m_showAll->setEnabled(!currentGroupId().isEmpty());
}

void StudyGroupsView::promoteSelected()
{
    const QModelIndexList rows = m_memberTable->selectionModel()->selectedRows();
    const QString groupId = currentGroupId();
    if (rows.isEmpty() || groupId.isEmpty())
        return;
    const QString memberId = m_members->idAt(rows.constFirst().row());
    QString error;
    if (MemberActions(m_context.store).addGroupAdmin(groupId, memberId, &error))
        m_message->setText(tr("%1 becomes a group admin with the next sync.")
                               .arg(rows.constFirst().siblingAtColumn(MemberListModel::HandleColumn).data().toString()));
    else
        m_message->setText(error);
    updateButtons();
}
