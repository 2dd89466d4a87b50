#pragma once

#include "campaigndialog.h"
#include "panecontext.h"
#include "panestate.h"

#include <QWidget>

class CampaignCalendar;
class CampaignCard;
class CampaignModel;
class CampaignTimeline;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QuarterSummaryView;
struct Mutation;

// The campaigns pane: one campaign model seen as a list, a month calendar and a
// timeline, with the selected campaign's card beside them, the plan's warnings above and
// the quarters' budgets in their own tab. Managers create, edit, move and stretch
// campaigns and set budgets; every change goes to the outbox (offline-first) and shows
// at once. Other roles read.
class CampaignsView final : public QWidget, public PaneState
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsView)
public:
    enum Tab { ListTab, CalendarTab, TimelineTab, QuartersTab };

    explicit CampaignsView(const PaneContext &context, QWidget *parent = nullptr);

    CampaignModel *model() const { return m_model; }
    CampaignCalendar *calendar() const { return m_calendar; }
    CampaignTimeline *timeline() const { return m_timeline; }
    CampaignCard *card() const { return m_card; }
    QuarterSummaryView *quarters() const { return m_quarters; }
    void showTab(Tab tab);
    QString currentId() const { return m_currentId; }
    void setCurrentId(const QString &id);
    bool isEditable() const { return m_editable; }
    QString message() const;

    // The tab and the campaign come back from QSettings by themselves; the search with
    // the rest, and the month the calendar shows.
    QVariantMap saveState() const override;
    void restoreState(const QVariantMap &state) override;

    // The actions; each queues one mutation (false and a message when refused).
    bool reschedule(const QString &id, const QDate &start, const QDate &end);
    bool saveCampaign(const Campaign &before, const Campaign &after, bool isNew);
    bool deleteCampaign(const QString &id);
    bool saveBudget(const QString &quarter, double amount, const QString &notes);

    // Opens the dialogs (modal).
    void newCampaign(const QDate &start = {});
    void editCampaign(const QString &id, CampaignDialog::Page page = CampaignDialog::PlanPage);
    void editBudget(const QString &quarter);

private:
    QWidget *createListTab();
    QWidget *createCalendarTab();
    QWidget *createTimelineTab();
    QWidget *createLegend();
    bool enqueue(const Mutation &mutation, const QString &done);
    void showMessage(const QString &text, bool error, const QString &undoId = {});
    void updateRole();
    void updateWarnings();
    void updateMonthLabel();
    void confirmDelete();
    QStringList knownOwners() const;

    PaneContext m_context;
    CampaignModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    CampaignCalendar *m_calendar = nullptr;
    CampaignTimeline *m_timeline = nullptr;
    QuarterSummaryView *m_quarters = nullptr;
    CampaignCard *m_card = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_readOnly = nullptr;
    QLabel *m_monthLabel = nullptr;
    QLabel *m_warningsTitle = nullptr;
    QListWidget *m_warnings = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_undo = nullptr;
    QString m_undoId;
    QString m_currentId;
    bool m_editable = false;
};
