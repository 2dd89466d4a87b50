#include "reportblocks.h"

#include "reportstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace {
double leadingFor(const QFont &font)
{
    return QFontMetricsF(font).height() * 0.25;
}

// Plain text wrapped at word boundaries, inside a word only when one word is wider than
// the box (QPainter::drawText's flags cannot say "anywhere only if needed").
struct Wrapped {
    Wrapped(const QString &text, const QFont &font, double width, Qt::Alignment alignment)
        : layout(QString(text).replace(u'\n', QChar::LineSeparator), font)
    {
        QTextOption option(alignment & Qt::AlignHorizontal_Mask);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setUseDesignMetrics(true);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, height));
            height += line.height();
        }
        layout.endLayout();
    }
    void draw(QPainter &painter, const QPointF &topLeft) { layout.draw(&painter, topLeft); }

    QTextLayout layout;
    double height = 0;
};
} // namespace

// --- TextBlock ---------------------------------------------------------------------------

TextBlock::TextBlock(QString text, QFont font, QColor colour, Qt::Alignment alignment)
    : m_text(std::move(text))
    , m_font(std::move(font))
    , m_colour(std::move(colour))
    , m_alignment(alignment)
{
}

TextBlock::~TextBlock() = default;

void TextBlock::layout(double width)
{
    m_indent = m_bar.isValid() ? ReportStyle::pt(9) : 0;
    // Plain text only; a paragraph break in user text becomes a line separator.
    QString text = m_text;
    text.replace(u'\n', QChar::LineSeparator);
    m_layout = std::make_unique<QTextLayout>(text, m_font);
    QTextOption option(m_alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    const double leading = leadingFor(m_font);
    double y = 0;
    m_layout->beginLayout();
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(width - m_indent);
        line.setPosition(QPointF(m_indent, y));
        y += line.height() + leading;
    }
    m_layout->endLayout();
}

int TextBlock::units() const
{
    return m_layout ? m_layout->lineCount() : 0;
}

double TextBlock::unitHeight(int index) const
{
    return m_layout->lineAt(index).height() + leadingFor(m_font);
}

void TextBlock::paint(QPainter &painter, const QPointF &topLeft, int from, int to) const
{
    if (from >= to)
        return;
    const double top = m_layout->lineAt(from).y();
    const QPointF origin = topLeft - QPointF(0, top);
    painter.setPen(m_colour);
    for (int i = from; i < to; ++i)
        m_layout->lineAt(i).draw(&painter, origin);
    if (m_bar.isValid()) {
        const QTextLine last = m_layout->lineAt(to - 1);
        painter.fillRect(QRectF(topLeft.x(), topLeft.y() + ReportStyle::pt(1), ReportStyle::pt(3),
                                last.y() + last.height() - top - ReportStyle::pt(2)),
                         m_bar);
    }
}

// --- RichTextBlock -----------------------------------------------------------------------

RichTextBlock::RichTextBlock(std::unique_ptr<QTextDocument> document)
    : m_document(std::move(document))
{
}

RichTextBlock::~RichTextBlock() = default;

void RichTextBlock::layout(double width)
{
    m_document->setTextWidth(width);
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    m_lineTops.clear();
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        const QRectF box = layout->blockBoundingRect(block);
        const QTextLayout *lines = block.layout();
        for (int i = 0; i < lines->lineCount(); ++i)
            m_lineTops.append(i == 0 ? box.top() : box.top() + lines->position().y() + lines->lineAt(i).y());
    }
    m_height = m_document->size().height();
    if (m_lineTops.isEmpty())
        m_lineTops.append(0);
    m_lineTops[0] = 0;
}

double RichTextBlock::unitTop(int index) const
{
    return index < m_lineTops.size() ? m_lineTops.at(index) : m_height;
}

double RichTextBlock::unitHeight(int index) const
{
    return unitTop(index + 1) - unitTop(index);
}

void RichTextBlock::paint(QPainter &painter, const QPointF &topLeft, int from, int to) const
{
    const double top = unitTop(from);
    const double bottom = unitTop(to);
    painter.save();
    painter.translate(topLeft.x(), topLeft.y() - top);
    m_document->drawContents(&painter, QRectF(0, top, m_document->textWidth(), bottom - top));
    painter.restore();
}

// --- TableBlock --------------------------------------------------------------------------

TableBlock::TableBlock(QList<Column> columns, QFont font, QFont headerFont)
    : m_columns(std::move(columns))
    , m_font(std::move(font))
    , m_headerFont(std::move(headerFont))
{
}

void TableBlock::addRow(QStringList cells, bool emphasis)
{
    while (cells.size() < m_columns.size())
        cells.append(QString());
    m_rows.append({std::move(cells), emphasis, QList<QColor>(m_columns.size())});
}

void TableBlock::setCellColour(int row, int column, QColor colour)
{
    if (row >= 0 && row < m_rows.size() && column >= 0 && column < m_columns.size())
        m_rows[row].colours[column] = std::move(colour);
}

double TableBlock::rowHeight(const QStringList &cells, const QFont &font) const
{
    const QFontMetricsF metrics(font);
    const double pad = ReportStyle::pt(3.5);
    double height = metrics.height();
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const Wrapped text(cells.value(c), font, m_widths.at(c) - 2 * ReportStyle::pt(4), m_columns.at(c).alignment);
        height = std::max(height, text.height);
    }
    return height + 2 * pad;
}

void TableBlock::layout(double width)
{
    m_width = width;
    double total = 0;
    for (const Column &c : std::as_const(m_columns))
        total += c.weight;
    m_x.clear();
    m_widths.clear();
    double x = 0;
    for (const Column &c : std::as_const(m_columns)) {
        m_x.append(x);
        m_widths.append(width * c.weight / total);
        x += m_widths.last();
    }
    QStringList titles;
    for (const Column &c : std::as_const(m_columns))
        titles << c.title;
    m_headerHeight = rowHeight(titles, m_headerFont);
    m_heights.clear();
    for (const Row &row : std::as_const(m_rows))
        m_heights.append(rowHeight(row.cells, row.emphasis ? m_headerFont : m_font));
}

void TableBlock::paintCells(QPainter &painter, double y, double height, const QStringList &cells, const QFont &font,
                            const QList<QColor> &colours) const
{
    const double padX = ReportStyle::pt(4);
    const double padY = ReportStyle::pt(3.5);
    painter.setFont(font);
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const QColor colour = colours.value(c);
        painter.setPen(colour.isValid() ? colour : ReportStyle::ink());
        Wrapped text(cells.value(c), font, m_widths.at(c) - 2 * padX, m_columns.at(c).alignment);
        text.draw(painter, QPointF(m_x.at(c) + padX, y + padY));
    }
}

void TableBlock::paint(QPainter &painter, const QPointF &topLeft, int from, int to) const
{
    painter.save();
    painter.translate(topLeft);
    QStringList titles;
    for (const Column &c : std::as_const(m_columns))
        titles << c.title;
    painter.fillRect(QRectF(0, 0, m_width, m_headerHeight), ReportStyle::panel());
    QList<QColor> headerColours(m_columns.size(), ReportStyle::muted());
    paintCells(painter, 0, m_headerHeight, titles, m_headerFont, headerColours);
    painter.setPen(QPen(ReportStyle::ink(), ReportStyle::pt(0.8)));
    painter.drawLine(QPointF(0, m_headerHeight), QPointF(m_width, m_headerHeight));

    double y = m_headerHeight;
    for (int r = from; r < to; ++r) {
        const Row &row = m_rows.at(r);
        const double h = m_heights.at(r);
        if (row.emphasis) {
            painter.setPen(QPen(ReportStyle::ink(), ReportStyle::pt(0.8)));
            painter.drawLine(QPointF(0, y), QPointF(m_width, y));
        }
        paintCells(painter, y, h, row.cells, row.emphasis ? m_headerFont : m_font, row.colours);
        y += h;
        painter.setPen(QPen(ReportStyle::rule(), ReportStyle::pt(0.5)));
        painter.drawLine(QPointF(0, y), QPointF(m_width, y));
    }
    painter.restore();
}

// --- TilesBlock --------------------------------------------------------------------------

TilesBlock::TilesBlock(QList<Tile> tiles, QFont labelFont, QFont valueFont, QFont changeFont, int columns)
    : m_tiles(std::move(tiles))
    , m_labelFont(std::move(labelFont))
    , m_valueFont(std::move(valueFont))
    , m_changeFont(std::move(changeFont))
    , m_columns(std::max(1, columns))
{
}

void TilesBlock::layout(double width)
{
    m_width = width;
    const double gap = ReportStyle::pt(8);
    const double tileWidth = (width - gap * (m_columns - 1)) / m_columns - 2 * ReportStyle::pt(8);
    double label = 0;
    for (const Tile &t : std::as_const(m_tiles))
        label = std::max(label, Wrapped(t.label, m_labelFont, tileWidth, Qt::AlignLeft).height);
    m_rowHeight = ReportStyle::pt(8) + label + ReportStyle::pt(3) + QFontMetricsF(m_valueFont).height()
        + ReportStyle::pt(2) + QFontMetricsF(m_changeFont).height() + ReportStyle::pt(8) + gap;
}

int TilesBlock::units() const
{
    return int((m_tiles.size() + m_columns - 1) / m_columns);
}

void TilesBlock::paint(QPainter &painter, const QPointF &topLeft, int from, int to) const
{
    const double gap = ReportStyle::pt(8);
    const double pad = ReportStyle::pt(8);
    const double tileWidth = (m_width - gap * (m_columns - 1)) / m_columns;
    const double labelHeight = m_rowHeight - gap - 2 * pad - ReportStyle::pt(5) - QFontMetricsF(m_valueFont).height()
        - QFontMetricsF(m_changeFont).height();
    painter.save();
    for (int row = from; row < to; ++row) {
        for (int col = 0; col < m_columns; ++col) {
            const qsizetype i = qsizetype(row) * m_columns + col;
            if (i >= m_tiles.size())
                break;
            const Tile &t = m_tiles.at(i);
            const QRectF box(topLeft.x() + col * (tileWidth + gap), topLeft.y() + (row - from) * m_rowHeight,
                             tileWidth, m_rowHeight - gap);
            painter.setPen(Qt::NoPen);
            painter.setBrush(ReportStyle::panel());
            painter.drawRoundedRect(box, ReportStyle::pt(3), ReportStyle::pt(3));
            painter.fillRect(QRectF(box.left(), box.top(), ReportStyle::pt(2.5), box.height()), ReportStyle::accent());
            const QRectF inner = box.adjusted(pad, pad, -pad, -pad);
            painter.setPen(ReportStyle::muted());
            painter.setFont(m_labelFont);
            Wrapped(t.label, m_labelFont, inner.width(), Qt::AlignLeft).draw(painter, inner.topLeft());
            double y = inner.top() + labelHeight + ReportStyle::pt(3);
            painter.setPen(ReportStyle::ink());
            painter.setFont(m_valueFont);
            const double valueHeight = QFontMetricsF(m_valueFont).height();
            painter.drawText(QRectF(inner.left(), y, inner.width(), valueHeight), Qt::AlignLeft | Qt::AlignVCenter, t.value);
            y += valueHeight + ReportStyle::pt(2);
            painter.setPen(t.trend == Trend::Good  ? ReportStyle::good()
                           : t.trend == Trend::Bad ? ReportStyle::bad()
                                                   : ReportStyle::muted());
            painter.setFont(m_changeFont);
            painter.drawText(QRectF(inner.left(), y, inner.width(), QFontMetricsF(m_changeFont).height()),
                             Qt::AlignLeft | Qt::AlignVCenter, t.change);
        }
    }
    painter.restore();
}
