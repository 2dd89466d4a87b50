#pragma once

#include "synctypes.h"

#include <QStringList>

class EntityTables;
class OutboxWriter;
struct sqlite3;

// Writes pulled pages into the cache: one transaction per page with the cursor saved in
// it, server rows only when not older than the cached row, deletes removing rows, and
// pending outbox effects re-applied on top of every pulled entity that has some.
class FeedIngestor final
{
    Q_DISABLE_COPY_MOVE(FeedIngestor)
public:
    FeedIngestor(sqlite3 *db, EntityTables *tables, OutboxWriter *outbox);

    bool applyChanges(const ChangesPage &page, QStringList *touched, QString *error);
    bool applySnapshot(const SnapshotPage &page, QStringList *touched, QString *error);
    bool applyEntityState(const EntityState &state, QString *error);

private:
    bool setState(const QString &key, const QString &value, QString *error);
    bool clearState(const QString &key, QString *error);

    sqlite3 *m_db = nullptr;
    EntityTables *m_tables = nullptr;
    OutboxWriter *m_outbox = nullptr;
};
