#pragma once

#include "memberpagequery.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <atomic>
#include <functional>

class QIODevice;

// Writes the member list as it is filtered and sorted to CSV, page by page (never every
// row in memory): UTF-8 with a byte-order mark so spreadsheet programs read Chinese
// names, raw values (ids, ISO times) so the file can be read back by tools, and cells that
// a spreadsheet would take for a formula defused. Runs on any thread with its own
// connection (MemberReadConnection), or on the GUI connection for an in-memory cache.
class MemberCsvExporter final
{
    Q_DECLARE_TR_FUNCTIONS(MemberCsvExporter)
public:
    using Progress = std::function<void(qint64 rowsWritten)>;
    // Returns the rows written, or -1 (and *error). `cancel` stops it between pages.
    static qint64 write(const QSqlDatabase &db, const MemberFilter &filter, const MemberSort &sort, QIODevice *out,
                        const Progress &progress = {}, const std::atomic<bool> *cancel = nullptr,
                        QString *error = nullptr);
    static QByteArray header();
    static QByteArray line(const MemberRow &row);
    static QByteArray cell(const QString &text, bool textColumn);
};
