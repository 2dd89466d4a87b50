#include "studygroupmodel.h"

#include "store.h"
#include "storenotifier.h"
#include "localeformat.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;

StudyGroupModel::StudyGroupModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    if (StoreNotifier *n = store->notifier()) {
        connect(n, &StoreNotifier::entitiesChanged, this, [this](const QStringList &entities) {
            if (!entities.contains(u"group"_s) || m_reloadQueued)
                return;
            m_reloadQueued = true;
            QTimer::singleShot(0, this, [this] { reload(); });
        });
    }
    reload();
}

StudyGroupModel::Health StudyGroupModel::healthOf(qint64 members, qint64 posts30, qint64 active30,
                                                  const QDateTime &lastActivity, const QDateTime &asOf)
{
    const double activeShare = members > 0 ? double(active30) / double(members) : 0.0;
    const bool quiet = !lastActivity.isValid() || (asOf.isValid() && lastActivity.daysTo(asOf) > 14);
    if (quiet || activeShare < 0.05)
        return Health::Cold;
    if (activeShare >= 0.30 && active30 > 0 && double(posts30) / double(active30) >= 2.0)
        return Health::Growing;
    return Health::Steady;
}

QString StudyGroupModel::healthName(Health h)
{
    switch (h) {
    case Health::Growing: return tr("Growing");
    case Health::Steady: return tr("Steady");
    case Health::Cold: return tr("Gone cold");
    }
    return {};
}

QString StudyGroupModel::healthRule()
{
    return tr("Growing: at least 30% of the members active in the last 30 days, with 2 or more posts per active "
              "member.\nGone cold: no activity for more than 14 days, or fewer than 5% of the members active in "
              "30 days.\nSteady: everything in between.\nJudged as of the newest activity in the local cache.");
}

QString StudyGroupModel::levelName(const QString &level)
{
    if (level == u"beginner"_s) return tr("Beginner");
    if (level == u"intermediate"_s) return tr("Intermediate");
    if (level == u"advanced"_s) return tr("Advanced");
    return level;
}

void StudyGroupModel::reload()
{
    m_reloadQueued = false;
    QList<Row> rows;
    QSet<QString> adminIds;
    QDateTime newest;
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT id, name, topic, level, admins, member_count, posts_30, active_members_30, last_activity_at "
               "FROM study_group ORDER BY name, id"_s)) {
        while (q.next()) {
            Row r;
            r.id = q.value(0).toString();
            r.name = q.value(1).toString();
            r.topic = q.value(2).toString();
            r.level = q.value(3).toString();
            for (const QJsonValue &v : QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array()) {
                r.adminIds << v.toString();
                adminIds.insert(v.toString());
            }
            r.members = q.value(5).toLongLong();
            r.posts30 = q.value(6).toLongLong();
            r.active30 = q.value(7).toLongLong();
            r.lastActivity = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
            if (r.lastActivity.isValid() && (!newest.isValid() || r.lastActivity > newest))
                newest = r.lastActivity;
            rows.append(r);
        }
    }
    // Admins by handle: one lookup each (a group has a few), by the member id index.
    QHash<QString, QString> handles;
    QSqlQuery h(m_store->database());
    h.prepare(u"SELECT handle FROM member WHERE id = ?"_s);
    for (const QString &id : std::as_const(adminIds)) {
        h.addBindValue(id);
        if (h.exec() && h.next())
            handles.insert(id, h.value(0).toString());
        h.finish();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_asOf = newest.isValid() && newest < now ? newest : now;
    for (Row &r : rows) {
        for (const QString &id : std::as_const(r.adminIds))
            r.adminNames << handles.value(id, id);
        r.health = healthOf(r.members, r.posts30, r.active30, r.lastActivity, m_asOf);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString StudyGroupModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int StudyGroupModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int StudyGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StudyGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StudyGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const QLocale locale;
    const int activePercent = r.members > 0 ? int(qRound(100.0 * double(r.active30) / double(r.members))) : 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return r.name;
        case TopicColumn: return r.topic;
        case LevelColumn: return levelName(r.level);
        case AdminsColumn: return r.adminNames.join(u", "_s);
        case SizeColumn: return locale.toString(r.members);
        case Posts30Column: return locale.toString(r.posts30);
        case Active30Column: return tr("%1 (%2%)").arg(locale.toString(r.active30)).arg(activePercent);
        case HealthColumn: return healthName(r.health);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == HealthColumn) {
            const QString last = r.lastActivity.isValid()
                ? LocaleFormat::dateTime(r.lastActivity.toLocalTime(), QLocale::ShortFormat, locale) : tr("never");
            return QString(tr("%1: %2% of members active in 30 days, %Ln posts, last activity %3.", nullptr,
                              int(qMin<qint64>(r.posts30, INT_MAX)))
                               .arg(healthName(r.health)).arg(activePercent).arg(last)
                           + u"\n\n"_s + healthRule());
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= SizeColumn && index.column() <= Active30Column
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case IdRole: return r.id;
    case HealthRole: return int(r.health);
    case AdminIdsRole: return r.adminIds;
    case SortRole:
        switch (index.column()) {
        case SizeColumn: return r.members;
        case Posts30Column: return r.posts30;
        case Active30Column: return r.members > 0 ? double(r.active30) / double(r.members) : 0.0;
        case HealthColumn: return int(r.health);
        case AdminsColumn: return int(r.adminIds.size());
        default: return data(index, Qt::DisplayRole);
        }
    default: return {};
    }
}

QVariant StudyGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == HealthColumn)
        return healthRule();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Group");
    case TopicColumn: return tr("Topic");
    case LevelColumn: return tr("Level");
    case AdminsColumn: return tr("Admins");
    case SizeColumn: return tr("Members");
    case Posts30Column: return tr("Posts (30 d)");
    case Active30Column: return tr("Active (30 d)");
    case HealthColumn: return tr("Health");
    default: return {};
    }
}
