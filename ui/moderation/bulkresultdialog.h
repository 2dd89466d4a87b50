#pragma once

#include "moderationactions.h"

#include <QDialog>

class QTableWidget;

// What a bulk decision did, item by item: done, or the reason it was refused.
class BulkResultDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkResultDialog)
public:
    // `titles` maps item ids to what the moderator recognises (title or excerpt).
    BulkResultDialog(const QString &doneText, const QList<ModerationActions::Result> &results,
                     const QHash<QString, QString> &titles, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};
