#pragma once

#include "reportdocument.h"
#include "reportoptions.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <memory>

// Builds the quarterly report from a cache: reads the figures (ReportDataBuilder), the
// saved narratives and community name (ReportDrafts), composes and paginates. Runs on any
// thread with that thread's own connection: the Reports pane calls it from a worker, the
// headless `steward report` from main().
class ReportExporter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)
public:
    struct Result {
        std::shared_ptr<const ReportDocument> document; // null on error
        QString title;                                  // the PDF's title
        QString error;                                  // a sentence for the user
    };

    // `db` must belong to the calling thread. Narratives and the community name missing
    // from `options` are read from the cache's drafts.
    static Result compose(const QSqlDatabase &db, ReportOptions options);
    // Opens its own read connection on `cacheFile` (it must exist), composes and writes
    // the PDF to `outPath`. Returns an empty string on success, else the error.
    static QString exportPdf(const QString &cacheFile, const ReportOptions &options, const QString &outPath,
                             int *pages = nullptr);
    // The name on the cover when none was set: the connection profile's server host.
    static QString defaultCommunityName(const QSqlDatabase &db);
    // An error sentence when the report's language needs a font that is not installed.
    static QString missingFont(const QString &language);
};
