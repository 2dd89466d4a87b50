#pragma once

#include "accountservice.h"
#include "credentialstore.h"
#include "panecontext.h"
#include "store.h"
#include "syncservice.h"

#include <QUrl>
#include <memory>

// The services a pane needs around an open Store (as main() builds them): an account
// whose token lives in memory only, and a sync service.
class PaneHarness final
{
public:
    explicit PaneHarness(Store *store)
        : m_store(store)
    {
        m_credentials.setMemoryOnly(true);
        m_account = std::make_unique<AccountService>(store, &m_credentials);
        m_sync = std::make_unique<SyncService>(store);
    }
    ~PaneHarness()
    {
        m_sync.reset();
        m_account.reset();
    }
    PaneContext context() { return {m_store, m_sync.get(), m_account.get()}; }
    SyncService *sync() const { return m_sync.get(); }
    AccountService *account() const { return m_account.get(); }
    // One sync against `url` with `token`; true when it succeeded.
    bool syncWith(const QUrl &url, const QString &token, QString *message = nullptr);

private:
    Store *m_store = nullptr;
    CredentialStore m_credentials;
    std::unique_ptr<AccountService> m_account;
    std::unique_ptr<SyncService> m_sync;
};
