#pragma once

#include "panecontext.h"

#include <QWidget>

class BadgeCatalogView;
class MemberListView;
class QTabWidget;
class StudyGroupsView;

// The community manager's view of the people: the member list with its detail and
// actions, the study groups and the badge catalogue, one tab each (the tiers, segments
// and leaderboards tabs join them).
class MembersPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MembersPane)
public:
    explicit MembersPane(const PaneContext &context, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    MemberListView *memberList() const { return m_members; }
    StudyGroupsView *groups() const { return m_groups; }
    BadgeCatalogView *badges() const { return m_badges; }

private:
    PaneContext m_context;
    QTabWidget *m_tabs = nullptr;
    MemberListView *m_members = nullptr;
    StudyGroupsView *m_groups = nullptr;
    BadgeCatalogView *m_badges = nullptr;
};
