#include "faultinjector.h"

#include "problem.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTcpSocket>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
using Kind = FaultInjector::Kind;

// Spec keys, in the order the draw walks them (the order is part of determinism).
struct KeyName {
    Kind kind;
    const char *key;
};
constexpr KeyName kKeys[] = {{Kind::ServerError, "500"}, {Kind::RateLimited, "429"}, {Kind::Delay, "delay"},
                             {Kind::Drop, "drop"},       {Kind::Truncate, "truncate"}, {Kind::Malformed, "malformed"}};

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return status < 400 ? "OK" : "Error";
    }
}

// "0.1", "10%" -> 0.1
std::optional<double> parseShare(const QString &text)
{
    QString t = text.trimmed();
    double scale = 1.0;
    if (t.endsWith(u'%')) {
        t.chop(1);
        scale = 0.01;
    }
    bool ok = false;
    const double v = t.toDouble(&ok) * scale;
    if (!ok || !std::isfinite(v) || v < 0.0 || v > 1.0)
        return std::nullopt;
    return v;
}

// "200ms", "1.5s", "2" (unit `bareUnitMs`) -> milliseconds
std::optional<int> parseDuration(const QString &text, int bareUnitMs)
{
    static const QRegularExpression re(u"^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s)?\\s*$"_s);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const double n = m.captured(1).toDouble();
    const double ms = m.captured(2) == u"ms"_s ? n : m.captured(2) == u"s"_s ? n * 1000.0 : n * bareUnitMs;
    if (ms > 600000.0)
        return std::nullopt;
    return int(std::lround(ms));
}

QString percent(double share)
{
    return QString::number(share * 100.0, 'g', 3) + u'%';
}
} // namespace

QString FaultInjector::syntax()
{
    return u"Comma-separated KEY=VALUE. Shares of requests (0..1 or N%): 500, 429[:RETRY_AFTER, e.g. 2s], "
           "delay[:DURATION, e.g. 200ms], drop, truncate, malformed; seed=N makes the sequence repeatable. "
           "500 and 429 answer before the request is handled (nothing changes); delay, drop, truncate and "
           "malformed act on the answer after it was handled (a mutation batch is applied). "
           "POST /v1/auth/token is never faulted. Example: "
           "500=0.1,delay=0.1:200ms,drop=0.05,truncate=0.05,429=0.05,malformed=0.05,seed=7"_s;
}

std::optional<FaultInjector> FaultInjector::parse(const QString &spec, QString *error)
{
    FaultInjector f;
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    bool seeded = false;
    for (const QString &rawItem : spec.split(u',', Qt::SkipEmptyParts)) {
        const QString item = rawItem.trimmed();
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0)
            return fail(u"--faults: '%1' is not KEY=VALUE"_s.arg(item));
        const QString key = item.left(eq).trimmed().toLower();
        const QString value = item.mid(eq + 1).trimmed();
        if (key == u"seed"_s) {
            bool ok = false;
            f.m_seed = value.toULongLong(&ok);
            if (!ok)
                return fail(u"--faults: seed needs a whole number, not '%1'"_s.arg(value));
            seeded = true;
            continue;
        }
        const KeyName *known = nullptr;
        for (const KeyName &k : kKeys)
            if (key == QLatin1StringView(k.key))
                known = &k;
        if (!known)
            return fail(u"--faults: unknown fault '%1' (known: 500, 429, delay, drop, truncate, malformed, seed)"_s.arg(key));
        const QString shareText = value.section(u':', 0, 0);
        const QString param = value.section(u':', 1);
        const auto share = parseShare(shareText);
        if (!share)
            return fail(u"--faults: %1 needs a share from 0 to 1 (or 0%..100%), not '%2'"_s.arg(key, shareText));
        f.m_share[size_t(known->kind)] = *share;
        if (!param.isEmpty()) {
            if (known->kind == Kind::Delay) {
                const auto ms = parseDuration(param, 1);
                if (!ms)
                    return fail(u"--faults: delay's duration '%1' is not like 200ms or 1.5s"_s.arg(param));
                f.m_delayMs = *ms;
            } else if (known->kind == Kind::RateLimited) {
                const auto ms = parseDuration(param, 1000);
                if (!ms || *ms % 1000 != 0)
                    return fail(u"--faults: 429's Retry-After '%1' must be whole seconds, like 2s"_s.arg(param));
                f.m_retryAfter = *ms / 1000;
            } else {
                return fail(u"--faults: %1 takes no ':' parameter"_s.arg(key));
            }
        }
    }
    double total = 0;
    for (double s : f.m_share)
        total += s;
    if (total > 1.0 + 1e-9)
        return fail(u"--faults: the shares add up to %1, more than 1"_s.arg(total));
    if (!seeded)
        f.m_seed = std::random_device{}();
    f.m_rng.seed(f.m_seed);
    return f;
}

bool FaultInjector::exempt(const QString &path, bool post)
{
    // The password route: a client does not (and should not) retry a login by itself, so a
    // fault there only tests the user's patience. Every other route, /v1/health included.
    return post && path == u"/v1/auth/token"_s;
}

FaultInjector::Decision FaultInjector::next(const QString &path, bool post)
{
    Decision d;
    if (exempt(path, post))
        return d;
    // Three draws per request whatever comes out, so one request's fault never shifts the
    // parameters of the next.
    const double u = uniform();
    const double p1 = uniform();
    const double p2 = uniform();
    double edge = 0;
    for (const KeyName &k : kKeys) {
        edge += m_share[size_t(k.kind)];
        if (u < edge) {
            d.kind = k.kind;
            break;
        }
    }
    switch (d.kind) {
    case Kind::Delay:
        d.delayMs = m_delayMs;
        break;
    case Kind::RateLimited:
        d.retryAfterSeconds = m_retryAfter;
        break;
    case Kind::Drop:
        d.dropShape = std::min(2, int(p1 * 3));
        d.cut = 0.1 + 0.8 * p2;
        break;
    case Kind::Truncate:
    case Kind::Malformed:
        d.cut = 0.1 + 0.8 * p2;
        break;
    default:
        break;
    }
    return d;
}

QByteArray FaultInjector::wire(int status, const QByteArray &contentType,
                               const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                               qint64 contentLength)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\nContent-Type: "
        + contentType + "\r\nContent-Length: " + QByteArray::number(contentLength >= 0 ? contentLength : body.size())
        + "\r\nCache-Control: no-store\r\n";
    for (const auto &[k, v] : headers)
        out += k + ": " + v + "\r\n";
    out += "\r\n";
    out += body;
    return out;
}

void FaultInjector::answerBefore(QTcpSocket *socket, const Decision &d) const
{
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int status = 500;
    if (d.kind == Kind::RateLimited) {
        status = 429;
        headers.append({"Retry-After", QByteArray::number(d.retryAfterSeconds)});
        body = Problem::body(429, u"rate-limited"_s, u"Too many requests"_s,
                             u"Injected fault: try again in %1 s."_s.arg(d.retryAfterSeconds));
    } else {
        body = Problem::body(500, u"internal"_s, u"Internal error"_s,
                             u"Injected fault: the request was not handled."_s);
    }
    socket->write(wire(status, Problem::contentType, headers, body));
}

void FaultInjector::answerAfter(QTcpSocket *socket, const Decision &d, int status, const QByteArray &contentType,
                                const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    const qsizetype part = qsizetype(double(body.size()) * d.cut);
    switch (d.kind) {
    case Kind::Delay: {
        const QByteArray bytes = wire(status, contentType, headers, body);
        // The socket is the timer's context: a client that gave up (and closed) cancels it.
        QTimer::singleShot(d.delayMs, socket, [socket, bytes] { socket->write(bytes); });
        return;
    }
    case Kind::Drop: {
        if (d.dropShape > 0) {
            const QByteArray full = wire(status, contentType, headers, body);
            const qsizetype head = full.size() - body.size();
            socket->write(full.left(head + (d.dropShape == 2 ? part : 0)));
            socket->flush();
        }
        socket->abort();
        return;
    }
    case Kind::Truncate: {
        const qsizetype sent = std::min<qsizetype>(part, std::max<qsizetype>(0, body.size() - 1));
        socket->write(wire(status, contentType, headers, body.left(sent), std::max<qint64>(body.size(), sent + 1)));
        socket->disconnectFromHost(); // after the buffered bytes are written
        return;
    }
    case Kind::Malformed: {
        // What a broken proxy or a crashed serializer produces: a prefix and then something
        // that can never continue a JSON text.
        const QByteArray broken = body.left(part) + "<!-- upstream error -->";
        socket->write(wire(status, contentType, headers, broken));
        return;
    }
    default:
        socket->write(wire(status, contentType, headers, body));
        return;
    }
}

QString FaultInjector::describe() const
{
    QStringList parts;
    for (const KeyName &k : kKeys) {
        const double s = m_share[size_t(k.kind)];
        if (s <= 0)
            continue;
        QString p = QLatin1StringView(k.key) + u' ' + percent(s);
        if (k.kind == Kind::Delay)
            p += u" (%1 ms)"_s.arg(m_delayMs);
        if (k.kind == Kind::RateLimited)
            p += u" (Retry-After %1 s)"_s.arg(m_retryAfter);
        parts << p;
    }
    if (parts.isEmpty())
        parts << u"none"_s;
    return parts.join(u", "_s) + u"; seed %1"_s.arg(m_seed);
}
