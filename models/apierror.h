#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// What went wrong talking to the platform, classified so callers can decide between
// "retry later", "log in again" and "tell the user". message() is a translated sentence
// fit for a status bar or a dialog; it never contains a token or a password.
class ApiError final
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        None,          // no error
        Network,       // connection refused, host not found, reset, TLS failure
        Timeout,       // no byte for the transfer timeout
        Unauthorized,  // 401: missing, wrong or expired token / wrong password
        Forbidden,     // 403: the role may not do this
        NotFound,      // 404
        TooLarge,      // 413
        Invalid,       // 400 / 422
        Conflict,      // 409 (per-mutation results carry conflicts; a route rarely does)
        RateLimited,   // 429, see retryAfterSeconds()
        Server,        // 5xx
        BadResponse,   // malformed or truncated JSON, wrong types, missing fields
        InsecureUrl,   // plain http:// to a non-loopback host without the insecure flag
        Cancelled,     // the user (or shutdown) cancelled
        Local,         // the local cache refused (disk full, newer schema ...)
    };

    ApiError() = default;
    ApiError(Kind kind, QString detail = {}, int httpStatus = 0);

    // From an RFC 9457 problem+json body (or any body) and the HTTP status.
    static ApiError fromHttp(int httpStatus, const QByteArray &body, int retryAfterSeconds = -1);

    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    // The server's problem `title`/`detail`, or our own detail for local kinds.
    QString title() const { return m_title; }
    QString detail() const { return m_detail; }
    QString problemType() const { return m_type; }
    // Seconds from Retry-After (429/503), or -1 when the server did not say.
    int retryAfterSeconds() const { return m_retryAfter; }
    void setRetryAfterSeconds(int seconds) { m_retryAfter = seconds; }
    void setTitle(const QString &title) { m_title = title; }
    void setProblemType(const QString &type) { m_type = type; }

    // A clear human sentence, translated.
    QString message() const;
    // Worth trying again automatically (network, timeout, 5xx, 429, bad response).
    bool retryable() const;

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    int m_retryAfter = -1;
    QString m_title;
    QString m_detail;
    QString m_type;
};
