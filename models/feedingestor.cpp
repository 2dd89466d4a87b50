#include "feedingestor.h"

#include "entitytables.h"
#include "outboxwriter.h"
#include "snapshotrows.h"
#include "sqlitestatement.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {
// A server ledger entry new to the cache replaces the optimistic row of its award.
const QString kLedger = u"points_entry"_s;
} // namespace

FeedIngestor::FeedIngestor(sqlite3 *db, EntityTables *tables, OutboxWriter *outbox)
    : m_db(db)
    , m_tables(tables)
    , m_outbox(outbox)
{
}

bool FeedIngestor::setState(const QString &key, const QString &value, QString *error)
{
    SqliteStatement s(m_db, u"INSERT OR REPLACE INTO sync_state(key, value) VALUES (?, ?)"_s);
    s.bindText(0, key);
    s.bindText(1, value);
    if (s.step())
        return true;
    if (error)
        *error = s.errorString();
    return false;
}

bool FeedIngestor::clearState(const QString &key, QString *error)
{
    SqliteStatement s(m_db, u"DELETE FROM sync_state WHERE key = ?"_s);
    s.bindText(0, key);
    if (s.step())
        return true;
    if (error)
        *error = s.errorString();
    return false;
}

bool FeedIngestor::applyChanges(const ChangesPage &page, QStringList *touched, QString *error)
{
    SqliteTransaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    const QSet<QString> pending = m_outbox->pendingKeys();
    QSet<QString> rebase;
    QSet<QString> entities;
    const bool claimable = m_outbox->hasClaimablePoints();
    for (const Change &c : page.changes) {
        if (!m_tables->knows(c.entity))
            continue; // a newer server's entity this build does not cache
        entities.insert(c.entity);
        bool ok = true;
        if (c.op == Change::Op::Delete) {
            // Only a delete at least as new as the cached row removes it.
            if (m_tables->version(c.entity, c.id) <= c.version)
                ok = m_tables->remove(c.entity, c.id, error);
        } else {
            QJsonObject data = c.data;
            data.insert(u"id"_s, c.id);
            const bool isNew = claimable && c.entity == kLedger && m_tables->version(c.entity, c.id) == 0;
            ok = m_tables->upsertServer(c.entity, data, c.version, error)
                && (!isNew || m_outbox->claimPendingPoints(c.id, error));
        }
        if (!ok)
            return false;
        const QString key = OutboxWriter::key(c.entity, c.id);
        if (pending.contains(key))
            rebase.insert(key);
    }
    for (const QString &key : std::as_const(rebase)) {
        const qsizetype sep = key.indexOf(QChar(0x1f));
        if (!m_outbox->rebase(key.left(sep), key.mid(sep + 1), error))
            return false;
    }
    if (!setState(u"feed_since"_s, QString::number(page.nextSince), error) || !tx.commit(error))
        return false;
    if (touched)
        *touched = QStringList(entities.cbegin(), entities.cend());
    return true;
}

bool FeedIngestor::applySnapshot(const SnapshotPage &page, QStringList *touched, QString *error)
{
    SqliteTransaction tx(m_db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    if (m_tables->knows(page.entity)) {
        const QList<int> map = m_tables->columnMap(page.entity, page.columns);
        const qsizetype idColumn = page.columns.indexOf(u"id"_s);
        // Claims can only remove acknowledged optimistic rows, which a pull never adds:
        // when there are none at the start of the page, every claim would be a no-op.
        const bool ledger = page.entity == kLedger && idColumn >= 0 && m_outbox->hasClaimablePoints();
        if (!m_tables->beginRows(page.entity, error))
            return false;
        // Ids of the page's rows, for the pending-effects rebase below (fromBody pages).
        QStringList ids;
        if (page.parsedRows) {
            std::vector<simdjson::dom::element> cells;
            const bool wantIds = idColumn >= 0 && !m_outbox->pendingKeys().isEmpty();
            for (simdjson::dom::element row : page.parsedRows->rows) {
                cells.clear();
                simdjson::dom::array rowCells;
                if (row.get_array().get(rowCells) != simdjson::SUCCESS) { // fromBody() checked every row
                    if (error)
                        *error = u"snapshot row is not an array"_s;
                    return false;
                }
                for (simdjson::dom::element cell : rowCells)
                    cells.push_back(cell);
                QString id;
                if ((ledger || wantIds) && size_t(idColumn) < cells.size() && cells[size_t(idColumn)].is_string()) {
                    const std::string_view text = cells[size_t(idColumn)].get_string().value_unsafe();
                    id = QString::fromUtf8(text.data(), qsizetype(text.size()));
                }
                if (wantIds)
                    ids.append(id);
                const bool isNew = ledger && m_tables->version(page.entity, id) == 0;
                if (!m_tables->upsertServerRow(page.entity, map, cells, error)
                    || (isNew && !m_outbox->claimPendingPoints(id, error)))
                    return false;
            }
        }
        for (const QJsonValue &row : page.rows) {
            const QString id = ledger ? row.toArray().at(idColumn).toString() : QString();
            const bool isNew = ledger && m_tables->version(page.entity, id) == 0;
            if (!m_tables->upsertServerRow(page.entity, map, row.toArray(), error)
                || (isNew && !m_outbox->claimPendingPoints(id, error)))
                return false;
        }
        if (!m_tables->flushRows(page.entity, error))
            return false;
        // Entities with pending effects: few; rebase them all once per page.
        const QSet<QString> pending = m_outbox->pendingKeys();
        if (!pending.isEmpty() && idColumn >= 0) {
            for (const QJsonValue &row : page.rows)
                ids.append(row.toArray().at(idColumn).toString());
            for (const QString &id : std::as_const(ids)) {
                if (pending.contains(OutboxWriter::key(page.entity, id)) && !m_outbox->rebase(page.entity, id, error))
                    return false;
            }
        }
    }
    bool ok = setState(u"snapshot_seq"_s, QString::number(page.snapshotSeq), error);
    if (page.hasMore) {
        ok = ok && setState(u"snapshot_cursor"_s, page.nextCursor, error);
    } else {
        // Snapshot complete: continue with the feed from the snapshot's sequence.
        ok = ok && clearState(u"snapshot_cursor"_s, error)
            && setState(u"feed_since"_s, QString::number(page.snapshotSeq), error);
    }
    if (!ok || !tx.commit(error))
        return false;
    if (touched)
        *touched = {page.entity};
    return true;
}

bool FeedIngestor::applyEntityState(const EntityState &state, QString *error)
{
    if (!m_tables->knows(state.entity))
        return true;
    SqliteTransaction tx(m_db);
    bool ok = tx.isActive();
    if (ok && state.deleted) {
        ok = m_tables->remove(state.entity, state.id, error);
    } else if (ok) {
        QJsonObject data = state.data;
        data.insert(u"id"_s, state.id);
        ok = m_tables->upsertServer(state.entity, data, state.version, error);
    }
    ok = ok && m_outbox->rebase(state.entity, state.id, error);
    return ok && tx.commit(error);
}
