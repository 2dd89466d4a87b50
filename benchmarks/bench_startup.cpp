// Cold start of the console to a usable window, and its peak memory, on a large cache.
// Runs the real `steward` binary with STEWARD_STARTUP_MARKER=1 (it prints "steward: ready
// <ms since main()>" once its first window is painted) and reads the process's peak
// resident set (VmHWM) after it has settled with each pane as the one it opens on. Prints
// one JSON line per figure, each with its target.
//
// Then the peak of one session that visits every pane in turn: the same objects the console
// builds (Store, services, MainWindow), in this process, on the same cache, with no network.
//
// Usage: bench_startup --data-dir DIR [--steward PATH] [--runs N] [--settle-ms N]
//   DIR is a synced data directory, e.g. the one bench_sync leaves in /tmp/steward-bench/cache.
//   The display is Qt's offscreen platform unless QT_QPA_PLATFORM says otherwise.
#include "benchcommon.h"
#include "accountservice.h"
#include "credentialstore.h"
#include "mainwindow.h"
#include "panecontext.h"
#include "store.h"
#include "storenotifier.h"
#include "syncservice.h"

#include <QApplication>
#include <QTabWidget>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using Bench::die;
using Bench::median;

namespace {

// kB of a "Name:   123 kB" line of /proc/PID/status.
long statusKib(qint64 pid, const char *name)
{
    QFile f(u"/proc/%1/status"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(name))
            return line.mid(qstrlen(name)).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// Only drops the page cache where the benchmark may (root on a Linux box); tells which.
bool dropPageCache()
{
    QFile f(u"/proc/sys/vm/drop_caches"_s);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    ::sync();
    return f.write("3\n") == 2;
}

struct Run {
    double readyMs = 0;   // as the app measured it, from main()
    double wallMs = 0;    // from the fork, as this program saw it
    long peakKib = 0;     // VmHWM after settling
};

Run runOnce(const QString &steward, const QString &dataDir, const QString &pane, int settleMs)
{
    QTemporaryDir config; // private QSettings: the pane it opens on, nothing else of the user's
    QDir().mkpath(config.path() + u"/Steward"_s);
    QFile conf(config.path() + u"/Steward/steward.conf"_s);
    if (!conf.open(QIODevice::WriteOnly))
        die(u"cannot write %1"_s.arg(conf.fileName()));
    conf.write("[window]\npane=" + pane.toUtf8() + "\n");
    conf.close();

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"STEWARD_STARTUP_MARKER"_s, u"1"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, config.path());
    if (!env.contains(u"QT_QPA_PLATFORM"_s))
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.remove(u"STEWARD_PASSWORD"_s);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    p.start(steward, {u"--data-dir"_s, dataDir});
    if (!p.waitForStarted())
        die(u"cannot start %1"_s.arg(steward));
    const QRegularExpression ready(u"steward: ready (\\d+)"_s);
    Run run;
    while (run.readyMs == 0) {
        if (!p.waitForReadyRead(120'000))
            die(u"no start-up marker from %1"_s.arg(steward));
        while (p.canReadLine()) {
            if (const auto m = ready.match(QString::fromUtf8(p.readLine())); m.hasMatch()) {
                run.readyMs = m.captured(1).toDouble();
                run.wallMs = timer.nsecsElapsed() / 1e6;
            }
        }
    }
    // Let the pane finish what it loads in the background (pages, counts, charts).
    QThread::msleep(settleMs);
    run.peakKib = statusKib(p.processId(), "VmHWM:");
    p.terminate();
    if (!p.waitForFinished(10'000))
        p.kill();
    p.waitForFinished();
    return run;
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString steward = QCoreApplication::applicationDirPath() + u"/../app/steward"_s;
    QString dataDir;
    int runs = 5;
    int settleMs = 4000;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--steward"_s)
            steward = args.at(i + 1);
        else if (args.at(i) == u"--data-dir"_s)
            dataDir = args.at(i + 1);
        else if (args.at(i) == u"--runs"_s)
            runs = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == u"--settle-ms"_s)
            settleMs = std::max(0, args.at(i + 1).toInt());
        else
            die(u"unknown option %1"_s.arg(args.at(i)));
    }
    if (dataDir.isEmpty() || !QDir(dataDir).exists())
        die(u"--data-dir DIR: a synced data directory is needed (bench_sync leaves one)"_s);

    // Cold start, opening on the first pane (Moderation), and on Members (1M rows).
    for (const QString &pane : {u"moderation"_s, u"members"_s}) {
        std::vector<double> ready, wall, coldReady;
        for (int i = 0; i < runs; ++i) {
            const Run r = runOnce(steward, dataDir, pane, 0);
            ready.push_back(r.readyMs);
            wall.push_back(r.wallMs);
        }
        // Truly cold: the page cache dropped first, where that is allowed.
        bool dropped = false;
        for (int i = 0; i < std::min(runs, 3); ++i) {
            if (!(dropped = dropPageCache()))
                break;
            coldReady.push_back(runOnce(steward, dataDir, pane, 0).readyMs);
        }
        std::printf("{\"benchmark\":\"cold_start\",\"pane\":\"%s\",\"runs\":%d,\"ready_median_ms\":%.0f,"
                    "\"ready_max_ms\":%.0f,\"wall_median_ms\":%.0f,\"page_cache_dropped_median_ms\":%s,\"target_ms\":1000}\n",
                    qPrintable(pane), runs, median(ready), *std::max_element(ready.begin(), ready.end()), median(wall),
                    dropped ? qPrintable(QString::number(median(coldReady), 'f', 0)) : "null");
        std::fflush(stdout);
    }

    // Peak memory: opened on each pane in turn, left to settle.
    long worst = 0;
    QString worstPane;
    QStringList perPane;
    for (const QString &pane : {u"moderation"_s, u"members"_s, u"campaigns"_s, u"kpi"_s, u"reports"_s,
                                u"sync"_s, u"audit"_s}) {
        const Run r = runOnce(steward, dataDir, pane, settleMs);
        perPane << u"\"%1\":%2"_s.arg(pane).arg(r.peakKib / 1024.0, 0, 'f', 0);
        if (r.peakKib > worst) {
            worst = r.peakKib;
            worstPane = pane;
        }
    }
    std::printf("{\"benchmark\":\"peak_memory\",\"settle_ms\":%d,\"peak_mib\":%.0f,\"worst_pane\":\"%s\","
                "\"per_pane_mib\":{%s},\"target_mib\":300}\n",
                settleMs, worst / 1024.0, qPrintable(worstPane), qPrintable(perPane.join(u',')));

    // One session through every pane, in this process (what bench_startup itself holds
    // before the window is made is small: measured and reported).
    const long before = statusKib(QCoreApplication::applicationPid(), "VmRSS:");
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    StoreNotifier notifier;
    Store store(&notifier);
    QString error;
    if (!store.open(Store::cacheFilePath(dataDir), &error))
        die(u"cannot open the cache in %1: %2"_s.arg(dataDir, error));
    CredentialStore credentials;
    AccountService account(&store, &credentials);
    SyncService sync(&store);
    sync.setSyncInterval(0);
    MainWindow window(PaneContext{&store, &sync, &account});
    window.show();
    QStringList tour;
    QElapsedTimer timer;
    for (const QString &pane : {u"moderation"_s, u"members"_s, u"campaigns"_s, u"kpi"_s, u"reports"_s,
                                u"sync"_s, u"audit"_s}) {
        window.showPane(pane);
        const auto settle = [&] {
            timer.restart();
            while (timer.elapsed() < settleMs / 2)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        };
        settle();
        // Every tab of the pane too (Members: tiers what-if and segments over all members).
        QWidget *paneWidget = window.findChild<QWidget *>(pane + u"Pane"_s);
        if (auto *tabs = paneWidget ? paneWidget->findChild<QTabWidget *>() : nullptr; tabs && tabs->isVisible()) {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                settle();
            }
        }
        tour << u"\"%1\":%2"_s.arg(pane).arg(statusKib(QCoreApplication::applicationPid(), "VmHWM:") / 1024.0, 0, 'f', 0);
    }
    std::printf("{\"benchmark\":\"peak_memory_session\",\"panes_visited\":7,\"tabs_visited\":true,\"peak_mib\":%.0f,"
                "\"before_window_mib\":%.0f,\"peak_after_each_pane_mib\":{%s},\"target_mib\":300}\n",
                statusKib(QCoreApplication::applicationPid(), "VmHWM:") / 1024.0, before / 1024.0,
                qPrintable(tour.join(u',')));
    return 0;
}
