#include "sessionbinder.h"

#include "accountservice.h"
#include "syncservice.h"

SessionBinder::SessionBinder(const PaneContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    connect(m_context.account, &AccountService::accessTokenChanged, this, &SessionBinder::applyToken);
    // A 401 during sync: forget the token so the status bar offers "Log in"; the outbox
    // is kept and goes out after the next login.
    connect(m_context.sync, &SyncService::authenticationRequired,
            m_context.account, &AccountService::invalidateToken);
}

void SessionBinder::start()
{
    applyProfile();
    m_context.sync->setAccessToken(m_context.account->accessToken());
    m_context.sync->start();
}

void SessionBinder::applyProfile()
{
    if (const auto profile = m_context.account->profile(); profile && profile->serverUrl.isValid())
        m_context.sync->setServerUrl(profile->serverUrl, profile->insecure);
}

void SessionBinder::applyToken(const QString &token)
{
    applyProfile();
    m_context.sync->setAccessToken(token);
    if (!token.isEmpty())
        m_context.sync->syncNow();
}
