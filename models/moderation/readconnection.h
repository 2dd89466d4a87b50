#pragma once

#include <QSqlDatabase>
#include <QString>

// A read-only SQLite connection to a cache file for work off the GUI thread (counts, dry
// runs). Opened and closed on the thread that uses it; WAL lets it read while the GUI's
// and the sync worker's connections write.
class ReadConnection final
{
    Q_DISABLE_COPY_MOVE(ReadConnection)
public:
    explicit ReadConnection(const QString &filePath);
    ~ReadConnection();

    bool isOpen() const;
    QString errorString() const { return m_error; }
    QSqlDatabase database() const;
    // A file another connection can open (not ":memory:", not empty).
    static bool canOpen(const QString &filePath);

private:
    QString m_name;
    QString m_error;
};
