#include "auditlogmodel.h"

#include "store.h"
#include "storenotifier.h"
#include "localeformat.h"

#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

AuditLogModel::AuditLogModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    if (StoreNotifier *n = store->notifier()) {
        connect(n, &StoreNotifier::entitiesChanged, this, [this](const QStringList &entities) {
            if (entities.contains(u"audit_entry"_s))
                reload();
        });
    }
    reload();
}

void AuditLogModel::setActorFilter(const QString &actor)
{
    m_actor = actor;
    reload();
}

void AuditLogModel::setEntityFilter(const QString &entity, const QString &entityId)
{
    m_entity = entity;
    m_entityId = entityId;
    reload();
}

void AuditLogModel::setTextFilter(const QString &text)
{
    m_text = text.trimmed();
    reload();
}

QList<AuditLogModel::Row> AuditLogModel::fetchPage(int offset) const
{
    QStringList where;
    QVariantList values;
    if (!m_actor.isEmpty()) {
        where << u"actor = ?"_s;
        values << m_actor;
    }
    if (!m_entity.isEmpty()) {
        where << u"entity = ?"_s;
        values << m_entity;
    }
    if (!m_entityId.isEmpty()) {
        where << u"entity_id = ?"_s;
        values << m_entityId;
    }
    if (!m_text.isEmpty()) {
        where << u"(instr(summary, ?) > 0 OR instr(action, ?) > 0 OR entity_id = ? OR instr(actor, ?) > 0)"_s;
        values << m_text << m_text << m_text << m_text;
    }
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, at, actor, role, entity, entity_id, action, mutation_id, summary, entity_version "
              "FROM audit_entry %1 ORDER BY at DESC, rid DESC LIMIT ? OFFSET ?"_s
                  .arg(where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s)));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(m_pageSize);
    q.addBindValue(offset);
    QList<Row> rows;
    if (!q.exec())
        return rows;
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                     q.value(8).toString(), q.value(9).toLongLong()});
    }
    return rows;
}

void AuditLogModel::reload()
{
    m_fetching = true;
    beginResetModel();
    m_rows = fetchPage(0);
    m_atEnd = m_rows.size() < m_pageSize;
    endResetModel();
    m_fetching = false;
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    const QList<Row> more = fetchPage(int(m_rows.size()));
    m_atEnd = more.size() < m_pageSize;
    if (more.isEmpty())
        return;
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
    m_fetching = false;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case IdRole: return r.id;
    case MutationIdRole: return r.mutationId;
    case EntityVersionRole: return r.entityVersion;
    case AtRole: return QDateTime::fromString(r.at, Qt::ISODate);
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case AtColumn: return LocaleFormat::dateTime(QDateTime::fromString(r.at, Qt::ISODate).toLocalTime());
    case ActorColumn: return r.actor;
    case RoleColumn: return r.role;
    case EntityColumn: return r.entity;
    case EntityIdColumn: return r.entityId;
    case ActionColumn: return r.action;
    case SummaryColumn: return r.summary;
    default: return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AtColumn: return tr("When");
    case ActorColumn: return tr("Who");
    case RoleColumn: return tr("Role");
    case EntityColumn: return tr("Kind");
    case EntityIdColumn: return tr("Id");
    case ActionColumn: return tr("Action");
    case SummaryColumn: return tr("What");
    default: return {};
    }
}
