#include "mutationeffects.h"

#include "synctypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace MutationEffects {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MutationEffects", text);
}

const QHash<QString, QStringList> &actions()
{
    static const QHash<QString, QStringList> t = {
        {u"moderation_item"_s, {u"approve"_s, u"reject"_s, u"escalate"_s, u"claim"_s, u"release"_s, u"hold"_s}},
        {u"member"_s, {u"award_points"_s, u"award_badge"_s, u"revoke_badge"_s, u"set_tier"_s,
                       u"add_note"_s, u"mute"_s, u"unmute"_s, u"ban"_s, u"unban"_s}},
        {u"group"_s, {u"add_admin"_s, u"remove_admin"_s}},
        {u"tier"_s, {u"create"_s, u"update"_s, u"delete"_s, u"reorder"_s}},
        {u"keyword_rule"_s, {u"create"_s, u"update"_s, u"delete"_s}},
        {u"campaign"_s, {u"create"_s, u"update"_s, u"delete"_s}},
        {u"budget"_s, {u"create"_s, u"update"_s, u"delete"_s}},
        {u"feedback"_s, {u"reply"_s, u"resolve"_s}},
    };
    return t;
}

void removeString(QJsonArray &a, const QString &s)
{
    for (qsizetype i = a.size() - 1; i >= 0; --i)
        if (a.at(i).toString() == s)
            a.removeAt(i);
}

QString moderation(const Mutation &m, QJsonObject &d, const Context &c)
{
    const QString reason = m.payload.value(u"reason"_s).toString();
    static const QHash<QString, QString> statusFor = {
        {u"approve"_s, u"approved"_s}, {u"reject"_s, u"rejected"_s}, {u"escalate"_s, u"escalated"_s}};
    if (statusFor.contains(m.action)) {
        if (m.action == u"reject"_s && reason.trimmed().isEmpty())
            return tr("A rejection needs a reason.");
        d.insert(u"status"_s, statusFor.value(m.action));
        d.insert(u"decided_by"_s, c.actor);
        d.insert(u"decided_at"_s, c.now);
        d.insert(u"decision_reason"_s, reason);
        d.insert(u"claimed_by"_s, QJsonValue::Null);
        d.insert(u"claim_expires_at"_s, QJsonValue::Null);
        if (m.action != u"escalate"_s)
            d.insert(u"held"_s, false);
    } else if (m.action == u"claim"_s) {
        const QJsonValue mv = m.payload.value(u"minutes"_s);
        const int minutes = mv.isUndefined() ? 15 : mv.toInt(-1);
        if (minutes < 1 || minutes > 240)
            return tr("A claim lasts 1 to 240 minutes.");
        d.insert(u"claimed_by"_s, c.actor);
        d.insert(u"claim_expires_at"_s, QDateTime::fromString(c.now, Qt::ISODate).addSecs(minutes * 60).toString(Qt::ISODate));
    } else if (m.action == u"release"_s) {
        d.insert(u"claimed_by"_s, QJsonValue::Null);
        d.insert(u"claim_expires_at"_s, QJsonValue::Null);
    } else if (m.action == u"hold"_s) {
        if (!m.payload.value(u"held"_s).isBool())
            return tr("'held' must be true or false.");
        d.insert(u"held"_s, m.payload.value(u"held"_s).toBool());
    }
    return {};
}

QString member(const Mutation &m, QJsonObject &d, const Context &c)
{
    const QJsonObject &p = m.payload;
    if (m.action == u"award_points"_s) {
        const double points = p.value(u"points"_s).toDouble(0);
        if (points == 0 || !(std::abs(points) <= 1e6) || points != double(qint64(points))) // range before the cast
            return tr("Points must be a whole number other than 0.");
        if (p.value(u"reason"_s).toString().trimmed().isEmpty())
            return tr("An award needs a reason.");
        d.insert(u"points"_s, d.value(u"points"_s).toInteger() + qint64(points));
    } else if (m.action == u"award_badge"_s || m.action == u"revoke_badge"_s) {
        const QString badge = p.value(u"badge_id"_s).toString();
        if (badge.isEmpty())
            return tr("Choose a badge.");
        QJsonArray badges = d.value(u"badges"_s).toArray();
        removeString(badges, badge);
        if (m.action == u"award_badge"_s)
            badges.append(badge);
        d.insert(u"badges"_s, badges);
    } else if (m.action == u"set_tier"_s) {
        const QString tier = p.value(u"tier"_s).toString();
        if (tier.isEmpty())
            return tr("Choose a tier.");
        if (d.value(u"tier"_s).toString() != tier)
            d.insert(u"tier_since"_s, c.now);
        d.insert(u"tier"_s, tier);
        if (p.value(u"locked"_s).isBool())
            d.insert(u"tier_locked"_s, p.value(u"locked"_s).toBool());
    } else if (m.action == u"add_note"_s) {
        const QString text = p.value(u"text"_s).toString().trimmed();
        if (text.isEmpty())
            return tr("A note needs text.");
        QJsonArray notes = d.value(u"notes"_s).toArray();
        notes.append(QJsonObject{{u"text"_s, text}, {u"by"_s, c.actor}, {u"at"_s, c.now}});
        d.insert(u"notes"_s, notes);
    } else if (m.action == u"mute"_s) {
        const QDateTime until = QDateTime::fromString(p.value(u"until"_s).toString(), Qt::ISODate);
        if (!until.isValid())
            return tr("A mute needs an end time.");
        if (d.value(u"status"_s).toString() == u"banned"_s)
            return tr("The member is banned; unban first.");
        d.insert(u"status"_s, u"muted"_s);
        d.insert(u"muted_until"_s, until.toUTC().toString(Qt::ISODate));
    } else if (m.action == u"unmute"_s || m.action == u"unban"_s) {
        d.insert(u"status"_s, u"active"_s);
        d.insert(u"muted_until"_s, QJsonValue::Null);
    } else if (m.action == u"ban"_s) {
        if (p.value(u"reason"_s).toString().trimmed().isEmpty())
            return tr("A ban needs a reason.");
        d.insert(u"status"_s, u"banned"_s);
        d.insert(u"muted_until"_s, QJsonValue::Null);
    }
    return {};
}

QString feedback(const Mutation &m, QJsonObject &d, const Context &c)
{
    if (m.action == u"reply"_s) {
        const QString body = m.payload.value(u"body"_s).toString().trimmed();
        if (body.isEmpty())
            return tr("A reply needs text.");
        QJsonArray replies = d.value(u"replies"_s).toArray();
        replies.append(QJsonObject{{u"by"_s, c.actor}, {u"body"_s, body}, {u"at"_s, c.now}});
        d.insert(u"replies"_s, replies);
        if (d.value(u"first_reply_at"_s).toString().isEmpty())
            d.insert(u"first_reply_at"_s, c.now);
        if (d.value(u"status"_s).toString() == u"open"_s)
            d.insert(u"status"_s, u"answered"_s);
    } else {
        d.insert(u"status"_s, u"resolved"_s);
        d.insert(u"resolved_at"_s, c.now);
    }
    return {};
}

QString group(const Mutation &m, QJsonObject &d)
{
    const QString memberId = m.payload.value(u"member_id"_s).toString();
    if (memberId.isEmpty())
        return tr("Choose a member.");
    QJsonArray admins = d.value(u"admins"_s).toArray();
    removeString(admins, memberId);
    if (m.action == u"add_admin"_s)
        admins.append(memberId);
    d.insert(u"admins"_s, admins);
    return {};
}

// create / update: the payload's fields over the entity (server-side defaults arrive
// with the pulled row).
void mergeFields(const Mutation &m, QJsonObject &d, const Context &c)
{
    for (auto it = m.payload.begin(); it != m.payload.end(); ++it)
        if (it.key() != u"id"_s && it.key() != u"version"_s)
            d.insert(it.key(), it.value());
    if (m.action == u"create"_s && m.entity == u"keyword_rule"_s) {
        d.insert(u"created_by"_s, c.actor);
        d.insert(u"created_at"_s, c.now);
    }
    if (m.action == u"create"_s && m.entity == u"campaign"_s && !d.contains(u"owner"_s))
        d.insert(u"owner"_s, c.actor);
}
} // namespace

bool knows(const QString &entity, const QString &action)
{
    return actions().value(entity).contains(action);
}

QString apply(const Mutation &m, std::optional<QJsonObject> &data, const Context &c)
{
    if (!knows(m.entity, m.action))
        return tr("Unknown action '%1' for %2.").arg(m.action, m.entity);
    if (m.action == u"create"_s) {
        if (data)
            return tr("%1 %2 exists already.").arg(m.entity, m.entityId);
        data = QJsonObject{{u"id"_s, m.entityId}};
    } else if (!data) {
        return tr("%1 %2 is not in the local cache.").arg(m.entity, m.entityId);
    }
    if (m.action == u"delete"_s) {
        data.reset();
        return {};
    }
    QJsonObject &d = *data;
    QString problem;
    if (m.entity == u"moderation_item"_s) problem = moderation(m, d, c);
    else if (m.entity == u"member"_s) problem = member(m, d, c);
    else if (m.entity == u"feedback"_s) problem = feedback(m, d, c);
    else if (m.entity == u"group"_s) problem = group(m, d);
    else if (m.action == u"reorder"_s) d.insert(u"order"_s, m.payload.value(u"order"_s));
    else mergeFields(m, d, c);
    if (problem.isEmpty())
        d.insert(u"updated_at"_s, c.now);
    return problem;
}

QString summary(const Mutation &m)
{
    const QJsonObject &p = m.payload;
    const QString reason = p.value(u"reason"_s).toString();
    if (m.action == u"award_points"_s) {
        const qint64 points = qint64(p.value(u"points"_s).toDouble());
        return u"%1%2 points: %3"_s.arg(points > 0 ? u"+"_s : QString()).arg(points).arg(reason);
    }
    if (m.action == u"award_badge"_s || m.action == u"revoke_badge"_s)
        return m.action + u" "_s + p.value(u"badge_id"_s).toString();
    if (m.action == u"set_tier"_s)
        return u"tier "_s + p.value(u"tier"_s).toString();
    if (m.action == u"mute"_s)
        return u"mute until "_s + p.value(u"until"_s).toString();
    if (m.action == u"update"_s)
        return u"update "_s + p.keys().join(u", "_s);
    if (m.action == u"add_admin"_s || m.action == u"remove_admin"_s)
        return m.action + u" "_s + p.value(u"member_id"_s).toString();
    if (m.action == u"hold"_s)
        return p.value(u"held"_s).toBool() ? u"hold"_s : u"unhold"_s;
    if (!reason.isEmpty())
        return m.action + u": "_s + reason.left(120);
    if (m.action == u"add_note"_s || m.action == u"reply"_s)
        return m.action + u": "_s + QString(p.value(u"text"_s).toString() + p.value(u"body"_s).toString()).left(120);
    return m.action;
}
} // namespace MutationEffects
