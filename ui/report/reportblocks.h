#pragma once

#include "reportblock.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QStringList>
#include <memory>

class QTextDocument;
class QTextLayout;

// Plain text (never interpreted as markup: user text prints as typed), wrapped, split
// across pages between lines.
class TextBlock final : public ReportBlock
{
public:
    TextBlock(QString text, QFont font, QColor colour, Qt::Alignment alignment = Qt::AlignLeft);
    ~TextBlock() override;

    void setKeepWithNext(bool keep) { m_keepWithNext = keep; }
    void setStartsPage(bool starts) { m_startsPage = starts; }
    // A coloured bar left of the text (section titles, notes).
    void setBar(QColor colour) { m_bar = colour; }

    void layout(double width) override;
    int units() const override;
    double unitHeight(int index) const override;
    int minFirstUnits() const override { return 2; }
    bool keepWithNext() const override { return m_keepWithNext; }
    bool startsPage() const override { return m_startsPage; }
    void paint(QPainter &painter, const QPointF &topLeft, int from, int to) const override;

private:
    QString m_text;
    QFont m_font;
    QColor m_colour;
    Qt::Alignment m_alignment;
    QColor m_bar;
    bool m_keepWithNext = false;
    bool m_startsPage = false;
    double m_indent = 0;
    std::unique_ptr<QTextLayout> m_layout;
};

// The manager's narrative: rich text limited to paragraphs, bold, italic and lists (see
// ReportNarrative), split across pages between lines.
class RichTextBlock final : public ReportBlock
{
public:
    explicit RichTextBlock(std::unique_ptr<QTextDocument> document);
    ~RichTextBlock() override;

    void layout(double width) override;
    int units() const override { return int(m_lineTops.size()); }
    double unitHeight(int index) const override;
    int minFirstUnits() const override { return 2; }
    void paint(QPainter &painter, const QPointF &topLeft, int from, int to) const override;

private:
    double unitTop(int index) const;
    std::unique_ptr<QTextDocument> m_document;
    QList<double> m_lineTops;
    double m_height = 0;
};

// A table with a header row repeated on every page it spans. Cells are plain text,
// wrapped within their column.
class TableBlock final : public ReportBlock
{
public:
    struct Column {
        QString title;
        double weight = 1;                       // share of the width
        Qt::Alignment alignment = Qt::AlignLeft; // numbers: Qt::AlignRight
    };
    TableBlock(QList<Column> columns, QFont font, QFont headerFont);

    // `emphasis`: a totals row (bold, ruled above).
    void addRow(QStringList cells, bool emphasis = false);
    // Text colour of one cell (e.g. a significant test's outcome).
    void setCellColour(int row, int column, QColor colour);
    int rowCount() const { return int(m_rows.size()); }

    void layout(double width) override;
    int units() const override { return int(m_rows.size()); }
    double unitHeight(int index) const override { return m_heights.value(index); }
    double repeatHeight() const override { return m_headerHeight; }
    int minFirstUnits() const override { return std::min<int>(3, int(m_rows.size())); }
    void paint(QPainter &painter, const QPointF &topLeft, int from, int to) const override;

private:
    struct Row {
        QStringList cells;
        bool emphasis = false;
        QList<QColor> colours;
    };
    double rowHeight(const QStringList &cells, const QFont &font) const;
    void paintCells(QPainter &painter, double y, double height, const QStringList &cells, const QFont &font,
                    const QList<QColor> &colours) const;

    QList<Column> m_columns;
    QList<Row> m_rows;
    QFont m_font, m_headerFont;
    QList<double> m_x, m_widths, m_heights;
    double m_width = 0;
    double m_headerHeight = 0;
};

// Key figures as tiles: a label, the value, and its change against the previous quarter.
class TilesBlock final : public ReportBlock
{
public:
    enum class Trend { Neutral, Good, Bad };
    struct Tile {
        QString label;
        QString value;
        QString change; // "+4.2% vs Q2 2026"
        Trend trend = Trend::Neutral;
    };
    TilesBlock(QList<Tile> tiles, QFont labelFont, QFont valueFont, QFont changeFont, int columns = 3);

    void layout(double width) override;
    int units() const override;
    double unitHeight(int) const override { return m_rowHeight; }
    void paint(QPainter &painter, const QPointF &topLeft, int from, int to) const override;

private:
    QList<Tile> m_tiles;
    QFont m_labelFont, m_valueFont, m_changeFont;
    int m_columns;
    double m_width = 0;
    double m_rowHeight = 0;
};
