#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <array>
#include <optional>
#include <random>

class QTcpSocket;

// `steward-platform --faults SPEC`: a hostile network and a flaky server, on purpose, for
// the console's fault tests and for demos. Each request draws at most one fault:
//
//   before the handler runs (the request changes nothing on the server):
//     500       answered 500 problem+json
//     429       answered 429 problem+json with Retry-After (default 1 s)
//   after the handler ran (a POST /v1/mutations batch IS applied; only its answer suffers):
//     delay     the full answer, held back for a while (default 200 ms)
//     drop      the connection is reset without an answer, or after the header, or in the
//               middle of the body
//     truncate  Content-Length of the whole body, part of it sent, then the connection closed
//     malformed 200 with a body that is not valid JSON (a prefix of the real one + garbage)
//
// SPEC is comma-separated KEY=VALUE: a share (0..1) per fault, `delay=SHARE:200ms`,
// `429=SHARE:2s` (the Retry-After), `seed=N`. The same seed and the same sequence of
// requests give the same faults. POST /v1/auth/token is never faulted (see docs/routes.md).
class FaultInjector final
{
public:
    enum class Kind { None, ServerError, RateLimited, Delay, Drop, Truncate, Malformed };
    static constexpr int kKinds = 7;

    struct Decision {
        Kind kind = Kind::None;
        int delayMs = 0;           // Delay
        int retryAfterSeconds = 0; // RateLimited
        int dropShape = 0;         // Drop: 0 nothing sent, 1 after the header, 2 mid-body
        double cut = 0.5;          // Truncate/Malformed/Drop mid-body: share of the body sent
        bool beforeHandler() const { return kind == Kind::ServerError || kind == Kind::RateLimited; }
        explicit operator bool() const { return kind != Kind::None; }
    };

    // nullopt (and *error) for a SPEC that does not parse.
    static std::optional<FaultInjector> parse(const QString &spec, QString *error);
    // The SPEC syntax, for --help.
    static QString syntax();

    // One draw per request; exempt routes draw nothing (and do not shift the sequence).
    Decision next(const QString &path, bool post);
    static bool exempt(const QString &path, bool post);

    // Writes a before-handler fault's answer (500 / 429) to the socket.
    void answerBefore(QTcpSocket *socket, const Decision &d) const;
    // Writes the handler's answer through an after-handler fault.
    void answerAfter(QTcpSocket *socket, const Decision &d, int status, const QByteArray &contentType,
                     const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body);

    // "500=10% 429=5% (Retry-After 1 s) ... seed 7": for the start-up line.
    QString describe() const;
    quint64 seed() const { return m_seed; }

    // The raw HTTP/1.1 response head + body (also used for the delayed answer).
    static QByteArray wire(int status, const QByteArray &contentType,
                           const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                           qint64 contentLength = -1);

private:
    FaultInjector() = default;
    double uniform() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng); }

    std::array<double, kKinds> m_share{}; // indexed by Kind
    int m_delayMs = 200;
    int m_retryAfter = 1;
    quint64 m_seed = 1;
    std::mt19937_64 m_rng;
};
