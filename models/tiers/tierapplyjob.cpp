#include "tierapplyjob.h"

#include "store.h"
#include "storenotifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSqlQuery>
#include <QThreadPool>

using namespace Qt::StringLiterals;

TierApplyJob::TierApplyJob(QString cachePath, StoreNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_path(std::move(cachePath))
    , m_notifier(notifier)
{
}

TierApplyJob::~TierApplyJob()
{
    cancel();
    // The worker holds only copies and the notifier (owned by main()), so it may finish
    // after this object is gone; its report is then dropped.
}

void TierApplyJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void TierApplyJob::start()
{
    if (m_running)
        return;
    m_running = true;
    auto flag = std::make_shared<std::atomic<bool>>(false);
    m_cancel = flag;
    QPointer<TierApplyJob> self(this);
    const QString path = m_path;
    StoreNotifier *notifier = m_notifier;
    const auto tiers = m_tierMutations;
    const auto moves = m_moves;
    const auto grace = m_grace;
    const int batch = m_batchSize;
    QThreadPool::globalInstance()->start([=] {
        const Summary summary = run(path, notifier, tiers, moves, grace, batch, *flag, [self](int done, int total) {
            QMetaObject::invokeMethod(qApp, [self, done, total] {
                if (self)
                    Q_EMIT self->progress(done, total);
            });
        });
        QMetaObject::invokeMethod(qApp, [self, summary] {
            if (!self)
                return;
            self->m_running = false;
            Q_EMIT self->finished(summary);
        });
    });
}

TierApplyJob::Summary TierApplyJob::run(const QString &cachePath, StoreNotifier *notifier,
                                        const QList<Mutation> &tierMutations, const QList<Move> &moves,
                                        const QList<GraceStart> &grace, int batchSize,
                                        const std::atomic<bool> &cancel, const std::function<void(int, int)> &progress)
{
    Summary s;
    // The GUI's notifier: views refresh once a batch (enqueueAll notifies once).
    Store store(notifier);
    if (!store.open(cachePath, &s.error))
        return s;
    const int total = int(tierMutations.size() + moves.size());
    int done = 0;

    // The rule changes together or not at all; members are not moved under rules that
    // were not queued.
    if (!tierMutations.isEmpty()) {
        QString error;
        if (store.enqueueAll(tierMutations, &error).isEmpty()) {
            s.error = QCoreApplication::translate("TierApplyJob", "The tier changes were refused: %1").arg(error);
            return s;
        }
        s.tierChanges = int(tierMutations.size());
        done += s.tierChanges;
    }
    if (!tierMutations.isEmpty())
        progress(done, total);

    QSqlQuery lookup(store.database());
    for (qsizetype first = 0; first < moves.size(); first += batchSize) {
        if (cancel.load()) {
            s.cancelled = true;
            break;
        }
        const qsizetype count = std::min<qsizetype>(batchSize, moves.size() - first);
        QStringList marks;
        for (qsizetype i = 0; i < count; ++i)
            marks << u"?"_s;
        lookup.prepare(u"SELECT rid, id, tier, tier_locked FROM member WHERE rid IN (%1)"_s.arg(marks.join(u',')));
        for (qsizetype i = 0; i < count; ++i)
            lookup.addBindValue(moves.at(first + i).rid);
        struct Now { QString id, tier; bool locked; };
        QHash<qint64, Now> now;
        if (lookup.exec()) {
            while (lookup.next())
                now.insert(lookup.value(0).toLongLong(),
                           {lookup.value(1).toString(), lookup.value(2).toString(), lookup.value(3).toBool()});
        }
        QList<Mutation> batch;
        for (qsizetype i = 0; i < count; ++i) {
            const Move &move = moves.at(first + i);
            const auto it = now.constFind(move.rid);
            ++done;
            if (it == now.cend() || (!move.fromTier.isEmpty() && it->tier != move.fromTier) || it->locked) {
                ++s.skipped;
                continue;
            }
            Mutation m;
            m.entity = u"member"_s;
            m.entityId = it->id;
            m.action = u"set_tier"_s;
            m.payload = QJsonObject{{u"tier"_s, move.toTier}, {u"locked"_s, false}};
            batch << m;
        }
        // One transaction a batch; should one member be refused, the others of the batch
        // go one by one so a single refusal does not hold back the rest.
        QString error;
        if (!store.enqueueAll(batch, &error).isEmpty() || batch.isEmpty()) {
            s.moved += int(batch.size());
        } else {
            for (const Mutation &m : std::as_const(batch)) {
                if (store.enqueue(m, &error).isEmpty()) {
                    ++s.skipped;
                    if (s.error.isEmpty())
                        s.error = error;
                } else {
                    ++s.moved;
                }
            }
        }
        progress(done, total);
    }

    // The console's own grace records: moved members have none; members newly below
    // their tier's rules start theirs now.
    if (!s.cancelled) {
        QSqlDatabase db = store.database();
        db.transaction();
        QSqlQuery q(db);
        q.prepare(u"DELETE FROM tier_grace WHERE member_rid = ?"_s);
        for (const Move &move : moves) {
            q.addBindValue(move.rid);
            q.exec();
        }
        q.prepare(u"INSERT INTO tier_grace(member_rid, tier, below_since) VALUES (?, ?, ?) "
                  "ON CONFLICT(member_rid) DO UPDATE SET tier = excluded.tier, below_since = excluded.below_since "
                  "WHERE tier_grace.tier <> excluded.tier"_s);
        const QString since = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        for (const GraceStart &g : grace) {
            q.addBindValue(g.rid);
            q.addBindValue(g.tier);
            q.addBindValue(since);
            if (q.exec())
                s.graceStarted += q.numRowsAffected() > 0;
        }
        db.commit();
    }
    return s;
}
