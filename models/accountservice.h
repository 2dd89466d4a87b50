#pragma once

#include "synctypes.h"

#include <QObject>

class ApiClient;
class CredentialStore;
class QNetworkAccessManager;
class Store;

// Logging in and the session: POST /v1/auth/token, then GET /v1/me for the role and the
// allowed actions, which are remembered in the Store so the UI follows the role offline.
// The token goes to the CredentialStore, never to the Store or settings.
class AccountService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountService)
public:
    AccountService(Store *store, CredentialStore *credentials,
                   QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    ~AccountService() override;

    std::optional<ConnectionProfile> profile() const;
    QString username() const;
    QString role() const;
    QJsonObject allowedActions() const;
    bool canDo(const QString &entity, const QString &action) const;
    bool isLoggedIn() const { return !m_token.isEmpty(); }
    QString accessToken() const { return m_token; }
    // Non-empty when the token could not be saved to a keychain.
    QString keychainWarning() const;

    // Async: loggedIn() or loginFailed(message). Saves the profile (without the password).
    void login(const ConnectionProfile &profile, const QString &password);
    bool isBusy() const { return m_busy; }
    // Async: reads the saved token for the stored profile; sessionRestored(ok).
    void restoreSession();
    // A refused token (401 during sync): forget it, keep the profile.
    void invalidateToken();
    void logout();

Q_SIGNALS:
    void loggedIn(const QString &username, const QString &role);
    void loginFailed(const QString &message);
    void sessionRestored(bool ok);
    void loggedOut();
    void accessTokenChanged(const QString &token);
    void keychainWarningChanged(const QString &warning);

private:
    void onLoginReply(ConnectionProfile profile);
    void fetchMe(ConnectionProfile profile, const QString &token);
    void setToken(const QString &token);

    Store *m_store = nullptr;
    CredentialStore *m_credentials = nullptr;
    ApiClient *m_api = nullptr;
    QString m_token;
    bool m_busy = false;
};
