#include "reportcommand.h"

#include "commandline.h"
#include "reportexporter.h"
#include "reportoptions.h"
#include "store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

bool ReportCommand::isRequested(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "report")
            return true;
        if (!arg.startsWith('-'))
            return false; // another command's positional argument
        if (!arg.contains('=') && (arg == "--data-dir" || arg == "--lang" || arg == "--profile" || arg == "--server"
                                   || arg == "--user" || arg == "--quarter" || arg == "--out" || arg == "--reason"))
            ++i; // skip the option's value
    }
    return false;
}

int ReportCommand::run(const CommandLineOptions &options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString dataDir = options.dataDir.isEmpty() ? Store::defaultDataDir() : options.dataDir;
    const QString cacheFile = Store::cacheFilePath(dataDir, options.profileName);
    if (!QFileInfo::exists(cacheFile)) {
        err << tr("steward report: there is no cache in %1. Run `steward sync` first.").arg(QDir::toNativeSeparators(dataDir))
            << Qt::endl;
        return 3;
    }
    ReportOptions report;
    report.quarter = Quarter::parse(options.reportQuarter).value_or(Quarter());
    report.language = options.language.isEmpty() ? u"en"_s : options.language;
    QElapsedTimer timer;
    timer.start();
    int pages = 0;
    const QString error = ReportExporter::exportPdf(cacheFile, report, options.outputPath, &pages);
    if (!error.isEmpty()) {
        err << tr("steward report: %1").arg(error) << Qt::endl;
        return 1;
    }
    if (!options.quiet) {
        out << tr("Wrote %1 (%Ln pages, %L2 ms).", nullptr, pages)
                   .arg(QDir::toNativeSeparators(QFileInfo(options.outputPath).absoluteFilePath()))
                   .arg(timer.elapsed())
            << Qt::endl;
    }
    return 0;
}
