#pragma once

#include <QIcon>
#include <QString>

// A badge's icon: a medal drawn in the badge's own colour with the first character of its
// name, so every badge the platform defines (today's and future ones) has a distinct icon.
namespace BadgeIcon {
QIcon icon(const QString &badgeId, const QString &name);
QPixmap pixmap(const QString &badgeId, const QString &name, int size, qreal devicePixelRatio = 1.0);
} // namespace BadgeIcon
