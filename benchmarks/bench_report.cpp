// Times the quarterly report's PDF export (every section and chart) from a synced cache
// and prints one JSON line with the figures and the target (under 1.5 s, DESIGN.md §6).
// Usage:
//   bench_report DATA_DIR [--quarter 2026Q3] [--lang en|zh_CN|zh_TW] [--runs 5] [--out FILE.pdf]
// DATA_DIR holds cache.sqlite, e.g. after
//   steward-platform --db /tmp/b/platform.db --seed demo --members 100000 --today 2026-11-20 --port 0 &
//   STEWARD_PASSWORD=steward-demo steward sync --server URL --user manager --data-dir DATA_DIR
#include "reportcomposer.h"
#include "reportdatabuilder.h"
#include "reportexporter.h"
#include "store.h"

#include <QDir>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_report DATA_DIR [--quarter 2026Q3] [--lang en] [--runs 5] [--out FILE.pdf]\n");
        return 2;
    }
    ReportOptions options;
    options.quarter = {2026, 3};
    int runs = 5;
    QTemporaryDir scratch;
    QString out = scratch.filePath(u"report.pdf"_s);
    for (qsizetype i = 2; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--quarter")
            options.quarter = Quarter::parse(args.at(i + 1)).value_or(Quarter());
        else if (args.at(i) == u"--lang")
            options.language = args.at(i + 1);
        else if (args.at(i) == u"--runs")
            runs = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == u"--out")
            out = args.at(i + 1);
    }
    const QString cache = Store::cacheFilePath(args.at(1));

    // Phases, on one connection: read the figures, compose and paginate, write the PDF.
    Store store;
    QString error;
    if (!store.open(cache, &error)) {
        std::fprintf(stderr, "bench_report: %s\n", qPrintable(error));
        return 1;
    }
    qint64 members = 0;
    {
        QSqlQuery q(store.database());
        if (q.exec(u"SELECT count(*) FROM member"_s) && q.next())
            members = q.value(0).toLongLong();
    }
    QList<double> readMs, composeMs, writeMs, totalMs;
    int pages = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto data = ReportDataBuilder(store.database()).build(options.quarter, &error);
        if (!data) {
            std::fprintf(stderr, "bench_report: %s\n", qPrintable(error));
            return 1;
        }
        readMs << timer.nsecsElapsed() / 1e6;
        timer.restart();
        ReportComposer composer(*data, options);
        const auto document = composer.compose();
        composeMs << timer.nsecsElapsed() / 1e6;
        timer.restart();
        if (!document->writePdf(out, composer.documentTitle(), &error)) {
            std::fprintf(stderr, "bench_report: %s\n", qPrintable(error));
            return 1;
        }
        writeMs << timer.nsecsElapsed() / 1e6;
        pages = document->pageCount();
    }
    // The whole export as the pane and `steward report` run it: own connection, drafts, all.
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        error = ReportExporter::exportPdf(cache, options, out);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "bench_report: %s\n", qPrintable(error));
            return 1;
        }
        totalMs << timer.nsecsElapsed() / 1e6;
    }
    const double total = median(totalMs);
    const QJsonObject line{
        {u"bench"_s, u"report"_s},
        {u"quarter"_s, options.quarter.id()},
        {u"language"_s, options.language},
        {u"members"_s, members},
        {u"pages"_s, pages},
        {u"runs"_s, runs},
        {u"read_ms"_s, qRound(median(readMs) * 10) / 10.0},
        {u"compose_ms"_s, qRound(median(composeMs) * 10) / 10.0},
        {u"write_pdf_ms"_s, qRound(median(writeMs) * 10) / 10.0},
        {u"export_ms"_s, qRound(total * 10) / 10.0},
        {u"export_ms_max"_s, qRound(*std::max_element(totalMs.cbegin(), totalMs.cend()) * 10) / 10.0},
        {u"pdf_bytes"_s, QFileInfo(out).size()},
        {u"target_ms"_s, 1500},
        {u"ok"_s, total < 1500},
    };
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    return 0;
}
