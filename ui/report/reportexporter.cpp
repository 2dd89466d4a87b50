#include "reportexporter.h"

#include "reportcomposer.h"
#include "reportdatabuilder.h"
#include "reportdrafts.h"
#include "reportlanguage.h"
#include "reportstyle.h"
#include "store.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

using namespace Qt::StringLiterals;

QString ReportExporter::missingFont(const QString &language)
{
    if (language == u"en" || !ReportStyle::cjkFamily().isEmpty())
        return {};
    return tr("No TrueType Chinese font is installed, so the report cannot print in %1 with searchable text. "
              "Install WenQuanYi Micro Hei (Debian: fonts-wqy-microhei).")
        .arg(ReportLanguage::displayName(language));
}

QString ReportExporter::defaultCommunityName(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(u"SELECT name, server_url FROM profile WHERE id = 1"_s) && q.next()) {
        const QString host = QUrl(q.value(1).toString()).host();
        if (!host.isEmpty())
            return host;
    }
    return tr("Community");
}

ReportExporter::Result ReportExporter::compose(const QSqlDatabase &db, ReportOptions options)
{
    Result result;
    result.error = missingFont(options.language);
    if (!result.error.isEmpty())
        return result;
    const ReportDrafts drafts(db);
    if (options.narratives.isEmpty()) {
        QString error;
        options.narratives = drafts.drafts(options.quarter.id(), options.language, &error);
        if (!error.isEmpty()) {
            result.error = error;
            return result;
        }
    }
    if (options.communityName.trimmed().isEmpty())
        options.communityName = drafts.setting(QString::fromLatin1(ReportDrafts::CommunityNameKey), defaultCommunityName(db));

    const ReportDataBuilder builder(db);
    QString error;
    const std::optional<ReportData> data = builder.build(options.quarter, &error);
    if (!data) {
        result.error = error;
        return result;
    }
    ReportComposer composer(*data, options);
    result.title = composer.documentTitle();
    result.document = composer.compose();
    return result;
}

QString ReportExporter::exportPdf(const QString &cacheFile, const ReportOptions &options, const QString &outPath,
                                  int *pages)
{
    if (!QFileInfo::exists(cacheFile))
        return tr("There is no cache at %1. Run `steward sync` first.").arg(cacheFile);
    // Its own Store (connection and migrations) on the caller's thread: the pane's worker
    // or the headless command.
    Store store;
    QString error;
    if (!store.open(cacheFile, &error))
        return tr("Could not open the cache %1: %2").arg(cacheFile, error);
    const Result result = compose(store.database(), options);
    if (!result.document)
        return result.error;
    if (!result.document->writePdf(outPath, result.title, &error))
        return error;
    if (pages)
        *pages = result.document->pageCount();
    return error;
}
