#include "activitychart.h"

#include "kpiformat.h"

#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

ActivityChart::ActivityChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"memberActivityChart"_s);
}

void ActivityChart::setWeeks(const QList<qint64> &earned, const QList<qint64> &spent, const QDate &lastWeekEnd)
{
    m_earned = earned;
    m_spent = spent;
    m_end = lastWeekEnd;
    qint64 e = 0, s = 0;
    for (qint64 v : earned) e += v;
    for (qint64 v : spent) s += v;
    const QLocale locale;
    setToolTip(tr("Points per week, the last %Ln weeks: %1 earned, %2 spent.", nullptr, int(earned.size()))
                   .arg(locale.toString(e), locale.toString(s)));
    update();
}

void ActivityChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const QRect area = rect().adjusted(4, fm.height() + 4, -4, -(fm.height() + 6));
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRect(4, 0, width() - 8, fm.height() + 2), Qt::AlignLeft | Qt::AlignVCenter, tr("Points per week"));
    const int n = int(m_earned.size());
    if (n == 0 || area.height() < 20) {
        return;
    }
    qint64 maxUp = 1, maxDown = 0;
    for (int i = 0; i < n; ++i) {
        maxUp = qMax(maxUp, m_earned.value(i));
        maxDown = qMax(maxDown, m_spent.value(i));
    }
    // Earned above the axis, spent below; the axis sits where the two scales meet.
    const double total = double(maxUp + maxDown);
    const int axisY = area.top() + int(area.height() * (double(maxUp) / total));
    const double slot = double(area.width()) / n;
    const QColor earned = pal.color(QPalette::Highlight);
    QColor spent = QColor(0xd9, 0x7b, 0x29);
    bool any = false;
    for (int i = 0; i < n; ++i) {
        const int x = area.left() + int(i * slot + slot * 0.15);
        const int w = qMax(2, int(slot * 0.7));
        const qint64 up = m_earned.value(i), down = m_spent.value(i);
        if (up > 0) {
            const int h = qMax(1, int((axisY - area.top()) * (double(up) / maxUp)));
            p.fillRect(QRect(x, axisY - h, w, h), earned);
            any = true;
        }
        if (down > 0 && maxDown > 0) {
            const int h = qMax(1, int((area.bottom() - axisY) * (double(down) / maxDown)));
            p.fillRect(QRect(x, axisY + 1, w, h), spent);
            any = true;
        }
    }
    QColor axis = pal.color(QPalette::WindowText);
    axis.setAlpha(110);
    p.setPen(axis);
    p.drawLine(area.left(), axisY, area.right(), axisY);
    const QLocale locale;
    p.setPen(pal.color(QPalette::PlaceholderText));
    if (m_end.isValid()) {
        const QDate first = m_end.addDays(-7 * n + 1);
        const QRect labels(area.left(), area.bottom() + 3, area.width(), fm.height());
        p.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, KpiFormat::dayMonth(first, locale));
        p.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, KpiFormat::dayMonth(m_end, locale));
    }
    p.drawText(QRect(4, 0, width() - 8, fm.height() + 2), Qt::AlignRight | Qt::AlignVCenter,
               any ? tr("max %1").arg(locale.toString(maxUp)) : tr("no points in these weeks"));
}
