#include "sqlitestatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

SqliteStatement::SqliteStatement(sqlite3 *db, const QString &sql)
    : m_db(db)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_stmt, nullptr) != SQLITE_OK) {
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

QString SqliteStatement::errorString() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

void SqliteStatement::bindNull(int i) { sqlite3_bind_null(m_stmt, i + 1); }
void SqliteStatement::bindInt(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i + 1, v); }
void SqliteStatement::bindDouble(int i, double v) { sqlite3_bind_double(m_stmt, i + 1, v); }

void SqliteStatement::bindText(int i, const char *utf8, qsizetype size)
{
    sqlite3_bind_text(m_stmt, i + 1, utf8, int(size), SQLITE_TRANSIENT);
}

void SqliteStatement::bindText(int i, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    m_row = rc == SQLITE_ROW;
    return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

qint64 SqliteStatement::columnInt(int i) const { return sqlite3_column_int64(m_stmt, i); }
double SqliteStatement::columnDouble(int i) const { return sqlite3_column_double(m_stmt, i); }
bool SqliteStatement::columnIsNull(int i) const { return sqlite3_column_type(m_stmt, i) == SQLITE_NULL; }
int SqliteStatement::columnType(int i) const { return sqlite3_column_type(m_stmt, i); }

QByteArray SqliteStatement::columnUtf8(int i) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
    return QByteArray(text, sqlite3_column_bytes(m_stmt, i));
}

std::optional<std::string_view> SqliteStatement::columnView(int i) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
    if (!text)
        return std::nullopt;
    return std::string_view(text, size_t(sqlite3_column_bytes(m_stmt, i)));
}

QString SqliteStatement::columnText(int i) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, i));
}

int SqliteStatement::changes() const { return sqlite3_changes(m_db); }

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_row = false;
}

SqliteTransaction::SqliteTransaction(sqlite3 *db)
    : m_db(db)
{
    m_active = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
    if (!m_active)
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_active)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

bool SqliteTransaction::commit(QString *error)
{
    if (!m_active) {
        if (error)
            *error = m_error;
        return false;
    }
    if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        if (error)
            *error = m_error;
        return false; // still active: the destructor rolls back
    }
    m_active = false;
    return true;
}
