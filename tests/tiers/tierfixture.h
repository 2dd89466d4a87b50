#pragma once

#include "store.h"
#include "storenotifier.h"
#include "tierruleset.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTemporaryDir>
#include <memory>

// A cache file with tiers and members written through Store::applyChangesPage (what a
// sync does), for the tiers, segments and leaderboards tests.
class TierFixture final
{
    Q_DISABLE_COPY_MOVE(TierFixture)
public:
    struct Member {
        QString id;
        QString tier = QStringLiteral("newcomer");
        bool locked = false;
        QDateTime tierSince;
        QDateTime joined;
        QDateTime lastActive;
        QDateTime lastPurchase;
        qint64 points = 0, activeDays30 = 0, posts30 = 0, comments30 = 0, helpful30 = 0, postsTotal = 0,
               helpfulTotal = 0;
        double spend = 0;
        QString status = QStringLiteral("active");
    };

    TierFixture();
    bool open();
    Store *store() const { return m_store.get(); }
    StoreNotifier *notifier() const { return m_notifier.get(); }
    QString path() const { return m_store->filePath(); }
    QString dataDir() const { return m_dir.path(); }
    static QDateTime now();

    void addTiers(const TierRuleSet &tiers);
    void addMembers(const QList<Member> &members);
    void addLedger(const QString &id, const QString &memberId, qint64 points, const QString &reason, const QDateTime &at);
    // `count` members with figures from a fixed pseudo-random sequence (ids 1..count).
    QList<Member> generated(int count) const;
    void setRole(const QString &role);

private:
    void apply(const QList<struct Change> &changes);
    QTemporaryDir m_dir;
    std::unique_ptr<StoreNotifier> m_notifier;
    std::unique_ptr<Store> m_store;
    qint64 m_seq = 0;
};
