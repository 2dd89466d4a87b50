#include "reportcommunity.h"

#include "sqlitestatement.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

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

// SQLite's trim(): spaces only.
QString trimSpaces(QStringView text)
{
    while (text.startsWith(u' '))
        text = text.mid(1);
    while (text.endsWith(u' '))
        text.chop(1);
    return text.toString();
}

// A reason's category is its text up to a colon ("Task: weekly check-in"), ASCII or
// full-width, when the colon is the 2nd to 33rd character; a short reason without one
// is its own category; a long one counts as "other" (""). Characters, not UTF-16 units.
QString categoryOf(const QString &reason)
{
    const QList<uint> chars = reason.toUcs4();
    for (const char32_t colon : {U':', U'\uFF1A'}) {
        const qsizetype at = chars.indexOf(colon);
        if (at >= 1 && at <= 32)
            return trimSpaces(QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData()), at));
    }
    return chars.size() <= 32 ? trimSpaces(reason) : QString();
}

// Member ids seen in one pass, kept in blocks that never move so string_views into them
// stay valid: about 10 bytes an id instead of a heap string each.
class IdArena
{
public:
    std::string_view keep(std::string_view id)
    {
        if (m_blocks.empty() || m_used + id.size() > m_blockSize) {
            m_blockSize = std::max<size_t>(1 << 20, id.size());
            m_blocks.push_back(std::make_unique<char[]>(m_blockSize));
            m_used = 0;
        }
        char *at = m_blocks.back().get() + m_used;
        std::memcpy(at, id.data(), id.size());
        m_used += id.size();
        return {at, id.size()};
    }

private:
    std::vector<std::unique_ptr<char[]>> m_blocks;
    size_t m_blockSize = 0;
    size_t m_used = 0;
};
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

    // One pass over the quarter's ledger (the covering index points_entry_created holds
    // every column read) gives the categories, the totals, the distinct members and the
    // top earners. Three GROUP BY queries over it took about three times as long at a
    // million members.
    sqlite3 *db = sqliteHandle(m_db);
    if (!db) {
        if (error)
            *error = u"the cache has no SQLite handle"_s;
        return false;
    }
    SqliteStatement ledger(db, u"SELECT member_id, points, reason FROM points_entry WHERE created_at >= ? AND created_at < ?"_s);
    if (!ledger.isValid()) {
        if (error)
            *error = ledger.errorString();
        return false;
    }
    ledger.bindText(0, m_start);
    ledger.bindText(1, m_end);

    const std::string_view opening(kOpeningReason);
    QHash<QByteArray, int> categoryOfReason; // a few hundred distinct reasons
    QHash<QString, int> categoryIndex;
    IdArena ids;
    std::unordered_map<std::string_view, qint64> earnedBy; // member -> points earned, opening left out
    earnedBy.reserve(1 << 16);
    bool ok;
    while ((ok = ledger.step()) && ledger.hasRow()) {
        const std::optional<std::string_view> reason = ledger.columnView(2);
        const QByteArray reasonKey = reason ? QByteArray::fromRawData(reason->data(), qsizetype(reason->size())) : QByteArray();
        auto found = categoryOfReason.constFind(reasonKey);
        if (found == categoryOfReason.cend()) {
            const QString category = reason ? categoryOf(QString::fromUtf8(reason->data(), qsizetype(reason->size())))
                                            : QString();
            auto index = categoryIndex.constFind(category);
            if (index == categoryIndex.cend()) {
                index = categoryIndex.insert(category, int(p.categories.size()));
                p.categories.append({category, 0, 0});
            }
            // A deep copy: the key must outlive this row's text.
            found = categoryOfReason.insert(QByteArray(reasonKey.constData(), reasonKey.size()), *index);
        }
        ReportPointsCategory &category = p.categories[*found];
        ++category.entries;
        ++p.entries;
        const bool isOpening = reason && *reason == opening;
        const bool hasPoints = !ledger.columnIsNull(1);
        const qint64 points = ledger.columnInt(1);
        if (hasPoints) {
            category.points += points;
            (points > 0 ? p.awarded : p.redeemed) += points > 0 ? points : -points;
            if (isOpening)
                p.opening += points;
        }
        if (const std::optional<std::string_view> member = ledger.columnView(0)) {
            auto it = earnedBy.find(*member);
            if (it == earnedBy.end())
                it = earnedBy.emplace(ids.keep(*member), 0).first;
            if (hasPoints && points > 0 && !isOpening)
                it->second += points;
        }
    }
    if (!ok) {
        if (error)
            *error = ledger.errorString();
        return false;
    }
    p.members = qint64(earnedBy.size());
    std::sort(p.categories.begin(), p.categories.end(), [](const auto &a, const auto &b) {
        return a.points != b.points ? a.points > b.points : a.category < b.category;
    });

    // The five who earned most; ties by member id, as SQLite orders text.
    using Earner = std::pair<std::string_view, qint64>;
    const auto before = [](const Earner &a, const Earner &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    };
    std::vector<Earner> top;
    for (const Earner &e : earnedBy) {
        if (e.second <= 0)
            continue;
        if (top.size() < 5) {
            top.push_back(e);
            std::sort(top.begin(), top.end(), before);
        } else if (before(e, top.back())) {
            top.back() = e;
            std::sort(top.begin(), top.end(), before);
        }
    }
    q.prepare(u"SELECT handle, display_name FROM member WHERE id = ?"_s);
    for (const Earner &e : top) {
        const QString id = QString::fromUtf8(e.first.data(), qsizetype(e.first.size()));
        q.addBindValue(id);
        if (!q.exec())
            return failed(q, error);
        const bool known = q.next();
        p.topEarners.append({id, known ? q.value(0).toString() : QString(), known ? q.value(1).toString() : QString(),
                             e.second});
    }
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
