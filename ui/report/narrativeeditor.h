#pragma once

#include <QTextEdit>
#include <QWidget>

class QAction;
class QLabel;
class QToolBar;

// A plain-text-in, rich-text-out editor for the report's narrative: bold, italic and
// lists, nothing else. Pasted content arrives as plain text, so no image, link or foreign
// formatting slips into a report.
class NarrativeTextEdit final : public QTextEdit
{
    Q_OBJECT
public:
    using QTextEdit::QTextEdit;

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};

class NarrativeEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NarrativeEditor)
public:
    explicit NarrativeEditor(const QString &placeholder, QWidget *parent = nullptr);

    QString html() const;
    bool isEmpty() const;
    // Replaces the text without emitting edited().
    void setHtml(const QString &html);
    void setStatus(const QString &text);
    NarrativeTextEdit *textEdit() const { return m_edit; }

Q_SIGNALS:
    void edited();

private:
    void toggleList(int style);
    void updateActions();

    NarrativeTextEdit *m_edit = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_bold = nullptr;
    QAction *m_italic = nullptr;
    QAction *m_bullets = nullptr;
    QAction *m_numbers = nullptr;
    QLabel *m_status = nullptr;
    bool m_loading = false;
};
