#pragma once

#include "kpitable.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QLocale>
#include <cmath>

class QIODevice;

// One KPI chart's rows as an item model. The chart reads it through Qt Charts' model
// mappers and the table view shows it, so the two cannot disagree. DisplayRole is the raw
// value because the mappers read DisplayRole: in a date column the day as a chart x
// (xForDate), a label in a text column, a double elsewhere, nothing where there is no value.
// Views show TextRole.
class KpiTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        TextRole = Qt::UserRole + 1, // the value as the user reads it, in the model's locale
        ValueRole,                   // double, NaN where there is no value; column 0: the QDate or label
        KindRole,                    // headerData: int(KpiColumn::Kind)
        KeyRole,                     // headerData: the column's stable key
    };

    explicit KpiTableModel(const QString &id, QObject *parent = nullptr);

    QString id() const { return m_id; }
    const KpiTable &table() const { return m_table; }
    void setTable(KpiTable table); // one model reset

    // A day on the charts' x axis: milliseconds from the epoch to the day's midnight in UTC.
    // Plain arithmetic, unlike QDate::startOfDay() (local time: a time-zone lookup each call,
    // which made a three-year redraw take seconds).
    static double xForDate(const QDate &date) { return double(date.toJulianDay() - 2440588) * 86400000.0; }
    static QDate dateForX(double x) { return QDate::fromJulianDay(qint64(std::floor(x / 86400000.0 + 0.5)) + 2440588); }
    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The rows as CSV (UTF-8 with a BOM so spreadsheets detect it, ISO dates, plain numbers,
    // ratios as fractions). False with *error when the device cannot be written.
    bool writeCsv(QIODevice *device, QString *error = nullptr) const;

private:
    QString m_id;
    KpiTable m_table;
    QLocale m_locale;
};
