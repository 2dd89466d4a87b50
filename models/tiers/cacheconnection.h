#pragma once

#include <QString>

struct sqlite3;

// A raw SQLite connection of a worker thread to the cache file (never the GUI thread's):
// the what-if, the segment pass and the leaderboards read a million rows through
// prepared statements without QSqlQuery's per-value QVariant. Writers wait for the other
// connections (busy_timeout) instead of failing.
class CacheConnection final
{
    Q_DISABLE_COPY_MOVE(CacheConnection)
public:
    enum class Mode { ReadOnly, ReadWrite };
    CacheConnection(const QString &path, Mode mode);
    ~CacheConnection();
    bool isOpen() const { return m_db != nullptr; }
    QString errorString() const { return m_error; }
    sqlite3 *handle() const { return m_db; }
    bool exec(const char *sql, QString *error = nullptr);

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
};
