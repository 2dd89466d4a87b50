#include "fuzzbodies.h"

#include "apireply.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
// The classification apierror.h documents, per HTTP status.
ApiError::Kind expectedKind(int status)
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
    default: return status >= 500 ? K::Server : K::BadResponse;
    }
}
} // namespace

FuzzBodies::Outcome FuzzBodies::apiError(const QByteArray &data)
{
    Outcome out;
    QByteArray body = data;
    int retryAfter = -1;
    if (data.startsWith("Retry-After:")) {
        const qsizetype eol = data.indexOf('\n');
        const QByteArray value = data.mid(12, eol < 0 ? -1 : eol - 12);
        body = eol < 0 ? QByteArray() : data.mid(eol + 1);
        const QDateTime now(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
        retryAfter = ApiReply::parseRetryAfter(value, now);
        out.check(retryAfter >= -1 && retryAfter <= 3600, u"Retry-After %1 outside [-1, 3600]"_s.arg(retryAfter));
        bool isNumber = false;
        const int seconds = value.trimmed().toInt(&isNumber);
        if (isNumber)
            out.check(retryAfter == qBound(0, seconds, 3600), u"Retry-After seconds not clamped"_s);
        // Same value, same moment: same answer.
        out.check(ApiReply::parseRetryAfter(value, now) == retryAfter, u"parseRetryAfter() is not a function of its input"_s);
        out.tags << (retryAfter >= 0 ? u"retry"_s : u"noretry"_s);
    }

    const QJsonObject problem = QJsonDocument::fromJson(body).object();
    const QJsonValue title = problem.value("title"_L1);
    const QJsonValue detail = problem.value("detail"_L1);
    const QJsonValue type = problem.value("type"_L1);
    out.tags << (title.isString() || detail.isString() ? u"problem"_s : u"plain"_s);
    for (const int status : {301, 400, 401, 403, 404, 405, 409, 413, 418, 422, 429, 500, 502, 503, 599}) {
        const ApiError e = ApiError::fromHttp(status, body, retryAfter);
        const QString at = u"HTTP %1: "_s.arg(status);
        out.check(e.isError() && e.kind() == expectedKind(status), at + u"wrong kind"_s);
        out.check(e.httpStatus() == status && e.retryAfterSeconds() == retryAfter, at + u"status or Retry-After not kept"_s);
        out.check(e.title() == (title.isString() ? title.toString().left(300) : QString()), at + u"title not the problem's"_s);
        out.check(e.detail() == (detail.isString() ? detail.toString().left(1000) : QString()), at + u"detail not the problem's"_s);
        out.check(e.problemType() == (type.isString() ? type.toString() : QString()), at + u"type not the problem's"_s);
        // message(): a sentence for every error, carrying the server's detail where it has one.
        const QString message = e.message();
        out.check(!message.isEmpty(), at + u"empty message"_s);
        if (e.kind() != ApiError::Kind::RateLimited && !e.detail().isEmpty())
            out.check(message.contains(e.detail()), at + u"message without the detail"_s);
        const bool retry = status >= 500 || status == 429 || expectedKind(status) == ApiError::Kind::BadResponse;
        out.check(e.retryable() == retry, at + u"retryable() wrong"_s);
    }
    return out;
}
