#include "leaderboardmodel.h"

#include "cacheconnection.h"
#include "store.h"
#include "storenotifier.h"
#include "tierruleset.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QThreadPool>
#include <QTimer>
#include <algorithm>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("Leaderboard", s);
}

struct Stmt {
    sqlite3_stmt *s = nullptr;
    ~Stmt() { sqlite3_finalize(s); }
};

QString text(sqlite3_stmt *s, int col)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, col)), sqlite3_column_bytes(s, col));
}

// Helpful answers an entry of the ledger records (the mutual-help 7-day board).
qint64 helpfulIn(const QString &reason)
{
    static const QRegularExpression counted(u"(\\d+)\\s+helpful answers?"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = counted.match(reason);
    if (m.hasMatch())
        return m.captured(1).toLongLong();
    if (reason.contains(u"helpful"_s, Qt::CaseInsensitive) || reason.contains(u"互助"_s) || reason.contains(u"解答"_s))
        return 1;
    return 0;
}
} // namespace

LeaderboardModel::LeaderboardModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_pool(new QThreadPool(this))
{
    m_pool->setMaxThreadCount(1);
    if (StoreNotifier *n = store->notifier()) {
        connect(n, &StoreNotifier::entitiesChanged, this, [this](const QStringList &entities) {
            if (m_reloadQueued || (!entities.contains(u"points_entry"_s) && !entities.contains(u"member"_s)))
                return;
            // A sync reports page after page: one recount once it has settled.
            m_reloadQueued = true;
            QTimer::singleShot(1500, this, [this] {
                m_reloadQueued = false;
                reload();
            });
        });
    }
}

LeaderboardModel::~LeaderboardModel()
{
    ++m_generation;
    m_pool->waitForDone();
}

QString LeaderboardModel::formula(Board board, Window window)
{
    if (board == Board::Contribution) {
        if (window == Window::AllTime)
            return tr("Contribution, all time = every point ever earned: the sum of the positive entries of the points "
                      "ledger, the opening balance included (5 a post, 1 a comment, 10 a helpful answer, sharing and "
                      "tasks). Redemptions and deductions are not subtracted.");
        return tr("Contribution, %1 = points earned in the period: the sum of the positive points-ledger entries "
                  "created in it (posts, comments, helpful answers, sharing, tasks), without redemptions, "
                  "deductions or the opening balance.").arg(window == Window::Days7 ? tr("7 days") : tr("30 days"));
    }
    switch (window) {
    case Window::Days7:
        return tr("Mutual help, 7 days = helpful answers recorded in the points ledger in the last 7 days: an entry "
                  "\"… N helpful answers\" counts N, an award for a helpful answer counts 1, at most the member's "
                  "helpful answers in 30 days. (The cache has no 7-day counter.)");
    case Window::Days30:
        return tr("Mutual help, 30 days = helpful answers in the last 30 days (the member's helpful_answers_30).");
    case Window::AllTime:
        return tr("Mutual help, all time = helpful answers ever (the member's helpful_answers_total).");
    }
    return {};
}

std::optional<QList<LeaderboardModel::Entry>> LeaderboardModel::compute(sqlite3 *db, Board board, Window window,
                                                                         const QDateTime &now, int limit, QString *error)
{
    const QByteArray since = now.addDays(window == Window::Days7 ? -7 : -30).toUTC().toString(Qt::ISODate).toUtf8();
    QByteArray sql;
    if (board == Board::Contribution) {
        sql = "SELECT m.id, m.handle, m.display_name, m.tier, t.score FROM (SELECT member_id, sum(points) AS score "
              "FROM points_entry WHERE points > 0";
        if (window != Window::AllTime)
            sql += " AND created_at >= ?1 AND reason <> 'Opening balance'";
        sql += " AND reason NOT LIKE 'Redemption%' GROUP BY member_id) t JOIN member m ON m.id = t.member_id "
               "ORDER BY t.score DESC, m.handle LIMIT ?2";
    } else if (window == Window::Days7) {
        sql = "SELECT member_id, reason FROM points_entry WHERE created_at >= ?1 AND points > 0";
    } else {
        const char *column = window == Window::Days30 ? "helpful_answers_30" : "helpful_answers_total";
        sql = QByteArray("SELECT id, handle, display_name, tier, ") + column + " FROM member WHERE " + column
            + " > 0 ORDER BY " + column + " DESC, handle LIMIT ?2";
    }
    Stmt s;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &s.s, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return std::nullopt;
    }
    sqlite3_bind_text(s.s, 1, since.constData(), int(since.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int(s.s, 2, limit);
    QList<Entry> out;
    int rc;
    if (board == Board::MutualHelp && window == Window::Days7) {
        QHash<QString, qint64> scores;
        while ((rc = sqlite3_step(s.s)) == SQLITE_ROW) {
            if (const qint64 n = helpfulIn(text(s.s, 1)))
                scores[text(s.s, 0)] += n;
        }
        Stmt who;
        sqlite3_prepare_v2(db, "SELECT handle, display_name, tier, helpful_answers_30 FROM member WHERE id = ?", -1,
                           &who.s, nullptr);
        for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
            Entry e{it.key(), {}, {}, {}, it.value()};
            const QByteArray id = it.key().toUtf8();
            sqlite3_bind_text(who.s, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(who.s) == SQLITE_ROW) {
                e.handle = text(who.s, 0);
                e.name = text(who.s, 1);
                e.tier = text(who.s, 2);
                // A ledger entry may sum up weeks of answers; a week never holds more
                // than the member's last 30 days.
                e.score = std::min<qint64>(e.score, sqlite3_column_int64(who.s, 3));
                if (e.score > 0)
                    out << e;
            }
            sqlite3_reset(who.s);
        }
        std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) {
            return a.score != b.score ? a.score > b.score : a.handle < b.handle;
        });
        if (out.size() > limit)
            out.resize(limit);
    } else {
        while ((rc = sqlite3_step(s.s)) == SQLITE_ROW)
            out << Entry{text(s.s, 0), text(s.s, 1), text(s.s, 2), text(s.s, 3), sqlite3_column_int64(s.s, 4)};
    }
    if (rc != SQLITE_DONE) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return std::nullopt;
    }
    return out;
}

void LeaderboardModel::setBoard(Board board, Window window)
{
    if (board == m_board && window == m_window && !m_entries.isEmpty())
        return;
    m_board = board;
    m_window = window;
    reload();
}

void LeaderboardModel::reload()
{
    const quint64 generation = ++m_generation;
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
    const QString path = m_store->filePath();
    const Board board = m_board;
    const Window window = m_window;
    const int limit = m_limit;
    QPointer<LeaderboardModel> self(this);
    m_pool->start([=] {
        QString error;
        std::optional<QList<Entry>> entries;
        CacheConnection c(path, CacheConnection::Mode::ReadOnly);
        if (!c.isOpen())
            error = c.errorString();
        else
            entries = compute(c.handle(), board, window, QDateTime::currentDateTimeUtc(), limit, &error);
        QMetaObject::invokeMethod(qApp, [self, generation, entries, error] {
            if (!self || generation != self->m_generation)
                return;
            self->beginResetModel();
            self->m_entries = entries.value_or(QList<Entry>());
            self->endResetModel();
            self->m_loading = false;
            Q_EMIT self->loadingChanged(false);
            if (!entries)
                Q_EMIT self->failed(error);
        });
    });
}

int LeaderboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LeaderboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeaderboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case MemberIdRole: return e.memberId;
    case ScoreRole: return e.score;
    case Qt::ToolTipRole: return index.column() == ScoreColumn ? formula(m_board, m_window) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == RankColumn || index.column() == ScoreColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                              : QVariant();
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case RankColumn: {
        // Equal scores share a rank (1, 2, 2, 4).
        int rank = index.row();
        while (rank > 0 && m_entries.at(rank - 1).score == e.score)
            --rank;
        return rank + 1;
    }
    case HandleColumn: return e.handle;
    case NameColumn: return e.name;
    case TierColumn: return TierRuleSet::tierDisplayName(e.tier, e.tier);
    case ScoreColumn: return QLocale().toString(e.score);
    default: return {};
    }
}

QVariant LeaderboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == ScoreColumn)
        return formula(m_board, m_window);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn: return tr("#");
    case HandleColumn: return tr("Handle");
    case NameColumn: return tr("Name");
    case TierColumn: return tr("Tier");
    case ScoreColumn: return m_board == Board::Contribution ? tr("Points earned") : tr("Helpful answers");
    default: return {};
    }
}
