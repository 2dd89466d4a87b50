#include "badgecatalogview.h"

#include "badgecatalogmodel.h"
#include "badgeicon.h"
#include "memberlistmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// Adds each badge's icon to its name; the catalogue model itself stays widget-free.
class BadgeIconProxy final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == BadgeCatalogModel::NameColumn) {
            const QString id = index.data(BadgeCatalogModel::IdRole).toString();
            const QString key = id + u'|' + index.data(Qt::DisplayRole).toString();
            auto it = m_icons.constFind(key);
            if (it == m_icons.cend())
                it = m_icons.insert(key, BadgeIcon::icon(id, index.data(BadgeCatalogModel::EnglishNameRole).toString()));
            return *it;
        }
        return QIdentityProxyModel::data(index, role);
    }

private:
    mutable QHash<QString, QIcon> m_icons;
};
} // namespace

BadgeCatalogView::BadgeCatalogView(const PaneContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"badgeCatalogView"_s);
    m_badges = new BadgeCatalogModel(m_context.store, this);
    auto *icons = new BadgeIconProxy(this);
    icons->setSourceModel(m_badges);
    m_badgeTable = new QTableView(this);
    m_badgeTable->setObjectName(u"badgeTable"_s);
    m_badgeTable->setModel(icons);
    m_badgeTable->setIconSize(QSize(28, 28));
    m_badgeTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_badgeTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_badgeTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_badgeTable->setAlternatingRowColors(true);
    m_badgeTable->setWordWrap(true);
    m_badgeTable->verticalHeader()->hide();
    m_badgeTable->verticalHeader()->setDefaultSectionSize(36);
    QHeaderView *h = m_badgeTable->horizontalHeader();
    h->resizeSection(BadgeCatalogModel::NameColumn, 190);
    h->resizeSection(BadgeCatalogModel::DescriptionColumn, 260);
    h->setSectionResizeMode(BadgeCatalogModel::CriteriaColumn, QHeaderView::Stretch);
    h->resizeSection(BadgeCatalogModel::HoldersColumn, 80);

    m_holders = new MemberListModel(m_context.store, this);
    MemberFilter none;
    none.badgeId = u"\x1f"_s;
    m_holders->setFilter(none);
    m_holderTable = new QTableView(this);
    m_holderTable->setObjectName(u"badgeHolderTable"_s);
    m_holderTable->setModel(m_holders);
    m_holderTable->setSortingEnabled(true);
    m_holderTable->sortByColumn(MemberListModel::PointsColumn, Qt::DescendingOrder);
    m_holderTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_holderTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_holderTable->setAlternatingRowColors(true);
    m_holderTable->verticalHeader()->hide();
    m_holderTable->horizontalHeader()->setStretchLastSection(true);
    for (int c : {MemberListModel::JoinedColumn, MemberListModel::SpendColumn, MemberListModel::ChannelColumn,
                  MemberListModel::StatusColumn})
        m_holderTable->setColumnHidden(c, true);

    m_title = new QLabel(this);
    m_title->setObjectName(u"badgeHoldersTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto *showAll = new QPushButton(tr("Show in member list"), this);
    showAll->setObjectName(u"badgeShowInList"_s);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(showAll);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(titleRow);
    bottomLayout->addWidget(m_holderTable, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_badgeTable);
    splitter->addWidget(bottom);
    splitter->setSizes({380, 280});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addWidget(splitter);

    connect(m_badgeTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BadgeCatalogView::badgeChanged);
    connect(m_holders, &MemberListModel::matchCountChanged, this, &BadgeCatalogView::badgeChanged);
    connect(showAll, &QPushButton::clicked, this, [this] {
        if (!currentBadgeId().isEmpty())
            Q_EMIT showInMemberList(currentBadgeId());
    });
    connect(m_badges, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keepBadge = currentBadgeId(); });
    connect(m_badges, &QAbstractItemModel::modelReset, this, [this] {
        int row = 0;
        for (int i = 0; i < m_badges->rowCount(); ++i)
            if (m_badges->idAt(i) == m_keepBadge)
                row = i;
        m_badgeTable->selectRow(row);
    });
    if (m_badges->rowCount() > 0)
        m_badgeTable->selectRow(0);
    badgeChanged();
}

QString BadgeCatalogView::currentBadgeId() const
{
    const QModelIndex current = m_badgeTable->selectionModel()->currentIndex();
    return current.isValid() ? current.data(BadgeCatalogModel::IdRole).toString() : QString();
}

void BadgeCatalogView::badgeChanged()
{
    const QString id = currentBadgeId();
    if (id.isEmpty()) {
        m_title->setText(m_badges->rowCount() == 0 ? tr("No badges in the cache yet; sync first.")
                                                   : tr("Select a badge to see who holds it."));
        return;
    }
    MemberFilter f;
    f.badgeId = id;
    m_holders->setFilter(f);
    const qint64 n = m_holders->matchCount();
    m_title->setText(n < 0 ? tr("Holders of %1").arg(m_badges->nameOf(id))
                           : tr("Holders of %1 in the local cache: %2").arg(m_badges->nameOf(id), QLocale().toString(n)));
}
