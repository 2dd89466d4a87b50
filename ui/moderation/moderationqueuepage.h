#pragma once

#include "moderationactions.h"
#include "panecontext.h"
#include "panestate.h"

#include <QWidget>

class KeywordRuleModel;
class ModerationDetailPanel;
class ModerationFilterBar;
class ModerationQueueModel;
class QAction;
class QLabel;
class QListView;
class QTableView;
class QTimer;
class ReasonTemplateModel;
class SavedViewModel;
struct ModerationFilter;

// The review queue: saved views with live counts in a side bar, filters, the table and
// the selected item's detail, worked from the keyboard — J/K next/previous, A approve,
// R reject (reason templates), E escalate, M mute the author, C claim/release, Ctrl+Z undo
// while not synced. Every decision is optimistic through the outbox and the next item is
// selected at once. Several selected rows get one decision each, with a per-item result.
class ModerationQueuePage final : public QWidget, public PaneState
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModerationQueuePage)
public:
    ModerationQueuePage(const PaneContext &context, KeywordRuleModel *rules, QWidget *parent = nullptr);
    ~ModerationQueuePage() override;

    ModerationQueueModel *model() const { return m_model; }
    SavedViewModel *savedViews() const { return m_views; }
    ReasonTemplateModel *reasonTemplates() const { return m_templates; }
    ModerationDetailPanel *detailPanel() const { return m_detail; }
    QTableView *table() const { return m_table; }
    QString currentItemId() const;
    QStringList selectedItemIds() const;
    void setFilter(const ModerationFilter &filter);

    // The filters as shown (typed text too), the sort, the current item and the undo list.
    QVariantMap saveState() const override;
    void restoreState(const QVariantMap &state) override;

public Q_SLOTS:
    void next();
    void previous();
    void approve();
    void reject();          // asks for the reason
    void escalate();
    void muteAuthor();      // asks for the duration
    void banAuthor();       // asks for the reason
    void toggleClaim();
    void undo();
    // The decision with a reason already chosen (the dialogs end here; tests too).
    void decideSelected(const QString &action, const QString &reasonText = {});

Q_SIGNALS:
    // A short sentence about the last action, for the status line (and tests).
    void message(const QString &text, bool error);

private:
    QWidget *createSideBar();
    QWidget *createCenter();
    QAction *addShortcut(const QString &objectName, const QString &text, const QKeySequence &key,
                         void (ModerationQueuePage::*slot)());
    void applyFilter(const ModerationFilter &filter);
    void selectRow(int row);
    void selectId(const QString &id, int fallbackRow);
    void showCurrent();
    void updateActions();
    void showMessage(const QString &text, bool error);
    void rememberUndo(const QList<ModerationActions::Result> &results);
    QString nextIdAfter(const QStringList &ids) const;
    void refreshFacets();
    void saveView();
    void removeView();

    PaneContext m_context;
    ModerationActions m_actions;
    KeywordRuleModel *m_rules = nullptr;
    ModerationQueueModel *m_model = nullptr;
    SavedViewModel *m_views = nullptr;
    ReasonTemplateModel *m_templates = nullptr;
    ModerationFilterBar *m_filters = nullptr;
    ModerationDetailPanel *m_detail = nullptr;
    QListView *m_viewList = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_facetTimer = nullptr;
    QList<QAction *> m_decisionActions;
    QList<QStringList> m_undo; // groups of mutation ids, newest last
    QString m_currentId;       // restored after a model reset
    bool m_applyingView = false;
};
