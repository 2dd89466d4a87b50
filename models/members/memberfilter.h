#pragma once

#include "moderationfilter.h" // SqlCondition

#include <QDate>
#include <QString>

// What the member list shows; every field narrows the result, empty ones don't. Dates are
// whole days (UTC, as the cache stores timestamps), both ends inclusive.
struct MemberFilter {
    QString text;      // handle or display name, Chinese or English (full text)
    QString tier;      // tier id
    QString segment;   // member_segment.segment; "none" = not computed yet
    QString channel;   // signup_channel
    QString status;    // active, muted, banned
    QString groupId;   // study group id
    QString badgeId;   // holders of this badge
    QDate joinedFrom, joinedTo;
    QDate activeFrom, activeTo;

    bool isEmpty() const { return *this == MemberFilter(); }
    // Over `member m`. `hasSegments`: the member_segment table exists (else a segment
    // filter matches nothing but "none").
    // `sortDrives`: the query walks the sort key's index, so no filter term may drive
    // it (each column gets SQL's unary +, which keeps the planner off its index) — except
    // the full-text match when `textDrives` (few matches: read those and sort them).
    SqlCondition condition(bool hasSegments, bool sortDrives = false, bool textDrives = false) const;
    bool operator==(const MemberFilter &) const = default;
};
