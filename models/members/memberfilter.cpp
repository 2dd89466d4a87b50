#include "memberfilter.h"

#include "fulltext.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
QString dayStart(const QDate &d)
{
    return d.toString(Qt::ISODate); // "2026-11-20" sorts before "2026-11-20T00:00:00Z"
}
} // namespace

SqlCondition MemberFilter::condition(bool hasSegments, bool sortDrives, bool textDrives) const
{
    QStringList clauses;
    SqlCondition c;
    const QString plus = sortDrives ? u"+"_s : QString();
    const auto equal = [&](const QString &value, const QString &column) {
        if (value.isEmpty())
            return;
        clauses << plus + column + u" = ?"_s;
        c.values << value;
    };
    equal(tier, u"m.tier"_s);
    equal(channel, u"m.signup_channel"_s);
    equal(status, u"m.status"_s);
    if (!segment.isEmpty()) {
        if (!hasSegments) {
            clauses << (segment == u"none"_s ? u"1"_s : u"0"_s);
        } else if (segment == u"none"_s) {
            clauses << u"NOT EXISTS (SELECT 1 FROM member_segment s0 WHERE s0.member_rid = m.rid)"_s;
        } else {
            clauses << plus + u"m.rid IN (SELECT member_rid FROM member_segment WHERE segment = ?)"_s;
            c.values << segment;
        }
    }
    if (!groupId.isEmpty()) {
        // groups is compact JSON text of ids: the quoted id is exactly one element.
        clauses << u"instr(m.groups, ?) > 0"_s;
        c.values << QString(u"\""_s + groupId + u"\""_s);
    }
    if (!badgeId.isEmpty()) {
        clauses << u"instr(m.badges, ?) > 0"_s;
        c.values << QString(u"\""_s + badgeId + u"\""_s);
    }
    const auto range = [&](const QDate &from, const QDate &to, const QString &column) {
        if (from.isValid()) {
            clauses << plus + column + u" >= ?"_s;
            c.values << dayStart(from);
        }
        if (to.isValid()) {
            clauses << plus + column + u" < ?"_s;
            c.values << dayStart(to.addDays(1));
        }
    };
    range(joinedFrom, joinedTo, u"m.joined_at"_s);
    range(activeFrom, activeTo, u"m.last_active_at"_s);
    if (const QString query = text.trimmed(); !query.isEmpty()) {
        const QString match = FullText::matchExpression(query);
        if (match.isEmpty()) {
            clauses << u"0"_s;
        } else {
            clauses << (textDrives ? QString() : plus) + u"m.rid IN (SELECT rowid FROM member_fts WHERE member_fts MATCH ?)"_s;
            c.values << match;
        }
    }
    c.sql = clauses.join(u" AND "_s);
    return c;
}
