#include "apierror.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
ApiError::Kind kindForStatus(int status)
{
    using K = ApiError::Kind;
    switch (status) {
    case 400: case 422: return K::Invalid;
    case 401: return K::Unauthorized;
    case 403: return K::Forbidden;
    case 404: return K::NotFound;
    case 409: return K::Conflict;
    case 413: return K::TooLarge;
    case 429: return K::RateLimited;
    default: break;
    }
    if (status >= 500)
        return K::Server;
    return K::BadResponse; // a 3xx or an unexpected 4xx is not something we understand
}
} // namespace

ApiError::ApiError(Kind kind, QString detail, int httpStatus)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_detail(std::move(detail))
{
}

ApiError ApiError::fromHttp(int httpStatus, const QByteArray &body, int retryAfterSeconds)
{
    ApiError e(kindForStatus(httpStatus), {}, httpStatus);
    e.m_retryAfter = retryAfterSeconds;
    // problem+json when the server sent one; anything else keeps the generic message.
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (o.value(u"title"_s).isString())
        e.m_title = o.value(u"title"_s).toString().left(300);
    if (o.value(u"detail"_s).isString())
        e.m_detail = o.value(u"detail"_s).toString().left(1000);
    if (o.value(u"type"_s).isString())
        e.m_type = o.value(u"type"_s).toString();
    return e;
}

QString ApiError::message() const
{
    const QString extra = m_detail.isEmpty() ? QString() : u" ("_s + m_detail + u")"_s;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("The server cannot be reached. Check the network connection and the server address.") + extra;
    case Kind::Timeout:
        return tr("The server did not answer in time. It may be overloaded or the network is slow.");
    case Kind::Unauthorized:
        return tr("The server did not accept your login. Please log in again.") + extra;
    case Kind::Forbidden:
        return tr("Your role is not allowed to do this.") + extra;
    case Kind::NotFound:
        return tr("The server does not know this item.") + extra;
    case Kind::TooLarge:
        return tr("The request was too large for the server.") + extra;
    case Kind::Invalid:
        return tr("The server refused the request as invalid.") + extra;
    case Kind::Conflict:
        return tr("Someone else changed this first.") + extra;
    case Kind::RateLimited:
        // Also the last word of a sync that gave up: no promise of a retry here.
        return m_retryAfter >= 0
            ? tr("The server is busy (too many requests) and asked to wait %n second(s).", nullptr, m_retryAfter)
            : tr("The server is busy (too many requests).");
    case Kind::Server:
        return tr("The server had a problem (HTTP %1). Please try again later.").arg(m_httpStatus) + extra;
    case Kind::BadResponse:
        return tr("The server sent a reply that Steward cannot read.") + extra;
    case Kind::InsecureUrl:
        return tr("Refusing an unencrypted connection.") + extra;
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Local:
        return tr("The local cache could not be updated.") + extra;
    }
    return {};
}

bool ApiError::retryable() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Server:
    case Kind::BadResponse:
        return true;
    default:
        return false;
    }
}
