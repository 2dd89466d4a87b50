#pragma once

#include <QString>
#include <QStringList>

// Lines of a tooltip as escaped rich text: campaign names are user content, and a name
// that looks like markup must show as typed.
inline QString campaignTooltip(const QStringList &lines)
{
    QStringList escaped;
    for (const QString &line : lines)
        escaped << line.toHtmlEscaped();
    return QStringLiteral("<p style='white-space:pre'>") + escaped.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
}
