#include "badgeicon.h"

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace BadgeIcon {

QPixmap pixmap(const QString &badgeId, const QString &name, int size, qreal dpr)
{
    QPixmap pm(QSize(size, size) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const int hue = int(qHash(badgeId) % 360u);
    const QColor base = QColor::fromHsv(hue, 150, 205);
    const qreal s = size;
    // Ribbon behind the medal.
    QPainterPath ribbon;
    ribbon.moveTo(s * 0.30, s * 0.55);
    ribbon.lineTo(s * 0.18, s * 0.98);
    ribbon.lineTo(s * 0.34, s * 0.88);
    ribbon.lineTo(s * 0.45, s * 0.98);
    ribbon.lineTo(s * 0.50, s * 0.62);
    ribbon.lineTo(s * 0.55, s * 0.98);
    ribbon.lineTo(s * 0.66, s * 0.88);
    ribbon.lineTo(s * 0.82, s * 0.98);
    ribbon.lineTo(s * 0.70, s * 0.55);
    ribbon.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(base.darker(135));
    p.drawPath(ribbon);
    const QRectF disc(s * 0.12, s * 0.04, s * 0.76, s * 0.76);
    p.setBrush(base);
    p.setPen(QPen(base.darker(150), qMax<qreal>(1.0, s / 24.0)));
    p.drawEllipse(disc);
    p.setPen(QPen(QColor(255, 255, 255, 150), qMax<qreal>(1.0, s / 32.0)));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(disc.adjusted(s * 0.07, s * 0.07, -s * 0.07, -s * 0.07));
    const QString glyph = name.trimmed().left(1).toUpper();
    if (!glyph.isEmpty()) {
        QFont f = p.font();
        f.setBold(true);
        f.setPixelSize(qMax(6, int(s * 0.36)));
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(disc, Qt::AlignCenter, glyph);
    }
    return pm;
}

QIcon icon(const QString &badgeId, const QString &name)
{
    QIcon i;
    for (int size : {16, 24, 32, 48})
        i.addPixmap(pixmap(badgeId, name, size));
    return i;
}

} // namespace BadgeIcon
