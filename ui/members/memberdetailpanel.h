#pragma once

#include "memberdetail.h"

#include <QWidget>

class ActivityChart;
class QFormLayout;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;
class Store;

// One member in full, beside the member list: profile with a small activity chart, the
// points ledger, tier history, moderation history (their posts and the decisions about
// them) and the moderators' notes. Reads through MemberDetail; shows, never edits.
class MemberDetailPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit MemberDetailPanel(Store *store, QWidget *parent = nullptr);

    void showMember(const QString &memberId); // empty: the placeholder
    QString memberId() const { return m_memberId; }
    const MemberDetail &detail() const { return m_detail; }
    QTabWidget *tabs() const { return m_tabs; }

public Q_SLOTS:
    void reload();

private:
    QWidget *createProfileTab();
    void fillProfile();
    void fillLists();

    Store *m_store = nullptr;
    QString m_memberId;
    MemberDetail m_detail;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_pending = nullptr;
    QTabWidget *m_tabs = nullptr;
    ActivityChart *m_chart = nullptr;
    QFormLayout *m_profileForm = nullptr;
    QList<QLabel *> m_profileValues;
    QLabel *m_badges = nullptr;
    QTreeWidget *m_ledger = nullptr;
    QLabel *m_ledgerCount = nullptr;
    QTreeWidget *m_tierHistory = nullptr;
    QLabel *m_tierSince = nullptr;
    QTreeWidget *m_authored = nullptr;
    QTreeWidget *m_decisions = nullptr;
    QTreeWidget *m_notes = nullptr;
};
