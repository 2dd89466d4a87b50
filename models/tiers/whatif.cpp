#include "whatif.h"

#include "cacheconnection.h"
#include "epochtime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QThreadPool>
#include <cstring>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {
// Tier ids as UTF-8 for a byte comparison per row instead of a QString per row.
struct IdTable {
    std::vector<QByteArray> ids;
    explicit IdTable(const TierRuleSet &set)
    {
        for (const TierDefinition &t : set.tiers())
            ids.push_back(t.id.toUtf8());
    }
    int find(const unsigned char *text, int size) const
    {
        if (!text)
            return -1;
        for (size_t i = 0; i < ids.size(); ++i)
            if (ids[i].size() == size && std::memcmp(ids[i].constData(), text, size_t(size)) == 0)
                return int(i);
        return -1;
    }
};

qint64 timeColumn(sqlite3_stmt *s, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    return text ? EpochTime::parse(text, size_t(sqlite3_column_bytes(s, column))) : 0;
}
} // namespace

namespace WhatIf {
std::optional<WhatIfResult> compute(sqlite3 *db, const TierRuleSet &current, const TierRuleSet &proposed,
                                    qint64 now, const std::atomic<bool> *cancel, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    WhatIfResult r;
    r.proposed = proposed;
    r.now = now;
    const int n = proposed.size();
    r.matrix.assign(size_t(n + 1) * size_t(n + 1), 0);
    r.before.assign(size_t(n + 1), 0);
    r.after.assign(size_t(n + 1), 0);
    const IdTable proposedIds(proposed), currentIds(current);

    sqlite3_stmt *s = nullptr;
    const char *sql =
        "SELECT m.rid, m.tier, m.tier_locked, m.tier_since, m.joined_at, m.points, m.active_days_30, "
        "m.posts_total, m.helpful_answers_total, m.spend_total, g.tier, g.below_since "
        "FROM member m LEFT JOIN tier_grace g ON g.member_rid = m.rid ORDER BY m.rid";
    if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return std::nullopt;
    }
    int rc = SQLITE_ROW;
    qint64 rows = 0;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        if ((++rows & 0x1fff) == 0 && cancel && cancel->load(std::memory_order_relaxed)) {
            sqlite3_finalize(s);
            return std::nullopt;
        }
        const unsigned char *tierText = sqlite3_column_text(s, 1);
        const int tierBytes = sqlite3_column_bytes(s, 1);
        TierRuleSet::MemberState m;
        m.current = proposedIds.find(tierText, tierBytes);
        m.locked = sqlite3_column_int(s, 2) != 0;
        const qint64 joined = timeColumn(s, 4);
        m.figures[TierCondition::Points] = sqlite3_column_double(s, 5);
        m.figures[TierCondition::ActiveDays30] = sqlite3_column_double(s, 6);
        m.figures[TierCondition::PostsTotal] = sqlite3_column_double(s, 7);
        m.figures[TierCondition::HelpfulAnswersTotal] = sqlite3_column_double(s, 8);
        m.figures[TierCondition::TenureDays] = joined > 0 ? double(std::max<qint64>(0, (now - joined) / 86400)) : 0.0;
        m.figures[TierCondition::SpendTotal] = sqlite3_column_double(s, 9);

        // Only a member below their tier's proposed rules needs the grace figures (most
        // members are not, so their timestamps are not even parsed). When did they last
        // meet their tier's rules? Now, if they meet today's rules; else when the console
        // saw them drop below it; else unknown (then tier_since counts).
        bool graceRow = false;
        if (!m.locked && m.current >= 0) {
            const int e = proposed.evaluate(m.figures);
            if (e >= 0 && e < m.current) {
                m.tierSince = timeColumn(s, 3);
                const int today = currentIds.find(tierText, tierBytes);
                if (today >= 0 && current.at(today).meets(m.figures)) {
                    m.lastQualified = now;
                } else if (sqlite3_column_type(s, 10) != SQLITE_NULL
                           && sqlite3_column_bytes(s, 10) == tierBytes
                           && std::memcmp(sqlite3_column_text(s, 10), tierText, size_t(tierBytes)) == 0) {
                    m.lastQualified = timeColumn(s, 11);
                    graceRow = true;
                }
            }
        }
        const TierRuleSet::Decision d = proposed.decide(m, now);
        const int from = m.current < 0 ? n : m.current;
        const int to = d.target < 0 ? (m.current < 0 ? n : m.current) : d.target;
        ++r.total;
        ++r.before[size_t(from)];
        ++r.after[size_t(to)];
        ++r.matrix[size_t(from) * size_t(n + 1) + size_t(to)];
        switch (d.outcome) {
        case TierRuleSet::Outcome::Locked: ++r.locked; break;
        case TierRuleSet::Outcome::Promote: ++r.promotions; break;
        case TierRuleSet::Outcome::Demote: ++r.demotions; break;
        case TierRuleSet::Outcome::Unranked: ++r.unranked; break;
        case TierRuleSet::Outcome::InGrace:
            r.inGrace.push_back({sqlite3_column_int64(s, 0), qint8(from), d.graceUntil, !graceRow});
            break;
        case TierRuleSet::Outcome::Stay: break;
        }
        if (from != to)
            r.movers.push_back({sqlite3_column_int64(s, 0), qint8(from), qint8(to), quint8(d.outcome)});
    }
    if (rc != SQLITE_DONE) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(s);
        return std::nullopt;
    }
    sqlite3_finalize(s);
    r.elapsedMs = timer.elapsed();
    return r;
}
} // namespace WhatIf

WhatIfRunner::WhatIfRunner(QString cachePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(cachePath))
    , m_pool(new QThreadPool(this))
{
    // One computation at a time: a cancelled pass stops within a few thousand rows, so
    // the next one waits milliseconds, and two passes never compete for the disk.
    m_pool->setMaxThreadCount(1);
}

WhatIfRunner::~WhatIfRunner()
{
    cancel();
    m_pool->waitForDone();
}

void WhatIfRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void WhatIfRunner::request(const TierRuleSet &current, const TierRuleSet &proposed)
{
    cancel();
    auto flag = std::make_shared<std::atomic<bool>>(false);
    m_cancel = flag;
    const quint64 generation = ++m_generation;
    ++m_running;
    Q_EMIT started();
    const QString path = m_path;
    QPointer<WhatIfRunner> self(this);
    m_pool->start([=] {
        QString error;
        std::optional<WhatIfResult> result;
        if (!flag->load()) {
            CacheConnection connection(path, CacheConnection::Mode::ReadOnly);
            if (!connection.isOpen())
                error = connection.errorString();
            else
                result = WhatIf::compute(connection.handle(), current, proposed,
                                         QDateTime::currentSecsSinceEpoch(), flag.get(), &error);
        }
        auto shared = result ? std::make_shared<const WhatIfResult>(std::move(*result)) : nullptr;
        QMetaObject::invokeMethod(qApp, [self, generation, shared, error] {
            if (!self)
                return;
            --self->m_running;
            if (generation != self->m_generation)
                return; // superseded by a newer request
            if (shared)
                Q_EMIT self->finished(shared);
            else if (!error.isEmpty())
                Q_EMIT self->failed(error);
        });
    });
}
