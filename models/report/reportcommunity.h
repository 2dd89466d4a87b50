#pragma once

#include "reportdata.h"

#include <QSqlDatabase>
#include <QTimeZone>

// The report's figures from the entity tables (member, tier, points_entry, badge,
// moderation_item, audit_entry). Timestamps are UTC text in the cache; a quarter's
// bounds are its first and next quarter's first local midnight in the community's zone.
class ReportCommunity final
{
public:
    ReportCommunity(QSqlDatabase db, const Quarter &quarter, const QTimeZone &zone);

    // Each fills its part of `data`; false (and *error) when a read fails. readTiers()
    // also counts the badge holders.
    bool readTiers(ReportData &data, QString *error) const;
    bool readPoints(ReportData &data, QString *error) const;
    bool readBadges(ReportData &data, QString *error) const;
    bool readModeration(ReportData &data, QString *error) const;
    bool readAudit(ReportData &data, QString *error) const;

    // "2026-06-30T16:00:00Z" for 2026Q3 in Asia/Shanghai.
    QString startUtc() const { return m_start; }
    QString endUtc() const { return m_end; }
    static QString utcText(const QDate &localDay, const QTimeZone &zone);

private:
    QSqlDatabase m_db;
    QString m_start;
    QString m_end;
};
