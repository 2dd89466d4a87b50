#include "conflictwording.h"

#include "displaynames.h"
#include "relativetime.h"

using namespace Qt::StringLiterals;

namespace {
// What the server's state says happened to a moderation item, as a past-tense sentence
// with the actor (%1) and, when known, the time (%2).
QString theirSentence(const QString &what, bool withTime)
{
    if (what == u"approved")
        return withTime ? ConflictWording::tr("%1 approved %2") : ConflictWording::tr("%1 approved");
    if (what == u"rejected")
        return withTime ? ConflictWording::tr("%1 rejected %2") : ConflictWording::tr("%1 rejected");
    if (what == u"escalated")
        return withTime ? ConflictWording::tr("%1 escalated %2") : ConflictWording::tr("%1 escalated");
    if (what == u"claimed")
        return withTime ? ConflictWording::tr("%1 claimed it %2") : ConflictWording::tr("%1 claimed it");
    if (what == u"deleted")
        return withTime ? ConflictWording::tr("%1 deleted it %2") : ConflictWording::tr("%1 deleted it");
    return withTime ? ConflictWording::tr("%1 changed it %2") : ConflictWording::tr("%1 changed it");
}
}

ConflictWording::ConflictWording(Side side, Lookup lookup, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_side(side)
    , m_lookup(std::move(lookup))
{
}

QString ConflictWording::mine(const ConflictRecord &conflict)
{
    const QString action = conflict.mine.action;
    if (action == u"approve")
        return tr("you approved");
    if (action == u"reject")
        return tr("you rejected");
    if (action == u"escalate")
        return tr("you escalated");
    if (action == u"claim")
        return tr("you claimed it");
    if (action == u"hold")
        return tr("you held it");
    return tr("you chose: %1").arg(DisplayNames::action(action));
}

QString ConflictWording::theirs(const ConflictRecord &conflict)
{
    const QString who = conflict.changedBy.isEmpty() ? tr("someone") : conflict.changedBy;
    QString what = u"changed"_s;
    if (!conflict.theirData) {
        what = u"deleted"_s;
    } else if (conflict.mine.entity == u"moderation_item") {
        const QString status = conflict.theirData->value(u"status"_s).toString();
        if (status == u"approved" || status == u"rejected" || status == u"escalated")
            what = status;
        else if (!conflict.theirData->value(u"claimed_by"_s).toString().isEmpty())
            what = u"claimed"_s;
    }
    const QString when = RelativeTime::shortTime(conflict.changedAt);
    const QString sentence = theirSentence(what, !when.isEmpty());
    return when.isEmpty() ? sentence.arg(who) : sentence.arg(who, when);
}

void ConflictWording::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const ConflictRecord conflict = m_lookup(index.row());
    option->text = m_side == Side::Mine ? mine(conflict) : theirs(conflict);
}
