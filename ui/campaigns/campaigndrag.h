#pragma once

#include <QDate>
#include <QPoint>
#include <QString>

// A drag on a campaign bar in the calendar or the timeline: the whole bar moves, or one
// end moves and the campaign gets longer or shorter. Pure date arithmetic; the widgets
// map pixels to days and draw the preview.
class CampaignDrag final
{
public:
    enum class Mode { None, Move, ResizeStart, ResizeEnd };

    void begin(const QString &id, Mode mode, const QDate &start, const QDate &end, const QDate &grabbed,
               const QPoint &pressPos);
    // The day under the pointer now; returns true when the preview changed.
    bool update(const QDate &day, const QPoint &pos);
    void reset() { *this = CampaignDrag(); }

    bool isActive() const { return m_mode != Mode::None; }
    // The pointer travelled far enough to be a drag rather than a click.
    bool isDragging() const { return m_dragging; }
    bool changed() const { return m_start != m_originalStart || m_end != m_originalEnd; }
    Mode mode() const { return m_mode; }
    QString id() const { return m_id; }
    QDate start() const { return m_start; }
    QDate end() const { return m_end; }

private:
    QString m_id;
    Mode m_mode = Mode::None;
    QDate m_originalStart, m_originalEnd, m_grabbed;
    QDate m_start, m_end;
    QPoint m_pressPos;
    bool m_dragging = false;
};
