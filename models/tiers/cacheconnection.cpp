#include "cacheconnection.h"

#include <QCoreApplication>
#include <sqlite3.h>

CacheConnection::CacheConnection(const QString &path, Mode mode)
{
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE)
        | SQLITE_OPEN_NOMUTEX;
    if (path.isEmpty() || path == QLatin1StringView(":memory:")) {
        m_error = QCoreApplication::translate("CacheConnection", "The cache is in memory; a second connection cannot see it.");
        return;
    }
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        m_error = QCoreApplication::translate("CacheConnection", "Cannot open the cache %1: %2")
                      .arg(path, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "out of memory"));
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    sqlite3_busy_timeout(m_db, 10000);
    exec("PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768;");
}

CacheConnection::~CacheConnection()
{
    sqlite3_close(m_db);
}

bool CacheConnection::exec(const char *sql, QString *error)
{
    char *message = nullptr;
    if (m_db && sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    const QString why = message ? QString::fromUtf8(message) : m_error;
    sqlite3_free(message);
    if (error)
        *error = why;
    return false;
}
