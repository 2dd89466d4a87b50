#include "outboxwriter.h"

#include "entitytables.h"
#include "mutationeffects.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString toText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QVariant imageText(const std::optional<QJsonObject> &o)
{
    return o ? QVariant(toText(*o)) : QVariant(QMetaType::fromType<QString>());
}

QJsonObject fromText(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

const QString kEntryColumns =
    u"seq, mutation_id, entity, entity_id, action, base_version, payload, created_at, before_image, before_version"_s;
} // namespace

OutboxWriter::OutboxWriter(QSqlDatabase db, EntityTables *tables)
    : m_db(std::move(db))
    , m_tables(tables)
{
}

bool OutboxWriter::query(const QString &sql, const QVariantList &values, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

QString OutboxWriter::enqueue(Mutation &m, const QString &actor, QString *error)
{
    if (!m_tables->knows(m.entity) || !MutationEffects::knows(m.entity, m.action)) {
        if (error)
            *error = QCoreApplication::translate("Store", "Unknown action '%1' for %2.").arg(m.action, m.entity);
        return {};
    }
    if (m.id.isEmpty())
        m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!m.createdAt.isValid())
        m.createdAt = QDateTime::currentDateTimeUtc();
    const std::optional<QJsonObject> before = m_tables->load(m.entity, m.entityId);
    const qint64 version = m_tables->version(m.entity, m.entityId);
    m.baseVersion = m.action == u"create"_s ? 0 : version;
    std::optional<QJsonObject> after = before;
    const MutationEffects::Context context{actor, nowIso()};
    const QString problem = MutationEffects::apply(m, after, context);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }
    const bool ok = query(u"INSERT INTO outbox(mutation_id, entity, entity_id, action, base_version, payload, "
                          "created_at, summary, before_image, before_version) VALUES (?,?,?,?,?,?,?,?,?,?)"_s,
                          {m.id, m.entity, m.entityId, m.action, m.baseVersion, toText(m.payload),
                           m.createdAt.toString(Qt::ISODate), MutationEffects::summary(m), imageText(before), version},
                          error)
        && (after ? m_tables->write(m.entity, *after, version, error) : m_tables->remove(m.entity, m.entityId, error))
        && (m.action != u"award_points"_s || addPendingPoints(m, actor, error));
    return ok ? m.id : QString();
}

bool OutboxWriter::addPendingPoints(const Mutation &m, const QString &actor, QString *error)
{
    // The ledger shows the award at once; the server's entry replaces it after the push
    // (claimPendingPoints). The reason is stored trimmed, as the server stores it.
    const QString id = u"pending-"_s + m.id;
    const QJsonObject entry{{u"id"_s, id},
                            {u"member_id"_s, m.entityId},
                            {u"points"_s, qint64(m.payload.value(u"points"_s).toDouble())},
                            {u"reason"_s, m.payload.value(u"reason"_s).toString().trimmed()},
                            {u"awarded_by"_s, actor},
                            {u"created_at"_s, m.createdAt.toString(Qt::ISODate)}};
    return m_tables->write(u"points_entry"_s, entry, 0, error)
        && query(u"UPDATE points_entry SET local_pending_mutation = ? WHERE id = ?"_s, {m.id, id}, error);
}

std::optional<OutboxWriter::Entry> OutboxWriter::entry(const QString &mutationId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT entity, entity_id FROM outbox WHERE mutation_id = ?"_s);
    q.addBindValue(mutationId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    for (const Entry &e : entries(q.value(0).toString(), q.value(1).toString()))
        if (e.mutation.id == mutationId)
            return e;
    return std::nullopt;
}

QList<OutboxWriter::Entry> OutboxWriter::entries(const QString &entity, const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + kEntryColumns + u" FROM outbox WHERE entity = ? AND entity_id = ? ORDER BY seq"_s);
    q.addBindValue(entity);
    q.addBindValue(id);
    QList<Entry> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Entry e;
        e.seq = q.value(0).toLongLong();
        e.mutation.id = q.value(1).toString();
        e.mutation.entity = q.value(2).toString();
        e.mutation.entityId = q.value(3).toString();
        e.mutation.action = q.value(4).toString();
        e.mutation.baseVersion = q.value(5).toLongLong();
        e.mutation.payload = fromText(q.value(6));
        e.mutation.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
        if (!q.value(8).isNull())
            e.before = fromText(q.value(8));
        e.beforeVersion = q.value(9).toLongLong();
        out.append(e);
    }
    return out;
}

bool OutboxWriter::removeEntry(const Entry &e, QString *error)
{
    return query(u"DELETE FROM outbox WHERE seq = ?"_s, {e.seq}, error)
        && query(u"DELETE FROM points_entry WHERE local_pending_mutation = ?"_s, {e.mutation.id}, error);
}

bool OutboxWriter::acknowledgeEntry(const Entry &e, qint64 version, QString *error)
{
    if (!query(u"DELETE FROM outbox WHERE seq = ?"_s, {e.seq}, error))
        return false;
    if (e.mutation.action != u"award_points"_s)
        return true;
    // The server wrote its ledger entry in the same mutation, just before the member row
    // of `version`. A cached member row that already has that version came from a pull
    // (an earlier answer was lost with the process), so that pull stored the server's
    // entry too: the optimistic row goes now. Otherwise it stays, marked, until a pull
    // brings the entry (claimPendingPoints).
    if (m_tables->version(e.mutation.entity, e.mutation.entityId) >= version)
        return query(u"DELETE FROM points_entry WHERE local_pending_mutation = ?"_s, {e.mutation.id}, error);
    return query(u"UPDATE points_entry SET local_acked_version = ? WHERE local_pending_mutation = ?"_s,
                 {version, e.mutation.id}, error);
}

bool OutboxWriter::hasClaimablePoints() const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT EXISTS(SELECT 1 FROM points_entry WHERE local_acked_version IS NOT NULL)"_s) || !q.next())
        return true; // unsure: let the caller claim row by row
    return q.value(0).toBool();
}

bool OutboxWriter::claimPendingPoints(const QString &entryId, QString *error)
{
    // Called once per server ledger entry that is new to the cache, in the transaction
    // that stores it. The entry carries no mutation id, so it is matched by what the
    // server copies from the award: member, points, reason and awarder. Only acknowledged
    // optimistic rows are candidates (an unacknowledged award may still be refused), and
    // the oldest match goes: identical awards pair off one to one, so the ledger ends
    // with exactly one row per award whatever order the pages arrive in. Matching on the
    // entry itself, rather than on "a pull passed the acknowledgement", keeps the row
    // until the very transaction that stores its replacement, for feed and snapshot alike.
    const std::optional<QJsonObject> entry = m_tables->load(u"points_entry"_s, entryId);
    if (!entry)
        return true;
    return query(u"DELETE FROM points_entry WHERE rid = (SELECT rid FROM points_entry "
                 "WHERE local_acked_version IS NOT NULL AND member_id = ? AND points = ? AND reason = ? "
                 "AND awarded_by = ? ORDER BY created_at, rid LIMIT 1)"_s,
                 {entry->value(u"member_id"_s).toString(), entry->value(u"points"_s).toInteger(),
                  entry->value(u"reason"_s).toString(), entry->value(u"awarded_by"_s).toString()},
                 error);
}

bool OutboxWriter::replay(const QString &entity, const QString &id, std::optional<QJsonObject> base,
                          qint64 baseVersion, QString *error)
{
    std::optional<QJsonObject> data = std::move(base);
    const MutationEffects::Context context{m_actor, nowIso()};
    for (const Entry &e : entries(entity, id)) {
        if (!query(u"UPDATE outbox SET before_image = ?, before_version = ? WHERE seq = ?"_s,
                   {imageText(data), baseVersion, e.seq}, error))
            return false;
        // An effect that no longer fits (the item is gone) changes nothing locally; the
        // server will answer it when it is pushed.
        std::optional<QJsonObject> next = data;
        if (MutationEffects::apply(e.mutation, next, context).isEmpty())
            data = std::move(next);
    }
    return data ? m_tables->write(entity, *data, baseVersion, error) : m_tables->remove(entity, id, error);
}

bool OutboxWriter::undo(const QString &mutationId, QString *error)
{
    const auto e = entry(mutationId);
    if (!e) {
        if (error)
            *error = QCoreApplication::translate("Store", "This change was already sent to the server and cannot be undone here.");
        return false;
    }
    const QList<Entry> all = entries(e->mutation.entity, e->mutation.entityId);
    const Entry &first = all.constFirst();
    const qint64 version = std::max(first.beforeVersion, m_tables->version(e->mutation.entity, e->mutation.entityId));
    return removeEntry(*e, error) && replay(e->mutation.entity, e->mutation.entityId, first.before, version, error);
}

bool OutboxWriter::rebase(const QString &entity, const QString &id, QString *error)
{
    return replay(entity, id, m_tables->load(entity, id), m_tables->version(entity, id), error);
}

QSet<QString> OutboxWriter::pendingKeys() const
{
    QSet<QString> keys;
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT DISTINCT entity, entity_id FROM outbox"_s)) {
        while (q.next())
            keys.insert(key(q.value(0).toString(), q.value(1).toString()));
    }
    return keys;
}

bool OutboxWriter::recordResult(const MutationResult &r, QString *error)
{
    const auto e = entry(r.id);
    if (!e)
        return true; // answered before (a replayed push); nothing left to do
    const QString &entity = e->mutation.entity;
    const QString &id = e->mutation.entityId;
    switch (r.status) {
    case MutationResult::Status::Applied:
    case MutationResult::Status::Duplicate:
        // Keep the optimistic row but give it the server's version, so the pulled row of
        // that version replaces it (>=) and older feed rows cannot.
        return acknowledgeEntry(*e, r.version, error)
            && (!m_tables->knows(entity) || query(u"UPDATE %1 SET version = max(version, ?) WHERE id = ?"_s
                                                      .arg(u"\""_s + EntityTables::tableFor(entity) + u"\""_s),
                                                  {r.version, id}, error));
    case MutationResult::Status::Conflict: {
        if (!insertConflict(*e, r, error) || !removeEntry(*e, error))
            return false;
        const bool stored = r.serverData ? m_tables->write(entity, *r.serverData, r.serverVersion, error)
                                         : m_tables->remove(entity, id, error);
        return stored && replay(entity, id, r.serverData, r.serverVersion, error);
    }
    case MutationResult::Status::Rejected:
        return insertRejected(*e, r, error) && undo(r.id, error);
    }
    return true;
}

bool OutboxWriter::insertConflict(const Entry &e, const MutationResult &r, QString *error)
{
    const Mutation &m = e.mutation;
    return query(u"INSERT INTO conflict(mutation_id, entity, entity_id, action, base_version, payload, "
                 "mutation_created_at, server_data, server_version, changed_by, changed_at, detail, created_at) "
                 "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"_s,
                 {m.id, m.entity, m.entityId, m.action, m.baseVersion, toText(m.payload),
                  m.createdAt.toString(Qt::ISODate), imageText(r.serverData), r.serverVersion, r.changedBy,
                  r.changedAt, r.problem.value(u"detail"_s).toString(), nowIso()},
                 error);
}

bool OutboxWriter::insertRejected(const Entry &e, const MutationResult &r, QString *error)
{
    const Mutation &m = e.mutation;
    const QString detail = r.problem.value(u"detail"_s).toString();
    return query(u"INSERT INTO rejected_mutation(mutation_id, entity, entity_id, action, base_version, payload, "
                 "mutation_created_at, problem, detail, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)"_s,
                 {m.id, m.entity, m.entityId, m.action, m.baseVersion, toText(m.payload),
                  m.createdAt.toString(Qt::ISODate), toText(r.problem),
                  detail.isEmpty() ? r.problem.value(u"title"_s).toString() : detail, nowIso()},
                 error);
}

QString OutboxWriter::keepMine(qint64 conflictId, const QString &actor, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT entity, entity_id, action, payload FROM conflict WHERE id = ?"_s);
    q.addBindValue(conflictId);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = QCoreApplication::translate("Store", "This conflict was resolved already.");
        return {};
    }
    // A new id: the old one is answered "conflict" forever (idempotency).
    Mutation m;
    m.entity = q.value(0).toString();
    m.entityId = q.value(1).toString();
    m.action = q.value(2).toString();
    m.payload = fromText(q.value(3));
    const QString id = enqueue(m, actor, error);
    if (id.isEmpty() || !takeTheirs(conflictId, error))
        return {};
    return id;
}

bool OutboxWriter::takeTheirs(qint64 conflictId, QString *error)
{
    return query(u"DELETE FROM conflict WHERE id = ?"_s, {conflictId}, error);
}
