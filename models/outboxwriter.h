#pragma once

#include "synctypes.h"

#include <QSet>
#include <QSqlDatabase>

class EntityTables;

// The outbox's writes, always inside the caller's transaction. An entity with pending
// mutations is shown as: the server's row (the first entry's before-image) with every
// pending effect replayed in order. Undo, rejections, conflicts and pulled rows all
// rebuild the entity that way, so the UI never flickers back to a stale state.
class OutboxWriter final
{
    Q_DISABLE_COPY_MOVE(OutboxWriter)
public:
    OutboxWriter(QSqlDatabase db, EntityTables *tables);

    QString enqueue(Mutation &m, const QString &actor, QString *error);
    bool undo(const QString &mutationId, QString *error);
    bool recordResult(const MutationResult &r, QString *error);
    // After the server's row for (entity, id) was stored: re-apply the pending effects.
    bool rebase(const QString &entity, const QString &id, QString *error);
    QSet<QString> pendingKeys() const; // key(entity, id) of every pending entity
    static QString key(const QString &entity, const QString &id) { return entity + QChar(0x1f) + id; }
    QString keepMine(qint64 conflictId, const QString &actor, QString *error);
    bool takeTheirs(qint64 conflictId, QString *error);
    // A server ledger entry new to the cache was just stored: drops the acknowledged
    // optimistic row of the award it records, if any.
    bool claimPendingPoints(const QString &entryId, QString *error);
    // False when no acknowledged optimistic ledger row is left to claim: then every
    // claimPendingPoints() would be a no-op (rows written by a pull are never acked).
    bool hasClaimablePoints() const;
    void setActor(const QString &actor) { m_actor = actor; }

private:
    struct Entry {
        qint64 seq = 0;
        Mutation mutation;
        std::optional<QJsonObject> before;
        qint64 beforeVersion = 0;
    };
    std::optional<Entry> entry(const QString &mutationId) const;
    QList<Entry> entries(const QString &entity, const QString &id) const;
    bool removeEntry(const Entry &e, QString *error);
    // Applied/duplicate: leaves the outbox; an award's ledger row stays until its
    // server entry is pulled.
    bool acknowledgeEntry(const Entry &e, qint64 version, QString *error);
    // Rewrites (entity, id) as `base` plus every pending effect.
    bool replay(const QString &entity, const QString &id, std::optional<QJsonObject> base,
                qint64 baseVersion, QString *error);
    bool addPendingPoints(const Mutation &m, const QString &actor, QString *error);
    bool insertConflict(const Entry &e, const MutationResult &r, QString *error);
    bool insertRejected(const Entry &e, const MutationResult &r, QString *error);
    bool query(const QString &sql, const QVariantList &values, QString *error) const;

    QSqlDatabase m_db;
    EntityTables *m_tables = nullptr;
    QString m_actor;
};
