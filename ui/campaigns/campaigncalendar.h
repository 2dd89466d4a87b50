#pragma once

#include "campaigndrag.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QWidget>

class CampaignModel;

// A month of campaigns: six weeks of days, each campaign a bar across its days (split
// at week ends). Click selects; drag a bar to move the campaign, drag its first or last
// day to change its length; double-click edits, double-click an empty day creates.
// Changes are requested by signal; the pane turns them into outbox mutations.
class CampaignCalendar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignCalendar)
public:
    explicit CampaignCalendar(CampaignModel *model, QWidget *parent = nullptr);

    void setMonth(const QDate &anyDayOfMonth);
    QDate month() const { return m_month; } // its first day
    void showPreviousMonth() { setMonth(m_month.addMonths(-1)); }
    void showNextMonth() { setMonth(m_month.addMonths(1)); }
    void setCurrentId(const QString &id);
    QString currentId() const { return m_currentId; }
    void setEditable(bool editable) { m_editable = editable; }

    // Geometry for tests and tooltips (widget coordinates).
    QDate firstVisibleDay() const { return m_firstDay; }
    QRect dayRect(const QDate &day) const;
    QList<QRect> barRects(const QString &id) const;
    QDate dateAt(const QPoint &pos) const;

    QSize sizeHint() const override { return {760, 520}; }
    QSize minimumSizeHint() const override { return {360, 320}; }

Q_SIGNALS:
    void currentChanged(const QString &id);
    void rescheduleRequested(const QString &id, const QDate &start, const QDate &end);
    void editRequested(const QString &id);
    void createRequested(const QDate &day);
    void monthChanged(const QDate &month);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Bar {
        QString id;
        QRect rect;
        bool startsHere = false;
        bool endsHere = false;
    };
    void relayout();
    const Bar *barAt(const QPoint &pos) const;
    CampaignDrag::Mode modeAt(const Bar &bar, const QPoint &pos) const;
    int headerHeight() const;
    QRect gridRect() const;

    CampaignModel *m_model = nullptr;
    QDate m_month;
    QDate m_firstDay;
    QString m_currentId;
    bool m_editable = false;
    QList<Bar> m_bars;
    QHash<QDate, int> m_hiddenPerDay; // "+2 more"
    CampaignDrag m_drag;
};
