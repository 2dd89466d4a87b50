#pragma once

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QListView;
class QPlainTextEdit;
class ReasonTemplateModel;

// The reason for a rejection: pick a template (Enter takes the selected one), edit the
// text, see it filled in for the first item. Templates are edited in place (rename in the
// list, change the text and "Save as template"). The text may keep {author}/{title}
// placeholders; they are filled per item when several items are rejected at once.
class RejectReasonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectReasonDialog)
public:
    RejectReasonDialog(ReasonTemplateModel *templates, const QJsonObject &firstItem, const QString &authorName,
                       int itemCount, QWidget *parent = nullptr);

    QString reasonText() const;
    void setReasonText(const QString &text);
    void selectTemplate(int row);

private:
    void updatePreview();

    ReasonTemplateModel *m_templates = nullptr;
    QJsonObject m_item;
    QString m_author;
    QListView *m_list = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_preview = nullptr;
};
