#include "narrativeeditor.h"

#include <QAction>
#include <QLabel>
#include <QMimeData>
#include <QTextCursor>
#include <QTextList>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

bool NarrativeTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasText();
}

void NarrativeTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (source->hasText())
        textCursor().insertText(source->text());
}

NarrativeEditor::NarrativeEditor(const QString &placeholder, QWidget *parent)
    : QWidget(parent)
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_bold = m_toolBar->addAction(tr("Bold"));
    m_bold->setShortcut(QKeySequence::Bold);
    m_bold->setCheckable(true);
    QFont boldFont = m_bold->font();
    boldFont.setBold(true);
    m_bold->setFont(boldFont);
    m_italic = m_toolBar->addAction(tr("Italic"));
    m_italic->setShortcut(QKeySequence::Italic);
    m_italic->setCheckable(true);
    QFont italicFont = m_italic->font();
    italicFont.setItalic(true);
    m_italic->setFont(italicFont);
    m_toolBar->addSeparator();
    m_bullets = m_toolBar->addAction(tr("• List"));
    m_bullets->setCheckable(true);
    m_bullets->setToolTip(tr("Bulleted list"));
    m_numbers = m_toolBar->addAction(tr("1. List"));
    m_numbers->setCheckable(true);
    m_numbers->setToolTip(tr("Numbered list"));
    for (QAction *a : {m_bold, m_italic})
        a->setToolTip(a->text() + u" ("_s + a->shortcut().toString(QKeySequence::NativeText) + u")"_s);

    m_edit = new NarrativeTextEdit(this);
    m_edit->setObjectName(u"narrativeText"_s);
    m_edit->setAcceptRichText(true);
    m_edit->setPlaceholderText(placeholder);
    m_edit->setTabChangesFocus(true);
    m_status = new QLabel(this);
    m_status->setObjectName(u"narrativeStatus"_s);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);

    connect(m_bold, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontWeight(on ? QFont::Bold : QFont::Normal);
        m_edit->mergeCurrentCharFormat(format);
    });
    connect(m_italic, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontItalic(on);
        m_edit->mergeCurrentCharFormat(format);
    });
    connect(m_bullets, &QAction::triggered, this, [this] { toggleList(QTextListFormat::ListDisc); });
    connect(m_numbers, &QAction::triggered, this, [this] { toggleList(QTextListFormat::ListDecimal); });
    connect(m_edit, &QTextEdit::currentCharFormatChanged, this, &NarrativeEditor::updateActions);
    connect(m_edit, &QTextEdit::cursorPositionChanged, this, &NarrativeEditor::updateActions);
    connect(m_edit, &QTextEdit::textChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });
}

void NarrativeEditor::toggleList(int style)
{
    QTextCursor cursor = m_edit->textCursor();
    cursor.beginEditBlock();
    if (QTextList *list = cursor.currentList(); list && list->format().style() == style) {
        // The same button again: back to a plain paragraph.
        list->remove(cursor.block());
        QTextBlockFormat format = cursor.blockFormat();
        format.setIndent(0);
        cursor.setBlockFormat(format);
    } else {
        QTextListFormat format;
        format.setStyle(QTextListFormat::Style(style));
        cursor.createList(format);
    }
    cursor.endEditBlock();
    updateActions();
}

void NarrativeEditor::updateActions()
{
    const QTextCharFormat format = m_edit->currentCharFormat();
    m_bold->setChecked(format.fontWeight() >= QFont::DemiBold);
    m_italic->setChecked(format.fontItalic());
    const QTextList *list = m_edit->textCursor().currentList();
    m_bullets->setChecked(list && list->format().style() == QTextListFormat::ListDisc);
    m_numbers->setChecked(list && list->format().style() == QTextListFormat::ListDecimal);
}

QString NarrativeEditor::html() const
{
    return isEmpty() ? QString() : m_edit->toHtml();
}

bool NarrativeEditor::isEmpty() const
{
    return m_edit->toPlainText().trimmed().isEmpty();
}

void NarrativeEditor::setHtml(const QString &html)
{
    m_loading = true;
    m_edit->setHtml(html);
    m_loading = false;
    updateActions();
}

void NarrativeEditor::setStatus(const QString &text)
{
    m_status->setText(text);
}
