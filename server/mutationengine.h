#pragma once

#include "platformdb.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

// Applies client mutations (POST /v1/mutations) to the platform state: role checks,
// idempotency by mutation id, conflict detection against base_version, validation of the
// payload, the change itself, and its audit entry. One call applies one mutation; the
// caller holds the transaction.
class MutationEngine final
{
    Q_DISABLE_COPY_MOVE(MutationEngine)
public:
    explicit MutationEngine(PlatformDb &db);

    QJsonObject apply(const QJsonObject &mutation, const PlatformDb::User &user);

    // entity -> actions, for the given role.
    static QJsonObject allowedActions(const QString &role);
    static bool isAllowed(const QString &role, const QString &entity, const QString &action);
    static bool hasAction(const QString &entity, const QString &action);

private:
    struct Outcome {
        QJsonObject data;     // the entity after the change (when not deleting)
        bool remove = false;  // delete the entity
        bool commutes = false; // the change commutes with others (points awards)
        QString summary;
        QJsonObject problem;  // set when the payload is invalid
    };
    struct Context {
        const QJsonObject &mutation;
        const PlatformDb::User &user;
        const QString entity;
        const QString entityId;
        const QString action;
        const QJsonObject payload;
        std::optional<PlatformDb::Stored> stored;
    };

    Outcome applyModeration(const Context &c);
    Outcome applyMember(const Context &c);
    Outcome applyGroup(const Context &c);
    Outcome applyTier(const Context &c);
    Outcome applyFieldsEntity(const Context &c); // keyword_rule, campaign, budget
    Outcome applyFeedback(const Context &c);
    // {problem slug, detail} when another moderator's claim or decision stands in the way.
    int renumberTiers(const QString &movedId, int position, const QString &actor);
    QPair<QString, QString> moderationConflict(const Context &c) const;

    QJsonObject result(const Context &c, const QString &status) const;
    QJsonObject rejected(const Context &c, const QJsonObject &problem) const;
    QJsonObject conflict(const Context &c, const QString &slug, const QString &detail);
    void audit(const Context &c, qint64 version, const QString &summary);

    PlatformDb &m_db;
};
