#include "moderationqueuemodel.h"

#include "moderationfacets.h"
#include "store.h"
#include "storenotifier.h"
#include "localeformat.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr auto pendingSync = "EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'moderation_item' AND o.entity_id = m.id)";
constexpr int excerptChars = 160;

QStringList jsonStrings(const QString &json)
{
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : a)
        out << v.toString();
    return out;
}

QStringList reportReasons(const QString &json)
{
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : a) {
        const QString reason = v.toObject().value(u"reason"_s).toString();
        if (!reason.isEmpty() && !out.contains(reason))
            out << reason;
    }
    return out;
}
} // namespace

ModerationQueueModel::ModerationQueueModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    if (StoreNotifier *n = store->notifier()) {
        connect(n, &StoreNotifier::entitiesChanged, this, [this](const QStringList &entities) {
            if (entities.contains(u"moderation_item"_s) || entities.contains(u"member"_s))
                scheduleRefresh();
        });
        connect(n, &StoreNotifier::outboxChanged, this, &ModerationQueueModel::scheduleRefresh);
        connect(n, &StoreNotifier::profileChanged, this, &ModerationQueueModel::reload);
    }
    reload();
}

void ModerationQueueModel::setFilter(const ModerationFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

QList<SqlSortKey> ModerationQueueModel::sortKeys() const
{
    const SqlSortKey oldestFirst{u"COALESCE(m.created_at, '')"_s, false};
    const SqlSortKey rid{u"m.rid"_s, false};
    if (m_sortColumn < 0)
        return {{u"COALESCE(m.ai_score, -1)"_s, true}, {u"COALESCE(m.report_count, 0)"_s, true}, oldestFirst, rid};
    const bool desc = m_sortOrder == Qt::DescendingOrder;
    QString expr;
    switch (m_sortColumn) {
    case AgeColumn: // ascending age: youngest first
        return {{oldestFirst.expr, !desc}, {rid.expr, !desc}};
    case KindColumn: expr = u"COALESCE(m.kind, '')"_s; break;
    case ExcerptColumn: expr = u"COALESCE(NULLIF(m.title, ''), m.body, '')"_s; break;
    case AuthorColumn: expr = u"COALESCE(a.display_name, m.author_id, '')"_s; break;
    case AiScoreColumn: expr = u"COALESCE(m.ai_score, -1)"_s; break;
    case LabelsColumn: expr = u"COALESCE(m.ai_labels, '')"_s; break;
    case ReportsColumn: expr = u"COALESCE(m.report_count, 0)"_s; break;
    case StatusColumn: expr = u"COALESCE(m.status, '')"_s; break;
    case ClaimedByColumn: expr = u"COALESCE(m.claimed_by, '')"_s; break;
    case PendingSyncColumn: expr = QLatin1StringView(pendingSync); break;
    default: return {rid};
    }
    return {{expr, desc}, oldestFirst, rid};
}

QList<ModerationQueueModel::Row> ModerationQueueModel::fetchRows(int limit, const QVariantList &after) const
{
    // Two stages: the inner query sorts only row ids (and keys), then the page's rows are
    // joined; keyset paging instead of OFFSET keeps the last page as cheap as the first.
    const QList<SqlSortKey> keys = sortKeys();
    QStringList order, keyColumns;
    for (const SqlSortKey &k : keys) {
        order << k.expr + (k.descending ? u" DESC"_s : u" ASC"_s);
        keyColumns << k.expr;
    }
    SqlCondition w = m_filter.condition(m_actor, m_now);
    if (after.size() == keys.size())
        w = w && rowsAfter(keys, after);
    const QString orderBy = order.join(u", "_s);
    const bool needsAuthor = m_sortColumn == AuthorColumn;
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT m.id, m.version, m.kind, m.author_id, a.display_name, a.tier, m.board, m.language, "
              "m.title, substr(COALESCE(NULLIF(m.title, ''), m.body), 1, %1), m.status, m.claimed_by, "
              "m.created_at, m.claim_expires_at, m.ai_labels, m.reports, m.ai_score, m.report_count, m.held, %2, %3 "
              "FROM (SELECT m.rid FROM moderation_item m%4%5 ORDER BY %6 LIMIT ?) page "
              "JOIN moderation_item m ON m.rid = page.rid LEFT JOIN member a ON a.id = m.author_id ORDER BY %6"_s
                  .arg(QString::number(excerptChars), QLatin1StringView(pendingSync), keyColumns.join(u", "_s),
                       needsAuthor ? u" LEFT JOIN member a ON a.id = m.author_id"_s : QString(), w.where(), orderBy));
    for (const QVariant &v : std::as_const(w.values))
        q.addBindValue(v);
    q.addBindValue(limit);
    QList<Row> rows;
    if (!q.exec())
        return rows;
    rows.reserve(limit);
    while (q.next()) {
        Row r;
        r.id = q.value(0).toString();
        r.version = q.value(1).toLongLong();
        r.kind = q.value(2).toString();
        r.authorId = q.value(3).toString();
        r.authorName = q.value(4).toString();
        r.authorTier = q.value(5).toString();
        r.board = q.value(6).toString();
        r.language = q.value(7).toString();
        r.title = q.value(8).toString();
        r.excerpt = q.value(9).toString().simplified();
        r.status = q.value(10).toString();
        r.claimedBy = q.value(11).toString();
        r.createdAt = q.value(12).toString();
        r.claimExpiresAt = q.value(13).toString();
        r.labels = jsonStrings(q.value(14).toString());
        r.reportReasons = reportReasons(q.value(15).toString());
        r.aiScore = q.value(16).toDouble();
        r.reportCount = q.value(17).toInt();
        r.held = q.value(18).toBool();
        r.pendingSync = q.value(19).toBool();
        for (int k = 0; k < keys.size(); ++k)
            r.sortKey << q.value(20 + k);
        rows.append(std::move(r));
    }
    return rows;
}

qint64 ModerationQueueModel::count(const ModerationFilter &filter) const
{
    const SqlCondition w = filter.condition(m_actor, m_now);
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT COUNT(*) FROM moderation_item m"_s + w.where());
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

void ModerationQueueModel::reload()
{
    m_refreshQueued = false;
    m_actor = m_store->actor();
    m_now = QDateTime::currentDateTimeUtc();
    m_fetching = true;
    beginResetModel();
    m_rows = fetchRows(m_pageSize);
    m_atEnd = m_rows.size() < m_pageSize;
    endResetModel();
    m_fetching = false;
}

void ModerationQueueModel::scheduleRefresh()
{
    // A sync pulls page after page and a decision reports both the entity and the
    // outbox: one refresh per event-loop turn is enough.
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        if (m_refreshQueued)
            refresh();
    });
}

void ModerationQueueModel::refresh()
{
    m_refreshQueued = false;
    m_actor = m_store->actor();
    m_now = QDateTime::currentDateTimeUtc();
    const int limit = qMax(m_pageSize, int(m_rows.size()));
    QList<Row> fresh = fetchRows(limit);
    QHash<QString, int> freshIndex;
    freshIndex.reserve(fresh.size());
    for (int i = 0; i < fresh.size(); ++i)
        freshIndex.insert(fresh.at(i).id, i);

    // Rows keep their place when the change only removed rows and appended others
    // (a decision under a "pending" filter); anything else is a reset.
    QList<int> kept; // old rows still present, in order
    bool inPlace = true;
    for (int i = 0; i < m_rows.size() && inPlace; ++i) {
        const auto it = freshIndex.constFind(m_rows.at(i).id);
        if (it == freshIndex.cend())
            continue;
        inPlace = *it == kept.size();
        kept << i;
    }
    if (!inPlace) {
        m_fetching = true;
        beginResetModel();
        m_rows = std::move(fresh);
        m_atEnd = m_rows.size() < limit;
        endResetModel();
        m_fetching = false;
        return;
    }
    m_fetching = true;
    // Remove the rows that left, from the bottom, one contiguous range at a time.
    for (int i = int(m_rows.size()) - 1; i >= 0;) {
        if (freshIndex.contains(m_rows.at(i).id)) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !freshIndex.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, i);
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }
    for (int i = 0; i < m_rows.size(); ++i)
        m_rows[i] = fresh.at(i);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    if (fresh.size() > m_rows.size()) {
        beginInsertRows({}, int(m_rows.size()), int(fresh.size()) - 1);
        for (qsizetype i = m_rows.size(); i < fresh.size(); ++i)
            m_rows.append(fresh.at(i));
        endInsertRows();
    }
    m_atEnd = fresh.size() < limit;
    m_fetching = false;
}

void ModerationQueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        resetSort();
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void ModerationQueueModel::resetSort()
{
    m_sortColumn = -1;
    m_sortOrder = Qt::AscendingOrder;
    reload();
}

bool ModerationQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void ModerationQueueModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    const QList<Row> more = fetchRows(m_pageSize, m_rows.isEmpty() ? QVariantList() : m_rows.constLast().sortKey);
    m_atEnd = more.size() < m_pageSize;
    if (more.isEmpty())
        return;
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
    m_fetching = false;
}

int ModerationQueueModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

QString ModerationQueueModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int ModerationQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ModerationQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ModerationQueueModel::displayText(const Row &r, int column) const
{
    switch (column) {
    case AgeColumn: {
        const QDateTime created = QDateTime::fromString(r.createdAt, Qt::ISODate);
        if (!created.isValid())
            return {};
        const qint64 minutes = qMax<qint64>(0, created.secsTo(m_now) / 60);
        if (minutes < 60)
            return tr("%1 min").arg(minutes);
        if (minutes < 48 * 60)
            return tr("%1 h").arg(minutes / 60);
        return tr("%1 d").arg(minutes / (24 * 60));
    }
    case KindColumn:
        if (r.kind == u"post"_s) return tr("Post");
        if (r.kind == u"comment"_s) return tr("Comment");
        if (r.kind == u"profile"_s) return tr("Profile");
        return r.kind;
    case ExcerptColumn: return r.excerpt;
    case AuthorColumn: {
        const QString name = r.authorName.isEmpty() ? r.authorId : r.authorName;
        return r.authorTier.isEmpty() ? name : name + u" · "_s + ModerationFacets::tierName(r.authorTier);
    }
    case AiScoreColumn: return QLocale().toString(r.aiScore, 'f', 2);
    case LabelsColumn: return r.labels.join(u", "_s);
    case ReportsColumn:
        if (r.reportCount == 0)
            return {};
        return r.reportReasons.isEmpty() ? QString::number(r.reportCount)
                                         : u"%1 (%2)"_s.arg(r.reportCount).arg(r.reportReasons.join(u", "_s));
    case StatusColumn:
        if (r.status == u"pending"_s) return tr("Pending");
        if (r.status == u"approved"_s) return tr("Approved");
        if (r.status == u"rejected"_s) return tr("Rejected");
        if (r.status == u"escalated"_s) return tr("Escalated");
        return r.status;
    case ClaimedByColumn: {
        if (r.claimedBy.isEmpty())
            return {};
        const QDateTime until = QDateTime::fromString(r.claimExpiresAt, Qt::ISODate);
        if (!until.isValid())
            return r.claimedBy;
        if (until <= m_now)
            return {}; // expired: free to take
        return tr("%1 until %2").arg(r.claimedBy, LocaleFormat::time(until.toLocalTime().time()));
    }
    case PendingSyncColumn: return r.pendingSync ? tr("Pending sync") : QString();
    default: return {};
    }
}

QVariant ModerationQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayText(r, index.column());
    case Qt::ToolTipRole: return index.column() == ExcerptColumn ? QVariant(r.excerpt) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == AiScoreColumn || index.column() == AgeColumn
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case IdRole: return r.id;
    case VersionRole: return r.version;
    case StatusRole: return r.status;
    case AiScoreRole: return r.aiScore;
    case AiLabelsRole: return r.labels;
    case ReportCountRole: return r.reportCount;
    case ReportReasonsRole: return r.reportReasons;
    case KindRole: return r.kind;
    case AuthorIdRole: return r.authorId;
    case AuthorTierRole: return r.authorTier;
    case BoardRole: return r.board;
    case LanguageRole: return r.language;
    case CreatedAtRole: return QDateTime::fromString(r.createdAt, Qt::ISODate);
    case ClaimedByRole: return r.claimedBy;
    case ClaimExpiresAtRole: return QDateTime::fromString(r.claimExpiresAt, Qt::ISODate);
    case HeldRole: return r.held;
    case PendingSyncRole: return r.pendingSync;
    case TitleRole: return r.title;
    case ClaimedByMeRole: return !r.claimedBy.isEmpty() && r.claimedBy == m_actor;
    default: return {};
    }
}

QVariant ModerationQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AgeColumn: return tr("Age");
    case KindColumn: return tr("Kind");
    case ExcerptColumn: return tr("Excerpt");
    case AuthorColumn: return tr("Author");
    case AiScoreColumn: return tr("AI score");
    case LabelsColumn: return tr("Labels");
    case ReportsColumn: return tr("Reports");
    case StatusColumn: return tr("Status");
    case ClaimedByColumn: return tr("Claimed by");
    case PendingSyncColumn: return tr("Sync");
    default: return {};
    }
}

QHash<int, QByteArray> ModerationQueueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    const std::pair<int, QByteArray> own[] = {
        {IdRole, "itemId"}, {VersionRole, "version"}, {StatusRole, "status"}, {AiScoreRole, "aiScore"},
        {AiLabelsRole, "aiLabels"}, {ReportCountRole, "reportCount"}, {ReportReasonsRole, "reportReasons"},
        {KindRole, "kind"}, {AuthorIdRole, "authorId"}, {AuthorTierRole, "authorTier"}, {BoardRole, "board"},
        {LanguageRole, "language"}, {CreatedAtRole, "createdAt"}, {ClaimedByRole, "claimedBy"},
        {ClaimExpiresAtRole, "claimExpiresAt"}, {HeldRole, "held"}, {PendingSyncRole, "pendingSync"},
        {TitleRole, "title"}, {ClaimedByMeRole, "claimedByMe"}};
    for (const auto &[role, name] : own)
        names.insert(role, name);
    return names;
}
