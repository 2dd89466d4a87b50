#include "conflictmodel.h"

#include "store.h"
#include "storenotifier.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

ConflictModel::ConflictModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    if (StoreNotifier *n = store->notifier())
        connect(n, &StoreNotifier::conflictsChanged, this, &ConflictModel::reload);
    reload();
}

void ConflictModel::reload()
{
    beginResetModel();
    m_rows = m_store->conflicts();
    endResetModel();
}

namespace {
// Past tense of an action for "you rejected"; unknown actions read "did <action>".
QString pastTense(const QString &action)
{
    static const QHash<QString, QString> past = {
        {u"approve"_s, u"approved"_s}, {u"reject"_s, u"rejected"_s}, {u"escalate"_s, u"escalated"_s},
        {u"claim"_s, u"claimed"_s}, {u"release"_s, u"released"_s}, {u"hold"_s, u"held"_s},
        {u"award_points"_s, u"awarded points"_s}, {u"award_badge"_s, u"awarded a badge"_s},
        {u"revoke_badge"_s, u"revoked a badge"_s}, {u"set_tier"_s, u"set the tier"_s},
        {u"add_note"_s, u"added a note"_s}, {u"mute"_s, u"muted"_s}, {u"unmute"_s, u"unmuted"_s},
        {u"ban"_s, u"banned"_s}, {u"unban"_s, u"unbanned"_s}, {u"update"_s, u"edited"_s},
        {u"delete"_s, u"deleted"_s}, {u"create"_s, u"created"_s}, {u"reply"_s, u"replied"_s},
        {u"resolve"_s, u"resolved"_s}, {u"add_admin"_s, u"added an admin"_s},
        {u"remove_admin"_s, u"removed an admin"_s}, {u"reorder"_s, u"reordered"_s}};
    return past.value(action, action);
}
} // namespace

QString ConflictModel::describeMine(const ConflictRecord &c)
{
    return tr("you %1").arg(pastTense(c.mine.action));
}

QString ConflictModel::describeTheirs(const ConflictRecord &c)
{
    const QString who = c.changedBy.isEmpty() ? tr("someone") : c.changedBy;
    const QString when = c.changedAt.isValid() ? QLocale().toString(c.changedAt.toLocalTime().time(), QLocale::ShortFormat)
                                               : QString();
    QString what;
    if (!c.theirData) {
        what = tr("deleted it");
    } else if (c.mine.entity == u"moderation_item"_s) {
        const QString status = c.theirData->value(u"status"_s).toString();
        const QString claimedBy = c.theirData->value(u"claimed_by"_s).toString();
        if (status == u"approved"_s || status == u"rejected"_s || status == u"escalated"_s)
            what = status;
        else if (!claimedBy.isEmpty())
            what = tr("claimed it");
        else
            what = tr("changed it");
    } else {
        what = tr("changed it");
    }
    return QString(who + u" "_s + what + (when.isEmpty() ? QString() : QString(u" "_s + when))).trimmed();
}

int ConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConflictRecord &c = m_rows.at(index.row());
    switch (role) {
    case ConflictIdRole: return c.id;
    case EntityRole: return c.mine.entity;
    case EntityIdRole: return c.mine.entityId;
    case DetailRole:
    case Qt::ToolTipRole: return c.detail;
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case EntityColumn: return c.mine.entity;
    case IdColumn: return c.mine.entityId;
    case MineColumn: return describeMine(c);
    case TheirsColumn: return describeTheirs(c);
    case WhenColumn: return QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat);
    default: return {};
    }
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EntityColumn: return tr("Kind");
    case IdColumn: return tr("Id");
    case MineColumn: return tr("Your change");
    case TheirsColumn: return tr("On the server");
    case WhenColumn: return tr("Found");
    default: return {};
    }
}
