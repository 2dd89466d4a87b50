#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class Store;

// The moderator's decisions, each one optimistic mutation through Store::enqueue (so it
// shows at once, waits in the outbox as "pending sync" and can be undone until pushed).
// Refuses up front what the platform would refuse: deciding an item someone else holds a
// live claim on, or one another moderator has already approved or rejected.
class ModerationActions final
{
    Q_DECLARE_TR_FUNCTIONS(ModerationActions)
public:
    struct Result {
        QString itemId;
        QString mutationId; // empty on failure
        QString error;      // a sentence, empty on success
        bool ok() const { return error.isEmpty(); }
    };

    explicit ModerationActions(Store *store) : m_store(store) {}

    // approve / reject / escalate. A rejection needs a reason.
    Result decide(const QString &itemId, const QString &action, const QString &reason = {});
    // The same decision on every item, in order; `reasonTemplate` is expanded per item
    // (ReasonTemplateModel::expand). One result per item, failures included.
    QList<Result> decideMany(const QStringList &itemIds, const QString &action, const QString &reasonTemplate = {});
    Result claim(const QString &itemId, int minutes = 15);
    Result release(const QString &itemId);
    // The item's author: muted until `until`, or banned.
    Result muteAuthor(const QString &itemId, const QDateTime &until, const QString &reason);
    Result banAuthor(const QString &itemId, const QString &reason);
    bool undo(const QString &mutationId, QString *error = nullptr);

    // "lin until 10:42" when someone other than `me` holds a claim that has not expired
    // at `now`; empty otherwise.
    static QString otherClaim(const QJsonObject &item, const QString &me, const QDateTime &now);
    // The author's display name (or handle, or id) from the cache.
    QString authorName(const QJsonObject &item) const;

    // Feedback tickets: a reply (any number) and resolving.
    Result replyToFeedback(const QString &feedbackId, const QString &body);
    Result resolveFeedback(const QString &feedbackId);

private:
    Result enqueue(const QString &entity, const QString &entityId, const QString &action,
                   const QJsonObject &payload, const QString &itemId);
    QString refusal(const QJsonObject &item, const QString &action) const;

    Store *m_store = nullptr;
};
