#pragma once

#include "reportdata.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QTimeZone>
#include <optional>

// Reads everything the quarterly report prints for one quarter from a cache connection.
// Widget-free and thread-agnostic: give it a connection opened on the thread that calls it
// (the report is built off the GUI thread with its own Store).
class ReportDataBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ReportDataBuilder)
public:
    explicit ReportDataBuilder(QSqlDatabase db, QTimeZone zone = defaultTimeZone());

    // The platform's default community zone; the cache does not record the server's.
    static QTimeZone defaultTimeZone();

    // Quarters with at least one metric day, newest first.
    QList<Quarter> quarters(QString *error = nullptr) const;
    // The newest metric day in the cache (invalid when none).
    QDate lastDataDay() const;
    // nullopt (and *error, a sentence for the user) when the cache has no daily figures
    // for the quarter or a read fails.
    std::optional<ReportData> build(const Quarter &quarter, QString *error = nullptr) const;

private:
    QSqlDatabase m_db;
    QTimeZone m_zone;
};
