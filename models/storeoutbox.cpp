// Store, continued: ingest, reads, search and the outbox (split from store.cpp for size).
#include "store.h"

#include "entitytables.h"
#include "feedingestor.h"
#include "fulltext.h"
#include "outboxwriter.h"
#include "sqlitestatement.h"
#include "storenotifier.h"

#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {
QString notOpen()
{
    return QCoreApplication::translate("Store", "The local cache is not open.");
}

Mutation mutationFrom(const QSqlQuery &q, int first)
{
    Mutation m;
    m.id = q.value(first).toString();
    m.entity = q.value(first + 1).toString();
    m.entityId = q.value(first + 2).toString();
    m.action = q.value(first + 3).toString();
    m.baseVersion = q.value(first + 4).toLongLong();
    m.payload = QJsonDocument::fromJson(q.value(first + 5).toString().toUtf8()).object();
    m.createdAt = QDateTime::fromString(q.value(first + 6).toString(), Qt::ISODate);
    return m;
}
} // namespace

template<typename F>
bool Store::writeTx(F &&body, QString *error)
{
    if (!isOpen()) {
        if (error)
            *error = notOpen();
        return false;
    }
    SqliteTransaction tx(sqliteHandle(database()));
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    return body() && tx.commit(error);
}

void Store::notifyOutbox(const QStringList &entities, bool conflicts) const
{
    notifyEntities(entities);
    if (!m_notifier)
        return;
    Q_EMIT m_notifier->outboxChanged();
    if (conflicts)
        Q_EMIT m_notifier->conflictsChanged();
}

// --- Ingest ---------------------------------------------------------------------------

bool Store::applyChangesPage(const ChangesPage &page, QString *error)
{
    QStringList touched;
    if (!isOpen() || !m_ingestor->applyChanges(page, &touched, error))
        return false;
    notifyEntities(touched);
    return true;
}

bool Store::applySnapshotPage(const SnapshotPage &page, QString *error)
{
    QStringList touched;
    if (!isOpen() || !m_ingestor->applySnapshot(page, &touched, error))
        return false;
    notifyEntities(touched);
    return true;
}

bool Store::applyEntityState(const EntityState &state, QString *error)
{
    if (!isOpen() || !m_ingestor->applyEntityState(state, error))
        return false;
    notifyEntities({state.entity});
    return true;
}

// --- Reads ----------------------------------------------------------------------------

std::optional<QJsonObject> Store::entity(const QString &entity, const QString &id) const
{
    return isOpen() ? m_tables->load(entity, id) : std::nullopt;
}

qint64 Store::entityVersion(const QString &entity, const QString &id) const
{
    return isOpen() ? m_tables->version(entity, id) : 0;
}

qint64 Store::count(const QString &entity) const
{
    const QString table = tableFor(entity);
    QSqlQuery q(database());
    if (table.isEmpty() || !q.exec(u"SELECT count(*) FROM \"%1\""_s.arg(table)) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool Store::hasAny(const QString &entity) const
{
    const QString table = tableFor(entity);
    QSqlQuery q(database());
    return !table.isEmpty() && q.exec(u"SELECT EXISTS (SELECT 1 FROM \"%1\")"_s.arg(table)) && q.next()
        && q.value(0).toBool();
}

static QStringList searchIds(const QSqlDatabase &db, const QString &table, const QString &fts,
                             const QString &query, int limit)
{
    const QString match = FullText::matchExpression(query);
    QStringList ids;
    if (match.isEmpty())
        return ids;
    QSqlQuery q(db);
    q.prepare(u"SELECT t.id FROM %1 f JOIN %2 t ON t.rid = f.rowid WHERE %1 MATCH ? ORDER BY f.rank LIMIT ?"_s
                  .arg(fts, table));
    q.addBindValue(match);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toString();
    }
    return ids;
}

QStringList Store::searchMembers(const QString &query, int limit) const
{
    return searchIds(database(), u"member"_s, u"member_fts"_s, query, limit);
}

QStringList Store::searchModeration(const QString &query, int limit) const
{
    return searchIds(database(), u"moderation_item"_s, u"moderation_fts"_s, query, limit);
}

// --- Outbox ---------------------------------------------------------------------------

QString Store::enqueue(Mutation mutation, QString *error)
{
    QString id;
    const QString who = actor();
    if (!writeTx([&] { id = m_outbox->enqueue(mutation, who, error); return !id.isEmpty(); }, error))
        return {};
    QStringList touched{mutation.entity};
    if (mutation.action == u"award_points"_s)
        touched << u"points_entry"_s;
    notifyOutbox(touched, false);
    return id;
}

QStringList Store::enqueueAll(QList<Mutation> mutations, QString *error)
{
    QStringList ids;
    QStringList touched;
    const QString who = actor();
    const bool ok = writeTx([&] {
        for (Mutation &m : mutations) {
            const QString id = m_outbox->enqueue(m, who, error);
            if (id.isEmpty())
                return false;
            ids << id;
            if (!touched.contains(m.entity))
                touched << m.entity;
            if (m.action == u"award_points"_s && !touched.contains(u"points_entry"_s))
                touched << u"points_entry"_s;
        }
        return true;
    }, error);
    if (!ok)
        return {};
    if (!ids.isEmpty())
        notifyOutbox(touched, false);
    return ids;
}

bool Store::undo(const QString &mutationId, QString *error)
{
    if (!writeTx([&] { return m_outbox->undo(mutationId, error); }, error))
        return false;
    notifyOutbox(entityNames(), false);
    return true;
}

QString Store::lastPendingMutationId() const
{
    QSqlQuery q(database());
    return q.exec(u"SELECT mutation_id FROM outbox ORDER BY seq DESC LIMIT 1"_s) && q.next() ? q.value(0).toString()
                                                                                            : QString();
}

QList<OutboxEntry> Store::pendingMutations(int limit) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT seq, attempts, last_error, summary, mutation_id, entity, entity_id, action, base_version, "
              "payload, created_at FROM outbox ORDER BY seq LIMIT ?"_s);
    q.addBindValue(limit);
    QList<OutboxEntry> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), mutationFrom(q, 4), q.value(1).toInt(), q.value(2).toString(),
                    q.value(3).toString()});
    return out;
}

int Store::pendingCount() const
{
    QSqlQuery q(database());
    return q.exec(u"SELECT count(*) FROM outbox"_s) && q.next() ? q.value(0).toInt() : 0;
}

void Store::recordAttempt(const QStringList &mutationIds, const QString &error)
{
    writeTx([&] {
        QSqlQuery q(database());
        q.prepare(u"UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE mutation_id = ?"_s);
        for (const QString &id : mutationIds) {
            q.bindValue(0, error.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(error));
            q.bindValue(1, id);
            q.exec();
        }
        return true;
    }, nullptr);
    if (m_notifier)
        Q_EMIT m_notifier->outboxChanged();
}

bool Store::recordResults(const QList<MutationResult> &results, QString *error)
{
    bool conflicts = false;
    const bool ok = writeTx([&] {
        for (const MutationResult &r : results) {
            conflicts |= r.status == MutationResult::Status::Conflict || r.status == MutationResult::Status::Rejected;
            if (!m_outbox->recordResult(r, error))
                return false;
        }
        return true;
    }, error);
    if (ok)
        notifyOutbox(entityNames(), conflicts);
    return ok;
}

// --- Conflicts and rejections ---------------------------------------------------------

QList<ConflictRecord> Store::conflicts() const
{
    QSqlQuery q(database());
    QList<ConflictRecord> out;
    if (!q.exec(u"SELECT id, server_data, server_version, changed_by, changed_at, detail, created_at, mutation_id, "
                "entity, entity_id, action, base_version, payload, mutation_created_at FROM conflict ORDER BY id"_s))
        return out;
    while (q.next()) {
        ConflictRecord c;
        c.id = q.value(0).toLongLong();
        if (!q.value(1).isNull())
            c.theirData = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        c.theirVersion = q.value(2).toLongLong();
        c.changedBy = q.value(3).toString();
        c.changedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        c.detail = q.value(5).toString();
        c.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
        c.mine = mutationFrom(q, 7);
        out.append(c);
    }
    return out;
}

int Store::conflictCount() const
{
    QSqlQuery q(database());
    return q.exec(u"SELECT count(*) FROM conflict"_s) && q.next() ? q.value(0).toInt() : 0;
}

QString Store::keepMine(qint64 conflictId, QString *error)
{
    QString id;
    const QString who = actor();
    if (!writeTx([&] { id = m_outbox->keepMine(conflictId, who, error); return !id.isEmpty(); }, error))
        return {};
    notifyOutbox(entityNames(), true);
    return id;
}

bool Store::takeTheirs(qint64 conflictId, QString *error)
{
    if (!writeTx([&] { return m_outbox->takeTheirs(conflictId, error); }, error))
        return false;
    if (m_notifier)
        Q_EMIT m_notifier->conflictsChanged();
    return true;
}

QList<RejectedRecord> Store::rejectedMutations() const
{
    QSqlQuery q(database());
    QList<RejectedRecord> out;
    if (!q.exec(u"SELECT id, problem, detail, created_at, mutation_id, entity, entity_id, action, base_version, "
                "payload, mutation_created_at FROM rejected_mutation ORDER BY id"_s))
        return out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), mutationFrom(q, 4),
                    QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(), q.value(2).toString(),
                    QDateTime::fromString(q.value(3).toString(), Qt::ISODate)});
    }
    return out;
}

int Store::rejectedCount() const
{
    QSqlQuery q(database());
    return q.exec(u"SELECT count(*) FROM rejected_mutation"_s) && q.next() ? q.value(0).toInt() : 0;
}

bool Store::dismissRejected(qint64 rejectedId, QString *error)
{
    QSqlQuery q(database());
    q.prepare(u"DELETE FROM rejected_mutation WHERE id = ?"_s);
    q.addBindValue(rejectedId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (m_notifier)
        Q_EMIT m_notifier->conflictsChanged();
    return true;
}
