#pragma once

// Shared by the fault and kill tests: a large offline outbox made as a manager makes it
// (point awards, moderation decisions with some claim-then-decide pairs, campaign
// creates, interleaved), the platform's state read through its change feed, and the two
// checks the issue asks for — every change on the server exactly once, and the cache
// equal to the server for everything the outbox touched.

#include "testserver.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <random>

class Store;

// One entity as the server holds it (the latest row per entity in /v1/changes).
struct ServerRow {
    qint64 version = 0;
    bool deleted = false;
    QJsonObject data;
};

struct ServerState {
    QHash<QString, QHash<QString, ServerRow>> rows; // entity -> id -> row
    qint64 lastSeq = 0;
    const QHash<QString, ServerRow> &of(const QString &entity) const;
    qint64 live(const QString &entity) const;
};

// GET /v1/changes from `since` to the end (429s waited out), row by row.
bool readFeed(const TestHttp &http, const QString &token, qint64 &since,
              const std::function<void(const QJsonObject &)> &each, QString *why);
bool readServer(const TestHttp &http, const QString &token, ServerState &state, QString *why);

class OutboxPlan
{
public:
    struct Award {
        QString mutationId;
        QString memberId;
        qint64 points = 0;
        QString reason;
    };
    struct Decision {
        QStringList mutationIds; // claim (optional) then the decision
        QString itemId;
        QString finalStatus;
        QString reason;
    };
    struct CampaignCreate {
        QString mutationId;
        QString id;
        QString name;
    };

    // `tag` starts every reason and name, so the checks find exactly this plan's rows.
    explicit OutboxPlan(QString tag) : m_tag(std::move(tag)) {}

    // The platform before the outbox (balances, counts); call before enqueue().
    void recordBaseline(const ServerState &server);
    // Someone else's award made on the server meanwhile: part of the expected state.
    void recordOtherAward(const QString &memberId, qint64 points);
    // Enqueues into `store` (which must hold a synced cache). Empty on success.
    QString enqueue(Store &store, int awards, int maxDecisions, int campaigns, std::mt19937 &rng);

    // Every award, decision and campaign exactly once, one audit entry per mutation id.
    // Empty when so; else the first difference.
    QString checkServer(const ServerState &server) const;
    // The cache after the last sync: empty outbox, no conflicts, the server's cursor, the
    // same row counts for every entity, and the same versions and fields for every entity
    // the outbox touched, ledger included.
    QString checkCache(Store &store, const ServerState &server) const;

    const QStringList &mutationIds() const { return m_ids; }
    const QList<Award> &awards() const { return m_awards; }
    // member -> balance the cache must show whatever has been pushed (all awards applied).
    QHash<QString, qint64> expectedBalances() const;
    QString tag() const { return m_tag; }

private:
    QString m_tag;
    QHash<QString, qint64> m_seedPoints;
    QHash<QString, qint64> m_seedCounts;
    QList<Award> m_awards;
    QList<Decision> m_decisions;
    QList<CampaignCreate> m_campaigns;
    QStringList m_ids;
};
