#pragma once

#include "reportblock.h"
#include "reportstyle.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>
#include <memory>
#include <vector>

class QPagedPaintDevice;

// A composed report: the cover's lines, the flow of blocks, and after paginate() the
// pages. Page 1 is the cover, page 2 the table of contents, the sections follow, each
// starting a page. paintPage() paints any page on any device laid out in ReportStyle
// units, so the PDF and the preview images are the same pages.
class ReportDocument final
{
    Q_DISABLE_COPY_MOVE(ReportDocument)
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
public:
    struct Cover {
        QString title;       // "Quarterly operations report"
        QString community;   // user text: printed as typed
        QString period;      // "Q3 2026 · 1 July 2026 – 30 September 2026"
        QStringList facts;   // "Data as of …", "Language …"
        QString contentsTitle;
        QString pageWord;    // "Page %1 of %2"
    };
    struct TocEntry {
        QString title;
        int page = 0; // 1-based
    };

    ReportDocument(ReportStyle style, Cover cover);
    ~ReportDocument();

    const ReportStyle &style() const { return m_style; }
    void add(std::unique_ptr<ReportBlock> block);
    // Lays the blocks out on pages; call once after the last add().
    void paginate();
    int pageCount() const { return int(m_pages.size()) + 2; }
    QList<TocEntry> contents() const { return m_toc; }
    // The page header's text, set before paginate(): community and quarter.
    void setHeader(QString left, QString right) { m_headerLeft = std::move(left); m_headerRight = std::move(right); }

    // index: 0-based. The painter's device is a page in ReportStyle units.
    void paintPage(QPainter &painter, int index) const;
    // Writes every page; the PDF's title and creator are set (Qt 6.4 has no author or
    // subject). False and *error (a sentence) when the file cannot be written.
    bool writePdf(const QString &path, const QString &title, QString *error = nullptr) const;
    // One page as an image `width` pixels wide (the preview).
    QImage pageImage(int index, int width) const;

private:
    struct Fragment {
        const ReportBlock *block = nullptr;
        int from = 0, to = 0;
        QPointF position;
    };
    double carryLastUnit(const ReportBlock *previous, const QRectF &area);
    void paintCover(QPainter &painter) const;
    void paintContents(QPainter &painter) const;
    void paintFurniture(QPainter &painter, int index) const;

    ReportStyle m_style;
    Cover m_cover;
    QString m_headerLeft, m_headerRight;
    std::vector<std::unique_ptr<ReportBlock>> m_blocks;
    QList<QList<Fragment>> m_pages; // content pages (page 3 on)
    QList<TocEntry> m_toc;
};
