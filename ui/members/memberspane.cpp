#include "memberspane.h"

#include "badgecatalogview.h"
#include "leaderboardsview.h"
#include "memberlistview.h"
#include "segmentsview.h"
#include "studygroupsview.h"
#include "tiersview.h"

#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MembersPane::MembersPane(const PaneContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"membersTabs"_s);
    m_tabs->setDocumentMode(true);
    m_members = new MemberListView(m_context, m_tabs);
    m_groups = new StudyGroupsView(m_context, m_tabs);
    m_badges = new BadgeCatalogView(m_context, m_tabs);
    m_tabs->addTab(m_members, tr("Members"));
    m_tabs->addTab(m_groups, tr("Study groups"));
    m_tabs->addTab(m_badges, tr("Badges"));

    // Tabs from ui/tiers (tiers, segments, leaderboards) are added here.
    m_tiers = new TiersView(m_context, m_tabs);
    m_segments = new SegmentsView(m_context, m_tabs);
    m_tabs->addTab(m_tiers, tr("Tiers"));
    m_tabs->addTab(m_segments, tr("Segments"));
    m_tabs->addTab(new LeaderboardsView(m_context, m_tabs), tr("Leaderboards"));

    connect(m_groups, &StudyGroupsView::showInMemberList, this, [this](const QString &groupId) {
        m_members->showGroup(groupId);
        m_tabs->setCurrentWidget(m_members);
    });
    connect(m_badges, &BadgeCatalogView::showInMemberList, this, [this](const QString &badgeId) {
        m_members->showBadgeHolders(badgeId);
        m_tabs->setCurrentWidget(m_members);
    });

    // The pane opens on the tab it was left on.
    m_tabs->setCurrentIndex(qBound(0, QSettings().value(u"members/tab"_s, 0).toInt(), m_tabs->count() - 1));
    connect(m_tabs, &QTabWidget::currentChanged, this, [](int index) { QSettings().setValue(u"members/tab"_s, index); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

QVariantMap MembersPane::saveState() const
{
    return {{u"tab"_s, m_tabs->currentIndex()},
            {u"members"_s, m_members->saveState()},
            {u"tiers"_s, m_tiers->saveState()},
            {u"segments"_s, m_segments->saveState()}};
}

void MembersPane::restoreState(const QVariantMap &state)
{
    m_members->restoreState(state.value(u"members"_s).toMap());
    m_tiers->restoreState(state.value(u"tiers"_s).toMap());
    m_segments->restoreState(state.value(u"segments"_s).toMap());
    if (state.contains(u"tab"_s))
        m_tabs->setCurrentIndex(state.value(u"tab"_s).toInt());
}

QStringList MembersPane::busyWork() const
{
    return m_tiers->busyWork();
}
