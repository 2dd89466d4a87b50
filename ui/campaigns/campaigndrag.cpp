#include "campaigndrag.h"

#include <QApplication>

void CampaignDrag::begin(const QString &id, Mode mode, const QDate &start, const QDate &end, const QDate &grabbed,
                         const QPoint &pressPos)
{
    m_id = id;
    m_mode = mode;
    m_originalStart = m_start = start;
    m_originalEnd = m_end = end;
    m_grabbed = grabbed;
    m_pressPos = pressPos;
    m_dragging = false;
}

bool CampaignDrag::update(const QDate &day, const QPoint &pos)
{
    if (m_mode == Mode::None || !day.isValid())
        return false;
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return false;
    m_dragging = true;
    const qint64 delta = m_grabbed.daysTo(day);
    QDate start = m_originalStart, end = m_originalEnd;
    switch (m_mode) {
    case Mode::Move:
        start = m_originalStart.addDays(delta);
        end = m_originalEnd.addDays(delta);
        break;
    case Mode::ResizeEnd:
        end = std::max(m_originalStart, m_originalEnd.addDays(delta)); // at least one day
        break;
    case Mode::ResizeStart:
        start = std::min(m_originalEnd, m_originalStart.addDays(delta));
        break;
    case Mode::None:
        break;
    }
    if (start == m_start && end == m_end)
        return false;
    m_start = start;
    m_end = end;
    return true;
}
