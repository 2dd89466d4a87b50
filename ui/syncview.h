#pragma once

#include "panecontext.h"

#include <QWidget>

class ConflictModel;
class OutboxModel;
class QLabel;
class QPushButton;
class QTableView;
class RejectedModel;
class SyncLogModel;

// Everything about syncing in one place: the changes waiting to go out, the conflicts
// (both sides in words) with Keep mine / Take theirs, what the server refused, and the
// recent sync runs with their errors.
class SyncView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncView)
public:
    explicit SyncView(const PaneContext &context, QWidget *parent = nullptr);

    void keepMine();
    void takeTheirs();
    void dismissRejected();

private:
    QWidget *createOutboxSection();
    QWidget *createConflictSection();
    QWidget *createRejectedSection();
    QWidget *createRunsSection();
    void updateConflictButtons();
    void updateCounts();
    void updateHeader();
    void showResult(const QString &message, bool error);
    qint64 selectedConflictId() const;

    PaneContext m_context;
    OutboxModel *m_outbox = nullptr;
    ConflictModel *m_conflicts = nullptr;
    RejectedModel *m_rejected = nullptr;
    SyncLogModel *m_runs = nullptr;
    QTableView *m_outboxTable = nullptr;
    QTableView *m_conflictTable = nullptr;
    QTableView *m_rejectedTable = nullptr;
    QTableView *m_runsTable = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_outboxTitle = nullptr;
    QLabel *m_conflictTitle = nullptr;
    QLabel *m_conflictDetail = nullptr;
    QLabel *m_readOnlyNote = nullptr;
    QWidget *m_rejectedSection = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_takeTheirs = nullptr;
    QPushButton *m_dismiss = nullptr;
};
