#include "credentialstore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
    , m_service(u"Steward"_s)
{
}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::keyFor(const QString &profile, const QString &username)
{
    return profile + u"/"_s + username;
}

void CredentialStore::setMemoryOnly(bool memoryOnly)
{
    m_memoryOnly = memoryOnly;
}

void CredentialStore::markUnavailable(const QString &why)
{
    const QString reason = QCoreApplication::translate(
        "CredentialStore", "No keychain is available, so you will be asked to log in again next time.");
    // The keychain's own text can help an administrator; it never contains the secret.
    qInfo("steward: keychain unavailable: %s", qPrintable(why));
    if (m_available || m_reason != reason) {
        m_available = false;
        m_reason = reason;
        Q_EMIT availabilityChanged(false, reason);
    }
}

void CredentialStore::writeToken(const QString &key, const QString &token, std::function<void(bool)> done)
{
    m_memory.insert(key, token); // the session always works, keychain or not
    if (m_memoryOnly) {
        if (done)
            done(false);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, done = std::move(done)](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError;
        if (!ok)
            markUnavailable(j->errorString());
        if (done)
            done(ok);
    });
    job->start();
}

void CredentialStore::readToken(const QString &key, std::function<void(const QString &)> done)
{
    if (m_memory.contains(key) || m_memoryOnly) {
        done(m_memory.value(key));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key, done = std::move(done)](QKeychain::Job *j) {
        QString token;
        if (j->error() == QKeychain::NoError)
            token = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        else if (j->error() != QKeychain::EntryNotFound)
            markUnavailable(j->errorString());
        if (!token.isEmpty())
            m_memory.insert(key, token);
        done(token);
    });
    job->start();
}

void CredentialStore::removeToken(const QString &key, std::function<void()> done)
{
    m_memory.remove(key);
    if (m_memoryOnly) {
        if (done)
            done();
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *) {
        if (done)
            done();
    });
    job->start();
}
