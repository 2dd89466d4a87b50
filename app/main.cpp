// steward: the community-operations console and its headless commands.

#include "commandline.h"
#include "consolelauncher.h"
#include "synccommand.h"
#include "pointsimportcommand.h"
#include "reportcommand.h"
#include "appsettings.h"
#include "translationloader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    // Decide before constructing the application object: only the console itself needs
    // a display; --version, --help and sync must work on a headless box.
    const bool console = CommandLine::needsDisplay(argc, argv);
    std::unique_ptr<QCoreApplication> app;
    if (console) {
        app = std::make_unique<QApplication>(argc, argv);
    } else if (ReportCommand::isRequested(argc, argv)) {
        // The report draws its PDF with QtGui (fonts, QPainter) but must run without a
        // display: the offscreen platform, whatever the environment says.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(u"Steward"_s);
    QCoreApplication::setApplicationName(u"steward"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION));
    if (console)
        QApplication::setApplicationDisplayName(u"Steward"_s);

    const QStringList arguments = QCoreApplication::arguments();
    QString language = CommandLine::languageArgument(arguments);
    if (language.isEmpty() && console)
        language = AppSettings::language();
    TranslationLoader::switchTo(language);

    const CommandLineOptions options = CommandLine::parse(arguments);
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (options.command) {
    case CommandLineOptions::Command::Help:
        out << options.helpText;
        return 0;
    case CommandLineOptions::Command::Version:
        out << u"steward "_s << QCoreApplication::applicationVersion() << u" (Qt "_s
            << QString::fromLatin1(qVersion()) << u")"_s << Qt::endl;
        return 0;
    case CommandLineOptions::Command::Invalid:
        err << u"steward: "_s << options.error << u"\n\n"_s << options.helpText;
        return 2;
    case CommandLineOptions::Command::Sync:
        return SyncCommand::run(options);
    case CommandLineOptions::Command::PointsImport:
        return PointsImportCommand::run(options);
    case CommandLineOptions::Command::Report:
        return ReportCommand::run(options);
    case CommandLineOptions::Command::Console:
        break;
    }
    if (!console) {
        // needsDisplay() and parse() disagree only for odd argument lists; say so.
        err << u"steward: "_s << CommandLine::tr("could not tell what to do; see --help.") << Qt::endl;
        return 2;
    }
    return ConsoleLauncher::run(options, sinceStart);
}
