#include "feedbackqueuemodel.h"

#include "moderationfilter.h"
#include "store.h"
#include "storenotifier.h"
#include "localeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kDueSoonSecs = 4 * 3600;
// Unanswered first (0), then answered (1), then resolved (2); within each, by due time.
const QString kRank = u"(CASE f.status WHEN 'open' THEN 0 WHEN 'answered' THEN 1 ELSE 2 END)"_s;
const QString kPending = u"EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'feedback' AND o.entity_id = f.id)"_s;

QString duration(qint64 secs)
{
    secs = qAbs(secs);
    const qint64 minutes = secs / 60;
    if (minutes < 60)
        return FeedbackQueueModel::tr("%n min", nullptr, int(qMax<qint64>(1, minutes)));
    const qint64 hours = minutes / 60;
    if (hours < 48) {
        const qint64 rest = minutes % 60;
        return rest ? FeedbackQueueModel::tr("%1 h %2 min").arg(hours).arg(rest) : FeedbackQueueModel::tr("%1 h").arg(hours);
    }
    return FeedbackQueueModel::tr("%n d", nullptr, int(hours / 24));
}
} // namespace

FeedbackQueueModel::FeedbackQueueModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    if (StoreNotifier *n = store->notifier()) {
        const auto queue = [this] {
            if (m_refreshQueued)
                return;
            m_refreshQueued = true;
            QTimer::singleShot(0, this, [this] {
                if (m_refreshQueued)
                    refresh();
            });
        };
        connect(n, &StoreNotifier::entitiesChanged, this, [queue](const QStringList &entities) {
            if (entities.contains(u"feedback"_s) || entities.contains(u"member"_s))
                queue();
        });
        connect(n, &StoreNotifier::outboxChanged, this, queue);
    }
    reload();
}

QString FeedbackQueueModel::describeTarget(const QDateTime &due, const QDateTime &created, const QDateTime &firstReply,
                                           const QDateTime &now, TargetState *state)
{
    TargetState s = TargetState::OnTime;
    QString text;
    if (firstReply.isValid()) {
        const bool late = due.isValid() && firstReply > due;
        s = late ? TargetState::MetLate : TargetState::Met;
        const qint64 took = created.isValid() ? created.secsTo(firstReply) : 0;
        text = late ? tr("Answered after %1").arg(duration(took)) : tr("Answered in %1").arg(duration(took));
    } else if (!due.isValid()) {
        text = QString();
    } else {
        const qint64 left = now.secsTo(due);
        if (left < 0) {
            s = TargetState::Overdue;
            text = tr("Overdue by %1").arg(duration(left));
        } else {
            s = left < kDueSoonSecs ? TargetState::DueSoon : TargetState::OnTime;
            text = tr("%1 left").arg(duration(left));
        }
    }
    if (state)
        *state = s;
    return text;
}

void FeedbackQueueModel::setStatuses(const QStringList &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    reload();
}

void FeedbackQueueModel::setNow(const QDateTime &now)
{
    m_fixedNow = now;
    refresh();
}

QDateTime FeedbackQueueModel::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

QList<FeedbackQueueModel::Row> FeedbackQueueModel::fetchRows(int limit, const QVariantList &after) const
{
    const QList<SqlSortKey> keys{{kRank, false}, {u"COALESCE(f.due_at, '')"_s, false}, {u"f.rid"_s, false}};
    SqlCondition w;
    if (!m_statuses.isEmpty()) {
        QStringList marks;
        for (const QString &s : m_statuses) {
            marks << u"?"_s;
            w.values << s;
        }
        w.sql = u"f.status IN (%1)"_s.arg(marks.join(u", "_s));
    }
    if (after.size() == keys.size())
        w = w && rowsAfter(keys, after);
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT f.id, f.member_id, a.display_name, a.tier, f.subject, f.category, f.priority, f.status, "
              "f.created_at, f.due_at, f.first_reply_at, f.replies, %1, %2, COALESCE(f.due_at, ''), f.rid "
              "FROM feedback f LEFT JOIN member a ON a.id = f.member_id%3 "
              "ORDER BY %2, COALESCE(f.due_at, ''), f.rid LIMIT ?"_s.arg(kPending, kRank, w.where()));
    for (const QVariant &v : std::as_const(w.values))
        q.addBindValue(v);
    q.addBindValue(limit);
    QList<Row> rows;
    if (!q.exec())
        return rows;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toString();
        r.memberId = q.value(1).toString();
        r.memberName = q.value(2).toString();
        r.memberTier = q.value(3).toString();
        r.subject = q.value(4).toString().simplified();
        r.category = q.value(5).toString();
        r.priority = q.value(6).toString();
        r.status = q.value(7).toString();
        r.createdAt = q.value(8).toString();
        r.dueAt = q.value(9).toString();
        r.firstReplyAt = q.value(10).toString();
        r.replies = int(QJsonDocument::fromJson(q.value(11).toString().toUtf8()).array().size());
        r.pendingSync = q.value(12).toBool();
        r.sortKey = {q.value(13), q.value(14), q.value(15)};
        rows.append(std::move(r));
    }
    return rows;
}

void FeedbackQueueModel::reload()
{
    m_refreshQueued = false;
    m_fetching = true;
    beginResetModel();
    m_rows = fetchRows(m_pageSize);
    m_atEnd = m_rows.size() < m_pageSize;
    endResetModel();
    m_fetching = false;
}

void FeedbackQueueModel::refresh()
{
    m_refreshQueued = false;
    const int limit = qMax(m_pageSize, int(m_rows.size()));
    QList<Row> fresh = fetchRows(limit);
    bool sameIds = fresh.size() == m_rows.size();
    for (int i = 0; sameIds && i < fresh.size(); ++i)
        sameIds = fresh.at(i).id == m_rows.at(i).id;
    if (!sameIds) {
        m_fetching = true;
        beginResetModel();
        m_rows = std::move(fresh);
        m_atEnd = m_rows.size() < limit;
        endResetModel();
        m_fetching = false;
        return;
    }
    m_rows = std::move(fresh);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

bool FeedbackQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void FeedbackQueueModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_fetching || m_rows.isEmpty())
        return;
    const QList<Row> more = fetchRows(m_pageSize, m_rows.constLast().sortKey);
    m_atEnd = more.size() < m_pageSize;
    if (more.isEmpty())
        return;
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
    m_fetching = false;
}

qint64 FeedbackQueueModel::count() const
{
    QSqlQuery q(m_store->database());
    QString sql = u"SELECT count(*) FROM feedback f"_s;
    if (!m_statuses.isEmpty()) {
        QStringList marks(m_statuses.size(), u"?"_s);
        sql += u" WHERE f.status IN (%1)"_s.arg(marks.join(u", "_s));
    }
    q.prepare(sql);
    for (const QString &s : m_statuses)
        q.addBindValue(s);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 FeedbackQueueModel::overdueCount() const
{
    QSqlQuery q(m_store->database());
    q.prepare(u"SELECT count(*) FROM feedback WHERE status = 'open' AND (first_reply_at IS NULL OR first_reply_at = '') "
              "AND due_at < ?"_s);
    q.addBindValue(now().toUTC().toString(Qt::ISODate));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

int FeedbackQueueModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

QString FeedbackQueueModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int FeedbackQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FeedbackQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedbackQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    TargetState state = TargetState::OnTime;
    const QString target = describeTarget(QDateTime::fromString(r.dueAt, Qt::ISODate),
                                          QDateTime::fromString(r.createdAt, Qt::ISODate),
                                          QDateTime::fromString(r.firstReplyAt, Qt::ISODate), now(), &state);
    switch (role) {
    case IdRole: return r.id;
    case TargetStateRole: return QVariant::fromValue(state);
    case DueAtRole: return QDateTime::fromString(r.dueAt, Qt::ISODate);
    case StatusRole: return r.status;
    case PendingSyncRole: return r.pendingSync;
    case PriorityRole: return r.priority;
    case Qt::ToolTipRole:
        if (index.column() == DueColumn && !r.dueAt.isEmpty())
            return tr("Due %1").arg(LocaleFormat::dateTime(QDateTime::fromString(r.dueAt, Qt::ISODate).toLocalTime()));
        return index.column() == SubjectColumn ? QVariant(r.subject) : QVariant();
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case DueColumn: return target;
    case PriorityColumn: return r.priority == u"high"_s ? tr("High") : tr("Normal");
    case MemberColumn: {
        const QString name = r.memberName.isEmpty() ? r.memberId : r.memberName;
        return r.memberTier.isEmpty() ? name : name + u" · "_s + r.memberTier;
    }
    case SubjectColumn: return r.subject;
    case CategoryColumn:
        if (r.category == u"bug") return tr("Bug");
        if (r.category == u"suggestion") return tr("Suggestion");
        if (r.category == u"complaint") return tr("Complaint");
        if (r.category == u"question") return tr("Question");
        return r.category;
    case StatusColumn:
        if (r.status == u"open") return tr("Open");
        if (r.status == u"answered") return tr("Answered");
        if (r.status == u"resolved") return tr("Resolved");
        return r.status;
    case RepliesColumn: return r.replies;
    case SyncColumn: return r.pendingSync ? tr("Pending sync") : QString();
    default: return {};
    }
}

QVariant FeedbackQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DueColumn: return tr("Response target");
    case PriorityColumn: return tr("Priority");
    case MemberColumn: return tr("Member");
    case SubjectColumn: return tr("Subject");
    case CategoryColumn: return tr("Category");
    case StatusColumn: return tr("Status");
    case RepliesColumn: return tr("Replies");
    case SyncColumn: return tr("Sync");
    default: return {};
    }
}
