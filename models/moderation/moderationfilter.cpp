#include "moderationfilter.h"

#include "fulltext.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

SqlCondition operator&&(const SqlCondition &a, const SqlCondition &b)
{
    if (a.sql.isEmpty())
        return b;
    if (b.sql.isEmpty())
        return a;
    return {u"(%1) AND (%2)"_s.arg(a.sql, b.sql), a.values + b.values};
}

SqlCondition rowsAfter(const QList<SqlSortKey> &keys, const QVariantList &values)
{
    // (k1, k2, ...) after (v1, v2, ...), each key in its own direction:
    // k1 > v1 OR (k1 = v1 AND (k2 > v2 OR (k2 = v2 AND ...)))
    SqlCondition c;
    if (keys.size() != values.size())
        return c;
    for (qsizetype i = keys.size() - 1; i >= 0; --i) {
        const SqlSortKey &k = keys.at(i);
        const QString beyond = k.expr + (k.descending ? u" < ?"_s : u" > ?"_s);
        if (c.sql.isEmpty()) {
            c = {beyond, {values.at(i)}};
        } else {
            c.sql = u"(%1 OR (%2 = ? AND %3))"_s.arg(beyond, k.expr, c.sql);
            c.values = QVariantList{values.at(i), values.at(i)} + c.values;
        }
    }
    return c;
}

SqlCondition ModerationFilter::condition(const QString &actor, const QDateTime &now) const
{
    // A claim holds while it has not expired; no expiry means it holds.
    static const QString claimHolds = u"(m.claimed_by IS NOT NULL AND m.claimed_by <> '' AND "
                                      "(m.claim_expires_at IS NULL OR m.claim_expires_at = '' OR m.claim_expires_at > ?))"_s;
    QStringList clauses;
    SqlCondition c;
    if (!statuses.isEmpty()) {
        QStringList marks;
        for (const QString &s : statuses) {
            marks << u"?"_s;
            c.values << s;
        }
        clauses << u"m.status IN (%1)"_s.arg(marks.join(u", "_s));
    }
    const auto equal = [&](const QString &value, const QString &column) {
        if (value.isEmpty())
            return;
        clauses << column + u" = ?"_s;
        c.values << value;
    };
    equal(kind, u"m.kind"_s);
    equal(board, u"m.board"_s);
    equal(language, u"m.language"_s);
    if (!aiLabel.isEmpty()) {
        // ai_labels is compact JSON text of plain words: the quoted label is one element.
        clauses << u"instr(m.ai_labels, ?) > 0"_s;
        c.values << QString(u"\""_s + aiLabel + u"\""_s);
    }
    // The score as the riskiest-first index has it, so a score range is an index range.
    if (minScore) {
        clauses << u"COALESCE(m.ai_score, -1) >= ?"_s;
        c.values << *minScore;
    }
    if (maxScore) {
        clauses << u"COALESCE(m.ai_score, -1) <= ?"_s;
        c.values << *maxScore;
    }
    if (minReports > 0) {
        clauses << u"m.report_count >= ?"_s;
        c.values << minReports;
    }
    // Expiry times are stored as ISO 8601 UTC text, which compares in time order.
    const QString at = (now.isValid() ? now : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODate);
    if (claim == Claim::ByMe) {
        clauses << u"m.claimed_by = ? AND "_s + claimHolds;
        c.values << actor << at;
    } else if (claim == Claim::Unclaimed) {
        clauses << u"NOT "_s + claimHolds;
        c.values << at;
    }
    if (const QString query = text.trimmed(); !query.isEmpty()) {
        const QString match = FullText::matchExpression(query);
        if (match.isEmpty()) {
            clauses << u"0"_s; // nothing searchable finds nothing, as Store::searchModeration
        } else {
            clauses << u"m.rid IN (SELECT rowid FROM moderation_fts WHERE moderation_fts MATCH ?)"_s;
            c.values << match;
        }
    }
    c.sql = clauses.join(u" AND "_s);
    return c;
}

QJsonObject ModerationFilter::toJson() const
{
    QJsonObject o;
    if (!statuses.isEmpty())
        o.insert(u"statuses"_s, QJsonArray::fromStringList(statuses));
    const auto put = [&](const QString &key, const QString &value) {
        if (!value.isEmpty())
            o.insert(key, value);
    };
    put(u"kind"_s, kind);
    put(u"ai_label"_s, aiLabel);
    put(u"board"_s, board);
    put(u"language"_s, language);
    put(u"text"_s, text);
    if (minScore)
        o.insert(u"min_score"_s, *minScore);
    if (maxScore)
        o.insert(u"max_score"_s, *maxScore);
    if (minReports > 0)
        o.insert(u"min_reports"_s, minReports);
    if (claim == Claim::ByMe)
        o.insert(u"claim"_s, u"mine"_s);
    else if (claim == Claim::Unclaimed)
        o.insert(u"claim"_s, u"unclaimed"_s);
    return o;
}

ModerationFilter ModerationFilter::fromJson(const QJsonObject &o)
{
    ModerationFilter f;
    for (const QJsonValue &v : o.value(u"statuses"_s).toArray())
        if (v.isString())
            f.statuses << v.toString();
    f.kind = o.value(u"kind"_s).toString();
    f.aiLabel = o.value(u"ai_label"_s).toString();
    f.board = o.value(u"board"_s).toString();
    f.language = o.value(u"language"_s).toString();
    f.text = o.value(u"text"_s).toString();
    if (o.value(u"min_score"_s).isDouble())
        f.minScore = o.value(u"min_score"_s).toDouble();
    if (o.value(u"max_score"_s).isDouble())
        f.maxScore = o.value(u"max_score"_s).toDouble();
    f.minReports = qMax(0, o.value(u"min_reports"_s).toInt());
    const QString claim = o.value(u"claim"_s).toString();
    f.claim = claim == u"mine"_s ? Claim::ByMe : claim == u"unclaimed"_s ? Claim::Unclaimed : Claim::Any;
    return f;
}
