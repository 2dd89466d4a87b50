#pragma once

#include "memberfilter.h"
#include "panecontext.h"
#include "panestate.h"

#include <QWidget>

class MemberActionDialog;
class MemberDetailPanel;
class MemberListModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

// The Members tab: search and filters over the cached members, the paged table, the
// selected member's detail, and the actions on one member or a selection (role
// permitting), CSV export of the view and the points import.
class MemberListView final : public QWidget, public PaneState
{
    Q_OBJECT
public:
    explicit MemberListView(const PaneContext &context, QWidget *parent = nullptr);

    MemberListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    MemberDetailPanel *detailPanel() const { return m_detail; }
    QStringList selectedIds() const;
    MemberFilter currentFilter() const;
    // Filters the list to one study group / badge's holders (from the other tabs).
    void showGroup(const QString &groupId);
    void showBadgeHolders(const QString &badgeId);
    void applyFilters();
    // Actions; each opens its dialog (window-modal) for the selection.
    void awardPoints();
    void changeBadge();
    void setTier();
    void mute();
    void unmute();
    void addNote();
    void exportCsv();
    // Writes the current view to `path` (the file chooser's answer) off the GUI thread.
    void exportTo(const QString &path);
    void importPoints();
    QString lastMessage() const;

    // The filter fields as shown (typed text too) and the current member.
    QVariantMap saveState() const override;
    void restoreState(const QVariantMap &state) override;

Q_SIGNALS:
    void exportFinished(qint64 rows, const QString &error);

private:
    void buildFilters();
    void buildActions();
    void fillChoices();
    void updateActions();
    void updateFooter();
    void showMessage(const QString &text);
    void restoreSelection();
    void performAction(MemberActionDialog *dialog, const QStringList &ids);
    MemberActionDialog *openDialog(int kind);
    QString describe(const QStringList &ids) const;
    bool allowed(const QString &action) const;

    PaneContext m_context;
    MemberListModel *m_model = nullptr;
    MemberDetailPanel *m_detail = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_segment = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_group = nullptr;
    QComboBox *m_badge = nullptr;
    QCheckBox *m_joinedOn = nullptr;
    QDateEdit *m_joinedFrom = nullptr;
    QDateEdit *m_joinedTo = nullptr;
    QCheckBox *m_activeOn = nullptr;
    QDateEdit *m_activeFrom = nullptr;
    QDateEdit *m_activeTo = nullptr;
    QToolButton *m_pointsButton = nullptr;
    QToolButton *m_badgeButton = nullptr;
    QToolButton *m_tierButton = nullptr;
    QToolButton *m_muteButton = nullptr;
    QToolButton *m_unmuteButton = nullptr;
    QToolButton *m_noteButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QToolButton *m_importButton = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_debounce = nullptr;
    QString m_currentId;
    bool m_exporting = false;
};
