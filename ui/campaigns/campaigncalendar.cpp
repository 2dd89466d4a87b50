#include "campaigncalendar.h"

#include "campaignmodel.h"
#include "campaignpalette.h"
#include "campaigntext.h"
#include "campaigntooltip.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int Weeks = 6;
constexpr int DayNumberHeight = 19;
constexpr int LaneHeight = 16;
constexpr int LaneGap = 2;
constexpr int EdgeGrip = 6;
}

CampaignCalendar::CampaignCalendar(CampaignModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"campaignCalendar"_s);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        relayout();
        update();
    });
    setMonth(model->today());
}

void CampaignCalendar::setMonth(const QDate &anyDayOfMonth)
{
    if (!anyDayOfMonth.isValid())
        return;
    const QDate first(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    if (first == m_month)
        return;
    m_month = first;
    const int firstWeekday = int(QLocale().firstDayOfWeek());
    m_firstDay = first.addDays(-((first.dayOfWeek() - firstWeekday + 7) % 7));
    m_drag.reset();
    relayout();
    update();
    Q_EMIT monthChanged(m_month);
}

void CampaignCalendar::setCurrentId(const QString &id)
{
    if (id == m_currentId)
        return;
    m_currentId = id;
    update();
}

int CampaignCalendar::headerHeight() const
{
    return fontMetrics().height() + 8;
}

QRect CampaignCalendar::gridRect() const
{
    return rect().adjusted(0, headerHeight(), -1, -1);
}

QRect CampaignCalendar::dayRect(const QDate &day) const
{
    const qint64 index = m_firstDay.daysTo(day);
    if (index < 0 || index >= Weeks * 7)
        return {};
    const QRect g = gridRect();
    const int col = int(index % 7), row = int(index / 7);
    const int x0 = g.left() + g.width() * col / 7, x1 = g.left() + g.width() * (col + 1) / 7;
    const int y0 = g.top() + g.height() * row / Weeks, y1 = g.top() + g.height() * (row + 1) / Weeks;
    return QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1));
}

QDate CampaignCalendar::dateAt(const QPoint &pos) const
{
    const QRect g = gridRect();
    if (g.width() <= 0 || g.height() <= 0)
        return {};
    // Clamped to the grid, so a drag past the edge keeps the nearest day.
    const int col = std::clamp((pos.x() - g.left()) * 7 / std::max(1, g.width()), 0, 6);
    const int row = std::clamp((pos.y() - g.top()) * Weeks / std::max(1, g.height()), 0, Weeks - 1);
    return m_firstDay.addDays(row * 7 + col);
}

QList<QRect> CampaignCalendar::barRects(const QString &id) const
{
    QList<QRect> out;
    for (const Bar &b : m_bars)
        if (b.id == id)
            out.append(b.rect);
    return out;
}

void CampaignCalendar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void CampaignCalendar::relayout()
{
    m_bars.clear();
    m_hiddenPerDay.clear();
    if (!m_firstDay.isValid())
        return;
    struct Item {
        QString id;
        QDate start, end;
    };
    QList<Item> items;
    for (const Campaign &c : m_model->campaigns()) {
        Item it{c.id, c.startDate, c.endDate};
        if (m_drag.isDragging() && c.id == m_drag.id()) {
            it.start = m_drag.start();
            it.end = m_drag.end();
        }
        if (it.start.isValid() && it.end.isValid())
            items.append(it);
    }
    // Longer campaigns first within a start day, so short ones fill the gaps below.
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        if (a.start != b.start)
            return a.start < b.start;
        return a.start.daysTo(a.end) > b.start.daysTo(b.end);
    });
    const QRect first = dayRect(m_firstDay);
    const int lanes = std::max(1, (first.height() - DayNumberHeight - LaneGap) / (LaneHeight + LaneGap));
    for (int week = 0; week < Weeks; ++week) {
        const QDate weekStart = m_firstDay.addDays(week * 7);
        const QDate weekEnd = weekStart.addDays(6);
        QList<QList<bool>> used(lanes, QList<bool>(7, false));
        for (const Item &it : std::as_const(items)) {
            if (it.end < weekStart || it.start > weekEnd)
                continue;
            const QDate from = std::max(it.start, weekStart), to = std::min(it.end, weekEnd);
            const int c0 = int(weekStart.daysTo(from)), c1 = int(weekStart.daysTo(to));
            int lane = -1;
            for (int l = 0; l < lanes && lane < 0; ++l) {
                bool free = true;
                for (int d = c0; d <= c1 && free; ++d)
                    free = !used[l][d];
                if (free)
                    lane = l;
            }
            if (lane < 0) {
                for (QDate d = from; d <= to; d = d.addDays(1))
                    ++m_hiddenPerDay[d];
                continue;
            }
            for (int d = c0; d <= c1; ++d)
                used[lane][d] = true;
            const QRect r0 = dayRect(from), r1 = dayRect(to);
            const int y = r0.top() + DayNumberHeight + lane * (LaneHeight + LaneGap);
            Bar bar;
            bar.id = it.id;
            bar.startsHere = from == it.start;
            bar.endsHere = to == it.end;
            bar.rect = QRect(QPoint(r0.left() + (bar.startsHere ? 3 : 0), y),
                             QPoint(r1.right() - (bar.endsHere ? 3 : 0), y + LaneHeight - 1));
            m_bars.append(bar);
        }
    }
}

void CampaignCalendar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QLocale locale;
    const QDate today = m_model->today();
    const QColor grid = palette().mid().color();

    // Weekday names.
    QFont headerFont = font();
    headerFont.setBold(true);
    p.setFont(headerFont);
    for (int col = 0; col < 7; ++col) {
        const QDate d = m_firstDay.addDays(col);
        const QRect r = dayRect(d);
        p.setPen(palette().text().color());
        p.drawText(QRect(r.left(), 0, r.width(), headerHeight()), Qt::AlignCenter,
                   locale.dayName(d.dayOfWeek(), QLocale::ShortFormat));
    }
    p.setFont(font());

    // Days.
    for (int i = 0; i < Weeks * 7; ++i) {
        const QDate d = m_firstDay.addDays(i);
        const QRect r = dayRect(d);
        const bool inMonth = d.month() == m_month.month();
        if (!inMonth)
            p.fillRect(r, palette().alternateBase());
        if (d == today)
            p.fillRect(r, QColor(255, 236, 236));
        p.setPen(grid);
        p.drawRect(r);
        const QRect number(r.left() + 4, r.top() + 2, r.width() - 8, DayNumberHeight - 4);
        if (d == today) {
            p.setPen(CampaignPalette::today());
            QFont f = font();
            f.setBold(true);
            p.setFont(f);
        } else {
            p.setPen(inMonth ? palette().text().color() : palette().placeholderText().color());
        }
        const QString label = d.day() == 1 ? CampaignText::monthDay(d) : locale.toString(d.day());
        p.drawText(number, Qt::AlignLeft | Qt::AlignVCenter, label);
        p.setFont(font());
        if (const int hidden = m_hiddenPerDay.value(d)) {
            p.setPen(palette().placeholderText().color());
            p.drawText(number, Qt::AlignRight | Qt::AlignVCenter, tr("+%1 more").arg(hidden));
        }
    }

    // Bars.
    p.setRenderHint(QPainter::Antialiasing);
    const QDate shownToday = today;
    for (const Bar &bar : std::as_const(m_bars)) {
        const int row = m_model->rowOf(bar.id);
        if (row < 0)
            continue;
        const Campaign &c = m_model->campaigns().at(row);
        const CampaignPhase phase = CampaignPhases::of(c, shownToday);
        const QColor fill = CampaignPalette::fill(c.type, phase);
        const bool dragged = m_drag.isDragging() && m_drag.id() == c.id;
        QPainterPath path;
        path.addRoundedRect(QRectF(bar.rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        p.fillPath(path, dragged ? fill.lighter(115) : fill);
        if (c.id == m_currentId || dragged) {
            p.setPen(QPen(palette().highlight().color().darker(130), 2));
            p.drawPath(path);
        } else if (c.pendingSync) {
            p.setPen(QPen(fill.darker(160), 1, Qt::DashLine));
            p.drawPath(path);
        }
        QRect textRect = bar.rect.adjusted(5, 0, -4, 0);
        const bool warned = !m_model->warningsFor(c.id).isEmpty();
        if (warned && bar.startsHere) {
            p.setPen(Qt::NoPen);
            p.setBrush(CampaignPalette::warning());
            const QRect dot(textRect.left(), textRect.center().y() - 4, 8, 8);
            p.drawEllipse(dot);
            p.setBrush(Qt::NoBrush);
            textRect.setLeft(dot.right() + 4);
        }
        QFont f = font();
        f.setStrikeOut(phase == CampaignPhase::Cancelled);
        f.setItalic(phase == CampaignPhase::Draft);
        p.setFont(f);
        p.setPen(CampaignPalette::text(fill));
        const QString text = bar.startsHere || bar.rect.left() <= dayRect(m_firstDay).left() + 1
            ? c.name : u"… "_s + c.name;
        p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, p.fontMetrics().elidedText(text, Qt::ElideRight, textRect.width()));
        p.setFont(font());
    }
    if (hasFocus()) {
        p.setPen(QPen(palette().highlight().color(), 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

const CampaignCalendar::Bar *CampaignCalendar::barAt(const QPoint &pos) const
{
    for (auto it = m_bars.crbegin(); it != m_bars.crend(); ++it)
        if (it->rect.contains(pos))
            return &*it;
    return nullptr;
}

CampaignDrag::Mode CampaignCalendar::modeAt(const Bar &bar, const QPoint &pos) const
{
    if (bar.endsHere && pos.x() >= bar.rect.right() - EdgeGrip)
        return CampaignDrag::Mode::ResizeEnd;
    if (bar.startsHere && pos.x() <= bar.rect.left() + EdgeGrip)
        return CampaignDrag::Mode::ResizeStart;
    return CampaignDrag::Mode::Move;
}

void CampaignCalendar::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const Bar *bar = barAt(event->position().toPoint());
    if (!bar)
        return;
    const QString id = bar->id;
    if (id != m_currentId) {
        m_currentId = id;
        update();
        Q_EMIT currentChanged(id);
    }
    const auto c = m_model->campaign(id);
    if (m_editable && c)
        m_drag.begin(id, modeAt(*bar, event->position().toPoint()), c->startDate, c->endDate,
                     dateAt(event->position().toPoint()), event->position().toPoint());
}

void CampaignCalendar::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag.isActive()) {
        if (m_drag.update(dateAt(pos), pos)) {
            relayout();
            update();
        }
        setCursor(m_drag.mode() == CampaignDrag::Mode::Move ? Qt::ClosedHandCursor : Qt::SizeHorCursor);
        return;
    }
    const Bar *bar = barAt(pos);
    if (!bar || !m_editable)
        unsetCursor();
    else
        setCursor(modeAt(*bar, pos) == CampaignDrag::Mode::Move ? Qt::OpenHandCursor : Qt::SizeHorCursor);
}

void CampaignCalendar::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_drag.isActive())
        return QWidget::mouseReleaseEvent(event);
    const CampaignDrag done = m_drag;
    m_drag.reset();
    unsetCursor();
    relayout();
    update();
    if (done.isDragging() && done.changed())
        Q_EMIT rescheduleRequested(done.id(), done.start(), done.end());
}

void CampaignCalendar::mouseDoubleClickEvent(QMouseEvent *event)
{
    m_drag.reset();
    if (const Bar *bar = barAt(event->position().toPoint()))
        Q_EMIT editRequested(bar->id);
    else if (m_editable && event->position().y() > headerHeight())
        Q_EMIT createRequested(dateAt(event->position().toPoint()));
}

void CampaignCalendar::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_drag.isActive()) {
            m_drag.reset();
            unsetCursor();
            relayout();
            update();
        }
        return;
    case Qt::Key_PageUp:
        showPreviousMonth();
        return;
    case Qt::Key_PageDown:
        showNextMonth();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_currentId.isEmpty())
            Q_EMIT editRequested(m_currentId);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool CampaignCalendar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const Bar *bar = barAt(help->pos())) {
            if (const auto c = m_model->campaign(bar->id)) {
                QStringList lines{c->name,
                                  CampaignText::type(c->type) + u" · "_s
                                      + CampaignText::phase(CampaignPhases::of(*c, m_model->today())),
                                  CampaignText::dateRange(c->startDate, c->endDate), CampaignText::target(*c)};
                lines += m_model->warningsFor(c->id);
                QToolTip::showText(help->globalPos(), campaignTooltip(lines), this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}
