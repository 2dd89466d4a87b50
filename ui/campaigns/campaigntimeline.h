#pragma once

#include "campaigndrag.h"

#include <QAbstractScrollArea>
#include <QDate>

class CampaignModel;

// One row per campaign (by start date) over weeks, today marked by a red line. The
// campaign names stay at the left and the weeks at the top while the plan scrolls. Drag
// a bar to move a campaign; drag its first or last day to change its length.
class CampaignTimeline final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignTimeline)
public:
    explicit CampaignTimeline(CampaignModel *model, QWidget *parent = nullptr);

    void setCurrentId(const QString &id);
    QString currentId() const { return m_currentId; }
    void setEditable(bool editable) { m_editable = editable; }
    // Pixels per day (zoom); 2..40.
    void setDayWidth(int pixels);
    int dayWidth() const { return m_dayWidth; }
    // Scrolls so `day` is in the middle (the first show scrolls to today).
    void scrollToDate(const QDate &day);
    void scrollToCampaign(const QString &id);

    // Geometry in viewport coordinates, for tests.
    QDate firstDay() const { return m_firstDay; }
    QRect barRect(const QString &id) const;
    int xForDate(const QDate &day) const; // left edge of the day's column
    QDate dateAt(int x) const;
    int labelWidth() const { return m_labelWidth; }

    QSize sizeHint() const override { return {900, 480}; }

Q_SIGNALS:
    void currentChanged(const QString &id);
    void rescheduleRequested(const QString &id, const QDate &start, const QDate &end);
    void editRequested(const QString &id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void updateRange();
    void updateScrollBars();
    int rowAt(int y) const;
    int headerHeight() const;
    QRect barRectForRow(int row, const QDate &start, const QDate &end) const;
    CampaignDrag::Mode modeAt(const QRect &bar, const QPoint &pos) const;
    void paintHeader(QPainter &p);
    void paintLabels(QPainter &p);

    CampaignModel *m_model = nullptr;
    QDate m_firstDay;
    int m_days = 0;
    int m_dayWidth = 6;
    int m_rowHeight = 26;
    int m_labelWidth = 240;
    QString m_currentId;
    bool m_editable = false;
    bool m_scrolledOnce = false;
    CampaignDrag m_drag;
};
