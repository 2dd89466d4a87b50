#pragma once

#include "synctypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Both sides of a conflict as whole translated sentences — "You rejected it",
// "lin approved it at 10:42" / "你驳回了", "lin 于 10:42 通过了" — one sentence per
// action and outcome, because word order differs between languages and a verb glued to
// a translated subject reads wrong.
class ConflictWording final
{
    Q_DECLARE_TR_FUNCTIONS(ConflictWording)
public:
    static QString mine(const ConflictRecord &conflict);
    // The time is short: "10:42" today, date and time before; `now` decides "today".
    static QString theirs(const ConflictRecord &conflict, const QDateTime &now = QDateTime::currentDateTime());
};
