// What-if recount over a 1,000,000-member cache (target: under 1 s), how fast a new edit
// cancels a running recount, and the RFM segment pass. Prints one JSON line.
//
//   bench_tiers [CACHE.sqlite] [--members N] [--whatif-only]
//
// Uses the given cache (e.g. the one a 1,000,000-member sync produced); when the file is
// missing it is created and filled with N generated members (default 1,000,000), written
// straight into the member table.
#include "cacheconnection.h"
#include "segmentjob.h"
#include "store.h"
#include "synctypes.h"
#include "tierruleset.h"
#include "whatif.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <thread>

using namespace Qt::StringLiterals;

namespace {
// CPU time of this thread: on a loaded machine the wall clock also counts other programs.
qint64 threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}
bool fill(Store &store, qint64 members, QString *error)
{
    ChangesPage page;
    qint64 seq = 0;
    const TierRuleSet defaults = TierRuleSet::defaults();
    for (const TierDefinition &t : defaults.tiers()) {
        Change c;
        c.seq = ++seq;
        c.entity = u"tier"_s;
        c.id = t.id;
        c.version = 1;
        c.data = t.payload(true);
        c.data.insert(u"id"_s, t.id);
        page.changes << c;
    }
    if (!store.applyChangesPage(page, error))
        return false;
    QSqlDatabase db = store.database();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO member(id, version, handle, display_name, joined_at, last_active_at, signup_channel, "
              "tier, tier_locked, tier_since, points, active_days_30, posts_30, comments_30, helpful_answers_30, "
              "posts_total, helpful_answers_total, spend_total, status) "
              "VALUES (?,1,?,?,?,?,'organic',?,?,?,?,?,?,?,?,?,?,?,'active')"_s);
    QRandomGenerator rng(1000000);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    static const QString tiers[] = {u"newcomer"_s, u"regular"_s, u"core"_s, u"backbone"_s};
    auto iso = [](const QDateTime &t) { return t.toString(Qt::ISODate); };
    for (qint64 i = 1; i <= members; ++i) {
        const double keen = std::pow(rng.generateDouble(), 3.0);
        const int tier = keen > 0.6 ? 3 : keen > 0.25 ? 2 : keen > 0.05 ? 1 : 0;
        const QString id = QString::number(i), handle = u"m"_s + id;
        const int posts30 = int(keen * 20 * rng.generateDouble()), helpful30 = int(keen * 10 * rng.generateDouble());
        const QVariant values[] = {
            id, handle, handle, iso(now.addSecs(-qint64(rng.bounded(900 * 86400)))),
            iso(now.addSecs(-qint64(rng.bounded(int(200 * 86400 * (1.0 - keen)) + 86400)))), tiers[tier],
            rng.bounded(200) == 0, iso(now.addSecs(-qint64(rng.bounded(300 * 86400)))),
            int(keen * 4000 * rng.generateDouble()), int(keen * 30), posts30, int(keen * 40 * rng.generateDouble()),
            helpful30, posts30 + int(keen * 150 * rng.generateDouble()), helpful30 + int(keen * 120 * rng.generateDouble()),
            rng.bounded(7) == 0 ? rng.bounded(300000) / 100.0 : 0.0};
        for (int k = 0; k < 16; ++k)
            q.bindValue(k, values[k]);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        if (i % 100000 == 0) {
            db.commit();
            db.transaction();
            std::fprintf(stderr, "bench_tiers: %lld members written\n", i);
        }
    }
    return db.commit();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool whatIfOnly = args.removeAll(u"--whatif-only"_s) > 0;
    qint64 members = 1'000'000;
    if (const qsizetype at = args.indexOf(u"--members"_s); at >= 0 && at + 1 < args.size()) {
        members = args.at(at + 1).toLongLong();
        args.remove(at, 2);
    }
    const QString path = args.value(0, u"/tmp/steward-bench-tiers/cache.sqlite"_s);
    QString error;
    {
        const bool exists = QFileInfo::exists(path);
        Store store;
        if (!store.open(path, &error)) {
            std::fprintf(stderr, "bench_tiers: %s\n", qPrintable(error));
            return 1;
        }
        if (!exists || store.count(u"member"_s) == 0) {
            QElapsedTimer t;
            t.start();
            if (!fill(store, members, &error)) {
                std::fprintf(stderr, "bench_tiers: %s\n", qPrintable(error));
                return 1;
            }
            std::fprintf(stderr, "bench_tiers: cache written in %lld ms\n", t.elapsed());
        }
    }

    CacheConnection c(path, CacheConnection::Mode::ReadOnly);
    Store reader;
    reader.open(path, &error);
    const TierRuleSet current = TierRuleSet::fromCache(reader.database());
    QList<TierDefinition> edited = current.tiers();
    if (edited.size() >= 3 && !edited[2].conditions.isEmpty())
        edited[2].conditions[0].value *= 1.5; // a stricter core tier
    const TierRuleSet proposed(edited);

    QList<qint64> runs, cpu;
    qint64 total = 0, moving = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        const qint64 cpu0 = threadCpuMs();
        const auto r = WhatIf::compute(c.handle(), current, proposed, QDateTime::currentSecsSinceEpoch(), nullptr, &error);
        runs << t.elapsed();
        cpu << threadCpuMs() - cpu0;
        if (!r) {
            std::fprintf(stderr, "bench_tiers: %s\n", qPrintable(error));
            return 1;
        }
        total = r->total;
        moving = r->moving();
    }
    std::sort(runs.begin(), runs.end());
    std::sort(cpu.begin(), cpu.end());

    // Cancel latency: a recount is cancelled 100 ms in; how long until it has stopped?
    std::atomic<bool> cancel{false};
    QElapsedTimer sinceCancel;
    std::thread worker([&] {
        CacheConnection own(path, CacheConnection::Mode::ReadOnly);
        WhatIf::compute(own.handle(), current, proposed, QDateTime::currentSecsSinceEpoch(), &cancel);
    });
    QThread::msleep(100);
    sinceCancel.start();
    cancel = true;
    worker.join();
    const qint64 cancelMs = sinceCancel.elapsed();

    // The RFM pass, written into the cache's member_segment as the console does after a sync.
    qint64 segmentsMs = -1;
    if (!whatIfOnly) {
        CacheConnection rw(path, CacheConnection::Mode::ReadWrite);
        SegmentParams p;
        p.now = QDateTime::currentSecsSinceEpoch();
        QElapsedTimer t;
        t.start();
        if (SegmentJob::compute(rw.handle(), p, nullptr, &error))
            segmentsMs = t.elapsed();
    }

    const QJsonObject out{{u"benchmark"_s, u"tiers"_s},
                          {u"members"_s, total},
                          {u"whatif_moving"_s, moving},
                          {u"whatif_ms_median"_s, runs.at(runs.size() / 2)},
                          {u"whatif_ms_min"_s, runs.constFirst()},
                          {u"whatif_ms_max"_s, runs.constLast()},
                          {u"whatif_cpu_ms_median"_s, cpu.at(cpu.size() / 2)},
                          {u"load_average"_s, [] {
                               QFile f(u"/proc/loadavg"_s);
                               return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().split(' ').value(0)) : QString();
                           }()},
                          {u"whatif_target_ms"_s, 1000},
                          {u"whatif_ok"_s, runs.at(runs.size() / 2) < 1000},
                          {u"cancel_ms"_s, cancelMs},
                          {u"segments_ms"_s, segmentsMs},
                          {u"cache"_s, path}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
