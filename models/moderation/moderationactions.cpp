#include "moderationactions.h"

#include "reasontemplatemodel.h"
#include "store.h"
#include "localeformat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
bool isDecision(const QString &action)
{
    return action == u"approve"_s || action == u"reject"_s || action == u"escalate"_s;
}
} // namespace

QString ModerationActions::otherClaim(const QJsonObject &item, const QString &me, const QDateTime &now)
{
    const QString holder = item.value(u"claimed_by"_s).toString();
    if (holder.isEmpty() || holder == me)
        return {};
    const QDateTime until = QDateTime::fromString(item.value(u"claim_expires_at"_s).toString(), Qt::ISODate);
    if (!until.isValid())
        return holder;
    if (until <= now)
        return {};
    const QLocale locale;
    const QDateTime local = until.toLocalTime();
    const QString when = local.date() == now.toLocalTime().date()
        ? LocaleFormat::time(local.time(), QLocale::ShortFormat, locale)
        : LocaleFormat::dateTime(local, QLocale::ShortFormat, locale);
    return tr("%1 until %2").arg(holder, when);
}

QString ModerationActions::authorName(const QJsonObject &item) const
{
    const QString authorId = item.value(u"author_id"_s).toString();
    if (const auto member = m_store->entity(u"member"_s, authorId)) {
        for (const QString key : {u"display_name"_s, u"handle"_s}) {
            const QString name = member->value(key).toString();
            if (!name.isEmpty())
                return name;
        }
    }
    return authorId;
}

QString ModerationActions::refusal(const QJsonObject &item, const QString &action) const
{
    const QString me = m_store->actor();
    if (action != u"release"_s) {
        const QString other = otherClaim(item, me, QDateTime::currentDateTimeUtc());
        if (!other.isEmpty())
            return tr("Claimed by %1.").arg(other);
    }
    if (isDecision(action)) {
        const QString status = item.value(u"status"_s).toString();
        const QString by = item.value(u"decided_by"_s).toString();
        if (!by.isEmpty() && by != me) {
            if (status == u"approved"_s)
                return tr("Already approved by %1.").arg(by);
            if (status == u"rejected"_s)
                return tr("Already rejected by %1.").arg(by);
        }
    }
    if (action == u"release"_s && item.value(u"claimed_by"_s).toString() != me)
        return tr("You hold no claim on this item.");
    return {};
}

ModerationActions::Result ModerationActions::enqueue(const QString &entity, const QString &entityId,
                                                     const QString &action, const QJsonObject &payload,
                                                     const QString &itemId)
{
    Result r{itemId, {}, {}};
    Mutation m;
    m.entity = entity;
    m.entityId = entityId;
    m.action = action;
    m.payload = payload;
    QString error;
    r.mutationId = m_store->enqueue(m, &error);
    if (r.mutationId.isEmpty())
        r.error = error.isEmpty() ? tr("The change could not be saved.") : error;
    return r;
}

ModerationActions::Result ModerationActions::decide(const QString &itemId, const QString &action, const QString &reason)
{
    const auto item = m_store->entity(u"moderation_item"_s, itemId);
    if (!item)
        return {itemId, {}, tr("The item is not in the local cache.")};
    if (const QString why = refusal(*item, action); !why.isEmpty())
        return {itemId, {}, why};
    if (action == u"reject"_s && reason.trimmed().isEmpty())
        return {itemId, {}, tr("A rejection needs a reason.")};
    QJsonObject payload;
    if (!reason.trimmed().isEmpty())
        payload.insert(u"reason"_s, reason.trimmed());
    return enqueue(u"moderation_item"_s, itemId, action, payload, itemId);
}

QList<ModerationActions::Result> ModerationActions::decideMany(const QStringList &itemIds, const QString &action,
                                                               const QString &reasonTemplate)
{
    QList<Result> out;
    out.reserve(itemIds.size());
    for (const QString &id : itemIds) {
        QString reason;
        if (!reasonTemplate.isEmpty()) {
            const auto item = m_store->entity(u"moderation_item"_s, id);
            reason = item ? ReasonTemplateModel::expand(reasonTemplate, *item, authorName(*item)) : reasonTemplate;
        }
        out << decide(id, action, reason);
    }
    return out;
}

ModerationActions::Result ModerationActions::claim(const QString &itemId, int minutes)
{
    const auto item = m_store->entity(u"moderation_item"_s, itemId);
    if (!item)
        return {itemId, {}, tr("The item is not in the local cache.")};
    if (const QString why = refusal(*item, u"claim"_s); !why.isEmpty())
        return {itemId, {}, why};
    return enqueue(u"moderation_item"_s, itemId, u"claim"_s, QJsonObject{{u"minutes"_s, minutes}}, itemId);
}

ModerationActions::Result ModerationActions::release(const QString &itemId)
{
    const auto item = m_store->entity(u"moderation_item"_s, itemId);
    if (!item)
        return {itemId, {}, tr("The item is not in the local cache.")};
    if (const QString why = refusal(*item, u"release"_s); !why.isEmpty())
        return {itemId, {}, why};
    return enqueue(u"moderation_item"_s, itemId, u"release"_s, {}, itemId);
}

ModerationActions::Result ModerationActions::muteAuthor(const QString &itemId, const QDateTime &until,
                                                        const QString &reason)
{
    const auto item = m_store->entity(u"moderation_item"_s, itemId);
    if (!item)
        return {itemId, {}, tr("The item is not in the local cache.")};
    const QString author = item->value(u"author_id"_s).toString();
    if (!m_store->entity(u"member"_s, author))
        return {itemId, {}, tr("The author is not in the local cache.")};
    if (!until.isValid() || until <= QDateTime::currentDateTimeUtc())
        return {itemId, {}, tr("A mute must end in the future.")};
    QJsonObject payload{{u"until"_s, until.toUTC().toString(Qt::ISODate)}};
    if (!reason.trimmed().isEmpty())
        payload.insert(u"reason"_s, reason.trimmed());
    return enqueue(u"member"_s, author, u"mute"_s, payload, itemId);
}

ModerationActions::Result ModerationActions::banAuthor(const QString &itemId, const QString &reason)
{
    const auto item = m_store->entity(u"moderation_item"_s, itemId);
    if (!item)
        return {itemId, {}, tr("The item is not in the local cache.")};
    const QString author = item->value(u"author_id"_s).toString();
    if (!m_store->entity(u"member"_s, author))
        return {itemId, {}, tr("The author is not in the local cache.")};
    if (reason.trimmed().isEmpty())
        return {itemId, {}, tr("A ban needs a reason.")};
    return enqueue(u"member"_s, author, u"ban"_s, QJsonObject{{u"reason"_s, reason.trimmed()}}, itemId);
}

bool ModerationActions::undo(const QString &mutationId, QString *error)
{
    return m_store->undo(mutationId, error);
}

ModerationActions::Result ModerationActions::replyToFeedback(const QString &feedbackId, const QString &body)
{
    if (body.trimmed().isEmpty())
        return {feedbackId, {}, tr("A reply needs text.")};
    if (body.size() > 10000)
        return {feedbackId, {}, tr("A reply can be at most 10,000 characters long.")};
    return enqueue(u"feedback"_s, feedbackId, u"reply"_s, QJsonObject{{u"body"_s, body.trimmed()}}, feedbackId);
}

ModerationActions::Result ModerationActions::resolveFeedback(const QString &feedbackId)
{
    const auto ticket = m_store->entity(u"feedback"_s, feedbackId);
    if (!ticket)
        return {feedbackId, {}, tr("The feedback is not in the local cache.")};
    if (ticket->value(u"status"_s).toString() == u"resolved"_s)
        return {feedbackId, {}, tr("The feedback is resolved already.")};
    return enqueue(u"feedback"_s, feedbackId, u"resolve"_s, {}, feedbackId);
}
