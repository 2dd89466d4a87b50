#pragma once

#include "mutationengine.h"
#include "platformdb.h"
#include "ratelimiter.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QTimeZone>

class FaultInjector;
class QHttpServerRequest;
class QTcpSocket;

// The HTTP face of the reference platform: routing, bearer tokens, the rate limit, size
// limits and problem+json errors. It sits directly on QAbstractHttpServer so that every
// answer (and, for fault injection, every non-answer) is written by this class.
class PlatformServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Options {
        int rateLimit = 100;            // requests a second per token; 0 = none
        int tokenTtlSeconds = 12 * 3600;
        qint64 maxBodyBytes = 4 * 1024 * 1024;
        int maxMutations = 500;
        QTimeZone timeZone = QTimeZone::utc();
        QString version;
    };

    PlatformServer(PlatformDb &db, Options options, QObject *parent = nullptr);

    // For tests and benchmarks: how many requests were answered.
    qint64 requestCount() const { return m_requests; }
    // --faults: answers through the injector (not owned; nullptr: no faults).
    void setFaultInjector(FaultInjector *faults) { m_faults = faults; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Reply {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    static Reply json(const QByteArray &body, int status = 200);
    static Reply problem(int status, const QString &slug, const QString &title, const QString &detail);

    Reply route(const QHttpServerRequest &request);
    std::optional<PlatformDb::User> authenticate(const QHttpServerRequest &request, Reply *error,
                                                 QString *token);
    Reply health();
    Reply issueToken(const QHttpServerRequest &request);
    Reply me(const PlatformDb::User &user);
    Reply changes(const QHttpServerRequest &request);
    Reply snapshot(const QHttpServerRequest &request);
    Reply entity(const QString &entity, const QString &id);
    Reply mutations(const QHttpServerRequest &request, const PlatformDb::User &user);
    void send(QTcpSocket *socket, const Reply &reply);

    PlatformDb &m_db;
    Options m_options;
    RateLimiter m_limiter;
    MutationEngine m_engine;
    qint64 m_requests = 0;
    FaultInjector *m_faults = nullptr;
};
