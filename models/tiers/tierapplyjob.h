#pragma once

#include "synctypes.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

class StoreNotifier;

// Applies a tier decision through the outbox on a worker thread with its own Store
// connection: first the rule changes (tier create/update/delete/reorder), then one
// set_tier per member who moves, in batches, reporting progress after each batch. A
// member whose tier changed since the what-if was computed is skipped, not overwritten.
// Cancelling stops after the mutation in hand: everything queued so far stays queued
// (each one is its own transaction with its optimistic effect) and can be undone.
class TierApplyJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TierApplyJob)
public:
    struct Move {
        qint64 rid = 0;
        QString fromTier;
        QString toTier;
    };
    struct GraceStart {
        qint64 rid = 0;
        QString tier;
    };
    struct Summary {
        int tierChanges = 0;
        int moved = 0;
        int skipped = 0;   // their tier changed meanwhile, or they are gone
        int graceStarted = 0;
        bool cancelled = false;
        QString error;     // the first refusal, in words
    };

    // `notifier` is the GUI's: views refresh once a batch, not once a member.
    TierApplyJob(QString cachePath, StoreNotifier *notifier, QObject *parent = nullptr);
    ~TierApplyJob() override;

    void setTierMutations(QList<Mutation> mutations) { m_tierMutations = std::move(mutations); }
    void setMoves(QList<Move> moves) { m_moves = std::move(moves); }
    void setGraceStarts(QList<GraceStart> starts) { m_grace = std::move(starts); }
    void setBatchSize(int size) { m_batchSize = qMax(1, size); }
    int total() const { return int(m_tierMutations.size() + m_moves.size()); }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    // The work itself, on the calling thread (start() runs it on a worker).
    static Summary run(const QString &cachePath, StoreNotifier *notifier, const QList<Mutation> &tierMutations,
                       const QList<Move> &moves, const QList<GraceStart> &grace, int batchSize,
                       const std::atomic<bool> &cancel, const std::function<void(int, int)> &progress);

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const TierApplyJob::Summary &summary);

private:
    QString m_path;
    StoreNotifier *m_notifier = nullptr;
    QList<Mutation> m_tierMutations;
    QList<Move> m_moves;
    QList<GraceStart> m_grace;
    int m_batchSize = 250;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
};
