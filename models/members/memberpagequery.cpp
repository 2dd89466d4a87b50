#include "memberpagequery.h"

#include "sqlitestatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {
// The segments as the tiers code names them, best first; others follow alphabetically.
const QStringList &segmentOrder()
{
    static const QStringList order = {u"champions"_s, u"loyal"_s, u"potential"_s, u"at_risk"_s, u"hibernating"_s};
    return order;
}

QString rangeKey(int column)
{
    using namespace MemberColumns;
    switch (column) {
    case Handle: return u"m.handle"_s;
    case Name: return u"m.display_name"_s;
    case Points: return u"m.points"_s;
    case Badges: return u"json_array_length(m.badges)"_s; // matches index member_badge_count
    case Joined: return u"m.joined_at"_s;
    case LastActive: return u"m.last_active_at"_s;
    case Activity30: return u"m.active_days_30"_s;
    case Spend: return u"m.spend_total"_s;
    case Channel: return u"m.signup_channel"_s;
    case Status: return u"m.status"_s;
    default: return {};
    }
}

QStringList jsonStrings(const QString &json)
{
    QStringList out;
    if (json.isEmpty())
        return out;
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    out.reserve(a.size());
    for (const QJsonValue &v : a)
        out << v.toString();
    return out;
}
} // namespace

MemberPageQuery::MemberPageQuery(QSqlDatabase db, const MemberFilter &filter, const MemberSort &sort)
    : m_db(std::move(db))
    , m_filter(filter)
    , m_sort(sort)
    , m_hasSegments(segmentsTableExists(m_db))
{
}

bool MemberPageQuery::segmentsTableExists(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'member_segment'"_s) && q.next();
}

QStringList MemberPageQuery::orderedValues(const QString &column) const
{
    QStringList values;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (column == u"tier"_s) {
        if (q.exec(u"SELECT id FROM tier ORDER BY \"order\", id"_s))
            while (q.next())
                values << q.value(0).toString();
        // Tiers the cache does not define (yet) still get their members listed: a skip
        // scan over the index instead of DISTINCT over a million rows.
        if (q.exec(u"WITH RECURSIVE v(x) AS (SELECT min(tier) FROM member UNION ALL "
                   "SELECT (SELECT min(tier) FROM member WHERE tier > v.x) FROM v WHERE v.x IS NOT NULL) "
                   "SELECT x FROM v WHERE x IS NOT NULL"_s))
            while (q.next())
                if (const QString t = q.value(0).toString(); !values.contains(t))
                    values << t;
    } else if (column == u"segment"_s) {
        QStringList present;
        if (q.exec(u"WITH RECURSIVE v(x) AS (SELECT min(segment) FROM member_segment UNION ALL "
                   "SELECT (SELECT min(segment) FROM member_segment WHERE segment > v.x) FROM v WHERE v.x IS NOT NULL) "
                   "SELECT x FROM v WHERE x IS NOT NULL"_s))
            while (q.next())
                present << q.value(0).toString();
        for (const QString &s : segmentOrder())
            if (present.contains(s))
                values << s;
        for (const QString &s : std::as_const(present))
            if (!values.contains(s))
                values << s;
    }
    return values;
}

QList<MemberPageQuery::Phase> MemberPageQuery::phases() const
{
    if (m_phasesBuilt)
        return m_phases;
    m_phasesBuilt = true;
    QList<Phase> p;
    const QString member = u"member m"_s;
    if (const QString key = rangeKey(m_sort.column); !key.isEmpty()) {
        p << Phase{member, key + u" IS NULL"_s, {}, QString()}
          << Phase{member, key + u" IS NOT NULL"_s, {}, key};
    } else if (m_sort.column == MemberColumns::Tier) {
        for (const QString &t : orderedValues(u"tier"_s))
            p << Phase{member, u"m.tier = ?"_s, {t}, QString()};
        p << Phase{member, u"m.tier IS NULL"_s, {}, QString()};
        std::rotate(p.begin(), p.end() - 1, p.end()); // NULL first, as SQL sorts it
    } else if (m_sort.column == MemberColumns::Segment && m_hasSegments) {
        p << Phase{member, u"NOT EXISTS (SELECT 1 FROM member_segment s0 WHERE s0.member_rid = m.rid)"_s, {}, QString()};
        for (const QString &s : orderedValues(u"segment"_s))
            p << Phase{u"member_segment s JOIN member m ON m.rid = s.member_rid"_s, u"s.segment = ?"_s, {s}, QString(),
                       u"s.member_rid"_s};
    } else {
        p << Phase{member, QString(), {}, QString()};
    }
    if (m_sort.descending)
        std::reverse(p.begin(), p.end());
    m_phases = p;
    return p;
}

bool MemberPageQuery::textDrives() const
{
    // A match set up to this size costs less to read and sort (one lookup per member)
    // than walking the sort index to collect a page; above it, matches are dense enough
    // that the walk finds a page within a few thousand index entries.
    constexpr int FewMatches = 8000;
    if (m_textDrives >= 0)
        return m_textDrives == 1;
    m_textDrives = 0;
    const SqlCondition text = MemberFilter{m_filter.text}.condition(false);
    if (m_filter.text.trimmed().isEmpty() || text.values.isEmpty())
        return false;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT count(*) FROM (SELECT rowid FROM member_fts WHERE member_fts MATCH ? LIMIT ?)"_s);
    q.addBindValue(text.values.constFirst());
    q.addBindValue(FewMatches + 1);
    if (q.exec() && q.next())
        m_textDrives = q.value(0).toInt() <= FewMatches ? 1 : 0;
    return m_textDrives == 1;
}

bool MemberPageQuery::page(int limit, const MemberPageKey &after, QList<MemberRow> *rows, MemberPageKey *last,
                           bool *atEnd, QString *error)
{
    const QList<Phase> all = phases();
    const SqlCondition filter = m_filter.condition(m_hasSegments, true, textDrives());
    const QString dir = m_sort.descending ? u" DESC"_s : u" ASC"_s;
    const QString beyond = m_sort.descending ? u"<"_s : u">"_s;
    const QString segmentExpr = m_hasSegments ? u"(SELECT segment FROM member_segment WHERE member_rid = m.rid)"_s
                                              : u"NULL"_s;
    int phase = after.valid ? after.phase : 0;
    *atEnd = false;
    while (rows->size() < limit) {
        if (phase >= all.size()) {
            *atEnd = true;
            return true;
        }
        const Phase &ph = all.at(phase);
        SqlCondition w = filter;
        if (!ph.where.isEmpty())
            w = w && SqlCondition{ph.where, ph.values};
        if (after.valid && after.phase == phase) {
            if (ph.keyExpr.isEmpty())
                w = w && SqlCondition{ph.ridExpr + u" "_s + beyond + u" ?"_s, {after.rid}};
            else
                w = w && SqlCondition{u"(%1, %2) %3 (?, ?)"_s.arg(ph.keyExpr, ph.ridExpr, beyond), {after.value, after.rid}};
        }
        const QString order = ph.keyExpr.isEmpty() ? QString(ph.ridExpr + dir)
                                                    : QString(ph.keyExpr + dir + u", "_s + ph.ridExpr + dir);
        const QString outerOrder = ph.keyExpr.isEmpty() ? QString(u"page.rid"_s + dir)
                                                         : QString(u"page.k"_s + dir + u", page.rid"_s + dir);
        // Two stages: the inner query walks the index for the page's rids only; the outer
        // one reads those rows (and their segment and outbox state) and nothing else.
        const QString sql =
            u"SELECT m.rid, m.id, m.version, m.handle, m.display_name, m.tier, m.tier_locked, m.points, m.badges, "
            "m.joined_at, m.last_active_at, m.active_days_30, m.spend_total, m.signup_channel, m.status, "
            "m.muted_until, %1, EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'member' AND o.entity_id = m.id), page.k "
            "FROM (SELECT %2 AS rid, %3 AS k FROM %4%5 ORDER BY %6 LIMIT ?) page JOIN member m ON m.rid = page.rid "
            "ORDER BY %7"_s.arg(segmentExpr, ph.ridExpr, ph.keyExpr.isEmpty() ? u"NULL"_s : ph.keyExpr, ph.from,
                                 w.where(), order, outerOrder);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        for (const QVariant &v : std::as_const(w.values))
            q.addBindValue(v);
        const int want = limit - int(rows->size());
        q.addBindValue(want);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        int got = 0;
        while (q.next()) {
            MemberRow r;
            r.rid = q.value(0).toLongLong();
            r.id = q.value(1).toString();
            r.version = q.value(2).toLongLong();
            r.handle = q.value(3).toString();
            r.name = q.value(4).toString();
            r.tier = q.value(5).toString();
            r.tierLocked = q.value(6).toBool();
            r.points = q.value(7).toLongLong();
            r.badges = jsonStrings(q.value(8).toString());
            r.joinedAt = q.value(9).toString();
            r.lastActiveAt = q.value(10).toString();
            r.activeDays30 = q.value(11).toInt();
            r.spend = q.value(12).toDouble();
            r.channel = q.value(13).toString();
            r.status = q.value(14).toString();
            r.mutedUntil = q.value(15).toString();
            r.segment = q.value(16).toString();
            r.pendingSync = q.value(17).toBool();
            last->phase = phase;
            last->value = q.value(18);
            last->rid = r.rid;
            last->valid = true;
            rows->append(std::move(r));
            ++got;
        }
        if (q.lastError().isValid()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        if (got < want)
            ++phase; // this phase is exhausted: the next starts from its beginning
        else
            break;
    }
    // A full page may also be the very last one; the next fetch finds out for one query.
    return true;
}

qint64 MemberPageQuery::count(QString *error)
{
    const SqlCondition w = m_filter.condition(m_hasSegments);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT count(*) FROM member m"_s + w.where());
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

// --- MemberReadConnection ---------------------------------------------------------------

MemberReadConnection::MemberReadConnection(const QString &filePath)
{
    static std::atomic<int> counter{0};
    m_name = u"steward-members-read-%1"_s.arg(counter++);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    m_db.setDatabaseName(filePath);
    m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        return;
    }
    QSqlQuery q(m_db);
    q.exec(u"PRAGMA temp_store = MEMORY"_s);
    q.exec(u"PRAGMA cache_size = -16384"_s);
}

MemberReadConnection::~MemberReadConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

sqlite3 *MemberReadConnection::handle() const
{
    return sqliteHandle(m_db);
}
