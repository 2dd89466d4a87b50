#pragma once

#include "panecontext.h"
#include "panestate.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class SegmentRunner;
class SegmentSummaryModel;
class TargetListModel;

// RFM segments with their summary (size, share of members and of spend, activity), and
// target lists for campaigns: a segment's members with why they are in it, the members
// at churn risk with their figures, and the members silent for N days — each exportable
// as CSV. Segments are recomputed on a worker thread after each sync or on demand.
class SegmentsView final : public QWidget, public PaneState
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentsView)
public:
    explicit SegmentsView(const PaneContext &context, QWidget *parent = nullptr);
    ~SegmentsView() override;

    void recompute();
    TargetListModel *targetList() const { return m_list; }
    SegmentSummaryModel *summary() const { return m_summary; }
    // Writes the current target list to `path` on a worker thread.
    void exportTo(const QString &path);

    // The churn thresholds and the target list shown.
    QVariantMap saveState() const override;
    void restoreState(const QVariantMap &state) override;

Q_SIGNALS:
    void segmentsComputed();
    void exported(qint64 rows, const QString &error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showList();
    void countList();
    void showCount(qint64 members); // -1: the count failed
    void updateComputedLabel();

    PaneContext m_context;
    SegmentRunner *m_runner = nullptr;
    SegmentSummaryModel *m_summary = nullptr;
    TargetListModel *m_list = nullptr;
    QTableView *m_summaryView = nullptr;
    QTableView *m_listView = nullptr;
    QLabel *m_computed = nullptr;
    QPushButton *m_recompute = nullptr;
    QComboBox *m_listKind = nullptr;
    QSpinBox *m_silentDays = nullptr;
    QDoubleSpinBox *m_churnMin = nullptr;
    QSpinBox *m_churnDrop = nullptr;
    QLabel *m_listCount = nullptr;
    QLabel *m_listNote = nullptr;
    QPushButton *m_export = nullptr;
    bool m_recomputeWhenShown = false; // a recompute came due while the view was hidden
    bool m_showListWhenShown = false;  // the target list changed while the view was hidden
    quint64 m_countTicket = 0;         // the newest count asked for
};
