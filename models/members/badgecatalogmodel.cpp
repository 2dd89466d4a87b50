#include "badgecatalogmodel.h"

#include "store.h"
#include "storenotifier.h"

#include <QLocale>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;

BadgeCatalogModel::BadgeCatalogModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    if (StoreNotifier *n = store->notifier()) {
        connect(n, &StoreNotifier::entitiesChanged, this, [this](const QStringList &entities) {
            if (!entities.contains(u"badge"_s) || m_reloadQueued)
                return;
            m_reloadQueued = true;
            QTimer::singleShot(0, this, [this] { reload(); });
        });
    }
    reload();
}

void BadgeCatalogModel::reload()
{
    m_reloadQueued = false;
    QList<Row> rows;
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT id, name, name_zh, description, criteria, awarded_count FROM badge ORDER BY name, id"_s)) {
        while (q.next())
            rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString(), q.value(5).toLongLong()});
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString BadgeCatalogModel::shownName(const Row &r) const
{
    if (QLocale().language() == QLocale::Chinese && !r.nameZh.isEmpty())
        return r.nameZh;
    return r.name.isEmpty() ? r.id : r.name;
}

QString BadgeCatalogModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

QString BadgeCatalogModel::nameOf(const QString &badgeId) const
{
    for (const Row &r : m_rows)
        if (r.id == badgeId)
            return shownName(r);
    return badgeId;
}

int BadgeCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BadgeCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BadgeCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return shownName(r);
        case DescriptionColumn: return r.description;
        case CriteriaColumn: return r.criteria;
        case HoldersColumn: return QLocale().toString(r.holders);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return r.nameZh.isEmpty() ? r.name : u"%1 · %2"_s.arg(r.name, r.nameZh);
        if (index.column() == CriteriaColumn || index.column() == DescriptionColumn)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == HoldersColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case IdRole: return r.id;
    case EnglishNameRole: return r.name;
    case ChineseNameRole: return r.nameZh;
    case HoldersRole: return r.holders;
    default: return {};
    }
}

QVariant BadgeCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Badge");
    case DescriptionColumn: return tr("Description");
    case CriteriaColumn: return tr("Criteria");
    case HoldersColumn: return tr("Holders");
    default: return {};
    }
}
