#pragma once

#include "synctypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

class Store;

// The manager's and moderator's actions on members, single or over a selection. Each call
// builds one mutation per member that the action fits (a badge is revoked only from those
// holding it, an unmute only for muted members) and queues them all in ONE transaction
// through the outbox: all or nothing. Returns how many were queued; -1 and *error when
// nothing was.
class MemberActions final
{
    Q_DECLARE_TR_FUNCTIONS(MemberActions)
public:
    explicit MemberActions(Store *store) : m_store(store) {}

    int awardPoints(const QStringList &memberIds, qint64 points, const QString &reason, QString *error = nullptr);
    int awardBadge(const QStringList &memberIds, const QString &badgeId, QString *error = nullptr);
    int revokeBadge(const QStringList &memberIds, const QString &badgeId, QString *error = nullptr);
    int setTier(const QStringList &memberIds, const QString &tier, bool locked, QString *error = nullptr);
    int mute(const QStringList &memberIds, const QDateTime &until, const QString &reason, QString *error = nullptr);
    int unmute(const QStringList &memberIds, QString *error = nullptr);
    int addNote(const QStringList &memberIds, const QString &text, QString *error = nullptr);
    // A study group's new admin (a manager's action on the group).
    bool addGroupAdmin(const QString &groupId, const QString &memberId, QString *error = nullptr);

    // The mutations a bulk action would queue (also what the tests check).
    QList<Mutation> build(const QStringList &memberIds, const QString &action, const QJsonObject &payload) const;

private:
    int enqueue(const QList<Mutation> &mutations, QString *error);

    Store *m_store = nullptr;
};
