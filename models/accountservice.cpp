#include "accountservice.h"

#include "apiclient.h"
#include "credentialstore.h"
#include "store.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

AccountService::AccountService(Store *store, CredentialStore *credentials, QNetworkAccessManager *nam,
                               QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_credentials(credentials)
    , m_api(new ApiClient(nam, this))
{
    connect(m_credentials, &CredentialStore::availabilityChanged, this,
            [this](bool, const QString &reason) { Q_EMIT keychainWarningChanged(reason); });
}

AccountService::~AccountService() = default;

std::optional<ConnectionProfile> AccountService::profile() const
{
    return m_store->profile();
}

QString AccountService::username() const
{
    const auto p = profile();
    return p ? p->username : QString();
}

QString AccountService::role() const
{
    const auto p = profile();
    return p ? p->role : QString();
}

QJsonObject AccountService::allowedActions() const
{
    const auto p = profile();
    return p ? p->allowedActions : QJsonObject();
}

bool AccountService::canDo(const QString &entity, const QString &action) const
{
    return allowedActions().value(entity).toArray().contains(action);
}

QString AccountService::keychainWarning() const
{
    return m_credentials->unavailableReason();
}

void AccountService::setToken(const QString &token)
{
    if (m_token == token)
        return;
    m_token = token;
    Q_EMIT accessTokenChanged(token);
}

void AccountService::login(const ConnectionProfile &profile, const QString &password)
{
    const QString refusal = ApiClient::checkUrl(profile.serverUrl, profile.insecure);
    if (!refusal.isEmpty()) {
        Q_EMIT loginFailed(refusal);
        return;
    }
    m_busy = true;
    m_api->setBaseUrl(profile.serverUrl);
    m_api->setAllowInsecure(profile.insecure);
    m_api->setAccessToken({});
    ApiReply *reply = m_api->login(profile.username, password);
    connect(reply, &ApiReply::finished, this, [this, reply, profile] {
        reply->deleteLater();
        const auto info = reply->ok() ? LoginInfo::fromJson(reply->json()) : std::nullopt;
        if (!info) {
            m_busy = false;
            const ApiError e = reply->ok() ? ApiError(ApiError::Kind::BadResponse) : reply->error();
            Q_EMIT loginFailed(e.kind() == ApiError::Kind::Unauthorized
                                   ? tr("The username or the password is wrong.")
                                   : e.message());
            return;
        }
        ConnectionProfile p = profile;
        p.role = info->role;
        fetchMe(p, info->accessToken);
    });
}

void AccountService::fetchMe(ConnectionProfile profile, const QString &token)
{
    m_api->setAccessToken(token);
    ApiReply *reply = m_api->me();
    connect(reply, &ApiReply::finished, this, [this, reply, profile, token]() mutable {
        reply->deleteLater();
        m_busy = false;
        if (const auto me = reply->ok() ? MeInfo::fromJson(reply->json()) : std::nullopt) {
            profile.role = me->role;
            profile.allowedActions = me->allowedActions;
        }
        QString error;
        if (!m_store->saveProfile(profile, &error)) {
            Q_EMIT loginFailed(error);
            return;
        }
        m_credentials->writeToken(CredentialStore::keyFor(profile.name, profile.username), token);
        setToken(token);
        Q_EMIT loggedIn(profile.username, profile.role);
    });
}

void AccountService::restoreSession()
{
    const auto p = profile();
    if (!p || p->username.isEmpty()) {
        Q_EMIT sessionRestored(false);
        return;
    }
    m_credentials->readToken(CredentialStore::keyFor(p->name, p->username), [this](const QString &token) {
        if (!token.isEmpty())
            setToken(token);
        Q_EMIT sessionRestored(!token.isEmpty());
    });
}

void AccountService::invalidateToken()
{
    const auto p = profile();
    if (p)
        m_credentials->removeToken(CredentialStore::keyFor(p->name, p->username));
    setToken({});
}

void AccountService::logout()
{
    invalidateToken();
    Q_EMIT loggedOut();
}
