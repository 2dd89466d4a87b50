#include "mutationengine.h"

#include "entitycolumns.h"
#include "payloadschema.h"
#include "problem.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
const QHash<QString, QStringList> &actionTable()
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

// What a moderator may do besides the moderation queue itself.
const QHash<QString, QStringList> &moderatorExtras()
{
    static const QHash<QString, QStringList> t = {
        {u"member"_s, {u"add_note"_s, u"mute"_s, u"unmute"_s, u"ban"_s, u"unban"_s}},
        {u"keyword_rule"_s, {u"create"_s, u"update"_s, u"delete"_s}},
        {u"feedback"_s, {u"reply"_s, u"resolve"_s}},
        {u"moderation_item"_s, actionTable().value(u"moderation_item"_s)},
    };
    return t;
}

QString nowIso() { return PlatformDb::nowIso(); }

QJsonObject invalid(const QString &detail)
{
    return Problem::make(422, u"invalid-payload"_s, u"Invalid payload"_s, detail);
}

QJsonObject invalidMutation(const QString &detail)
{
    return Problem::make(422, u"invalid-mutation"_s, u"Invalid mutation"_s, detail);
}

QJsonObject invalidState(const QString &detail)
{
    return Problem::make(409, u"invalid-state"_s, u"Not possible in the current state"_s, detail);
}

// The payload keys each action takes; anything else is refused so a typo is never dropped
// silently. Create/update payloads are checked field by field by PayloadSchema.
const QHash<QString, QStringList> &payloadKeys()
{
    static const QHash<QString, QStringList> t = {
        {u"approve"_s, {u"reason"_s}}, {u"reject"_s, {u"reason"_s}}, {u"escalate"_s, {u"reason"_s}},
        {u"claim"_s, {u"minutes"_s}}, {u"release"_s, {}}, {u"hold"_s, {u"held"_s}},
        {u"award_points"_s, {u"points"_s, u"reason"_s}}, {u"award_badge"_s, {u"badge_id"_s}},
        {u"revoke_badge"_s, {u"badge_id"_s}}, {u"set_tier"_s, {u"tier"_s, u"locked"_s}},
        {u"add_note"_s, {u"text"_s}}, {u"mute"_s, {u"until"_s, u"reason"_s}}, {u"unmute"_s, {}},
        {u"ban"_s, {u"reason"_s}}, {u"unban"_s, {}}, {u"add_admin"_s, {u"member_id"_s}},
        {u"remove_admin"_s, {u"member_id"_s}}, {u"reorder"_s, {u"order"_s}}, {u"delete"_s, {}},
        {u"reply"_s, {u"body"_s}}, {u"resolve"_s, {}},
    };
    return t;
}

// A JSON number that is a whole number small enough for qint64 (no undefined casts).
bool isWhole(double v)
{
    return std::isfinite(v) && std::abs(v) < 9.0e15 && v == std::floor(v);
}

bool isDecision(const QString &action)
{
    return action == u"approve"_s || action == u"reject"_s || action == u"escalate"_s;
}
} // namespace

MutationEngine::MutationEngine(PlatformDb &db)
    : m_db(db)
{
}

bool MutationEngine::hasAction(const QString &entity, const QString &action)
{
    return actionTable().value(entity).contains(action);
}

bool MutationEngine::isAllowed(const QString &role, const QString &entity, const QString &action)
{
    if (role == u"manager"_s)
        return hasAction(entity, action);
    if (role == u"moderator"_s)
        return moderatorExtras().value(entity).contains(action);
    return false;
}

QJsonObject MutationEngine::allowedActions(const QString &role)
{
    QJsonObject out;
    for (auto it = actionTable().begin(); it != actionTable().end(); ++it) {
        QJsonArray allowed;
        for (const QString &a : it.value())
            if (isAllowed(role, it.key(), a))
                allowed.append(a);
        if (!allowed.isEmpty())
            out.insert(it.key(), allowed);
    }
    return out;
}

QJsonObject MutationEngine::result(const Context &c, const QString &status) const
{
    return QJsonObject{{u"id"_s, c.mutation.value(u"id"_s).toString()},
                       {u"status"_s, status},
                       {u"entity"_s, c.entity},
                       {u"entity_id"_s, c.entityId}};
}

QJsonObject MutationEngine::rejected(const Context &c, const QJsonObject &problem) const
{
    QJsonObject r = result(c, u"rejected"_s);
    r.insert(u"problem"_s, problem);
    return r;
}

QJsonObject MutationEngine::conflict(const Context &c, const QString &slug, const QString &detail)
{
    QJsonObject r = result(c, u"conflict"_s);
    const auto [by, at] = m_db.lastChange(c.entity, c.entityId);
    QJsonObject state{{u"data"_s, c.stored && !c.stored->deleted ? QJsonValue(c.stored->data)
                                                                  : QJsonValue(QJsonValue::Null)},
                      {u"version"_s, c.stored ? c.stored->version : 0},
                      {u"changed_by"_s, by},
                      {u"changed_at"_s, at}};
    r.insert(u"server_state"_s, state);
    static const QHash<QString, QString> titles = {
        {u"conflict"_s, u"Changed by someone else"_s},
        {u"claimed"_s, u"Claimed by another moderator"_s},
        {u"already-decided"_s, u"Already decided by someone else"_s}};
    r.insert(u"problem"_s, Problem::make(409, slug, titles.value(slug), detail));
    return r;
}

void MutationEngine::audit(const Context &c, qint64 version, const QString &summary)
{
    const QString id = u"a"_s + QString::number(m_db.nextId(u"audit_entry"_s));
    QJsonObject entry{{u"at"_s, nowIso()},
                      {u"actor"_s, c.user.username},
                      {u"role"_s, c.user.role},
                      {u"entity"_s, c.entity},
                      {u"entity_id"_s, c.entityId},
                      {u"action"_s, c.action},
                      {u"mutation_id"_s, c.mutation.value(u"id"_s).toString()},
                      {u"summary"_s, summary},
                      {u"entity_version"_s, version}};
    m_db.put(u"audit_entry"_s, id, entry, u"system"_s);
}

QJsonObject MutationEngine::apply(const QJsonObject &m, const PlatformDb::User &user)
{
    const QString mutationId = m.value(u"id"_s).toString();
    Context c{m, user, m.value(u"entity"_s).toString(), m.value(u"entity_id"_s).toString(),
              m.value(u"action"_s).toString(), m.value(u"payload"_s).toObject(), std::nullopt};

    // Idempotency: a known id answers its first answer, whatever has happened since.
    if (const auto first = m_db.mutationResult(mutationId)) {
        // openapi.yaml: any later mutation with the same id, from any user and for any
        // entity, gets the first answer again instead of being executed.
        QJsonObject r = *first;
        if (r.value(u"status"_s).toString() == u"applied"_s)
            r.insert(u"status"_s, u"duplicate"_s);
        return r;
    }

    const auto finish = [&](const QJsonObject &r) {
        m_db.storeMutationResult(mutationId, user.username, r);
        return r;
    };

    for (const char *key : {"entity", "entity_id", "action"}) {
        const QJsonValue v = m.value(QLatin1StringView(key));
        if (!v.isString() || v.toString().isEmpty() || v.toString().size() > 200)
            return finish(rejected(c, invalidMutation(u"'%1' must be a non-empty string"_s.arg(QLatin1StringView(key)))));
    }
    if (m.contains(u"payload"_s) && !m.value(u"payload"_s).isObject())
        return finish(rejected(c, invalid(u"'payload' must be an object"_s)));
    const QJsonValue bv = m.value(u"base_version"_s);
    if (!bv.isDouble() || bv.toDouble() < 0 || !isWhole(bv.toDouble()))
        return finish(rejected(c, invalidMutation(u"'base_version' must be a whole number >= 0"_s)));
    const qint64 baseVersion = qint64(bv.toDouble());
    if (!EntityColumns::isEntity(c.entity))
        return finish(rejected(c, invalidMutation(u"unknown entity '%1'"_s.arg(c.entity))));
    if (!hasAction(c.entity, c.action))
        return finish(rejected(c, invalidMutation(u"'%1' is not an action of %2"_s.arg(c.action, c.entity))));
    if (!isAllowed(user.role, c.entity, c.action))
        return finish(rejected(c, Problem::make(403, u"forbidden"_s, u"Not allowed for this role"_s,
                                                u"The %1 role may not %2 a %3."_s.arg(user.role, c.action, c.entity))));

    if (const auto keys = payloadKeys().constFind(c.action); keys != payloadKeys().cend()) {
        for (const QString &k : c.payload.keys())
            if (!keys->contains(k))
                return finish(rejected(c, invalid(u"'%1' takes no field '%2'"_s.arg(c.action, k))));
    }

    c.stored = m_db.get(c.entity, c.entityId);
    const bool exists = c.stored && !c.stored->deleted;
    if (c.action == u"create"_s) {
        if (exists)
            return finish(rejected(c, Problem::make(409, u"already-exists"_s, u"Already exists"_s,
                                                    u"%1 %2 exists already."_s.arg(c.entity, c.entityId))));
    } else if (!exists) {
        // Deleted by someone else after the sender last saw it: the sender must see that.
        if (c.stored && baseVersion > 0) {
            const QStringList others = m_db.otherActorsSince(c.entity, c.entityId, baseVersion, user.username);
            if (!others.isEmpty())
                return finish(conflict(c, u"conflict"_s, u"Deleted by %1."_s.arg(others.join(u", "_s))));
        }
        return finish(rejected(c, Problem::make(404, u"not-found"_s, u"No such entity"_s,
                                                u"%1 %2 does not exist."_s.arg(c.entity, c.entityId))));
    }

    if (exists && c.action != u"award_points"_s) {
        if (baseVersion > c.stored->version)
            return finish(rejected(c, invalidMutation(u"base_version %1 is newer than the entity (version %2)"_s
                                                          .arg(baseVersion).arg(c.stored->version))));
        const QStringList others = m_db.otherActorsSince(c.entity, c.entityId, baseVersion, user.username);
        if (!others.isEmpty())
            return finish(conflict(c, u"conflict"_s, u"Changed by %1 after version %2."_s.arg(others.join(u", "_s)).arg(baseVersion)));
        if (c.entity == u"moderation_item"_s) {
            const auto [slug, why] = moderationConflict(c);
            if (!slug.isEmpty())
                return finish(conflict(c, slug, why));
        }
    }

    Outcome o;
    if (c.entity == u"moderation_item"_s) o = applyModeration(c);
    else if (c.entity == u"member"_s) o = applyMember(c);
    else if (c.entity == u"group"_s) o = applyGroup(c);
    else if (c.entity == u"tier"_s) o = applyTier(c);
    else if (c.entity == u"feedback"_s) o = applyFeedback(c);
    else o = applyFieldsEntity(c);
    if (!o.problem.isEmpty())
        return finish(rejected(c, o.problem));

    // Commuting changes (points awards) are written as the platform's own, so they never
    // make another user's edit of the same member a conflict.
    const QString writer = o.commutes ? u"system"_s : user.username;
    const qint64 version = o.remove ? m_db.remove(c.entity, c.entityId, writer)
                                    : m_db.put(c.entity, c.entityId, o.data, writer);
    audit(c, version, o.summary);
    QJsonObject r = result(c, u"applied"_s);
    r.insert(u"version"_s, version);
    return finish(r);
}

QPair<QString, QString> MutationEngine::moderationConflict(const Context &c) const
{
    const QJsonObject d = c.stored->data;
    const QString me = c.user.username;
    const QString claimedBy = d.value(u"claimed_by"_s).toString();
    const QDateTime claimExpires = QDateTime::fromString(d.value(u"claim_expires_at"_s).toString(), Qt::ISODate);
    if (!claimedBy.isEmpty() && claimedBy != me && claimExpires > QDateTime::currentDateTimeUtc())
        return {u"claimed"_s, u"Claimed by %1 until %2."_s.arg(claimedBy, d.value(u"claim_expires_at"_s).toString())};
    const QString status = d.value(u"status"_s).toString();
    const QString decidedBy = d.value(u"decided_by"_s).toString();
    if (isDecision(c.action) && (status == u"approved"_s || status == u"rejected"_s)
        && decidedBy != me) {
        return {u"already-decided"_s, u"Already %1 by %2."_s.arg(status, decidedBy)};
    }
    return {};
}

MutationEngine::Outcome MutationEngine::applyModeration(const Context &c)
{
    Outcome o;
    QJsonObject d = c.stored->data;
    const QString reason = c.payload.value(u"reason"_s).toString();
    if (isDecision(c.action)) {
        if (c.payload.contains(u"reason"_s) && !c.payload.value(u"reason"_s).isString()) {
            o.problem = invalid(u"'reason' must be a string"_s);
            return o;
        }
        if (c.action == u"reject"_s && reason.trimmed().isEmpty()) {
            o.problem = invalid(u"a rejection needs a 'reason'"_s);
            return o;
        }
        static const QHash<QString, QString> statusFor = {
            {u"approve"_s, u"approved"_s}, {u"reject"_s, u"rejected"_s}, {u"escalate"_s, u"escalated"_s}};
        d.insert(u"status"_s, statusFor.value(c.action));
        d.insert(u"decided_by"_s, c.user.username);
        d.insert(u"decided_at"_s, nowIso());
        // openapi.yaml (ReasonOptionalPayload): null when left out.
        d.insert(u"decision_reason"_s, c.payload.contains(u"reason"_s) ? QJsonValue(reason)
                                                                     : QJsonValue(QJsonValue::Null));
        d.insert(u"claimed_by"_s, QJsonValue::Null);
        d.insert(u"claim_expires_at"_s, QJsonValue::Null);
        if (c.action != u"escalate"_s)
            d.insert(u"held"_s, false);
        o.summary = reason.isEmpty() ? c.action : c.action + u": "_s + reason.left(120);
    } else if (c.action == u"claim"_s) {
        const QJsonValue mv = c.payload.value(u"minutes"_s);
        const int minutes = mv.isUndefined() ? 15 : mv.toInt(-1);
        if (minutes < 1 || minutes > 240) {
            o.problem = invalid(u"'minutes' must be a whole number from 1 to 240"_s);
            return o;
        }
        const QString until = QDateTime::currentDateTimeUtc().addSecs(minutes * 60).toString(Qt::ISODate);
        d.insert(u"claimed_by"_s, c.user.username);
        d.insert(u"claim_expires_at"_s, until);
        o.summary = u"claim until "_s + until;
    } else if (c.action == u"release"_s) {
        if (d.value(u"claimed_by"_s).toString() != c.user.username) {
            o.problem = invalidState(u"You hold no claim on this item."_s);
            return o;
        }
        d.insert(u"claimed_by"_s, QJsonValue::Null);
        d.insert(u"claim_expires_at"_s, QJsonValue::Null);
        o.summary = u"release"_s;
    } else if (c.action == u"hold"_s) {
        if (!c.payload.value(u"held"_s).isBool()) {
            o.problem = invalid(u"'held' must be true or false"_s);
            return o;
        }
        d.insert(u"held"_s, c.payload.value(u"held"_s).toBool());
        o.summary = c.payload.value(u"held"_s).toBool() ? u"hold"_s : u"unhold"_s;
    }
    o.data = d;
    return o;
}

MutationEngine::Outcome MutationEngine::applyMember(const Context &c)
{
    Outcome o;
    QJsonObject d = c.stored->data;
    const QJsonObject &p = c.payload;
    if (c.action == u"award_points"_s) {
        const QJsonValue pv = p.value(u"points"_s);
        const double points = pv.toDouble(0);
        if (!pv.isDouble() || points == 0 || !isWhole(points) || std::abs(points) > 1e6) {
            o.problem = invalid(u"'points' must be a whole number other than 0, at most 1000000 either way"_s);
            return o;
        }
        const QString reason = p.value(u"reason"_s).toString().trimmed();
        if (reason.isEmpty() || reason.size() > 500) {
            o.problem = invalid(u"an award needs a 'reason' (at most 500 characters)"_s);
            return o;
        }
        d.insert(u"points"_s, d.value(u"points"_s).toInteger() + qint64(points));
        const QString entryId = u"p"_s + QString::number(m_db.nextId(u"points_entry"_s));
        m_db.put(u"points_entry"_s, entryId,
                 QJsonObject{{u"member_id"_s, c.entityId}, {u"points"_s, qint64(points)},
                             {u"reason"_s, reason}, {u"awarded_by"_s, c.user.username},
                             {u"created_at"_s, nowIso()}},
                 u"system"_s);
        o.commutes = true;
        o.summary = u"%1 points: %2"_s.arg(qint64(points)).arg(reason);
    } else if (c.action == u"award_badge"_s || c.action == u"revoke_badge"_s) {
        const QString badgeId = p.value(u"badge_id"_s).toString();
        auto badge = m_db.get(u"badge"_s, badgeId);
        if (!badge || badge->deleted) {
            o.problem = invalid(u"unknown badge '%1'"_s.arg(badgeId));
            return o;
        }
        QJsonArray badges = d.value(u"badges"_s).toArray();
        const bool has = badges.contains(badgeId);
        const bool award = c.action == u"award_badge"_s;
        if (!award && !has) {
            o.problem = invalidState(u"The member does not have the badge '%1'."_s.arg(badgeId));
            return o;
        }
        if (award && !has)
            badges.append(badgeId);
        if (!award && has) {
            for (qsizetype i = badges.size() - 1; i >= 0; --i)
                if (badges.at(i).toString() == badgeId)
                    badges.removeAt(i);
        }
        if (award != has) {
            QJsonObject b = badge->data;
            b.insert(u"awarded_count"_s, std::max<qint64>(0, b.value(u"awarded_count"_s).toInteger() + (award ? 1 : -1)));
            m_db.put(u"badge"_s, badgeId, b, u"system"_s);
        }
        d.insert(u"badges"_s, badges);
        o.summary = c.action + u" "_s + badgeId;
    } else if (c.action == u"set_tier"_s) {
        const QString tier = p.value(u"tier"_s).toString();
        const auto t = m_db.get(u"tier"_s, tier);
        if (!t || t->deleted) {
            o.problem = invalid(u"unknown tier '%1'"_s.arg(tier));
            return o;
        }
        if (!p.value(u"locked"_s).isBool()) { // SetTierPayload: required
            o.problem = invalid(u"'locked' must be true or false"_s);
            return o;
        }
        if (d.value(u"tier"_s).toString() != tier)
            d.insert(u"tier_since"_s, nowIso());
        d.insert(u"tier"_s, tier);
        if (p.contains(u"locked"_s))
            d.insert(u"tier_locked"_s, p.value(u"locked"_s).toBool());
        o.summary = u"tier %1%2"_s.arg(tier, d.value(u"tier_locked"_s).toBool() ? u" (locked)"_s : QString());
    } else if (c.action == u"add_note"_s) {
        const QString text = p.value(u"text"_s).toString().trimmed();
        if (text.isEmpty() || text.size() > 2000) {
            o.problem = invalid(u"a note needs 'text' (at most 2000 characters)"_s);
            return o;
        }
        QJsonArray notes = d.value(u"notes"_s).toArray();
        notes.append(QJsonObject{{u"text"_s, text}, {u"by"_s, c.user.username}, {u"at"_s, nowIso()}});
        d.insert(u"notes"_s, notes);
        o.summary = u"note"_s;
    } else if (c.action == u"mute"_s) {
        const QDateTime until = QDateTime::fromString(p.value(u"until"_s).toString(), Qt::ISODate);
        if (!until.isValid() || until <= QDateTime::currentDateTimeUtc()) {
            o.problem = invalid(u"'until' must be a timestamp in the future"_s);
            return o;
        }
        if (d.value(u"status"_s).toString() == u"banned"_s) {
            o.problem = invalidState(u"The member is banned; unban first."_s);
            return o;
        }
        d.insert(u"status"_s, u"muted"_s);
        d.insert(u"muted_until"_s, until.toUTC().toString(Qt::ISODate));
        o.summary = u"mute until %1 %2"_s.arg(until.toUTC().toString(Qt::ISODate), p.value(u"reason"_s).toString()).trimmed();
    } else if (c.action == u"unmute"_s || c.action == u"unban"_s) {
        const QString expected = c.action == u"unmute"_s ? u"muted"_s : u"banned"_s;
        if (d.value(u"status"_s).toString() != expected) {
            o.problem = invalidState(u"The member is not %1."_s.arg(expected));
            return o;
        }
        d.insert(u"status"_s, u"active"_s);
        d.insert(u"muted_until"_s, QJsonValue::Null);
        o.summary = c.action;
    } else if (c.action == u"ban"_s) {
        const QString reason = p.value(u"reason"_s).toString().trimmed();
        if (reason.isEmpty()) {
            o.problem = invalid(u"a ban needs a 'reason'"_s);
            return o;
        }
        d.insert(u"status"_s, u"banned"_s);
        d.insert(u"muted_until"_s, QJsonValue::Null);
        o.summary = u"ban: "_s + reason.left(120);
    }
    o.data = d;
    return o;
}

MutationEngine::Outcome MutationEngine::applyGroup(const Context &c)
{
    Outcome o;
    QJsonObject d = c.stored->data;
    const QString memberId = c.payload.value(u"member_id"_s).toString();
    const auto member = m_db.get(u"member"_s, memberId);
    if (!member || member->deleted) {
        o.problem = invalid(u"unknown member '%1'"_s.arg(memberId));
        return o;
    }
    QJsonArray admins = d.value(u"admins"_s).toArray();
    if (c.action == u"add_admin"_s && !admins.contains(memberId))
        admins.append(memberId);
    if (c.action == u"remove_admin"_s) {
        if (!admins.contains(memberId)) {
            o.problem = invalidState(u"Member %1 is not an admin of this group."_s.arg(memberId));
            return o;
        }
        for (qsizetype i = admins.size() - 1; i >= 0; --i)
            if (admins.at(i).toString() == memberId)
                admins.removeAt(i);
    }
    d.insert(u"admins"_s, admins);
    o.data = d;
    o.summary = c.action + u" "_s + memberId;
    return o;
}

MutationEngine::Outcome MutationEngine::applyTier(const Context &c)
{
    if (c.action != u"reorder"_s)
        return applyFieldsEntity(c);
    Outcome o;
    const QJsonValue ov = c.payload.value(u"order"_s);
    if (!ov.isDouble() || ov.toDouble() < 0 || !isWhole(ov.toDouble())) {
        o.problem = invalid(u"'order' must be a whole number >= 0"_s);
        return o;
    }
    const int pos = renumberTiers(c.entityId, int(std::min(ov.toDouble(), 1e6)), c.user.username);
    o.data = c.stored->data;
    o.data.insert(u"order"_s, pos);
    o.summary = u"reorder to %1"_s.arg(pos);
    return o;
}

int MutationEngine::renumberTiers(const QString &movedId, int position, const QString &actor)
{
    // Every tier gets order 0..n-1, with the moved (or new) one at `position`.
    QList<QPair<int, QString>> tiers;
    QSqlQuery q(m_db.db());
    q.exec(u"SELECT id, data ->> '$.order' FROM entities WHERE entity = 'tier' AND deleted = 0"_s);
    while (q.next())
        if (q.value(0).toString() != movedId)
            tiers.append({q.value(1).toInt(), q.value(0).toString()});
    std::sort(tiers.begin(), tiers.end());
    const int pos = std::clamp(position, 0, int(tiers.size()));
    tiers.insert(pos, {pos, movedId});
    for (int i = 0; i < tiers.size(); ++i) {
        if (tiers[i].second == movedId)
            continue;
        auto t = m_db.get(u"tier"_s, tiers[i].second);
        if (t && t->data.value(u"order"_s).toInt() != i) {
            t->data.insert(u"order"_s, i);
            m_db.put(u"tier"_s, tiers[i].second, t->data, actor);
        }
    }
    return pos;
}

MutationEngine::Outcome MutationEngine::applyFieldsEntity(const Context &c)
{
    Outcome o;
    if (c.action == u"delete"_s) {
        o.remove = true;
        o.summary = u"delete"_s;
        return o;
    }
    const bool create = c.action == u"create"_s;
    QJsonObject d = create ? QJsonObject() : c.stored->data;
    // openapi.yaml: updates take a non-empty subset; a budget update is a whole BudgetPayload.
    if (!create && c.payload.isEmpty()) {
        o.problem = invalid(u"an update needs at least one field"_s);
        return o;
    }
    if (!create && c.entity == u"budget"_s
        && (!c.payload.contains(u"quarter"_s) || !c.payload.contains(u"amount"_s))) {
        o.problem = invalid(u"a budget update needs 'quarter' and 'amount'"_s);
        return o;
    }
    const QString problem = PayloadSchema::mergeFields(c.entity, c.payload, create, d);
    if (!problem.isEmpty()) {
        o.problem = invalid(problem);
        return o;
    }
    if (c.entity == u"keyword_rule"_s) {
        if (d.value(u"is_regex"_s).toBool()) {
            const QRegularExpression re(d.value(u"pattern"_s).toString());
            if (!re.isValid()) {
                o.problem = invalid(u"'pattern' is not a valid regular expression: "_s + re.errorString());
                return o;
            }
        }
        if (create) {
            d.insert(u"created_by"_s, c.user.username);
            d.insert(u"created_at"_s, nowIso());
            for (const auto &[k, v] : {std::pair{u"is_regex"_s, QJsonValue(false)},
                                       std::pair{u"whole_word"_s, QJsonValue(false)},
                                       std::pair{u"boards"_s, QJsonValue(QJsonArray())},
                                       std::pair{u"kinds"_s, QJsonValue(QJsonArray())},
                                       std::pair{u"enabled"_s, QJsonValue(true)},
                                       std::pair{u"label"_s, QJsonValue(QJsonValue::Null)},
                                       std::pair{u"note"_s, QJsonValue(QJsonValue::Null)}})
                if (!d.contains(k))
                    d.insert(k, v);
        }
    } else if (c.entity == u"campaign"_s) {
        if (d.value(u"start_date"_s).toString() > d.value(u"end_date"_s).toString()) {
            o.problem = invalid(u"'end_date' is before 'start_date'"_s);
            return o;
        }
        if (create) {
            for (const auto &[k, v] : {std::pair{u"status"_s, QJsonValue(u"draft"_s)},
                                       std::pair{u"owner"_s, QJsonValue(c.user.username)},
                                       std::pair{u"place"_s, QJsonValue(QJsonValue::Null)},
                                       std::pair{u"budget"_s, QJsonValue(0)},
                                       std::pair{u"cost"_s, QJsonValue(0)},
                                       std::pair{u"target_tier"_s, QJsonValue(QJsonValue::Null)},
                                       std::pair{u"target_segment"_s, QJsonValue(QJsonValue::Null)},
                                       std::pair{u"goals"_s, QJsonValue(QJsonObject{
                                           {u"participants"_s, 0}, {u"new_members"_s, 0},
                                           {u"conversions"_s, 0}, {u"revenue"_s, 0}})},
                                       std::pair{u"results"_s, QJsonValue(QJsonValue::Null)},
                                       std::pair{u"variants"_s, QJsonValue(QJsonArray())},
                                       std::pair{u"notes"_s, QJsonValue(QJsonValue::Null)}})
                if (!d.contains(k))
                    d.insert(k, v);
        }
    } else if (c.entity == u"budget"_s) {
        if (d.value(u"quarter"_s).toString() != c.entityId) {
            o.problem = invalid(u"a budget's id is its quarter"_s);
            return o;
        }
        if (!d.contains(u"notes"_s))
            d.insert(u"notes"_s, QJsonValue::Null);
    } else if (c.entity == u"tier"_s && !create && c.payload.contains(u"order"_s)) {
        o.problem = invalid(u"a tier's position changes only through 'reorder'"_s);
        return o;
    } else if (c.entity == u"tier"_s && create) {
        const int wanted = d.contains(u"order"_s) ? d.value(u"order"_s).toInt() : int(m_db.count(u"tier"_s));
        d.insert(u"order"_s, renumberTiers(c.entityId, wanted, c.user.username));
        if (!d.contains(u"privileges"_s))
            d.insert(u"privileges"_s, QJsonArray());
        if (!d.contains(u"demotion_grace_days"_s))
            d.insert(u"demotion_grace_days"_s, 0); // TierCreatePayload default
    }
    o.data = d;
    o.summary = create ? u"create"_s : u"update "_s + c.payload.keys().join(u", "_s);
    return o;
}

MutationEngine::Outcome MutationEngine::applyFeedback(const Context &c)
{
    Outcome o;
    QJsonObject d = c.stored->data;
    const QString now = nowIso();
    if (c.action == u"reply"_s) {
        const QString body = c.payload.value(u"body"_s).toString().trimmed();
        if (body.isEmpty() || body.size() > 10000) {
            o.problem = invalid(u"a reply needs a 'body' (at most 10000 characters)"_s);
            return o;
        }
        QJsonArray replies = d.value(u"replies"_s).toArray();
        replies.append(QJsonObject{{u"by"_s, c.user.username}, {u"body"_s, body}, {u"at"_s, now}});
        d.insert(u"replies"_s, replies);
        if (d.value(u"first_reply_at"_s).toString().isEmpty())
            d.insert(u"first_reply_at"_s, now);
        if (d.value(u"status"_s).toString() == u"open"_s)
            d.insert(u"status"_s, u"answered"_s);
        o.summary = u"reply"_s;
    } else {
        if (d.value(u"status"_s).toString() == u"resolved"_s) {
            o.problem = invalidState(u"The feedback is resolved already."_s);
            return o;
        }
        d.insert(u"status"_s, u"resolved"_s);
        d.insert(u"resolved_at"_s, now);
        o.summary = u"resolve"_s;
    }
    o.data = d;
    return o;
}
