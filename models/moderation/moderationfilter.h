#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>

// A piece of SQL with its bound values (never user text inside the SQL itself).
struct SqlCondition {
    QString sql;          // empty: no condition
    QVariantList values;  // for the `?` in sql, in order
    QString where() const { return sql.isEmpty() ? QString() : QString(QStringLiteral(" WHERE ") + sql); }
};
// Both conditions (either may be empty).
SqlCondition operator&&(const SqlCondition &a, const SqlCondition &b);

// One ORDER BY term. The expression must never be NULL, so rowsAfter() compares exactly.
struct SqlSortKey {
    QString expr;
    bool descending = false;
};
// Rows after the one whose keys are `values` in the order of `keys` (keyset paging, so
// the last page of 100,000 rows costs what the first does; OFFSET would not).
SqlCondition rowsAfter(const QList<SqlSortKey> &keys, const QVariantList &values);

// What the moderation queue shows; every field narrows the result, empty/unset ones don't.
// Also the definition of a saved view, whose live count is one COUNT with condition().
struct ModerationFilter {
    enum class Claim { Any, ByMe, Unclaimed }; // claims count until they expire
    QStringList statuses;       // pending, approved, rejected, escalated; empty: any
    QString kind;               // post, comment, profile
    QString aiLabel;            // spam, abuse, ads, ...
    std::optional<double> minScore, maxScore; // inclusive
    int minReports = 0;         // 1: has reports
    QString board;
    QString language;
    Claim claim = Claim::Any;
    QString text;               // full text of title and body; Chinese and English

    // Over `moderation_item m`; `actor` is "me", `now` decides whether a claim expired.
    SqlCondition condition(const QString &actor, const QDateTime &now) const;
    bool operator==(const ModerationFilter &) const = default;
    bool isEmpty() const { return *this == ModerationFilter(); }
    // Saved views store the filter as JSON; unknown or wrongly typed keys are ignored.
    QJsonObject toJson() const;
    static ModerationFilter fromJson(const QJsonObject &o);
};
