#include "targetlistmodel.h"

#include "cacheconnection.h"
#include "segments.h"
#include "store.h"
#include "storenotifier.h"
#include "tierruleset.h"

#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTimer>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {
const QString kColumns =
    u"m.rid, m.id, m.handle, m.display_name, m.tier, m.last_active_at, m.spend_total, s.segment, s.r_score, "
    "s.f_score, s.m_score, s.recency_days, s.frequency, s.monetary, s.activity_before, s.activity_30"_s;
}

namespace TargetListSql {
Query query(const TargetList &list, const QDateTime &now)
{
    Query q;
    switch (list.kind) {
    case TargetList::Kind::Segment:
        q.from = u" FROM member_segment s JOIN member m ON m.rid = s.member_rid"_s;
        q.where = u"s.segment = ?"_s;
        q.values << list.segment;
        q.keyColumns << u"s.member_rid"_s;
        break;
    case TargetList::Kind::ChurnRisk:
        q.from = u" FROM member_segment s JOIN member m ON m.rid = s.member_rid"_s;
        q.where = u"s.churn_risk = 1"_s;
        q.keyColumns << u"s.activity_before"_s << u"s.member_rid"_s;
        q.descending = true;
        break;
    case TargetList::Kind::Silent:
        q.from = u" FROM member m LEFT JOIN member_segment s ON s.member_rid = m.rid"_s;
        q.where = u"m.last_active_at < ? AND m.status <> 'banned'"_s;
        q.values << now.addDays(-qMax(1, list.silentDays)).toString(Qt::ISODate);
        q.keyColumns << u"m.last_active_at"_s << u"m.rid"_s;
        q.descending = true;
        break;
    }
    QStringList order;
    for (const QString &c : std::as_const(q.keyColumns))
        order << c + (q.descending ? u" DESC"_s : u" ASC"_s);
    q.order = order.join(u", "_s);
    return q;
}

qint64 exportCsv(const QString &cachePath, const TargetList &list, const QString &filePath, QString *error)
{
    CacheConnection c(cachePath, CacheConnection::Mode::ReadOnly);
    if (!c.isOpen()) {
        if (error)
            *error = c.errorString();
        return -1;
    }
    const Query q = query(list, QDateTime::currentDateTimeUtc());
    const QByteArray sql = QString(u"SELECT "_s + kColumns + q.from + u" WHERE "_s + q.where + u" ORDER BY "_s + q.order).toUtf8();
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(c.handle(), sql.constData(), -1, &s, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(c.handle()));
        return -1;
    }
    for (int i = 0; i < q.values.size(); ++i) {
        const QByteArray v = q.values.at(i).toString().toUtf8();
        sqlite3_bind_text(s, i + 1, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    }
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        sqlite3_finalize(s);
        if (error)
            *error = QCoreApplication::translate("TargetList", "Cannot write %1: %2").arg(filePath, file.errorString());
        return -1;
    }
    auto cell = [](QByteArray v) -> QByteArray {
        // Quoted when needed; a leading = + - @ is defused so a spreadsheet never runs it.
        if (!v.isEmpty() && (v.at(0) == '=' || v.at(0) == '+' || v.at(0) == '-' || v.at(0) == '@'))
            v.prepend('\'');
        if (v.contains(',') || v.contains('"') || v.contains('\n') || v.contains('\r'))
            return QByteArray('"' + v.replace("\"", "\"\"") + '"');
        return v;
    };
    file.write("\xEF\xBB\xBF");
    file.write("member_id,handle,display_name,tier,segment,r_score,f_score,m_score,last_active_at,spend_total,"
               "activity_before_per_month,activity_30\r\n");
    qint64 rows = 0;
    auto text = [s](int col) {
        return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s, col)), sqlite3_column_bytes(s, col));
    };
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        QByteArray line;
        line += cell(text(1)) + ',' + cell(text(2)) + ',' + cell(text(3)) + ',' + cell(text(4)) + ',' + cell(text(7)) + ','
            + text(8) + ',' + text(9) + ',' + text(10) + ',' + cell(text(5)) + ','
            + QByteArray::number(sqlite3_column_double(s, 6), 'f', 2) + ','
            + (sqlite3_column_type(s, 14) == SQLITE_NULL ? QByteArray() : QByteArray::number(sqlite3_column_double(s, 14), 'f', 2))
            + ',' + text(15) + "\r\n";
        file.write(line);
        ++rows;
    }
    const bool ok = rc == SQLITE_DONE;
    if (!ok && error)
        *error = QString::fromUtf8(sqlite3_errmsg(c.handle()));
    sqlite3_finalize(s);
    if (!ok) {
        file.cancelWriting();
        return -1;
    }
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("TargetList", "Cannot write %1: %2").arg(filePath, file.errorString());
        return -1;
    }
    return rows;
}
} // namespace TargetListSql

TargetListModel::TargetListModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    if (StoreNotifier *n = store->notifier()) {
        connect(n, &StoreNotifier::entitiesChanged, this, [this](const QStringList &entities) {
            if (entities.contains(u"member"_s))
                QTimer::singleShot(0, this, &TargetListModel::reload);
        });
    }
}

void TargetListModel::setList(const TargetList &list)
{
    m_list = list;
    reload();
}

QList<TargetListModel::Row> TargetListModel::fetch(int limit, const QVariantList &after) const
{
    const TargetListSql::Query q = TargetListSql::query(m_list, m_now);
    QString where = q.where;
    QVariantList values = q.values;
    if (after.size() == q.keyColumns.size()) {
        QStringList marks;
        for (qsizetype i = 0; i < after.size(); ++i)
            marks << u"?"_s;
        where += u" AND (%1) %2 (%3)"_s.arg(q.keyColumns.join(u", "_s), q.descending ? u"<"_s : u">"_s, marks.join(u", "_s));
        values << after;
    }
    QSqlQuery sql(m_store->database());
    sql.setForwardOnly(true);
    sql.prepare(u"SELECT "_s + kColumns + u", "_s + q.keyColumns.join(u", "_s) + q.from + u" WHERE "_s + where
                + u" ORDER BY "_s + q.order + u" LIMIT ?"_s);
    for (const QVariant &v : std::as_const(values))
        sql.addBindValue(v);
    sql.addBindValue(limit);
    QList<Row> rows;
    if (!sql.exec())
        return rows;
    while (sql.next()) {
        Row r;
        r.rid = sql.value(0).toLongLong();
        r.id = sql.value(1).toString();
        r.handle = sql.value(2).toString();
        r.name = sql.value(3).toString();
        r.tier = sql.value(4).toString();
        r.lastActive = sql.value(5).toString();
        r.spend = sql.value(6).toDouble();
        r.scored = !sql.value(7).isNull();
        r.segment = sql.value(7).toString();
        r.r = sql.value(8).toInt();
        r.f = sql.value(9).toInt();
        r.m = sql.value(10).toInt();
        r.recencyDays = sql.value(11).toLongLong();
        r.frequency = sql.value(12).toLongLong();
        r.monetary = sql.value(13).toDouble();
        r.before = sql.value(14).isNull() ? -1.0 : sql.value(14).toDouble();
        r.recent = sql.value(15).toLongLong();
        for (qsizetype k = 0; k < q.keyColumns.size(); ++k)
            r.key << sql.value(16 + int(k));
        rows << r;
    }
    return rows;
}

qint64 TargetListModel::count() const
{
    return std::max<qint64>(0, count(m_store->database(), m_list, m_now));
}

qint64 TargetListModel::count(const QSqlDatabase &db, const TargetList &list, const QDateTime &now)
{
    const TargetListSql::Query q = TargetListSql::query(list, now);
    QSqlQuery sql(db);
    // The silent list needs no join to be counted; the index on last_active_at answers.
    const QString from = list.kind == TargetList::Kind::Silent ? u" FROM member m"_s : q.from;
    sql.prepare(u"SELECT count(*)"_s + from + u" WHERE "_s + q.where);
    for (const QVariant &v : q.values)
        sql.addBindValue(v);
    return sql.exec() && sql.next() ? sql.value(0).toLongLong() : -1;
}

void TargetListModel::reload()
{
    m_now = QDateTime::currentDateTimeUtc();
    m_fetching = true; // views (and the model tester) may ask for more while we reset
    beginResetModel();
    m_rows = fetch(m_pageSize, {});
    m_atEnd = m_rows.size() < m_pageSize;
    endResetModel();
    m_fetching = false;
}

int TargetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TargetListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TargetListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void TargetListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    const QList<Row> more = fetch(m_pageSize, m_rows.constLast().key);
    m_atEnd = more.size() < m_pageSize;
    if (more.isEmpty())
        return;
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
    m_fetching = false;
}

QVariant TargetListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows.at(index.row());
    const QLocale locale;
    const QString why = r.scored ? Segments::why(r.segment, r.r, r.f, r.m, r.recencyDays, r.frequency, r.monetary)
                                 : QCoreApplication::translate("TargetList", "Not scored yet: segments are computed after a sync.");
    switch (role) {
    case MemberIdRole: return r.id;
    case RidRole: return r.rid;
    case WhyRole: return why;
    case Qt::ToolTipRole:
        if (index.column() == WhyColumn || index.column() == ScoresColumn || index.column() == SegmentColumn)
            return why;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SpendColumn || index.column() == BeforeColumn || index.column() == RecentColumn
            || index.column() == ChangeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case HandleColumn: return r.handle;
    case NameColumn: return r.name;
    case TierColumn: return TierRuleSet::tierDisplayName(r.tier, r.tier);
    case SegmentColumn: return r.scored ? Segments::name(r.segment) : QString();
    case ScoresColumn: return r.scored ? u"R%1 F%2 M%3"_s.arg(r.r).arg(r.f).arg(r.m) : QString();
    case LastActiveColumn: {
        const QDateTime t = QDateTime::fromString(r.lastActive, Qt::ISODate);
        return t.isValid() ? locale.toString(t.toLocalTime().date(), QLocale::ShortFormat) : QString();
    }
    case SpendColumn: return locale.toString(r.spend, 'f', 2);
    case BeforeColumn: return r.before >= 0 ? locale.toString(r.before, 'f', 1) : QString();
    case RecentColumn: return r.scored ? locale.toString(r.recent) : QString();
    case ChangeColumn:
        if (r.before > 0)
            return u"%1%"_s.arg(locale.toString(100.0 * (double(r.recent) - r.before) / r.before, 'f', 0));
        return {};
    case WhyColumn: return why;
    default: return {};
    }
}

QVariant TargetListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case BeforeColumn:
            return tr("Posts + helpful answers a month, on average, before the last 30 days: "
                      "(posts_total − posts_30 + helpful_answers_total − helpful_answers_30) ÷ (tenure in months − 1)");
        case RecentColumn: return tr("Posts + helpful answers in the last 30 days (posts_30 + helpful_answers_30)");
        case ChangeColumn: return tr("The last 30 days against the earlier monthly average");
        case ScoresColumn: return tr("Recency, frequency and monetary quintile scores, 1 (lowest fifth) to 5 (highest fifth)");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HandleColumn: return tr("Handle");
    case NameColumn: return tr("Name");
    case TierColumn: return tr("Tier");
    case SegmentColumn: return tr("Segment");
    case ScoresColumn: return tr("RFM");
    case LastActiveColumn: return tr("Last active");
    case SpendColumn: return tr("Spend");
    case BeforeColumn: return tr("Before (a month)");
    case RecentColumn: return tr("Last 30 days");
    case ChangeColumn: return tr("Change");
    case WhyColumn: return tr("Why");
    default: return {};
    }
}
