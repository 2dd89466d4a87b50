#include "memberlistmodel.h"

#include "store.h"
#include "storenotifier.h"
#include "localeformat.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>
#include <functional>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

struct MemberQueryTask {
    enum Kind { Reset, Append, Refresh, Count };
    quint64 generation = 0;
    Kind kind = Reset;
    MemberFilter filter;
    MemberSort sort;
    int limit = 0;
    MemberPageKey after;
};

struct MemberQueryResult {
    quint64 generation = 0;
    MemberQueryTask::Kind kind = MemberQueryTask::Reset;
    int limit = 0;
    QList<MemberRow> rows;
    MemberPageKey last;
    bool atEnd = true;
    qint64 count = -1;
    QString error;
};

namespace {
MemberQueryResult execute(const QSqlDatabase &db, const MemberQueryTask &t)
{
    MemberQueryResult r;
    r.generation = t.generation;
    r.kind = t.kind;
    r.limit = t.limit;
    MemberPageQuery query(db, t.filter, t.sort);
    if (t.kind == MemberQueryTask::Count) {
        r.count = query.count(&r.error);
        return r;
    }
    if (!query.page(t.limit, t.after, &r.rows, &r.last, &r.atEnd, &r.error))
        r.rows.clear();
    if (!r.last.valid)
        r.last = t.after;
    return r;
}
} // namespace

// Runs tasks on its own thread and connection. A task older than the model's latest
// generation is skipped; a running one is interrupted (sqlite3_interrupt is the one
// SQLite call meant to be made from another thread).
class MemberQueryWorker final : public QObject
{
public:
    using Deliver = std::function<void(const MemberQueryResult &)>;
    MemberQueryWorker(QString path, std::shared_ptr<std::atomic<quint64>> latest, Deliver deliver)
        : m_path(std::move(path)), m_latest(std::move(latest)), m_deliver(std::move(deliver)) {}
    ~MemberQueryWorker() override
    {
        m_handle.store(nullptr);
        m_connection.reset();
    }

    void run(const MemberQueryTask &task)
    {
        if (task.generation < m_latest->load())
            return; // superseded while it waited
        if (!m_connection) {
            m_connection = std::make_unique<MemberReadConnection>(m_path);
            m_handle.store(m_connection->handle());
        }
        MemberQueryResult result;
        if (!m_connection->isOpen()) {
            result.generation = task.generation;
            result.kind = task.kind;
            result.error = m_connection->errorString();
        } else {
            m_running.store(task.generation);
            result = execute(m_connection->database(), task);
            m_running.store(0);
        }
        if (task.generation >= m_latest->load())
            m_deliver(result);
    }

    // From the GUI thread: stop a query of an older generation.
    void interruptOlderThan(quint64 generation)
    {
        const quint64 running = m_running.load();
        if (running != 0 && running < generation) {
            if (sqlite3 *h = m_handle.load())
                sqlite3_interrupt(h);
        }
    }

private:
    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    Deliver m_deliver;
    std::unique_ptr<MemberReadConnection> m_connection;
    std::atomic<sqlite3 *> m_handle{nullptr};
    std::atomic<quint64> m_running{0};
};

MemberListModel::MemberListModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    const QString path = store->filePath();
    if (!path.isEmpty() && path != u":memory:"_s) {
        const auto deliver = [this](const MemberQueryResult &r) {
            QMetaObject::invokeMethod(this, [this, r] { apply(r); }, Qt::QueuedConnection);
        };
        m_pageWorker = new MemberQueryWorker(path, m_latest, deliver);
        m_countWorker = new MemberQueryWorker(path, m_latest, deliver);
        m_pageWorker->moveToThread(&m_pageThread);
        m_countWorker->moveToThread(&m_countThread);
        connect(&m_pageThread, &QThread::finished, m_pageWorker, &QObject::deleteLater);
        connect(&m_countThread, &QThread::finished, m_countWorker, &QObject::deleteLater);
        m_pageThread.setObjectName(u"member-pages"_s);
        m_countThread.setObjectName(u"member-count"_s);
        m_pageThread.start();
        m_countThread.start();
    }
    if (StoreNotifier *n = store->notifier()) {
        connect(n, &StoreNotifier::entitiesChanged, this, [this](const QStringList &entities) {
            if (entities.contains(u"member"_s) || entities.contains(u"tier"_s))
                scheduleRefresh();
        });
        connect(n, &StoreNotifier::outboxChanged, this, &MemberListModel::scheduleRefresh);
    }
    reload();
}

MemberListModel::~MemberListModel()
{
    if (!m_pageWorker)
        return;
    m_latest->store(std::numeric_limits<quint64>::max());
    m_pageWorker->interruptOlderThan(std::numeric_limits<quint64>::max());
    m_countWorker->interruptOlderThan(std::numeric_limits<quint64>::max());
    m_pageThread.quit();
    m_countThread.quit();
    m_pageThread.wait();
    m_countThread.wait();
}

void MemberListModel::post(MemberQueryTask task)
{
    task.filter = m_filter;
    task.sort = m_sort;
    task.generation = m_generation;
    if (!m_pageWorker) {
        apply(execute(m_store->database(), task));
        return;
    }
    MemberQueryWorker *w = task.kind == MemberQueryTask::Count ? m_countWorker : m_pageWorker;
    QMetaObject::invokeMethod(w, [w, task] { w->run(task); }, Qt::QueuedConnection);
}

void MemberListModel::setFilter(const MemberFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void MemberListModel::reload()
{
    m_refreshQueued = false;
    ++m_generation;
    m_latest->store(m_generation);
    if (m_pageWorker) {
        m_pageWorker->interruptOlderThan(m_generation);
        m_countWorker->interruptOlderThan(m_generation);
    }
    m_appending = false;
    setLoading(true);
    if (m_count != -1) {
        m_count = -1;
        Q_EMIT matchCountChanged(m_count);
    }
    MemberQueryTask page;
    page.kind = MemberQueryTask::Reset;
    page.limit = m_pageSize;
    post(page);
    MemberQueryTask count;
    count.kind = MemberQueryTask::Count;
    post(count);
}

void MemberListModel::scheduleRefresh()
{
    // A sync stores page after page: one refresh per quarter second is plenty.
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(m_pageWorker ? 250 : 0, this, [this] {
        if (m_refreshQueued)
            refresh();
    });
}

void MemberListModel::refresh()
{
    m_refreshQueued = false;
    MemberQueryTask page;
    page.kind = MemberQueryTask::Refresh;
    page.limit = qMax(m_pageSize, int(m_rows.size()));
    post(page);
    MemberQueryTask count;
    count.kind = MemberQueryTask::Count;
    post(count);
}

void MemberListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void MemberListModel::apply(const MemberQueryResult &r)
{
    if (r.generation != m_generation)
        return;
    if (r.kind == MemberQueryTask::Count) {
        if (r.error.isEmpty() && r.count != m_count) {
            m_count = r.count;
            Q_EMIT matchCountChanged(m_count);
        }
        return;
    }
    if (!r.error.isEmpty()) {
        if (r.kind != MemberQueryTask::Refresh) {
            m_appending = false;
            setLoading(false);
            Q_EMIT loadFailed(r.error);
            Q_EMIT pageLoaded();
        }
        return;
    }
    switch (r.kind) {
    case MemberQueryTask::Reset:
        m_inReset = true;
        beginResetModel();
        m_rows = r.rows;
        m_last = r.last;
        m_atEnd = r.atEnd;
        endResetModel();
        m_inReset = false;
        setLoading(false);
        Q_EMIT pageLoaded();
        break;
    case MemberQueryTask::Append:
        m_atEnd = r.atEnd;
        if (!r.rows.isEmpty()) {
            // Views (and the model tester) ask for more from inside the insert signals:
            // the next page must start after these rows, and only once they are in.
            m_inReset = true;
            m_last = r.last;
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + r.rows.size() - 1));
            m_rows += r.rows;
            endInsertRows();
            m_inReset = false;
        }
        m_appending = false;
        Q_EMIT pageLoaded();
        break;
    case MemberQueryTask::Refresh: {
        if (m_loading || m_appending)
            return; // a newer read is on its way and will show the same
        bool samePrefix = r.rows.size() <= m_rows.size();
        for (qsizetype i = 0; samePrefix && i < r.rows.size(); ++i)
            samePrefix = r.rows.at(i).rid == m_rows.at(i).rid;
        if (samePrefix && (r.rows.size() == m_rows.size() || r.rows.size() == r.limit)) {
            for (qsizetype i = 0; i < r.rows.size(); ++i)
                m_rows[i] = r.rows.at(i);
            if (!r.rows.isEmpty())
                Q_EMIT dataChanged(index(0, 0), index(int(r.rows.size()) - 1, ColumnCount - 1));
            if (r.rows.size() == m_rows.size())
                m_atEnd = r.atEnd;
        } else {
            m_inReset = true;
            beginResetModel();
            m_rows = r.rows;
            m_last = r.last;
            m_atEnd = r.atEnd;
            endResetModel();
            m_inReset = false;
            Q_EMIT pageLoaded();
        }
        break;
    }
    case MemberQueryTask::Count:
        break;
    }
}

bool MemberListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading && !m_appending && !m_inReset;
}

void MemberListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_appending = true;
    MemberQueryTask page;
    page.kind = MemberQueryTask::Append;
    page.limit = m_pageSize;
    page.after = m_last;
    post(page);
}

void MemberListModel::sort(int column, Qt::SortOrder order)
{
    const MemberSort sort{qBound(0, column, ColumnCount - 1), order == Qt::DescendingOrder};
    if (sort == m_sort)
        return;
    m_sort = sort;
    reload();
}

int MemberListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

QString MemberListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

const MemberRow *MemberListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int MemberListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MemberListModel::tierName(const QString &tierId)
{
    if (tierId == u"newcomer"_s) return tr("Newcomer");
    if (tierId == u"regular"_s) return tr("Regular");
    if (tierId == u"core"_s) return tr("Core");
    if (tierId == u"backbone"_s) return tr("Backbone");
    return tierId;
}

QString MemberListModel::channelName(const QString &channel)
{
    if (channel == u"organic"_s) return tr("Organic");
    if (channel == u"search"_s) return tr("Search");
    if (channel == u"wechat"_s) return tr("WeChat");
    if (channel == u"weibo"_s) return tr("Weibo");
    if (channel == u"referral"_s) return tr("Referral");
    if (channel == u"campaign"_s) return tr("Campaign");
    if (channel == u"app"_s) return tr("App");
    return channel;
}

QString MemberListModel::statusName(const QString &status)
{
    if (status == u"active"_s) return tr("Active");
    if (status == u"muted"_s) return tr("Muted");
    if (status == u"banned"_s) return tr("Banned");
    return status;
}

QString MemberListModel::segmentName(const QString &segment)
{
    if (segment == u"champions"_s) return tr("Champions");
    if (segment == u"loyal"_s) return tr("Loyal");
    if (segment == u"potential"_s) return tr("Potential");
    if (segment == u"at_risk"_s) return tr("At risk");
    if (segment == u"hibernating"_s) return tr("Hibernating");
    return segment;
}

QString MemberListModel::displayText(const MemberRow &r, int column) const
{
    const auto date = [](const QString &iso) {
        const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
        return t.isValid() ? QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat) : QString();
    };
    switch (column) {
    case HandleColumn: return r.handle;
    case NameColumn: return r.name;
    case TierColumn: return r.tierLocked ? tr("%1 (locked)").arg(tierName(r.tier)) : tierName(r.tier);
    case PointsColumn: return QLocale().toString(r.points);
    case BadgesColumn: return r.badges.isEmpty() ? QString() : QLocale().toString(r.badges.size());
    case JoinedColumn: return date(r.joinedAt);
    case LastActiveColumn: return date(r.lastActiveAt);
    case Activity30Column: return QLocale().toString(r.activeDays30);
    case SpendColumn: return QLocale().toString(r.spend, 'f', 2);
    case ChannelColumn: return channelName(r.channel);
    case StatusColumn:
        if (r.status == u"muted"_s) {
            const QDateTime until = QDateTime::fromString(r.mutedUntil, Qt::ISODate);
            if (until.isValid())
                return tr("Muted until %1").arg(LocaleFormat::dateTime(until.toLocalTime()));
        }
        return statusName(r.status);
    case SegmentColumn: return segmentName(r.segment);
    default: return {};
    }
}

QVariant MemberListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MemberRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayText(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == BadgesColumn && !r.badges.isEmpty())
            return r.badges.join(u", "_s);
        if (r.pendingSync)
            return tr("Changes to this member wait to be synced.");
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case PointsColumn: case BadgesColumn: case Activity30Column: case SpendColumn:
            return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
        default: return {};
        }
    case IdRole: return r.id;
    case VersionRole: return r.version;
    case HandleRole: return r.handle;
    case NameRole: return r.name;
    case TierRole: return r.tier;
    case TierLockedRole: return r.tierLocked;
    case PointsRole: return r.points;
    case BadgesRole: return r.badges;
    case StatusRole: return r.status;
    case MutedUntilRole: return r.mutedUntil;
    case SegmentRole: return r.segment;
    case PendingSyncRole: return r.pendingSync;
    case SortValueRole:
        switch (index.column()) {
        case HandleColumn: return r.handle;
        case NameColumn: return r.name;
        case TierColumn: return r.tier;
        case PointsColumn: return r.points;
        case BadgesColumn: return int(r.badges.size());
        case JoinedColumn: return r.joinedAt;
        case LastActiveColumn: return r.lastActiveAt;
        case Activity30Column: return r.activeDays30;
        case SpendColumn: return r.spend;
        case ChannelColumn: return r.channel;
        case StatusColumn: return r.status;
        case SegmentColumn: return r.segment;
        default: return {};
        }
    default: return {};
    }
}

QVariant MemberListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HandleColumn: return tr("Handle");
    case NameColumn: return tr("Name");
    case TierColumn: return tr("Tier");
    case PointsColumn: return tr("Points");
    case BadgesColumn: return tr("Badges");
    case JoinedColumn: return tr("Joined");
    case LastActiveColumn: return tr("Last active");
    case Activity30Column: return tr("Active (30 d)");
    case SpendColumn: return tr("Spend (¥)");
    case ChannelColumn: return tr("Channel");
    case StatusColumn: return tr("Status");
    case SegmentColumn: return tr("Segment");
    default: return {};
    }
}

QHash<int, QByteArray> MemberListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    const std::pair<int, QByteArray> own[] = {
        {IdRole, "memberId"}, {VersionRole, "version"}, {HandleRole, "handle"}, {NameRole, "name"},
        {TierRole, "tier"}, {TierLockedRole, "tierLocked"}, {PointsRole, "points"}, {BadgesRole, "badges"},
        {StatusRole, "status"}, {MutedUntilRole, "mutedUntil"}, {SegmentRole, "segment"},
        {PendingSyncRole, "pendingSync"}, {SortValueRole, "sortValue"}};
    for (const auto &[role, name] : own)
        names.insert(role, name);
    return names;
}
