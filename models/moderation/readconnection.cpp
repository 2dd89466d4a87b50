#include "readconnection.h"

#include <QSqlError>
#include <atomic>

using namespace Qt::StringLiterals;

ReadConnection::ReadConnection(const QString &filePath)
{
    static std::atomic<int> counter{0};
    m_name = u"steward-read-%1"_s.arg(counter++);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    db.setDatabaseName(filePath);
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!canOpen(filePath))
        m_error = u"no file to open"_s;
    else if (!db.open())
        m_error = db.lastError().text();
}

ReadConnection::~ReadConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool ReadConnection::isOpen() const
{
    return m_error.isEmpty() && database().isOpen();
}

QSqlDatabase ReadConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool ReadConnection::canOpen(const QString &filePath)
{
    return !filePath.isEmpty() && filePath != u":memory:"_s;
}
