#pragma once

#include <QList>
#include <QString>
#include <QVariant>

// One column of a KPI table: what it holds decides how it is shown and exported.
struct KpiColumn {
    enum class Kind {
        Date,    // key column: a QDate (a day, or the first day of a week or month)
        Text,    // key column: a label (a funnel stage)
        Count,   // whole numbers (members, posts)
        Decimal, // per-member rates (1.42 comments per active member)
        Ratio,   // 0..1, shown as a percentage
        Minutes, // durations
        Score,   // -1..1 (sentiment)
    };
    QString key;   // stable, for CSV headers and tests: "dau", "d7", ...
    QString title; // translated
    Kind kind = Kind::Count;
};

// The rows one chart draws, also shown as its table and exported as its CSV. Column 0 is
// the key (a date or a label); the others are numbers, NaN where there is no value.
struct KpiTable {
    enum class Granularity { Day, Week, Month, None };
    QList<KpiColumn> columns;
    QList<QVariant> keys;        // QDate or QString, one a row
    QList<QList<double>> values; // values[row][column - 1]
    Granularity granularity = Granularity::None;
    int splitRow = -1; // where a forecast table's future starts; -1 for the others

    int rowCount() const { return int(keys.size()); }
    int columnCount() const { return int(columns.size()); }
    int column(const QString &key) const; // -1 when absent
    double value(int row, int column) const { return values.at(row).at(column - 1); }
};
