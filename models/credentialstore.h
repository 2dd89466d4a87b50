#pragma once

#include <QHash>
#include <QObject>
#include <functional>

// Tokens in the operating system's keychain (QtKeychain, service "Steward", key
// "<profile>/<username>", no plaintext fallback). Where no keychain service runs the
// jobs fail fast; the token is then kept in memory for this session only and
// unavailableReason() says why the user will have to log in again next time.
// Never logs a token.
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)
public:
    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    static QString keyFor(const QString &profile, const QString &username);

    // done(persisted): false when only kept in memory.
    void writeToken(const QString &key, const QString &token, std::function<void(bool persisted)> done = {});
    // done(token): empty when there is none.
    void readToken(const QString &key, std::function<void(const QString &token)> done);
    void removeToken(const QString &key, std::function<void()> done = {});

    bool keychainAvailable() const { return m_available; }
    // Empty while the keychain works.
    QString unavailableReason() const { return m_reason; }
    // Tests and headless runs: skip the keychain entirely.
    void setMemoryOnly(bool memoryOnly);

Q_SIGNALS:
    void availabilityChanged(bool available, const QString &reason);

private:
    void markUnavailable(const QString &why);

    QString m_service;
    QHash<QString, QString> m_memory;
    bool m_available = true;
    bool m_memoryOnly = false;
    QString m_reason;
};
