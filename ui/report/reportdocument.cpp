#include "reportdocument.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
using S = ReportStyle;
}

ReportDocument::ReportDocument(ReportStyle style, Cover cover)
    : m_style(std::move(style))
    , m_cover(std::move(cover))
{
}

ReportDocument::~ReportDocument() = default;

void ReportDocument::add(std::unique_ptr<ReportBlock> block)
{
    m_blocks.push_back(std::move(block));
}

void ReportDocument::paginate()
{
    const QRectF area = S::contentRect();
    for (const auto &block : m_blocks)
        block->layout(area.width());
    m_pages.clear();
    m_toc.clear();

    double y = area.top();
    bool pageEmpty = true;
    const auto newPage = [&] {
        m_pages.append(QList<Fragment>());
        y = area.top();
        pageEmpty = true;
    };
    newPage();
    for (size_t i = 0; i < m_blocks.size(); ++i) {
        const ReportBlock *block = m_blocks[i].get();
        const int units = block->units();
        if (block->startsPage() && !pageEmpty)
            newPage();
        if (units == 0)
            continue;
        if (!pageEmpty)
            y += block->spaceBefore;
        if (block->keepWithNext() && !pageEmpty && i + 1 < m_blocks.size()) {
            // The heading and the start of what it introduces share a page.
            double need = block->repeatHeight();
            for (int u = 0; u < units; ++u)
                need += block->unitHeight(u);
            const ReportBlock *next = m_blocks[i + 1].get();
            need += block->spaceAfter + next->spaceBefore + next->repeatHeight();
            for (int u = 0; u < std::min(next->units(), next->minFirstUnits()); ++u)
                need += next->unitHeight(u);
            if (y + need > area.bottom())
                newPage();
        }
        int from = 0;
        while (from < units) {
            const double repeat = block->repeatHeight();
            const double available = area.bottom() - y - repeat;
            int to = from;
            double used = 0;
            while (to < units && used + block->unitHeight(to) <= available) {
                used += block->unitHeight(to);
                ++to;
            }
            const int minimum = from == 0 ? std::min(block->minFirstUnits(), units) : 1;
            if (to - from < minimum && to < units && !pageEmpty) {
                newPage();
                if (from == 0 && block->keepWithPrevious && i > 0)
                    y = carryLastUnit(m_blocks[i - 1].get(), area);
                continue;
            }
            if (to == from) {
                // Taller than a whole page: placed anyway, the page clips it.
                used = block->unitHeight(from);
                to = from + 1;
            }
            if (from == 0 && !block->tocTitle.isEmpty())
                m_toc.append({block->tocTitle, int(m_pages.size()) + 2});
            m_pages.last().append({block, from, to, QPointF(area.left(), y)});
            y += repeat + used;
            pageEmpty = false;
            from = to;
            if (from < units)
                newPage();
        }
        y += block->spaceAfter;
    }
    if (m_pages.size() > 1 && m_pages.last().isEmpty())
        m_pages.removeLast();
}

double ReportDocument::carryLastUnit(const ReportBlock *previous, const QRectF &area)
{
    // The page before the new one ends with `previous`: move its last unit over, when it
    // has more than one on that page (a table keeps its header row on both pages).
    QList<Fragment> &before = m_pages[m_pages.size() - 2];
    if (before.isEmpty() || before.last().block != previous || before.last().to - before.last().from < 2)
        return area.top();
    Fragment &last = before.last();
    --last.to;
    m_pages.last().append({previous, last.to, last.to + 1, area.topLeft()});
    return area.top() + previous->repeatHeight() + previous->unitHeight(last.to) + previous->spaceAfter;
}

void ReportDocument::paintPage(QPainter &painter, int index) const
{
    painter.save();
    painter.fillRect(QRectF(QPointF(0, 0), S::pageSize()), Qt::white);
    if (index == 0) {
        paintCover(painter);
    } else {
        paintFurniture(painter, index);
        if (index == 1) {
            paintContents(painter);
        } else if (index - 2 < m_pages.size()) {
            painter.save();
            // A block taller than the page is clipped at the margins, never over the footer.
            painter.setClipRect(S::contentRect().adjusted(-S::pt(2), -S::pt(2), S::pt(2), S::pt(2)));
            for (const Fragment &f : m_pages.at(index - 2))
                f.block->paint(painter, f.position, f.from, f.to);
            painter.restore();
        }
    }
    painter.restore();
}

void ReportDocument::paintFurniture(QPainter &painter, int index) const
{
    const QRectF header = S::headerRect();
    painter.setFont(m_style.font(8));
    painter.setPen(S::muted());
    const QFontMetricsF metrics(painter.font());
    const double half = header.width() / 2 - S::pt(6);
    painter.drawText(QRectF(header.left(), header.top(), half, header.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(m_headerLeft, Qt::ElideRight, half));
    painter.drawText(QRectF(header.right() - half, header.top(), half, header.height()),
                     Qt::AlignRight | Qt::AlignVCenter, metrics.elidedText(m_headerRight, Qt::ElideLeft, half));
    painter.setPen(QPen(S::rule(), S::pt(0.6)));
    painter.drawLine(QPointF(header.left(), header.bottom()), QPointF(header.right(), header.bottom()));

    const QRectF footer = S::footerRect();
    painter.drawLine(QPointF(footer.left(), footer.top()), QPointF(footer.right(), footer.top()));
    painter.setPen(S::muted());
    painter.drawText(footer, Qt::AlignHCenter | Qt::AlignVCenter,
                     m_cover.pageWord.arg(index + 1).arg(pageCount()));
}

void ReportDocument::paintCover(QPainter &painter) const
{
    const QSizeF page = S::pageSize();
    const double left = S::mm(24);
    const double width = page.width() - 2 * left;
    painter.fillRect(QRectF(0, 0, page.width(), S::mm(92)), S::accent());
    painter.fillRect(QRectF(0, S::mm(92), page.width(), S::mm(1.5)), S::series(1));

    painter.setPen(Qt::white);
    painter.setFont(m_style.font(11));
    const int wrap = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
    QRectF box(left, S::mm(30), width, S::mm(14));
    painter.drawText(box, wrap, m_cover.community);
    painter.setFont(m_style.font(26, true));
    box = QRectF(left, S::mm(44), width, S::mm(30));
    painter.drawText(box, wrap, m_cover.title);

    painter.setPen(S::ink());
    painter.setFont(m_style.font(16, true));
    double y = S::mm(108);
    QRectF used;
    painter.drawText(QRectF(left, y, width, S::mm(20)), wrap, m_cover.period, &used);
    y += used.height() + S::mm(8);
    painter.setFont(m_style.font(10));
    painter.setPen(S::muted());
    for (const QString &fact : m_cover.facts) {
        painter.drawText(QRectF(left, y, width, S::mm(40)), wrap, fact, &used);
        y += used.height() + S::mm(2.5);
    }
}

void ReportDocument::paintContents(QPainter &painter) const
{
    const QRectF area = S::contentRect();
    painter.setPen(S::ink());
    painter.setFont(m_style.font(18, true));
    const QFontMetricsF titleMetrics(painter.font());
    painter.drawText(QPointF(area.left(), area.top() + titleMetrics.ascent()), m_cover.contentsTitle);
    double y = area.top() + titleMetrics.height() + S::pt(18);
    const QFont entryFont = m_style.font(11);
    const QFontMetricsF metrics(entryFont);
    painter.setFont(entryFont);
    for (const TocEntry &entry : m_toc) {
        const QString page = QString::number(entry.page);
        const double pageWidth = metrics.horizontalAdvance(page);
        const double titleWidth = std::min(metrics.horizontalAdvance(entry.title), area.width() - pageWidth - S::pt(24));
        const double baseline = y + metrics.ascent();
        painter.setPen(S::ink());
        painter.drawText(QPointF(area.left(), baseline),
                         metrics.elidedText(entry.title, Qt::ElideRight, titleWidth + 1));
        painter.drawText(QPointF(area.right() - pageWidth, baseline), page);
        QPen dots(S::rule().darker(115), S::pt(1));
        dots.setDashPattern({0.5, 3});
        dots.setCapStyle(Qt::RoundCap);
        painter.setPen(dots);
        painter.drawLine(QPointF(area.left() + titleWidth + S::pt(6), baseline),
                         QPointF(area.right() - pageWidth - S::pt(6), baseline));
        y += metrics.height() * 1.9;
    }
}

bool ReportDocument::writePdf(const QString &path, const QString &title, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(int(S::Dpi));
        writer.setTitle(title);
        const QString version = QCoreApplication::applicationVersion();
        writer.setCreator(version.isEmpty() ? u"Steward"_s : u"Steward "_s + version);
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            if (error)
                *error = tr("Could not write %1.").arg(path);
            return false;
        }
        for (int i = 0; i < pageCount(); ++i) {
            if (i > 0)
                writer.newPage();
            paintPage(painter, i);
        }
        painter.end();
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QImage ReportDocument::pageImage(int index, int width) const
{
    const QSizeF page = S::pageSize();
    QImage image(width, qRound(width * page.height() / page.width()), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.scale(width / page.width(), width / page.width());
    paintPage(painter, index);
    painter.end();
    return image;
}
