#include "pointsimportcommand.h"

#include "commandline.h"
#include "pointsimport.h"
#include "store.h"

#include <QFileInfo>
#include <QLocale>
#include <QTextStream>
#include <algorithm>

using namespace Qt::StringLiterals;

int PointsImportCommand::run(const CommandLineOptions &options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString dataDir = options.dataDir.isEmpty() ? Store::defaultDataDir() : options.dataDir;
    const QString cachePath = Store::cacheFilePath(dataDir, options.profileName);
    if (!QFileInfo::exists(cachePath)) {
        err << tr("steward points import: there is no local cache at %1; run `steward sync` first.").arg(cachePath)
            << Qt::endl;
        return 1;
    }
    Store store;
    QString error;
    if (!store.open(cachePath, &error)) {
        err << tr("steward points import: cannot open the local cache: %1").arg(error) << Qt::endl;
        return 1;
    }
    if (const QString refused = PointsImport::permissionProblem(&store); !refused.isEmpty()) {
        err << u"steward points import: "_s << refused << Qt::endl;
        return 1;
    }
    const PointsImport import = PointsImport::prepareFile(&store, options.importFile, options.reason);
    if (!import.isValid()) {
        const QStringList problems = import.problemLines();
        err << tr("steward points import: %1 was not imported; nothing was queued.").arg(options.importFile)
            << Qt::endl;
        for (const QString &p : problems)
            err << u"  "_s << p << Qt::endl;
        if (problems.isEmpty())
            err << u"  "_s << tr("The sheet has no awards.") << Qt::endl;
        return 1;
    }
    const QStringList ids = import.apply(&store, &error);
    if (ids.isEmpty()) {
        err << tr("steward points import: nothing was queued: %1").arg(error) << Qt::endl;
        return 1;
    }
    const QLocale locale;
    out << tr("Awards queued for the next sync: %1 (%Ln points in all).", nullptr,
              int(std::clamp<qint64>(import.totalPoints(), INT_MIN, INT_MAX)))
               .arg(locale.toString(ids.size()))
        << Qt::endl;
    return 0;
}
