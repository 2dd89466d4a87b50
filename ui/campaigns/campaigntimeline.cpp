#include "campaigntimeline.h"

#include "campaignmodel.h"
#include "campaignpalette.h"
#include "campaigntext.h"
#include "campaigntooltip.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int EdgeGrip = 5;
constexpr int MinBarWidth = 6;
}

CampaignTimeline::CampaignTimeline(CampaignModel *model, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_model(model)
{
    setObjectName(u"campaignTimeline"_s);
    viewport()->setObjectName(u"campaignTimelineViewport"_s);
    viewport()->setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    m_rowHeight = std::max(24, fontMetrics().height() + 10);
    m_labelWidth = std::max(220, fontMetrics().horizontalAdvance(u'M') * 20);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        updateRange();
        viewport()->update();
    });
    updateRange();
}

int CampaignTimeline::headerHeight() const
{
    return 2 * (fontMetrics().height() + 6);
}

void CampaignTimeline::updateRange()
{
    const QDate today = m_model->today();
    QDate first = today, last = today;
    for (const Campaign &c : m_model->campaigns()) {
        if (c.startDate.isValid())
            first = std::min(first, c.startDate);
        if (c.endDate.isValid())
            last = std::max(last, c.endDate);
    }
    // Whole weeks from the Monday (or the locale's first day) two weeks before the first
    // campaign to four weeks after the last: room to drag into.
    first = first.addDays(-14);
    const int firstWeekday = int(QLocale().firstDayOfWeek());
    first = first.addDays(-((first.dayOfWeek() - firstWeekday + 7) % 7));
    last = last.addDays(28);
    // A drag in progress keeps its origin: only grow the range.
    if (m_drag.isActive() && m_firstDay.isValid())
        first = std::min(first, m_firstDay);
    const int oldOffset = m_firstDay.isValid() ? int(m_firstDay.daysTo(first)) : 0;
    m_firstDay = first;
    m_days = int(first.daysTo(last)) + 1;
    m_days += (7 - m_days % 7) % 7;
    if (oldOffset != 0)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - oldOffset * m_dayWidth);
    updateScrollBars();
}

void CampaignTimeline::updateScrollBars()
{
    const QSize vp = viewport()->size();
    horizontalScrollBar()->setRange(0, std::max(0, m_days * m_dayWidth - (vp.width() - m_labelWidth)));
    horizontalScrollBar()->setPageStep(std::max(1, vp.width() - m_labelWidth));
    horizontalScrollBar()->setSingleStep(m_dayWidth * 7);
    const int body = vp.height() - headerHeight();
    verticalScrollBar()->setRange(0, std::max(0, int(m_model->campaigns().size()) * m_rowHeight - body));
    verticalScrollBar()->setPageStep(std::max(1, body));
    verticalScrollBar()->setSingleStep(m_rowHeight);
}

void CampaignTimeline::setDayWidth(int pixels)
{
    pixels = std::clamp(pixels, 2, 40);
    if (pixels == m_dayWidth)
        return;
    // Keep the day in the middle of the view where it is.
    const int mid = m_labelWidth + (viewport()->width() - m_labelWidth) / 2;
    const QDate center = dateAt(mid);
    m_dayWidth = pixels;
    updateScrollBars();
    scrollToDate(center);
    viewport()->update();
}

void CampaignTimeline::scrollToDate(const QDate &day)
{
    if (!day.isValid())
        return;
    const int x = int(m_firstDay.daysTo(day)) * m_dayWidth;
    horizontalScrollBar()->setValue(x - (viewport()->width() - m_labelWidth) / 2);
    viewport()->update();
}

void CampaignTimeline::scrollToCampaign(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const auto c = m_model->campaign(id);
    const int left = xForDate(c->startDate), right = xForDate(c->endDate.addDays(1));
    if (left < m_labelWidth || right > viewport()->width())
        scrollToDate(c->startDate.addDays(c->durationDays() / 2));
    const int top = row * m_rowHeight, body = viewport()->height() - headerHeight();
    QScrollBar *v = verticalScrollBar();
    if (top < v->value())
        v->setValue(top);
    else if (top + m_rowHeight > v->value() + body)
        v->setValue(top + m_rowHeight - body);
}

void CampaignTimeline::setCurrentId(const QString &id)
{
    if (id == m_currentId)
        return;
    m_currentId = id;
    scrollToCampaign(id);
    viewport()->update();
}

int CampaignTimeline::xForDate(const QDate &day) const
{
    return m_labelWidth + int(m_firstDay.daysTo(day)) * m_dayWidth - horizontalScrollBar()->value();
}

QDate CampaignTimeline::dateAt(int x) const
{
    const int offset = x - m_labelWidth + horizontalScrollBar()->value();
    const int day = offset >= 0 ? offset / m_dayWidth : -((-offset + m_dayWidth - 1) / m_dayWidth);
    return m_firstDay.addDays(day);
}

int CampaignTimeline::rowAt(int y) const
{
    if (y < headerHeight())
        return -1;
    const int row = (y - headerHeight() + verticalScrollBar()->value()) / m_rowHeight;
    return row < m_model->campaigns().size() ? row : -1;
}

QRect CampaignTimeline::barRectForRow(int row, const QDate &start, const QDate &end) const
{
    const int top = headerHeight() + row * m_rowHeight - verticalScrollBar()->value();
    const int x0 = xForDate(start);
    const int x1 = std::max(x0 + MinBarWidth, xForDate(end.addDays(1)));
    return QRect(QPoint(x0, top + 4), QPoint(x1 - 1, top + m_rowHeight - 5));
}

QRect CampaignTimeline::barRect(const QString &id) const
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return {};
    const Campaign &c = m_model->campaigns().at(row);
    if (m_drag.isDragging() && m_drag.id() == id)
        return barRectForRow(row, m_drag.start(), m_drag.end());
    return barRectForRow(row, c.startDate, c.endDate);
}

void CampaignTimeline::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void CampaignTimeline::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    if (!m_scrolledOnce) {
        m_scrolledOnce = true;
        updateScrollBars();
        if (m_model->rowOf(m_currentId) >= 0) {
            scrollToCampaign(m_currentId);
            return;
        }
        // Today a third from the left: a little history, mostly what is coming.
        const int x = int(m_firstDay.daysTo(m_model->today())) * m_dayWidth;
        horizontalScrollBar()->setValue(x - (viewport()->width() - m_labelWidth) / 3);
    }
}

void CampaignTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QRect vp = viewport()->rect();
    p.fillRect(vp, palette().base());
    const int header = headerHeight();
    const QDate today = m_model->today();
    const QList<Campaign> &campaigns = m_model->campaigns();
    const int scrollY = verticalScrollBar()->value();

    // Body: row stripes, week lines, month lines.
    p.setClipRect(QRect(m_labelWidth, header, vp.width() - m_labelWidth, vp.height() - header));
    for (int row = scrollY / m_rowHeight; row < campaigns.size(); ++row) {
        const int top = header + row * m_rowHeight - scrollY;
        if (top > vp.height())
            break;
        if (row % 2)
            p.fillRect(QRect(m_labelWidth, top, vp.width(), m_rowHeight), palette().alternateBase());
        if (campaigns.at(row).id == m_currentId)
            p.fillRect(QRect(m_labelWidth, top, vp.width(), m_rowHeight), palette().highlight().color().lighter(185));
    }
    const QDate leftDay = dateAt(m_labelWidth), rightDay = dateAt(vp.width());
    for (QDate d = leftDay; d <= rightDay; d = d.addDays(1)) {
        const int x = xForDate(d);
        if (d.day() == 1) {
            p.setPen(palette().mid().color());
            p.drawLine(x, header, x, vp.height());
        } else if (d.dayOfWeek() == int(QLocale().firstDayOfWeek())) {
            p.setPen(palette().midlight().color());
            p.drawLine(x, header, x, vp.height());
        }
    }

    // Bars.
    p.setRenderHint(QPainter::Antialiasing);
    for (int row = scrollY / m_rowHeight; row < campaigns.size(); ++row) {
        const Campaign &c = campaigns.at(row);
        const QRect bar = barRect(c.id);
        if (bar.top() > vp.height())
            break;
        const CampaignPhase phase = CampaignPhases::of(c, today);
        const QColor fill = CampaignPalette::fill(c.type, phase);
        const bool dragged = m_drag.isDragging() && m_drag.id() == c.id;
        if (dragged) {
            // Where it was, as a ghost.
            QRect was = barRectForRow(row, c.startDate, c.endDate);
            p.setPen(QPen(fill, 1, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(QRectF(was).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        }
        QPainterPath path;
        path.addRoundedRect(QRectF(bar).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        p.fillPath(path, fill);
        if (c.id == m_currentId || dragged) {
            p.setPen(QPen(palette().highlight().color().darker(130), 2));
            p.drawPath(path);
        } else if (c.pendingSync) {
            p.setPen(QPen(fill.darker(160), 1, Qt::DashLine));
            p.drawPath(path);
        }
        QFont f = font();
        f.setStrikeOut(phase == CampaignPhase::Cancelled);
        f.setItalic(phase == CampaignPhase::Draft);
        p.setFont(f);
        const QString dates = CampaignText::dateRange(dragged ? m_drag.start() : c.startDate,
                                                      dragged ? m_drag.end() : c.endDate);
        const int textWidth = p.fontMetrics().horizontalAdvance(dates);
        if (textWidth + 10 <= bar.width()) {
            p.setPen(CampaignPalette::text(fill));
            p.drawText(bar.adjusted(5, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter, dates);
        } else {
            p.setPen(palette().text().color());
            p.drawText(QRect(bar.right() + 5, bar.top(), textWidth + 10, bar.height()), Qt::AlignLeft | Qt::AlignVCenter, dates);
        }
        p.setFont(font());
    }
    p.setRenderHint(QPainter::Antialiasing, false);

    // Today.
    const int todayX = xForDate(today) + m_dayWidth / 2;
    p.setPen(QPen(CampaignPalette::today(), 2));
    p.drawLine(todayX, header, todayX, vp.height());
    p.setClipping(false);

    paintHeader(p);
    paintLabels(p);
}

void CampaignTimeline::paintHeader(QPainter &p)
{
    const QRect vp = viewport()->rect();
    const int header = headerHeight();
    const int line = header / 2;
    const QLocale locale;
    p.fillRect(QRect(0, 0, vp.width(), header), palette().window());
    p.setClipRect(QRect(m_labelWidth, 0, vp.width() - m_labelWidth, header));
    const QDate leftDay = dateAt(m_labelWidth), rightDay = dateAt(vp.width());
    p.setPen(palette().text().color());
    // Months on the first line, labelled from their first visible day.
    for (QDate d = QDate(leftDay.year(), leftDay.month(), 1); d <= rightDay; d = d.addMonths(1)) {
        const int x0 = std::max(m_labelWidth, xForDate(d));
        const int x1 = xForDate(d.addMonths(1));
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(QRect(x0 + 4, 0, x1 - x0 - 4, line), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(CampaignText::monthYear(d), Qt::ElideRight, std::max(0, x1 - x0 - 6)));
        p.setFont(font());
        p.setPen(palette().mid().color());
        p.drawLine(xForDate(d), 0, xForDate(d), header);
        p.setPen(palette().text().color());
    }
    // Weeks on the second: the first day's date.
    const int weekStart = int(locale.firstDayOfWeek());
    QDate w = leftDay.addDays(-((leftDay.dayOfWeek() - weekStart + 7) % 7));
    const int weekWidth = 7 * m_dayWidth;
    const bool roomy = weekWidth >= p.fontMetrics().horizontalAdvance(u"00/00"_s) + 6;
    for (; w <= rightDay; w = w.addDays(7)) {
        const int x = xForDate(w);
        p.setPen(palette().midlight().color());
        p.drawLine(x, line, x, header);
        if (roomy || w.day() <= 7) {
            p.setPen(palette().placeholderText().color());
            p.drawText(QRect(x + 3, line, weekWidth - 3, line), Qt::AlignLeft | Qt::AlignVCenter,
                       QString::number(w.day()));
        }
    }
    // Today's label.
    const int todayX = xForDate(m_model->today()) + m_dayWidth / 2;
    const QString todayText = tr("Today");
    const int tw = p.fontMetrics().horizontalAdvance(todayText) + 8;
    const QRect label(todayX - tw / 2, line + 1, tw, line - 2);
    p.fillRect(label, CampaignPalette::today());
    p.setPen(Qt::white);
    p.drawText(label, Qt::AlignCenter, todayText);
    p.setClipping(false);
    p.setPen(palette().mid().color());
    p.drawLine(0, header - 1, vp.width(), header - 1);
}

void CampaignTimeline::paintLabels(QPainter &p)
{
    const QRect vp = viewport()->rect();
    const int header = headerHeight();
    const QList<Campaign> &campaigns = m_model->campaigns();
    const int scrollY = verticalScrollBar()->value();
    const QDate today = m_model->today();
    p.fillRect(QRect(0, header, m_labelWidth, vp.height() - header), palette().window());
    p.setClipRect(QRect(0, header, m_labelWidth, vp.height() - header));
    p.setRenderHint(QPainter::Antialiasing);
    for (int row = scrollY / m_rowHeight; row < campaigns.size(); ++row) {
        const int top = header + row * m_rowHeight - scrollY;
        if (top > vp.height())
            break;
        const Campaign &c = campaigns.at(row);
        const QRect r(0, top, m_labelWidth, m_rowHeight);
        if (c.id == m_currentId)
            p.fillRect(r, palette().highlight());
        const CampaignPhase phase = CampaignPhases::of(c, today);
        p.setPen(Qt::NoPen);
        p.setBrush(CampaignPalette::typeColor(c.type));
        p.drawEllipse(QRect(8, top + m_rowHeight / 2 - 4, 8, 8));
        int right = m_labelWidth - 6;
        if (!m_model->warningsFor(c.id).isEmpty()) {
            p.setBrush(CampaignPalette::warning());
            const QRect warn(right - 14, top + m_rowHeight / 2 - 7, 14, 14);
            p.drawEllipse(warn);
            p.setPen(Qt::white);
            QFont bold = font();
            bold.setBold(true);
            p.setFont(bold);
            p.drawText(warn, Qt::AlignCenter, u"!"_s);
            p.setFont(font());
            right = warn.left() - 4;
        }
        p.setBrush(Qt::NoBrush);
        QFont f = font();
        f.setStrikeOut(phase == CampaignPhase::Cancelled);
        f.setItalic(phase == CampaignPhase::Draft || c.pendingSync);
        p.setFont(f);
        p.setPen(c.id == m_currentId ? palette().highlightedText().color() : palette().text().color());
        const QRect text(22, top, right - 22, m_rowHeight);
        p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, p.fontMetrics().elidedText(c.name, Qt::ElideRight, text.width()));
        p.setFont(font());
    }
    p.setClipping(false);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(palette().mid().color());
    p.drawLine(m_labelWidth - 1, 0, m_labelWidth - 1, vp.height());
    // The corner above the names.
    p.fillRect(QRect(0, 0, m_labelWidth - 1, header - 1), palette().window());
    p.setPen(palette().placeholderText().color());
    p.drawText(QRect(8, 0, m_labelWidth - 16, header), Qt::AlignLeft | Qt::AlignVCenter,
               campaigns.size() == 1 ? tr("1 campaign") : tr("%1 campaigns").arg(QLocale().toString(campaigns.size())));
}

CampaignDrag::Mode CampaignTimeline::modeAt(const QRect &bar, const QPoint &pos) const
{
    const int grip = std::min(EdgeGrip, bar.width() / 3);
    if (pos.x() >= bar.right() - grip)
        return CampaignDrag::Mode::ResizeEnd;
    if (pos.x() <= bar.left() + grip)
        return CampaignDrag::Mode::ResizeStart;
    return CampaignDrag::Mode::Move;
}

void CampaignTimeline::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const QPoint pos = event->position().toPoint();
    const int row = rowAt(pos.y());
    if (row < 0)
        return;
    const Campaign &c = m_model->campaigns().at(row);
    if (c.id != m_currentId) {
        m_currentId = c.id;
        viewport()->update();
        Q_EMIT currentChanged(c.id);
    }
    const QRect bar = barRect(c.id);
    if (m_editable && pos.x() >= m_labelWidth && bar.adjusted(-2, 0, 2, 0).contains(pos))
        m_drag.begin(c.id, modeAt(bar, pos), c.startDate, c.endDate, dateAt(pos.x()), pos);
}

void CampaignTimeline::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag.isActive()) {
        if (m_drag.update(dateAt(pos.x()), pos))
            viewport()->update();
        viewport()->setCursor(m_drag.mode() == CampaignDrag::Mode::Move ? Qt::ClosedHandCursor : Qt::SizeHorCursor);
        return;
    }
    const int row = rowAt(pos.y());
    const QRect bar = row >= 0 ? barRect(m_model->campaigns().at(row).id) : QRect();
    if (!m_editable || pos.x() < m_labelWidth || !bar.adjusted(-2, 0, 2, 0).contains(pos))
        viewport()->unsetCursor();
    else
        viewport()->setCursor(modeAt(bar, pos) == CampaignDrag::Mode::Move ? Qt::OpenHandCursor : Qt::SizeHorCursor);
}

void CampaignTimeline::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_drag.isActive())
        return QAbstractScrollArea::mouseReleaseEvent(event);
    const CampaignDrag done = m_drag;
    m_drag.reset();
    viewport()->unsetCursor();
    viewport()->update();
    if (done.isDragging() && done.changed())
        Q_EMIT rescheduleRequested(done.id(), done.start(), done.end());
}

void CampaignTimeline::mouseDoubleClickEvent(QMouseEvent *event)
{
    m_drag.reset();
    const int row = rowAt(event->position().toPoint().y());
    if (row >= 0)
        Q_EMIT editRequested(m_model->campaigns().at(row).id);
}

void CampaignTimeline::keyPressEvent(QKeyEvent *event)
{
    const QList<Campaign> &campaigns = m_model->campaigns();
    const int row = m_model->rowOf(m_currentId);
    switch (event->key()) {
    case Qt::Key_Escape:
        m_drag.reset();
        viewport()->unsetCursor();
        viewport()->update();
        return;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (campaigns.isEmpty())
            return;
        const int next = std::clamp(row < 0 ? 0 : row + (event->key() == Qt::Key_Up ? -1 : 1), 0,
                                    int(campaigns.size()) - 1);
        setCurrentId(campaigns.at(next).id);
        Q_EMIT currentChanged(m_currentId);
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_currentId.isEmpty())
            Q_EMIT editRequested(m_currentId);
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setDayWidth(m_dayWidth + 2);
        return;
    case Qt::Key_Minus:
        setDayWidth(m_dayWidth - 2);
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void CampaignTimeline::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        setDayWidth(m_dayWidth + (event->angleDelta().y() > 0 ? 1 : -1));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

bool CampaignTimeline::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos().y());
        if (row >= 0) {
            const Campaign &c = m_model->campaigns().at(row);
            QStringList lines{c.name,
                              CampaignText::type(c.type) + u" · "_s + CampaignText::phase(CampaignPhases::of(c, m_model->today())),
                              CampaignText::dateRange(c.startDate, c.endDate), CampaignText::target(c)};
            lines += m_model->warningsFor(c.id);
            QToolTip::showText(help->globalPos(), campaignTooltip(lines), viewport());
            return true;
        }
        QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}
