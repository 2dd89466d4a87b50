#pragma once

#include "panecontext.h"

#include <QWidget>

class BadgeCatalogModel;
class MemberListModel;
class QLabel;
class QTableView;

// The Badges tab: the platform's badge catalogue (icon, name, description, criteria,
// holders) and, for the selected badge, who holds it.
class BadgeCatalogView final : public QWidget
{
    Q_OBJECT
public:
    explicit BadgeCatalogView(const PaneContext &context, QWidget *parent = nullptr);

    BadgeCatalogModel *badges() const { return m_badges; }
    MemberListModel *holders() const { return m_holders; }
    QTableView *badgeTable() const { return m_badgeTable; }
    QString currentBadgeId() const;

Q_SIGNALS:
    void showInMemberList(const QString &badgeId);

private:
    void badgeChanged();

    PaneContext m_context;
    BadgeCatalogModel *m_badges = nullptr;
    MemberListModel *m_holders = nullptr;
    QTableView *m_badgeTable = nullptr;
    QTableView *m_holderTable = nullptr;
    QLabel *m_title = nullptr;
    QString m_keepBadge;
};
