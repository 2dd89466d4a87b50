#include "apireply.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMaxBody = 512 * 1024 * 1024; // a page this large is not a page

ApiError networkError(QNetworkReply *reply)
{
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
        return ApiError(ApiError::Kind::Cancelled);
    case QNetworkReply::TimeoutError:
        return ApiError(ApiError::Kind::Timeout);
    default:
        return ApiError(ApiError::Kind::Network, reply->errorString());
    }
}

} // namespace

int ApiReply::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    QByteArray v = value.trimmed();
    bool ok = false;
    const int seconds = v.toInt(&ok);
    if (ok)
        return std::clamp(seconds, 0, 3600);
    // An HTTP date ends in "GMT" (RFC 9110), which Qt's RFC 2822 parser does not take.
    if (v.endsWith(" GMT"))
        v = v.chopped(4) + " +0000";
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    return when.isValid() ? int(std::clamp<qint64>(now.secsTo(when), 0, 3600)) : -1;
}

ApiError ApiReply::parseObject(const QByteArray &body, int httpStatus, QJsonObject *json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return ApiError(ApiError::Kind::BadResponse,
                        parseError.error != QJsonParseError::NoError
                            ? tr("not valid JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset)
                            : tr("not a JSON object"),
                        httpStatus);
    }
    *json = doc.object();
    return {};
}

ApiReply::ApiReply(QNetworkReply *reply, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
{
    connect(reply, &QNetworkReply::finished, this, &ApiReply::onFinished);
}

ApiReply *ApiReply::failed(const ApiError &error, QObject *parent)
{
    auto *r = new ApiReply(parent);
    QTimer::singleShot(0, r, [r, error] { r->finish(error); });
    return r;
}

ApiReply::~ApiReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiReply::abort()
{
    if (m_reply && !m_finished)
        m_reply->abort(); // finished() follows with OperationCanceledError
}

void ApiReply::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
}

void ApiReply::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_status == 0) {
        finish(networkError(reply));
        return;
    }
    const QByteArray body = reply->readAll();
    m_bodySize = body.size();
    if (m_status < 200 || m_status >= 300) {
        finish(ApiError::fromHttp(m_status, body,
                                parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc())));
        return;
    }
    // A body cut short (dropped connection) also ends here: Content-Length tells.
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (reply->error() != QNetworkReply::NoError
        || (length.isValid() && length.toLongLong() != body.size()) || body.size() > kMaxBody) {
        finish(ApiError(ApiError::Kind::BadResponse, tr("the reply was incomplete"), m_status));
        return;
    }
    if (m_raw) {
        m_body = body;
        finish({});
        return;
    }
    finish(parseObject(body, m_status, &m_json));
}
