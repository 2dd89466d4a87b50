#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <optional>

struct sqlite3;

// Scores every cached member (RFM quintiles, the named segment, the churn figures) and
// writes member_segment, segment_summary and segment_run in one transaction: readers
// see the old segments or the new ones, never a mix.
//
// Churn risk compares what the cache holds: posts_30 + helpful_answers_30 (the last 30
// days) against the member's average month before them, (posts_total − posts_30 +
// helpful_answers_total − helpful_answers_30) / (tenure in months − 1). Members with
// less than two months of tenure have no earlier period and are never at risk.
struct SegmentParams {
    qint64 now = 0;              // seconds since the epoch
    double churnMinBefore = 2;   // at least this many posts + helpful answers a month before
    double churnDrop = 0.5;      // and the last 30 days at most (1 − drop) of that
};

struct SegmentStats {
    qint64 members = 0;
    qint64 churnRisk = 0;
    qint64 elapsedMs = 0;
};

namespace SegmentJob {
// On the calling thread, with a read-write connection. nullopt when cancelled (nothing
// written) or on an error (*error).
std::optional<SegmentStats> compute(sqlite3 *db, const SegmentParams &params, const std::atomic<bool> *cancel = nullptr,
                                    QString *error = nullptr);
// Quintile score 1..5 of `value` among `sorted` (ascending): 1 + ⌊5 × (values below) / n⌋.
int quintile(const std::vector<double> &sorted, double value);
}

// SegmentJob::compute on a worker thread with its own connection; one run at a time,
// a new request cancels the running one.
class SegmentRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentRunner)
public:
    explicit SegmentRunner(QString cachePath, QObject *parent = nullptr);
    ~SegmentRunner() override;
    void start(const SegmentParams &params);
    void cancel();
    bool isRunning() const { return m_running > 0; }

Q_SIGNALS:
    void started();
    void finished(const SegmentStats &stats);
    void failed(const QString &message);

private:
    QString m_path;
    class QThreadPool *m_pool = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
    int m_running = 0;
};
