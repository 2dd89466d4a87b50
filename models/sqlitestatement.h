#pragma once

#include <QByteArray>
#include <QString>
#include <optional>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDatabase;

// The raw handle under a QSQLITE connection; nullptr for any other driver or a closed one.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// A prepared statement on the raw SQLite handle, reused across rows. Used where the
// QSqlQuery/QVariant round trip costs too much: bulk ingest of a million rows.
class SqliteStatement final
{
    Q_DISABLE_COPY_MOVE(SqliteStatement)
public:
    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();

    bool isValid() const { return m_stmt != nullptr; }
    QString errorString() const;
    void bindNull(int i);
    void bindInt(int i, qint64 v);
    void bindDouble(int i, double v);
    void bindText(int i, const QByteArray &utf8); // copied by SQLite
    void bindText(int i, const QString &text) { bindText(i, text.toUtf8()); }
    void bindText(int i, const char *utf8, qsizetype size); // copied by SQLite
    // Steps once; true on SQLITE_DONE/SQLITE_ROW. hasRow() tells which.
    bool step();
    bool hasRow() const { return m_row; }
    qint64 columnInt(int i) const;
    double columnDouble(int i) const;
    QString columnText(int i) const;
    QByteArray columnUtf8(int i) const;
    // The column's text in place, valid until the next step() or reset(); nullopt for NULL.
    std::optional<std::string_view> columnView(int i) const;
    bool columnIsNull(int i) const;
    int columnType(int i) const;
    int changes() const;
    // Resets and clears bindings for the next row.
    void reset();

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_row = false;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back when not committed. IMMEDIATE takes the write
// lock up front, so two connections wait on each other (busy_timeout) instead of
// deadlocking on a read-to-write upgrade.
class SqliteTransaction final
{
    Q_DISABLE_COPY_MOVE(SqliteTransaction)
public:
    explicit SqliteTransaction(sqlite3 *db);
    ~SqliteTransaction();
    bool isActive() const { return m_active; }
    bool commit(QString *error = nullptr);
    QString errorString() const { return m_error; }

private:
    sqlite3 *m_db = nullptr;
    bool m_active = false;
    QString m_error;
};
