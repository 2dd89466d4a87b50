#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

// Points earned and spent per week as paired bars (earned up, spent down) with the week
// axis below: a member's rhythm at a glance. Painted directly; no data of its own
// beyond the figures it is given.
class ActivityChart final : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityChart(QWidget *parent = nullptr);
    void setWeeks(const QList<qint64> &earned, const QList<qint64> &spent, const QDate &lastWeekEnd);
    QSize sizeHint() const override { return {320, 140}; }
    QSize minimumSizeHint() const override { return {200, 110}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<qint64> m_earned, m_spent;
    QDate m_end;
};
