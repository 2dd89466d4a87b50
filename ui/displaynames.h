#pragma once

#include <QCoreApplication>
#include <QString>

// The platform's identifiers (roles, entities, actions) in the user's language. Unknown
// identifiers come back unchanged, so a newer server never shows an empty cell.
class DisplayNames final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)
public:
    static QString role(const QString &role);
    static QString entity(const QString &entity);
    static QString action(const QString &action);
};
