#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

#include "sqlitestatement.h"

struct sqlite3;
namespace simdjson::dom { class element; }

// Reads and writes entity rows of the cache by the feed's field names. The columns come
// from the schema itself (PRAGMA table_info): declared type INTEGER, REAL, TEXT,
// BOOLEAN (0/1) or JSON_TEXT (compact JSON), so the migrations stay the one definition.
// Statements are prepared once per table and reused for every row.
class EntityTables final
{
    Q_DISABLE_COPY_MOVE(EntityTables)
public:
    enum class Type { Text, Integer, Real, Bool, Json };
    struct Column {
        QString name;
        Type type = Type::Text;
    };

    explicit EntityTables(sqlite3 *db);
    ~EntityTables();

    static const QStringList &entities();     // feed order
    static QString tableFor(const QString &entity);
    bool init(QString *error);
    bool knows(const QString &entity) const { return m_tables.contains(entity); }
    const QList<Column> &columns(const QString &entity) const;

    // Server rows: written only when not older than the cached row. A cached row gets
    // only the columns whose value changed, so the indexes on the others (the member
    // table has a dozen) are left alone.
    bool upsertServer(const QString &entity, const QJsonObject &data, qint64 version, QString *error);
    // Snapshot rows: `row[map[i]]` is column i (map[i] < 0: not sent).
    // Rows of a table with triggers (the full-text index) may be staged and land only at
    // flushRows(): one statement per page instead of one per row, so FTS5 merges its index
    // once per page rather than flushing a segment for every row's statement.
    // Call beginRows() before a page's upsertServerRow() calls and flushRows() after.
    bool beginRows(const QString &entity, QString *error);
    bool upsertServerRow(const QString &entity, const QList<int> &map, const QJsonArray &row, QString *error);
    // The same for a row of a parsed body (SnapshotPage::fromBody()): cells[j] is
    // server column j; stores exactly what upsertServerRow() stores for that row.
    bool upsertServerRow(const QString &entity, const QList<int> &map,
                         const std::vector<simdjson::dom::element> &cells, QString *error);
    bool flushRows(const QString &entity, QString *error);
    QList<int> columnMap(const QString &entity, const QStringList &serverColumns) const;
    // Local writes (optimistic effects, restores): always written.
    bool write(const QString &entity, const QJsonObject &data, qint64 version, QString *error);
    bool remove(const QString &entity, const QString &id, QString *error);
    std::optional<QJsonObject> load(const QString &entity, const QString &id) const;
    qint64 version(const QString &entity, const QString &id) const; // 0: not cached

private:
    struct Table {
        QString table;
        QList<Column> columns;
        int idIndex = -1;
        int versionIndex = -1;
        std::unique_ptr<SqliteStatement> upsertNewer, upsertAlways, select, del, version;
        bool staged = false; // has triggers: snapshot rows go through a temp stage table
        QString stageCreate;
        std::unique_ptr<SqliteStatement> stageInsert, stageFlush, stageClear;
        // "is the cached row newer, and which columns differ" for a server row, and one
        // UPDATE per set of changed columns seen (a handful: points, activity...).
        std::unique_ptr<SqliteStatement> probe;
        std::unordered_map<quint64, std::unique_ptr<SqliteStatement>> updates;
    };
    // Binds column i to ?(i+1); with `only`, the id and the columns whose bit is set.
    void bindRow(SqliteStatement &s, const Table &t, const QJsonObject &data, qint64 version, quint64 only = ~quint64(0));
    bool prepare(const QString &entity, Table &t, QString *error);
    bool createStage(const Table &t, QString *error);
    bool bindAndStep(SqliteStatement &s, const Table &t, const QJsonObject &data, qint64 version, QString *error);
    void bindValue(SqliteStatement &s, int i, Type type, const QJsonValue &v) const;
    void bindElement(SqliteStatement &s, int i, Type type, const simdjson::dom::element &v) const;
    Table *table(const QString &entity, QString *error);

    sqlite3 *m_db = nullptr;
    QHash<QString, std::shared_ptr<Table>> m_tables;
};
