#include "reportcommunity.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {
bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = q.lastError().text();
    return false;
}

// The seeded ledger opens every member's account with one entry of this reason.
constexpr auto kOpeningReason = "Opening balance";
} // namespace

ReportCommunity::ReportCommunity(QSqlDatabase db, const Quarter &quarter, const QTimeZone &zone)
    : m_db(std::move(db))
    , m_start(utcText(quarter.firstDay(), zone))
    , m_end(utcText(quarter.next().firstDay(), zone))
{
}

QString ReportCommunity::utcText(const QDate &localDay, const QTimeZone &zone)
{
    return QDateTime(localDay, QTime(0, 0), zone).toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

bool ReportCommunity::readTiers(ReportData &data, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, name, \"order\" FROM tier ORDER BY \"order\", id"_s))
        return failed(q, error);
    data.tiers.clear();
    while (q.next())
        data.tiers.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    const auto tierAt = [&data](const QString &id) -> ReportTier & {
        for (ReportTier &t : data.tiers) {
            if (t.id == id)
                return t;
        }
        // A member in a tier the cache does not define still counts, under its id.
        data.tiers.append({id, id, int(data.tiers.size())});
        return data.tiers.last();
    };

    // Indexed reads only: a big community has a million member rows, too many to scan
    // within the report's time budget.
    if (!q.exec(u"SELECT tier, count(*) FROM member GROUP BY tier"_s))
        return failed(q, error);
    data.membersCached = 0;
    while (q.next()) {
        ReportTier &t = tierAt(q.value(0).toString());
        t.members = q.value(1).toLongLong();
        data.membersCached += t.members;
    }
    if (!q.exec(u"SELECT count(*) FROM member WHERE status IN ('muted', 'banned')"_s) || !q.next())
        return failed(q, error);
    data.mutedOrBanned = q.value(0).toLongLong();
    // json_array_length(badges) is indexed by the members list's migration.
    if (!q.exec(u"SELECT count(*) FROM member WHERE json_array_length(badges) > 0"_s) || !q.next())
        return failed(q, error);
    data.badgeHolders = q.value(0).toLongLong();

    q.prepare(u"SELECT tier, count(*), sum(joined_at < :start), sum(joined_at >= :start) FROM member "
              "WHERE tier_since >= :start AND tier_since < :end GROUP BY tier"_s);
    q.bindValue(u":start"_s, m_start);
    q.bindValue(u":end"_s, m_end);
    if (!q.exec())
        return failed(q, error);
    while (q.next()) {
        ReportTier &t = tierAt(q.value(0).toString());
        t.entered = q.value(1).toLongLong();
        t.movedIn = q.value(2).toLongLong();
        t.newJoiners = q.value(3).toLongLong();
    }
    return true;
}

bool ReportCommunity::readPoints(ReportData &data, QString *error) const
{
    ReportPoints &p = data.points;
    p = {};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT min(created_at) FROM points_entry"_s))
        return failed(q, error);
    if (q.next())
        p.ledgerStart = QDateTime::fromString(q.value(0).toString(), Qt::ISODate).date();

    // A reason's category is its text up to a colon ("Task: weekly check-in"); a short
    // reason without one is its own category, a long one counts as "other" ("").
    q.prepare(u"SELECT CASE WHEN instr(reason, ':') BETWEEN 2 AND 33 THEN trim(substr(reason, 1, instr(reason, ':') - 1)) "
              "WHEN instr(reason, '：') BETWEEN 2 AND 33 THEN trim(substr(reason, 1, instr(reason, '：') - 1)) "
              "WHEN length(reason) <= 32 THEN trim(reason) ELSE '' END AS category, "
              "count(*), sum(points), sum(max(points, 0)), sum(min(points, 0)), "
              "sum(CASE WHEN reason = :opening THEN points ELSE 0 END) "
              "FROM points_entry WHERE created_at >= :start AND created_at < :end GROUP BY category"_s);
    q.bindValue(u":opening"_s, QString::fromLatin1(kOpeningReason));
    q.bindValue(u":start"_s, m_start);
    q.bindValue(u":end"_s, m_end);
    if (!q.exec())
        return failed(q, error);
    while (q.next()) {
        const qint64 entries = q.value(1).toLongLong();
        p.categories.append({q.value(0).toString(), entries, q.value(2).toLongLong()});
        p.entries += entries;
        p.awarded += q.value(3).toLongLong();
        p.redeemed -= q.value(4).toLongLong();
        p.opening += q.value(5).toLongLong();
    }
    std::sort(p.categories.begin(), p.categories.end(), [](const auto &a, const auto &b) {
        return a.points != b.points ? a.points > b.points : a.category < b.category;
    });

    q.prepare(u"SELECT count(DISTINCT member_id) FROM points_entry WHERE created_at >= ? AND created_at < ?"_s);
    q.addBindValue(m_start);
    q.addBindValue(m_end);
    if (!q.exec() || !q.next())
        return failed(q, error);
    p.members = q.value(0).toLongLong();

    q.prepare(u"SELECT e.member_id, sum(e.points) AS earned, m.handle, m.display_name FROM points_entry e "
              "LEFT JOIN member m ON m.id = e.member_id "
              "WHERE e.created_at >= :start AND e.created_at < :end AND e.points > 0 AND e.reason IS NOT :opening "
              "GROUP BY e.member_id ORDER BY earned DESC, e.member_id LIMIT 5"_s);
    q.bindValue(u":start"_s, m_start);
    q.bindValue(u":end"_s, m_end);
    q.bindValue(u":opening"_s, QString::fromLatin1(kOpeningReason));
    if (!q.exec())
        return failed(q, error);
    while (q.next())
        p.topEarners.append({q.value(0).toString(), q.value(2).toString(), q.value(3).toString(), q.value(1).toLongLong()});
    return true;
}

bool ReportCommunity::readBadges(ReportData &data, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, name, name_zh, awarded_count FROM badge ORDER BY awarded_count DESC, id"_s))
        return failed(q, error);
    data.badges.clear();
    while (q.next())
        data.badges.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    return true;
}

bool ReportCommunity::readModeration(ReportData &data, QString *error) const
{
    ReportModerationItems &m = data.moderation;
    m = {};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT status, count(*), sum(report_count > 0) FROM moderation_item "
              "WHERE created_at >= ? AND created_at < ? GROUP BY status"_s);
    q.addBindValue(m_start);
    q.addBindValue(m_end);
    if (!q.exec())
        return failed(q, error);
    while (q.next()) {
        const qint64 n = q.value(1).toLongLong();
        m.byStatus.insert(q.value(0).toString(), n);
        m.created += n;
        m.reported += q.value(2).toLongLong();
    }
    q.prepare(u"SELECT l.value, count(*) FROM moderation_item i, json_each(CASE WHEN json_valid(i.ai_labels) "
              "THEN i.ai_labels ELSE '[]' END) l WHERE i.created_at >= ? AND i.created_at < ? GROUP BY l.value"_s);
    q.addBindValue(m_start);
    q.addBindValue(m_end);
    if (!q.exec())
        return failed(q, error);
    while (q.next())
        m.byLabel.insert(q.value(0).toString(), q.value(1).toLongLong());
    return true;
}

bool ReportCommunity::readAudit(ReportData &data, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT action, count(*) AS n FROM audit_entry WHERE at >= ? AND at < ? "
              "GROUP BY action ORDER BY n DESC, action"_s);
    q.addBindValue(m_start);
    q.addBindValue(m_end);
    if (!q.exec())
        return failed(q, error);
    data.audit.clear();
    while (q.next())
        data.audit.append({q.value(0).toString(), q.value(1).toLongLong()});
    return true;
}
