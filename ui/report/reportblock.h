#pragma once

#include <QPointF>
#include <QString>

class QPainter;

// One piece of the report's flow (a paragraph, a table, a chart …), in page units
// (ReportStyle). A block is laid out once for the column width and then split into
// "units" — lines of text, rows of a table, rows of tiles — that the paginator places on
// pages; a block that must stay whole has one unit. Painting is const, so one laid-out
// report paints the PDF and every preview image alike, on any thread.
class ReportBlock
{
public:
    virtual ~ReportBlock() = default;

    virtual void layout(double width) = 0;
    virtual int units() const { return 1; }
    virtual double unitHeight(int index) const = 0;
    // Painted above every fragment of the block (a table's header row).
    virtual double repeatHeight() const { return 0; }
    // A fragment that starts the block keeps at least this many units (no lone first line).
    virtual int minFirstUnits() const { return 1; }
    // Moves to the next page together with the next block's first units (headings).
    virtual bool keepWithNext() const { return false; }
    // Starts a new page (a section's title).
    virtual bool startsPage() const { return false; }
    // Paints units [from, to) with their top-left corner at `topLeft` (the repeated part
    // first when the block has one).
    virtual void paint(QPainter &painter, const QPointF &topLeft, int from, int to) const = 0;

    double spaceBefore = 0;
    double spaceAfter = 0;
    // A note under a table: never alone at the top of a page; the table's last row comes along.
    bool keepWithPrevious = false;
    // Set on a section title: the table of contents lists it with its page.
    QString tocTitle;
};
