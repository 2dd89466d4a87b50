#pragma once

#include "accountservice.h"
#include "credentialstore.h"
#include "panecontext.h"
#include "store.h"
#include "storenotifier.h"
#include "syncservice.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <memory>

// A cache file in a scratch directory with the services the widgets use, filled through
// Store's typed API (the same calls sync makes), never through SQL.
class CacheFixture final
{
    Q_DISABLE_COPY_MOVE(CacheFixture)
public:
    CacheFixture();
    ~CacheFixture();

    // Opens the cache and builds the services; false (with a QTest failure) on error.
    bool open();
    PaneContext context() { return {m_store.get(), m_sync.get(), m_account.get()}; }
    Store *store() const { return m_store.get(); }
    SyncService *sync() const { return m_sync.get(); }
    AccountService *account() const { return m_account.get(); }
    QString dataDir() const { return m_dir.path(); }

    // A profile as after a login (role and allowed actions), without a token.
    void setRole(const QString &username, const QString &role);
    void addModerationItem(const QString &id, qint64 version = 3);
    // Queues "reject" on a cached moderation item; returns the mutation id.
    QString enqueueReject(const QString &itemId, const QString &reason = QStringLiteral("spam"));
    // Records the server's "conflict" answer for a queued mutation: lin approved at 10:42.
    void recordConflict(const QString &mutationId, const QString &itemId);
    // `count` audit entries, entry i by actors[i % actors.size()], newest has the highest i.
    void addAuditEntries(int count, const QStringList &actors = {QStringLiteral("manager"), QStringLiteral("lin")});

    static QJsonObject allowedActionsFor(const QString &role);

private:
    void applyChanges(const QList<Change> &changes);

    QTemporaryDir m_dir;
    std::unique_ptr<StoreNotifier> m_notifier;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<AccountService> m_account;
    std::unique_ptr<SyncService> m_sync;
    qint64 m_seq = 0;
};
