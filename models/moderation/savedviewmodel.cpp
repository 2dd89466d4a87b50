#include "savedviewmodel.h"

#include <QCoreApplication>

#include "readconnection.h"
#include "store.h"
#include "storenotifier.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {
const QString kSeededKey = u"saved_views_seeded"_s;

QList<qint64> countAll(const QSqlDatabase &db, const QList<SqlCondition> &conditions)
{
    QList<qint64> out;
    for (const SqlCondition &c : conditions) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT COUNT(*) FROM moderation_item m"_s + c.where());
        for (const QVariant &v : c.values)
            q.addBindValue(v);
        out << (q.exec() && q.next() ? q.value(0).toLongLong() : -1);
    }
    return out;
}
} // namespace

SavedViewModel::SavedViewModel(Store *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    m_coalesce = new QTimer(this);
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(300);
    connect(m_coalesce, &QTimer::timeout, this, &SavedViewModel::recountNow);
    m_minute = new QTimer(this);
    m_minute->setInterval(60'000);
    connect(m_minute, &QTimer::timeout, this, &SavedViewModel::recount);
    m_minute->start();
    connect(&m_watcher, &QFutureWatcher<QList<qint64>>::finished, this, [this] {
        m_countInFlight = false;
        applyCounts(m_watcher.result(), m_countingIds);
        if (m_again) {
            m_again = false;
            recount();
        }
    });
    if (StoreNotifier *n = store->notifier()) {
        connect(n, &StoreNotifier::entitiesChanged, this, [this](const QStringList &entities) {
            if (entities.contains(u"moderation_item"_s))
                recount();
        });
        connect(n, &StoreNotifier::outboxChanged, this, &SavedViewModel::recount);
        connect(n, &StoreNotifier::profileChanged, this, &SavedViewModel::recount);
    }
    reload();
}

SavedViewModel::~SavedViewModel()
{
    m_watcher.waitForFinished();
}

void SavedViewModel::seedDefaults()
{
    QSqlDatabase db = m_store->database();
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT 1 FROM moderation_setting WHERE key = ?"_s);
        q.addBindValue(kSeededKey);
        if (!q.exec() || q.next())
            return;
    }
    const QStringList pending{u"pending"_s};
    ModerationFilter all;
    all.statuses = pending;
    ModerationFilter spam = all;
    spam.aiLabel = u"spam"_s;
    spam.minScore = 0.8;
    ModerationFilter reported = all;
    reported.minReports = 2;
    ModerationFilter mine = all;
    mine.claim = ModerationFilter::Claim::ByMe;
    ModerationFilter escalated;
    escalated.statuses = {u"escalated"_s};
    // Stored by their English names and translated when shown (shownName()), so they
    // follow the language the console runs in, not the one it first ran in.
    const std::pair<QString, ModerationFilter> defaults[] = {
        {QString::fromUtf8(QT_TR_NOOP("Pending")), all},
        {QString::fromUtf8(QT_TR_NOOP("Spam > 0.8")), spam},
        {QString::fromUtf8(QT_TR_NOOP("Reported twice or more")), reported},
        {QString::fromUtf8(QT_TR_NOOP("Claimed by me")), mine},
        {QString::fromUtf8(QT_TR_NOOP("Escalated")), escalated},
    };
    int position = 0;
    for (const auto &[name, filter] : defaults) {
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO moderation_saved_view(position, name, filter) VALUES (?, ?, ?)"_s);
        q.addBindValue(position++);
        q.addBindValue(name);
        q.addBindValue(QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact)));
        q.exec();
    }
    QSqlQuery q(db);
    q.prepare(u"INSERT OR REPLACE INTO moderation_setting(key, value) VALUES (?, '1')"_s);
    q.addBindValue(kSeededKey);
    q.exec();
}

void SavedViewModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_store->isOpen()) {
        seedDefaults();
        QSqlQuery q(m_store->database());
        if (q.exec(u"SELECT id, name, filter FROM moderation_saved_view ORDER BY position, id"_s)) {
            while (q.next()) {
                m_rows.append({q.value(0).toLongLong(), q.value(1).toString(),
                               ModerationFilter::fromJson(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object())});
            }
        }
    }
    endResetModel();
    recountNow();
}

void SavedViewModel::recount()
{
    m_coalesce->start();
}

void SavedViewModel::recountNow()
{
    m_coalesce->stop();
    if (m_countInFlight) {
        m_again = true;
        return;
    }
    const QString actor = m_store->actor();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<SqlCondition> conditions;
    m_countingIds.clear();
    for (const Row &r : std::as_const(m_rows)) {
        conditions << r.filter.condition(actor, now);
        m_countingIds << r.id;
    }
    const QString path = m_store->filePath();
    if (!ReadConnection::canOpen(path)) {
        // An in-memory cache has no second connection: count here (small by nature).
        applyCounts(countAll(m_store->database(), conditions), m_countingIds);
        return;
    }
    m_countInFlight = true;
    m_watcher.setFuture(QtConcurrent::run([path, conditions] {
        ReadConnection connection(path);
        return connection.isOpen() ? countAll(connection.database(), conditions) : QList<qint64>();
    }));
}

void SavedViewModel::applyCounts(const QList<qint64> &counts, const QList<qint64> &ids)
{
    for (int i = 0; i < counts.size() && i < ids.size(); ++i) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == ids.at(i) && m_rows.at(row).count != counts.at(i)) {
                m_rows[row].count = counts.at(i);
                const QModelIndex ix = index(row);
                Q_EMIT dataChanged(ix, ix, {Qt::DisplayRole, CountRole});
            }
        }
    }
    Q_EMIT countsUpdated();
}

int SavedViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString SavedViewModel::shownName(const QString &stored)
{
    // A default view's English name has a translation; a name the user typed has none
    // and shows as typed.
    return QCoreApplication::translate("SavedViewModel", stored.toUtf8().constData());
}

QVariant SavedViewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return r.count < 0 ? shownName(r.name) : tr("%1 (%2)").arg(shownName(r.name), QLocale().toString(r.count));
    case Qt::EditRole:
    case NameRole: return shownName(r.name);
    case CountRole: return r.count;
    case FilterRole: return r.filter.toJson();
    case ViewIdRole: return r.id;
    default: return {};
    }
}

bool SavedViewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (role != Qt::EditRole && role != NameRole))
        return false;
    const QString name = value.toString().trimmed();
    Row &r = m_rows[index.row()];
    if (name.isEmpty() || name == shownName(r.name))
        return false;
    QSqlQuery q(m_store->database());
    q.prepare(u"UPDATE moderation_saved_view SET name = ? WHERE id = ?"_s);
    q.addBindValue(name);
    q.addBindValue(r.id);
    if (!q.exec())
        return false;
    r.name = name;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, NameRole});
    return true;
}

Qt::ItemFlags SavedViewModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? QAbstractListModel::flags(index) | Qt::ItemIsEditable : Qt::NoItemFlags;
}

bool SavedViewModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_rows.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        QSqlQuery q(m_store->database());
        q.prepare(u"DELETE FROM moderation_saved_view WHERE id = ?"_s);
        q.addBindValue(m_rows.at(row).id);
        q.exec();
        m_rows.removeAt(row);
    }
    endRemoveRows();
    return true;
}

int SavedViewModel::addView(const QString &name, const ModerationFilter &filter)
{
    QSqlQuery q(m_store->database());
    q.prepare(u"INSERT INTO moderation_saved_view(position, name, filter) VALUES (?, ?, ?)"_s);
    q.addBindValue(int(m_rows.size()));
    q.addBindValue(name);
    q.addBindValue(QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return -1;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({q.lastInsertId().toLongLong(), name, filter, -1});
    endInsertRows();
    recountNow();
    return row;
}

ModerationFilter SavedViewModel::filterAt(int row) const
{
    return m_rows.value(row).filter;
}

int SavedViewModel::rowOf(const ModerationFilter &filter) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).filter == filter)
            return i;
    return -1;
}

qint64 SavedViewModel::countAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).count : -1;
}

QHash<int, QByteArray> SavedViewModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(CountRole, "count");
    names.insert(FilterRole, "filter");
    names.insert(ViewIdRole, "viewId");
    return names;
}
