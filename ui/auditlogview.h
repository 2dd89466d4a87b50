#pragma once

#include "panecontext.h"
#include "panestate.h"

#include <QWidget>

class AuditLogModel;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

// Who did what, newest first: the platform's audit entries from the cache, paged by the
// model as the table scrolls (or "Load more"), filtered by text, actor and entity, with
// every field of the selected entry beside the table.
class AuditLogView final : public QWidget, public PaneState
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogView)
public:
    explicit AuditLogView(const PaneContext &context, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    // Applies the filter fields now instead of after the typing pause.
    void applyFilters();
    void loadMore();

    // The three filter fields.
    QVariantMap saveState() const override;
    void restoreState(const QVariantMap &state) override;

private:
    QWidget *createDetail();
    void showDetail();
    void updateFooter();

    PaneContext m_context;
    AuditLogModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QLineEdit *m_actor = nullptr;
    QComboBox *m_entity = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_loadMore = nullptr;
    QTimer *m_debounce = nullptr;
    QWidget *m_detail = nullptr;
    QLabel *m_detailPlaceholder = nullptr;
    QList<QLabel *> m_detailValues;
};
