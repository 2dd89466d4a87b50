#pragma once

#include "moderationactions.h"
#include "panecontext.h"
#include "panestate.h"

#include <QWidget>

class FeedbackQueueModel;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

// Members' feedback against the 24-hour response target: time left or overdue,
// highlighted; the ticket with its replies; reply and resolve — offline too, through the
// outbox.
class FeedbackView final : public QWidget, public PaneState
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedbackView)
public:
    explicit FeedbackView(const PaneContext &context, QWidget *parent = nullptr);

    FeedbackQueueModel *model() const { return m_model; }
    QString currentId() const;

    // The status filter, the ticket shown and the reply being written.
    QVariantMap saveState() const override;
    void restoreState(const QVariantMap &state) override;

public Q_SLOTS:
    void sendReply();
    void resolve();

private:
    void showCurrent();
    void updateSummary();
    void showMessage(const QString &text, bool error);

    PaneContext m_context;
    ModerationActions m_actions;
    FeedbackQueueModel *m_model = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_ticket = nullptr;
    QPlainTextEdit *m_reply = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_resolve = nullptr;
    QLabel *m_message = nullptr;
    QString m_currentId;
};
