#pragma once

#include "tierruleset.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3;
class QThreadPool;

// The outcome of re-evaluating every cached member under proposed tier rules, against
// the tiers they hold now. Tier indexes are those of `proposed`; index n (= number of
// tiers) stands for "a tier not in the proposed set" (from) or "no tier" (to).
struct WhatIfResult {
    struct Mover {
        qint64 rid = 0;
        qint8 from = 0;
        qint8 to = 0;
        quint8 outcome = 0; // TierRuleSet::Outcome
    };
    struct Grace {
        qint64 rid = 0;
        qint8 tier = 0;
        qint64 graceUntil = 0;
        bool started = false; // the grace starts with these rules (no tier_grace row yet)
    };
    TierRuleSet proposed;
    qint64 now = 0;
    qint64 total = 0, locked = 0, promotions = 0, demotions = 0, unranked = 0;
    std::vector<qint64> matrix; // (n + 1) x (n + 1), row = from, column = to
    std::vector<qint64> before, after; // n + 1 each
    std::vector<Mover> movers;         // in rid order
    std::vector<Grace> inGrace;        // below their tier's proposed rules, keeping it for now
    qint64 elapsedMs = 0;

    int tierCount() const { return proposed.size(); }
    qint64 cell(int from, int to) const { return matrix[size_t(from) * size_t(tierCount() + 1) + size_t(to)]; }
    qint64 moving() const { return qint64(movers.size()); }
};

namespace WhatIf {
// One pass over the member table with a prepared statement. `current` decides whether a
// member meets their tier today (then they last qualified now and a stricter rule starts
// their grace period). nullopt when cancelled or on a database error (*error).
std::optional<WhatIfResult> compute(sqlite3 *db, const TierRuleSet &current, const TierRuleSet &proposed,
                                    qint64 now, const std::atomic<bool> *cancel = nullptr,
                                    QString *error = nullptr);
}

// Runs the what-if on a worker thread with its own read connection. A new request cancels
// the running one; only the newest result is reported.
class WhatIfRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhatIfRunner)
public:
    explicit WhatIfRunner(QString cachePath, QObject *parent = nullptr);
    ~WhatIfRunner() override;

    void request(const TierRuleSet &current, const TierRuleSet &proposed);
    void cancel();
    bool isRunning() const { return m_running > 0; }

Q_SIGNALS:
    void started();
    void finished(std::shared_ptr<const WhatIfResult> result);
    void failed(const QString &message);

private:
    QString m_path;
    QThreadPool *m_pool = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
    int m_running = 0;
};
