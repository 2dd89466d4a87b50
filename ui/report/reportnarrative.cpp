#include "reportnarrative.h"

#include <QHash>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

using namespace Qt::StringLiterals;

bool ReportNarrative::isEmpty(const QString &html)
{
    if (html.trimmed().isEmpty())
        return true;
    QTextDocument source;
    source.setHtml(html);
    return source.toPlainText().remove(QChar::ObjectReplacementCharacter).trimmed().isEmpty();
}

std::unique_ptr<QTextDocument> ReportNarrative::document(const QString &html, const ReportStyle &style)
{
    if (isEmpty(html))
        return nullptr;
    QTextDocument source;
    source.setHtml(html);

    auto out = std::make_unique<QTextDocument>();
    out->setDefaultFont(style.bodyFont());
    out->setDocumentMargin(0);
    out->setIndentWidth(ReportStyle::pt(16));
    out->setUseDesignMetrics(true);
    QTextCursor cursor(out.get());
    QTextBlockFormat paragraph;
    paragraph.setBottomMargin(ReportStyle::pt(4));
    paragraph.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
    QHash<QTextList *, QTextList *> lists;
    bool first = true;
    for (QTextBlock block = source.begin(); block.isValid(); block = block.next()) {
        if (first)
            cursor.setBlockFormat(paragraph);
        else
            cursor.insertBlock(paragraph, QTextCharFormat());
        first = false;
        if (QTextList *list = block.textList()) {
            if (QTextList *copy = lists.value(list)) {
                copy->add(cursor.block());
            } else {
                QTextListFormat format;
                format.setStyle(list->format().style());
                format.setIndent(std::clamp(list->format().indent(), 1, 4));
                lists.insert(list, cursor.createList(format));
            }
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || fragment.charFormat().isImageFormat())
                continue;
            QString text = fragment.text();
            text.remove(QChar::ObjectReplacementCharacter);
            QTextCharFormat format;
            format.setFontWeight(fragment.charFormat().fontWeight() >= QFont::DemiBold ? QFont::Bold : QFont::Normal);
            format.setFontItalic(fragment.charFormat().fontItalic());
            format.setForeground(ReportStyle::ink());
            cursor.insertText(text, format);
        }
    }
    return out;
}
