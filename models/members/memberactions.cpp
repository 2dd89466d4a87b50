#include "memberactions.h"

#include "store.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QList<Mutation> MemberActions::build(const QStringList &memberIds, const QString &action,
                                     const QJsonObject &payload) const
{
    QList<Mutation> out;
    QStringList seen;
    for (const QString &id : memberIds) {
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen << id;
        // Actions the member's state makes pointless are left out instead of being sent
        // for the platform to refuse (409 invalid-state).
        if (action == u"revoke_badge"_s || action == u"award_badge"_s || action == u"unmute"_s) {
            const auto member = m_store->entity(u"member"_s, id);
            if (!member)
                continue;
            const bool holds = member->value(u"badges"_s).toArray().contains(payload.value(u"badge_id"_s));
            if (action == u"revoke_badge"_s && !holds)
                continue;
            if (action == u"award_badge"_s && holds)
                continue;
            if (action == u"unmute"_s && member->value(u"status"_s).toString() != u"muted"_s)
                continue;
        }
        Mutation m;
        m.entity = u"member"_s;
        m.entityId = id;
        m.action = action;
        m.payload = payload;
        out.append(m);
    }
    return out;
}

int MemberActions::enqueue(const QList<Mutation> &mutations, QString *error)
{
    if (mutations.isEmpty()) {
        if (error)
            *error = tr("None of the selected members needs this change.");
        return -1;
    }
    const QStringList ids = m_store->enqueueAll(mutations, error);
    return ids.isEmpty() ? -1 : int(ids.size());
}

int MemberActions::awardPoints(const QStringList &memberIds, qint64 points, const QString &reason, QString *error)
{
    if (points == 0 || reason.trimmed().isEmpty()) {
        if (error)
            *error = points == 0 ? tr("Points must be a whole number other than 0.") : tr("An award needs a reason.");
        return -1;
    }
    return enqueue(build(memberIds, u"award_points"_s, {{u"points"_s, points}, {u"reason"_s, reason.trimmed()}}), error);
}

int MemberActions::awardBadge(const QStringList &memberIds, const QString &badgeId, QString *error)
{
    return enqueue(build(memberIds, u"award_badge"_s, {{u"badge_id"_s, badgeId}}), error);
}

int MemberActions::revokeBadge(const QStringList &memberIds, const QString &badgeId, QString *error)
{
    return enqueue(build(memberIds, u"revoke_badge"_s, {{u"badge_id"_s, badgeId}}), error);
}

int MemberActions::setTier(const QStringList &memberIds, const QString &tier, bool locked, QString *error)
{
    return enqueue(build(memberIds, u"set_tier"_s, {{u"tier"_s, tier}, {u"locked"_s, locked}}), error);
}

int MemberActions::mute(const QStringList &memberIds, const QDateTime &until, const QString &reason, QString *error)
{
    if (!until.isValid() || until <= QDateTime::currentDateTimeUtc()) {
        if (error)
            *error = tr("A mute needs an end in the future.");
        return -1;
    }
    QJsonObject payload{{u"until"_s, until.toUTC().toString(Qt::ISODate)}};
    if (!reason.trimmed().isEmpty())
        payload.insert(u"reason"_s, reason.trimmed());
    return enqueue(build(memberIds, u"mute"_s, payload), error);
}

int MemberActions::unmute(const QStringList &memberIds, QString *error)
{
    return enqueue(build(memberIds, u"unmute"_s, {}), error);
}

int MemberActions::addNote(const QStringList &memberIds, const QString &text, QString *error)
{
    if (text.trimmed().isEmpty()) {
        if (error)
            *error = tr("A note needs text.");
        return -1;
    }
    return enqueue(build(memberIds, u"add_note"_s, {{u"text"_s, text.trimmed()}}), error);
}

bool MemberActions::addGroupAdmin(const QString &groupId, const QString &memberId, QString *error)
{
    const auto group = m_store->entity(u"group"_s, groupId);
    if (!group) {
        if (error)
            *error = tr("The study group is not in the local cache.");
        return false;
    }
    if (group->value(u"admins"_s).toArray().contains(memberId)) {
        if (error)
            *error = tr("The member is already an admin of this group.");
        return false;
    }
    Mutation m;
    m.entity = u"group"_s;
    m.entityId = groupId;
    m.action = u"add_admin"_s;
    m.payload = QJsonObject{{u"member_id"_s, memberId}};
    return !m_store->enqueue(m, error).isEmpty();
}
