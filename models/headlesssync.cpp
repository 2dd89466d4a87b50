#include "headlesssync.h"

#include "apiclient.h"
#include "cacherecovery.h"
#include "store.h"
#include "syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace {
// Logs in and asks for the role; empty token on failure (with *message).
QString login(const HeadlessSyncOptions &o, ConnectionProfile &profile, QString *message, bool *refused)
{
    QNetworkAccessManager nam;
    ApiClient api(&nam);
    api.setBaseUrl(o.serverUrl);
    api.setAllowInsecure(o.insecure);
    QEventLoop loop;
    ApiReply *reply = api.login(o.username, o.password);
    QObject::connect(reply, &ApiReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const auto info = reply->ok() ? LoginInfo::fromJson(reply->json()) : std::nullopt;
    if (!info) {
        const ApiError e = reply->ok() ? ApiError(ApiError::Kind::BadResponse) : reply->error();
        *refused = e.kind() == ApiError::Kind::Unauthorized;
        *message = e.kind() == ApiError::Kind::Unauthorized ? HeadlessSync::tr("The username or the password is wrong.")
                                                            : e.message();
        return {};
    }
    profile.role = info->role;
    api.setAccessToken(info->accessToken);
    ApiReply *me = api.me();
    QObject::connect(me, &ApiReply::finished, &loop, &QEventLoop::quit);
    if (!me->isFinished())
        loop.exec();
    if (const auto m = me->ok() ? MeInfo::fromJson(me->json()) : std::nullopt)
        profile.allowedActions = m->allowedActions;
    return info->accessToken;
}
} // namespace

int HeadlessSync::run(const HeadlessSyncOptions &o, QTextStream &out, QTextStream &err)
{
    const QString refusal = ApiClient::checkUrl(o.serverUrl, o.insecure);
    if (!refusal.isEmpty() || o.username.isEmpty()) {
        err << (refusal.isEmpty() ? tr("A username is needed.") : refusal) << Qt::endl;
        return 2;
    }
    const QString dataDir = o.dataDir.isEmpty() ? Store::defaultDataDir() : o.dataDir;
    const QString path = Store::cacheFilePath(dataDir, o.profileName);
    ConnectionProfile profile;
    profile.name = o.profileName;
    profile.serverUrl = o.serverUrl;
    profile.username = o.username;
    profile.insecure = o.insecure;
    {
        Store store;
        QString error;
        if (!store.open(path, &error)) {
            const CacheRecovery::Diagnosis damage = CacheRecovery::diagnose(path, error);
            if (!damage.recoverable()) {
                err << tr("Cannot open the cache %1: %2").arg(path, error) << Qt::endl;
                return 1;
            }
            err << damage.message() << Qt::endl;
            if (!o.recoverCache) {
                err << tr("Nothing was changed. Run the same command with --recover-cache to set the file aside "
                          "and sync into a fresh cache.") << Qt::endl;
                return kExitDamagedCache;
            }
            const CacheRecovery::Outcome fresh = CacheRecovery::startFresh(damage);
            err << fresh.message() << Qt::endl;
            if (!fresh.ok)
                return kExitDamagedCache;
            if (!store.open(path, &error)) {
                err << tr("Cannot open the cache %1: %2").arg(path, error) << Qt::endl;
                return 1;
            }
        }
        // What the last login learnt, kept when /v1/me does not answer this time.
        if (const auto known = store.profile(); known && known->username == o.username) {
            profile.role = known->role;
            profile.allowedActions = known->allowedActions;
        }
    }
    QString message;
    bool refused = false;
    const QString token = login(o, profile, &message, &refused);
    if (token.isEmpty()) {
        err << tr("Login failed: %1").arg(message) << Qt::endl;
        return refused ? 2 : 1; // a wrong password is the user's to fix; a dead server is not
    }
    {
        Store store;
        QString error;
        if (!store.open(path, &error) || !store.saveProfile(profile, &error)) {
            err << tr("Cannot record the profile: %1").arg(error) << Qt::endl;
            return 1;
        }
    }
    SyncEngine::Options options;
    options.databasePath = path;
    options.serverUrl = o.serverUrl;
    options.allowInsecure = o.insecure;
    SyncEngine engine(options);
    QString error;
    if (!engine.open(&error)) {
        err << tr("Cannot open the cache %1: %2").arg(path, error) << Qt::endl;
        return 1;
    }
    engine.setAccessToken(token);
    QElapsedTimer timer;
    timer.start();
    qint64 lastLine = -1000;
    QObject::connect(&engine, &SyncEngine::progress, [&](const QString &phase, qint64 done, qint64 total) {
        if (o.quiet || timer.elapsed() - lastLine < 500)
            return; // a line every half second is plenty for a terminal or a log
        lastLine = timer.elapsed();
        out << phase << u": "_s << done << (total > 0 ? u" / "_s + QString::number(total) : QString()) << Qt::endl;
    });
    const SyncEngine::Outcome result = engine.runSync();
    if (!result.ok) {
        err << tr("Sync failed: %1").arg(result.message) << Qt::endl;
        return 1;
    }
    out << result.message << u" ("_s << QString::number(timer.elapsed() / 1000.0, 'f', 1) << u" s)"_s << Qt::endl;
    return result.conflicts + result.rejected > 0 ? 3 : 0;
}
