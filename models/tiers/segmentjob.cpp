#include "segmentjob.h"

#include "cacheconnection.h"
#include "epochtime.h"
#include "segments.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QThreadPool>
#include <QTimeZone>
#include <algorithm>
#include <sqlite3.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kNeverDays = 36500;

qint64 timeColumn(sqlite3_stmt *s, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    return text ? EpochTime::parse(text, size_t(sqlite3_column_bytes(s, column))) : 0;
}

struct Stmt {
    sqlite3_stmt *s = nullptr;
    ~Stmt() { sqlite3_finalize(s); }
};

bool fail(sqlite3 *db, QString *error)
{
    if (error)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    return false;
}
} // namespace

namespace SegmentJob {
int quintile(const std::vector<double> &sorted, double value)
{
    if (sorted.empty())
        return 1;
    const auto below = std::lower_bound(sorted.begin(), sorted.end(), value) - sorted.begin();
    return 1 + int(5 * below / qint64(sorted.size()));
}

std::optional<SegmentStats> compute(sqlite3 *db, const SegmentParams &p, const std::atomic<bool> *cancel, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    struct M {
        qint64 rid;
        qint64 recencyDays;
        qint64 frequency;
        double monetary;
        double before;
        qint64 recent;
        double activeDays;
    };
    std::vector<M> members;
    {
        Stmt read;
        if (sqlite3_prepare_v2(db, "SELECT rid, last_active_at, last_purchase_at, active_days_30, posts_30, comments_30, "
                                   "spend_total, posts_total, helpful_answers_total, helpful_answers_30, joined_at FROM member",
                               -1, &read.s, nullptr) != SQLITE_OK) {
            if (error)
                *error = QString::fromUtf8(sqlite3_errmsg(db));
            return std::nullopt;
        }
        int rc;
        while ((rc = sqlite3_step(read.s)) == SQLITE_ROW) {
            if ((members.size() & 0x1fff) == 0 && cancel && cancel->load())
                return std::nullopt;
            sqlite3_stmt *s = read.s;
            const qint64 last = std::max(timeColumn(s, 1), timeColumn(s, 2));
            const qint64 joined = timeColumn(s, 10);
            const qint64 activeDays = sqlite3_column_int64(s, 3);
            const qint64 posts30 = sqlite3_column_int64(s, 4), helpful30 = sqlite3_column_int64(s, 9);
            const qint64 earlier = std::max<qint64>(0, sqlite3_column_int64(s, 7) - posts30)
                + std::max<qint64>(0, sqlite3_column_int64(s, 8) - helpful30);
            const double tenureDays = joined > 0 ? double(p.now - joined) / 86400.0 : 0.0;
            // Months before the last 30 days; under one month there is no earlier period.
            const double monthsBefore = (tenureDays - 30.0) / 30.4375;
            M m;
            m.rid = sqlite3_column_int64(s, 0);
            m.recencyDays = last > 0 ? std::max<qint64>(0, (p.now - last) / 86400) : kNeverDays;
            m.frequency = activeDays + posts30 + sqlite3_column_int64(s, 5);
            m.monetary = sqlite3_column_double(s, 6);
            m.before = monthsBefore >= 1.0 ? double(earlier) / monthsBefore : -1.0;
            m.recent = posts30 + helpful30;
            m.activeDays = double(activeDays);
            members.push_back(m);
        }
        if (rc != SQLITE_DONE) {
            if (error)
                *error = QString::fromUtf8(sqlite3_errmsg(db));
            return std::nullopt;
        }
    }

    // Quintiles: recency scores the fewest days highest, so it ranks −days.
    std::vector<double> r, f, mon;
    r.reserve(members.size());
    f.reserve(members.size());
    mon.reserve(members.size());
    for (const M &m : members) {
        r.push_back(-double(m.recencyDays));
        f.push_back(double(m.frequency));
        mon.push_back(m.monetary);
    }
    std::sort(r.begin(), r.end());
    std::sort(f.begin(), f.end());
    std::sort(mon.begin(), mon.end());
    if (cancel && cancel->load())
        return std::nullopt;

    struct Sum { qint64 members = 0; double spend = 0, activeDays = 0, frequency = 0; };
    QHash<QString, Sum> sums;
    double spendTotal = 0;
    SegmentStats stats;
    const QByteArray computedAt = QDateTime::fromSecsSinceEpoch(p.now, Qt::UTC).toString(Qt::ISODate).toUtf8();

    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK || !(sqlite3_exec(db, "DELETE FROM member_segment", nullptr, nullptr, nullptr) == SQLITE_OK)) {
        fail(db, error);
        return std::nullopt;
    }
    Stmt insert;
    if (sqlite3_prepare_v2(db, "INSERT INTO member_segment(member_rid, segment, r_score, f_score, m_score, computed_at, "
                               "recency_days, frequency, monetary, activity_before, activity_30, churn_risk) "
                               "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", -1, &insert.s, nullptr) != SQLITE_OK) {
        fail(db, error);
        return std::nullopt;
    }
    QHash<QString, QByteArray> segmentUtf8;
    for (const QString &id : Segments::ids())
        segmentUtf8.insert(id, id.toUtf8());
    qint64 written = 0;
    for (const M &m : members) {
        if ((++written & 0x1fff) == 0 && cancel && cancel->load()) {
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            return std::nullopt;
        }
        const int rs = SegmentJob::quintile(r, -double(m.recencyDays));
        const int fs = SegmentJob::quintile(f, double(m.frequency));
        const int ms = SegmentJob::quintile(mon, m.monetary);
        const QString segment = Segments::classify(rs, fs, ms);
        const QByteArray &seg = segmentUtf8[segment];
        const bool churn = m.before >= p.churnMinBefore && double(m.recent) <= m.before * (1.0 - p.churnDrop);
        sqlite3_stmt *s = insert.s;
        sqlite3_bind_int64(s, 1, m.rid);
        sqlite3_bind_text(s, 2, seg.constData(), int(seg.size()), SQLITE_STATIC);
        sqlite3_bind_int(s, 3, rs);
        sqlite3_bind_int(s, 4, fs);
        sqlite3_bind_int(s, 5, ms);
        sqlite3_bind_text(s, 6, computedAt.constData(), int(computedAt.size()), SQLITE_STATIC);
        sqlite3_bind_int64(s, 7, m.recencyDays);
        sqlite3_bind_int64(s, 8, m.frequency);
        sqlite3_bind_double(s, 9, m.monetary);
        if (m.before >= 0)
            sqlite3_bind_double(s, 10, m.before);
        else
            sqlite3_bind_null(s, 10);
        sqlite3_bind_int64(s, 11, m.recent);
        sqlite3_bind_int(s, 12, churn ? 1 : 0);
        if (sqlite3_step(s) != SQLITE_DONE) {
            fail(db, error);
            return std::nullopt;
        }
        sqlite3_reset(s);
        Sum &sum = sums[segment];
        ++sum.members;
        sum.spend += m.monetary;
        sum.activeDays += m.activeDays;
        sum.frequency += double(m.frequency);
        spendTotal += m.monetary;
        stats.churnRisk += churn;
    }
    stats.members = qint64(members.size());

    Stmt summary, run;
    if (sqlite3_exec(db, "DELETE FROM segment_summary", nullptr, nullptr, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(db, "INSERT INTO segment_summary(segment, members, spend, active_days_avg, frequency_avg) "
                                  "VALUES (?,?,?,?,?)", -1, &summary.s, nullptr) != SQLITE_OK) {
        fail(db, error);
        return std::nullopt;
    }
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        const QByteArray id = it.key().toUtf8();
        const Sum &sum = it.value();
        sqlite3_bind_text(summary.s, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(summary.s, 2, sum.members);
        sqlite3_bind_double(summary.s, 3, sum.spend);
        sqlite3_bind_double(summary.s, 4, sum.activeDays / double(qMax<qint64>(1, sum.members)));
        sqlite3_bind_double(summary.s, 5, sum.frequency / double(qMax<qint64>(1, sum.members)));
        if (sqlite3_step(summary.s) != SQLITE_DONE) {
            fail(db, error);
            return std::nullopt;
        }
        sqlite3_reset(summary.s);
    }
    if (sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO segment_run(id, computed_at, members, spend, churn_min_before, "
                               "churn_drop) VALUES (1,?,?,?,?,?)", -1, &run.s, nullptr) != SQLITE_OK) {
        fail(db, error);
        return std::nullopt;
    }
    sqlite3_bind_text(run.s, 1, computedAt.constData(), int(computedAt.size()), SQLITE_STATIC);
    sqlite3_bind_int64(run.s, 2, stats.members);
    sqlite3_bind_double(run.s, 3, spendTotal);
    sqlite3_bind_double(run.s, 4, p.churnMinBefore);
    sqlite3_bind_double(run.s, 5, p.churnDrop);
    if (sqlite3_step(run.s) != SQLITE_DONE || sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        fail(db, error);
        return std::nullopt;
    }
    stats.elapsedMs = timer.elapsed();
    return stats;
}
} // namespace SegmentJob

SegmentRunner::SegmentRunner(QString cachePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(cachePath))
    , m_pool(new QThreadPool(this))
{
    m_pool->setMaxThreadCount(1);
}

SegmentRunner::~SegmentRunner()
{
    cancel();
    m_pool->waitForDone();
}

void SegmentRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void SegmentRunner::start(const SegmentParams &params)
{
    cancel();
    auto flag = std::make_shared<std::atomic<bool>>(false);
    m_cancel = flag;
    const quint64 generation = ++m_generation;
    ++m_running;
    Q_EMIT started();
    const QString path = m_path;
    QPointer<SegmentRunner> self(this);
    m_pool->start([=] {
        QString error;
        std::optional<SegmentStats> stats;
        if (!flag->load()) {
            CacheConnection connection(path, CacheConnection::Mode::ReadWrite);
            if (!connection.isOpen())
                error = connection.errorString();
            else
                stats = SegmentJob::compute(connection.handle(), params, flag.get(), &error);
        }
        QMetaObject::invokeMethod(qApp, [self, generation, stats, error] {
            if (!self)
                return;
            --self->m_running;
            if (generation != self->m_generation)
                return;
            if (stats)
                Q_EMIT self->finished(*stats);
            else if (!error.isEmpty())
                Q_EMIT self->failed(error);
        });
    });
}
