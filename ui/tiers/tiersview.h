#pragma once

#include "panecontext.h"
#include "panestate.h"
#include "tierapplyjob.h"
#include "tierruleset.h"
#include "whatif.h"

#include <QWidget>
#include <memory>

class MoversModel;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class TierRuleEditor;
class TierSizesModel;
class TransitionMatrixModel;
class WhatIfRunner;

// The tiers and their rules, with a live what-if: every edit re-evaluates the whole cache
// on a worker thread (the newest edit cancels the running pass) and shows the tier sizes
// before and after, the from/to matrix and the members who would move. Apply queues the
// rule changes and the members' new tiers through the outbox, in batches with progress.
class TiersView final : public QWidget, public PaneState
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TiersView)
public:
    explicit TiersView(const PaneContext &context, QWidget *parent = nullptr);
    ~TiersView() override;

    const TierRuleSet &draft() const { return m_draft; }
    std::shared_ptr<const WhatIfResult> result() const { return m_result; }
    TierRuleEditor *editor() const { return m_editor; }
    void selectTier(int index);
    // Queues the change without asking (the Apply button asks first).
    void applyNow();
    bool isApplying() const { return m_job != nullptr; }

    // The edited rules (not applied yet) and the tier being edited.
    QVariantMap saveState() const override;
    void restoreState(const QVariantMap &state) override;
    // A running Apply: a rebuild cancels it (what is queued by then stays queued).
    QStringList busyWork() const override;

Q_SIGNALS:
    void whatIfUpdated();
    void applyFinished(const TierApplyJob::Summary &summary);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reloadCached();
    void setDraft(const TierRuleSet &draft, bool recount = true);
    void refreshTierList();
    void scheduleWhatIf(int delayMs);
    void showResult(std::shared_ptr<const WhatIfResult> result);
    void updateButtons();
    void addTier();
    void moveTier(int delta);
    void removeTier();
    void confirmApply();
    bool canApply() const;

    PaneContext m_context;
    TierRuleSet m_cached;
    TierRuleSet m_draft;
    std::shared_ptr<const WhatIfResult> m_result;
    WhatIfRunner *m_runner = nullptr;
    TierApplyJob *m_job = nullptr;
    QTimer *m_debounce = nullptr;
    bool m_whatIfWhenShown = false; // a recount came due while the view was hidden
    QListWidget *m_tiers = nullptr;
    QPushButton *m_add = nullptr, *m_up = nullptr, *m_down = nullptr, *m_remove = nullptr;
    TierRuleEditor *m_editor = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_revert = nullptr, *m_apply = nullptr, *m_cancel = nullptr, *m_showAll = nullptr;
    QProgressBar *m_progress = nullptr;
    TierSizesModel *m_sizes = nullptr;
    TransitionMatrixModel *m_matrix = nullptr;
    MoversModel *m_movers = nullptr;
    QTableView *m_sizesView = nullptr, *m_matrixView = nullptr, *m_moversView = nullptr;
    QLabel *m_moversLabel = nullptr;
    int m_selected = -1;
};
