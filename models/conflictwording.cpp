#include "conflictwording.h"

#include "campaignconflicttext.h"
#include "localeformat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
QString shortTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    if (local.date() == now.toLocalTime().date())
        return LocaleFormat::time(local.time(), QLocale::ShortFormat, locale);
    return LocaleFormat::dateTime(local, QLocale::ShortFormat, locale);
}

// What the server's state says happened, as a sentence with the actor (%1) and, when
// known, the time (%2).
QString theirSentence(const QString &what, bool withTime)
{
    if (what == u"approved")
        return withTime ? ConflictWording::tr("%1 approved it at %2") : ConflictWording::tr("%1 approved it");
    if (what == u"rejected")
        return withTime ? ConflictWording::tr("%1 rejected it at %2") : ConflictWording::tr("%1 rejected it");
    if (what == u"escalated")
        return withTime ? ConflictWording::tr("%1 escalated it at %2") : ConflictWording::tr("%1 escalated it");
    if (what == u"claimed")
        return withTime ? ConflictWording::tr("%1 claimed it at %2") : ConflictWording::tr("%1 claimed it");
    if (what == u"deleted")
        return withTime ? ConflictWording::tr("%1 deleted it at %2") : ConflictWording::tr("%1 deleted it");
    return withTime ? ConflictWording::tr("%1 changed it at %2") : ConflictWording::tr("%1 changed it");
}
} // namespace

QString ConflictWording::mine(const ConflictRecord &conflict)
{
    const QString &action = conflict.mine.action;
    // Campaign and budget edits say what changed ("You moved it to 17 Nov – 19 Nov").
    if (const QString campaign = CampaignConflictText::mine(conflict); !campaign.isEmpty())
        return campaign;
    if (action == u"approve") return tr("You approved it");
    if (action == u"reject") return tr("You rejected it");
    if (action == u"escalate") return tr("You escalated it");
    if (action == u"claim") return tr("You claimed it");
    if (action == u"release") return tr("You released your claim");
    if (action == u"hold")
        return conflict.mine.payload.value(u"held"_s).toBool() ? tr("You put it on hold") : tr("You lifted the hold");
    if (action == u"award_points") return tr("You awarded points");
    if (action == u"award_badge") return tr("You awarded a badge");
    if (action == u"revoke_badge") return tr("You revoked a badge");
    if (action == u"set_tier") return tr("You set the tier");
    if (action == u"add_note") return tr("You added a note");
    if (action == u"mute") return tr("You muted the member");
    if (action == u"unmute") return tr("You unmuted the member");
    if (action == u"ban") return tr("You banned the member");
    if (action == u"unban") return tr("You unbanned the member");
    if (action == u"create") return tr("You created it");
    if (action == u"update") return tr("You edited it");
    if (action == u"delete") return tr("You deleted it");
    if (action == u"reorder") return tr("You changed the order");
    if (action == u"reply") return tr("You replied");
    if (action == u"resolve") return tr("You resolved it");
    if (action == u"add_admin") return tr("You added an admin");
    if (action == u"remove_admin") return tr("You removed an admin");
    // An action of a newer server: its identifier, never an empty cell.
    return tr("You made a change (%1)").arg(action);
}

QString ConflictWording::theirs(const ConflictRecord &conflict, const QDateTime &now)
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
    const QString when = shortTime(conflict.changedAt, now);
    const QString sentence = theirSentence(what, !when.isEmpty());
    const QString done = when.isEmpty() ? sentence.arg(who) : sentence.arg(who, when);
    const QString state = CampaignConflictText::theirState(conflict);
    //: %1 is "chen changed it at 10:42", %2 the values on the server now ("20/11/26 – 25/11/26, the budget ¥12,000")
    return state.isEmpty() ? done : tr("%1; now %2").arg(done, state);
}
