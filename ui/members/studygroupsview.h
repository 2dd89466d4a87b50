#pragma once

#include "panecontext.h"

#include <QWidget>

class MemberListModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class StudyGroupModel;

// The Groups tab: the study groups with their health, and the members of the selected
// group; a manager can make one of them a group admin (through the outbox).
class StudyGroupsView final : public QWidget
{
    Q_OBJECT
public:
    explicit StudyGroupsView(const PaneContext &context, QWidget *parent = nullptr);

    StudyGroupModel *groups() const { return m_groups; }
    MemberListModel *members() const { return m_members; }
    QTableView *groupTable() const { return m_groupTable; }
    QTableView *memberTable() const { return m_memberTable; }
    QString currentGroupId() const;
    void selectGroup(const QString &groupId);
    void promoteSelected();

Q_SIGNALS:
    void showInMemberList(const QString &groupId);

private:
    void groupChanged();
    void updateButtons();

    PaneContext m_context;
    StudyGroupModel *m_groups = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    MemberListModel *m_members = nullptr;
    QTableView *m_groupTable = nullptr;
    QTableView *m_memberTable = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_promote = nullptr;
    QPushButton *m_showAll = nullptr;
    QString m_keepGroup;
};
