#pragma once

#include "panecontext.h"
#include "panestate.h"

#include <QWidget>

class BadgeCatalogView;
class MemberListView;
class QTabWidget;
class SegmentsView;
class StudyGroupsView;
class TiersView;

// The community manager's view of the people: the member list with its detail and
// actions, the study groups and the badge catalogue, one tab each (the tiers, segments
// and leaderboards tabs join them).
class MembersPane final : public QWidget, public PaneState
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MembersPane)
public:
    explicit MembersPane(const PaneContext &context, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    MemberListView *memberList() const { return m_members; }
    StudyGroupsView *groups() const { return m_groups; }
    BadgeCatalogView *badges() const { return m_badges; }
    TiersView *tiers() const { return m_tiers; }
    SegmentsView *segments() const { return m_segments; }

    QVariantMap saveState() const override;
    void restoreState(const QVariantMap &state) override;
    QStringList busyWork() const override;

private:
    PaneContext m_context;
    QTabWidget *m_tabs = nullptr;
    MemberListView *m_members = nullptr;
    StudyGroupsView *m_groups = nullptr;
    BadgeCatalogView *m_badges = nullptr;
    TiersView *m_tiers = nullptr;
    SegmentsView *m_segments = nullptr;
};
