#include "platformserver.h"

#include "entitycolumns.h"
#include "faultinjector.h"
#include "problem.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
constexpr int kDefaultChanges = 500;
constexpr int kMaxChanges = 5000;
constexpr int kDefaultSnapshot = 10000;
constexpr int kMaxSnapshot = 50000;

// A query parameter as a whole number; nullopt when present but not a number.
std::optional<qint64> intParam(const QUrlQuery &q, const QString &name, qint64 fallback)
{
    if (!q.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 v = q.queryItemValue(name).toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

QByteArray encodeCursor(qint64 snapshotSeq, int entityIndex, qint64 rid)
{
    return QByteArray::number(snapshotSeq) + ':' + QByteArray::number(entityIndex) + ':'
        + QByteArray::number(rid);
}
} // namespace

PlatformServer::PlatformServer(PlatformDb &db, Options options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_db(db)
    , m_options(std::move(options))
    , m_limiter(m_options.rateLimit)
    , m_engine(db)
{
}

PlatformServer::Reply PlatformServer::json(const QByteArray &body, int status)
{
    Reply r;
    r.status = status;
    r.body = body;
    return r;
}

PlatformServer::Reply PlatformServer::problem(int status, const QString &slug, const QString &title,
                                              const QString &detail)
{
    Reply r;
    r.status = status;
    r.body = Problem::body(status, slug, title, detail);
    r.contentType = Problem::contentType;
    return r;
}

bool PlatformServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_requests;
    // --faults: 500/429 answer before routing (nothing changes on the server); the others
    // act on the answer after the request was handled.
    const FaultInjector::Decision fault = m_faults
        ? m_faults->next(request.url().path(), request.method() == QHttpServerRequest::Method::Post)
        : FaultInjector::Decision();
    if (fault.beforeHandler()) {
        m_faults->answerBefore(socket, fault);
        return true;
    }
    Reply reply;
    try {
        reply = route(request);
    } catch (const std::exception &e) {
        // Nothing a client sends may stop the server; report and keep serving.
        qWarning("platform: request failed: %s", e.what());
        reply = problem(500, u"internal"_s, u"Internal error"_s, u"The request could not be handled."_s);
    }
    if (fault) {
        m_faults->answerAfter(socket, fault, reply.status, reply.contentType, reply.headers, reply.body);
        return true;
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeHeader("Cache-Control", "no-store");
    for (const auto &[k, v] : reply.headers)
        responder.writeHeader(k, v);
    responder.writeBody(reply.body);
    return true;
}

void PlatformServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything; this is only reached if it ever declines.
    QHttpServerResponder responder = makeResponder(request, socket);
    const QByteArray body = Problem::body(404, u"not-found"_s, u"Not found"_s, u"No such route."_s);
    responder.write(body, {{"Content-Type", Problem::contentType}}, QHttpServerResponder::StatusCode::NotFound);
}

PlatformServer::Reply PlatformServer::route(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    const auto method = request.method();
    const bool get = method == QHttpServerRequest::Method::Get;
    const bool post = method == QHttpServerRequest::Method::Post;
    const auto wrongMethod = [](const QByteArray &allow) {
        Reply r = problem(405, u"method-not-allowed"_s, u"Method not allowed"_s,
                          u"This route answers %1 only."_s.arg(QString::fromLatin1(allow)));
        r.headers.append({"Allow", allow});
        return r;
    };

    if (request.body().size() > m_options.maxBodyBytes) {
        return problem(413, u"payload-too-large"_s, u"Payload too large"_s,
                       u"Request bodies are limited to %1 bytes."_s.arg(m_options.maxBodyBytes));
    }

    if (path == u"/v1/health"_s || path == u"/v1/auth/token"_s) {
        const bool isHealth = path == u"/v1/health"_s;
        if (isHealth ? !get : !post)
            return wrongMethod(isHealth ? "GET" : "POST");
        // Routes without a token are limited per client address.
        if (const auto wait = m_limiter.take(u"addr:"_s + request.remoteAddress().toString())) {
            Reply r = problem(429, u"rate-limited"_s, u"Too many requests"_s,
                              u"Try again in %1 s."_s.arg(*wait));
            r.headers.append({"Retry-After", QByteArray::number(*wait)});
            return r;
        }
        return isHealth ? health() : issueToken(request);
    }

    static const QRegularExpression entityPath(u"^/v1/entities/([a-z_]+)/([^/]+)$"_s);
    const auto entityMatch = entityPath.match(path);
    const bool known = path == u"/v1/me"_s || path == u"/v1/changes"_s
        || path == u"/v1/snapshot"_s || path == u"/v1/mutations"_s || entityMatch.hasMatch();
    if (!known)
        return problem(404, u"not-found"_s, u"Not found"_s, u"No route %1."_s.arg(path));

    Reply authError;
    QString token;
    const auto user = authenticate(request, &authError, &token);
    if (!user)
        return authError;
    if (const auto wait = m_limiter.take(token)) {
        Reply r = problem(429, u"rate-limited"_s, u"Too many requests"_s,
                          u"More than %1 requests a second; try again in %2 s."_s
                              .arg(m_limiter.rate()).arg(*wait));
        r.headers.append({"Retry-After", QByteArray::number(*wait)});
        return r;
    }

    if (path == u"/v1/me"_s)
        return get ? me(*user) : wrongMethod("GET");
    if (path == u"/v1/changes"_s)
        return get ? changes(request) : wrongMethod("GET");
    if (path == u"/v1/snapshot"_s)
        return get ? snapshot(request) : wrongMethod("GET");
    if (path == u"/v1/mutations"_s) {
        if (!post)
            return wrongMethod("POST");
        if (MutationEngine::allowedActions(user->role).isEmpty())
            return problem(403, u"forbidden"_s, u"Read-only role"_s,
                           u"The %1 role reads everything and changes nothing."_s.arg(user->role));
        return mutations(request, *user);
    }
    return get ? entity(entityMatch.captured(1), entityMatch.captured(2))
               : wrongMethod("GET");
}

std::optional<PlatformDb::User> PlatformServer::authenticate(const QHttpServerRequest &request,
                                                             Reply *error, QString *token)
{
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Bearer ") || header.size() < 8) {
        *error = problem(401, u"unauthorized"_s, u"Authentication required"_s,
                         u"Send 'Authorization: Bearer <token>' (POST /v1/auth/token gives one)."_s);
        error->headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"steward\"")});
        return std::nullopt;
    }
    *token = QString::fromLatin1(header.mid(7).trimmed());
    auto user = m_db.userForToken(*token);
    if (!user) {
        *error = problem(401, u"unauthorized"_s, u"Invalid or expired token"_s,
                         u"Log in again with POST /v1/auth/token."_s);
        error->headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"steward\", error=\"invalid_token\"")});
    }
    return user;
}

PlatformServer::Reply PlatformServer::health()
{
    const QJsonObject o{{u"status"_s, u"ok"_s},
                        {u"version"_s, m_options.version},
                        {u"timezone"_s, QString::fromUtf8(m_options.timeZone.id())},
                        {u"server_time"_s, PlatformDb::nowIso()},
                        {u"seq"_s, m_db.currentSeq()}};
    return json(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

PlatformServer::Reply PlatformServer::issueToken(const QHttpServerRequest &request)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &err);
    if (err.error != QJsonParseError::NoError)
        return problem(400, u"bad-request"_s, u"Malformed JSON"_s, err.errorString());
    const QJsonObject o = doc.object();
    if (!doc.isObject() || !o.value(u"username"_s).isString() || !o.value(u"password"_s).isString())
        return problem(422, u"validation-failed"_s, u"Invalid request"_s,
                       u"Send {\"username\": string, \"password\": string}."_s);
    const auto user = m_db.checkPassword(o.value(u"username"_s).toString(), o.value(u"password"_s).toString());
    if (!user)
        return problem(401, u"unauthorized"_s, u"Wrong username or password"_s,
                       u"The username or the password is wrong."_s);
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(m_options.tokenTtlSeconds);
    const QString token = m_db.issueToken(user->username, expires);
    const QJsonObject out{{u"access_token"_s, token},
                          {u"token_type"_s, u"Bearer"_s},
                          {u"role"_s, user->role},
                          {u"expires_at"_s, expires.toString(Qt::ISODate)}};
    return json(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

PlatformServer::Reply PlatformServer::me(const PlatformDb::User &user)
{
    const QJsonObject o{{u"username"_s, user.username},
                        {u"role"_s, user.role},
                        {u"allowed_actions"_s, MutationEngine::allowedActions(user.role)}};
    return json(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

PlatformServer::Reply PlatformServer::changes(const QHttpServerRequest &request)
{
    const QUrlQuery q = request.query();
    const auto since = intParam(q, u"since"_s, 0);
    const auto limit = intParam(q, u"limit"_s, kDefaultChanges);
    if (!since || !limit || *since < 0)
        return problem(400, u"bad-request"_s, u"Bad query"_s,
                       u"'since' must be a whole number >= 0 and 'limit' a whole number."_s);
    const auto page = m_db.changes(*since, int(std::clamp<qint64>(*limit, 1, kMaxChanges)));
    QByteArray body;
    body.reserve(page.changesJson.size() + 64);
    body += "{\"changes\":" + page.changesJson + ",\"next_since\":" + QByteArray::number(page.nextSince)
        + ",\"has_more\":" + (page.hasMore ? "true" : "false") + '}';
    return json(body);
}

PlatformServer::Reply PlatformServer::snapshot(const QHttpServerRequest &request)
{
    const QUrlQuery q = request.query();
    const auto limit = intParam(q, u"limit"_s, kDefaultSnapshot);
    if (!limit)
        return problem(400, u"bad-request"_s, u"Bad query"_s, u"'limit' must be a whole number."_s);
    qint64 snapshotSeq = m_db.currentSeq();
    int entityIndex = 0;
    qint64 rid = 0;
    if (q.hasQueryItem(u"cursor"_s)) {
        const QByteArray raw = QByteArray::fromBase64(q.queryItemValue(u"cursor"_s).toLatin1(),
                                                      QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        const QList<QByteArray> parts = raw.split(':');
        bool ok1 = false, ok2 = false, ok3 = false;
        if (parts.size() == 3) {
            snapshotSeq = parts[0].toLongLong(&ok1);
            entityIndex = parts[1].toInt(&ok2);
            rid = parts[2].toLongLong(&ok3);
        }
        if (!ok1 || !ok2 || !ok3 || entityIndex < 0 || entityIndex >= EntityColumns::entities().size())
            return problem(400, u"bad-request"_s, u"Bad cursor"_s,
                           u"'cursor' must be a next_cursor value from an earlier page."_s);
    }
    const QStringList &names = EntityColumns::entities();
    PlatformDb::SnapshotPage page;
    // Skip entities that have nothing left, so a page is never empty unless all are done.
    for (;;) {
        page = m_db.snapshotRows(names[entityIndex], rid, int(std::clamp<qint64>(*limit, 1, kMaxSnapshot)));
        if (page.count > 0 || entityIndex + 1 >= names.size())
            break;
        ++entityIndex;
        rid = 0;
    }
    const QString entity = names[entityIndex];
    bool hasMore = true;
    QByteArray next;
    if (!page.entityDone)
        next = encodeCursor(snapshotSeq, entityIndex, page.lastRid);
    else if (entityIndex + 1 < names.size())
        next = encodeCursor(snapshotSeq, entityIndex + 1, 0);
    else
        hasMore = false;
    QByteArray columns = "[";
    for (const QString &c : EntityColumns::columns(entity)) {
        if (columns.size() > 1)
            columns += ',';
        columns += EntityColumns::jsonString(c);
    }
    columns += ']';
    QByteArray body;
    body.reserve(page.rowsJson.size() + 512);
    body += "{\"snapshot_seq\":" + QByteArray::number(snapshotSeq) + ",\"entity\":\"" + entity.toUtf8()
        + "\",\"columns\":" + columns + ",\"rows\":" + page.rowsJson + ",\"next_cursor\":"
        + (hasMore ? '"' + next.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) + '"'
                   : QByteArray("null"))
        + ",\"has_more\":" + (hasMore ? "true" : "false") + '}';
    return json(body);
}

PlatformServer::Reply PlatformServer::entity(const QString &entity, const QString &id)
{
    if (!EntityColumns::isEntity(entity))
        return problem(404, u"not-found"_s, u"Not found"_s, u"No entity type '%1'."_s.arg(entity));
    const auto stored = m_db.get(entity, id);
    if (!stored)
        return problem(404, u"not-found"_s, u"Not found"_s, u"No %1 with id '%2'."_s.arg(entity, id));
    const QJsonObject o{{u"entity"_s, entity},
                        {u"id"_s, id},
                        {u"version"_s, stored->version},
                        {u"deleted"_s, stored->deleted},
                        {u"data"_s, stored->deleted ? QJsonValue(QJsonValue::Null) : QJsonValue(stored->data)}};
    return json(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

PlatformServer::Reply PlatformServer::mutations(const QHttpServerRequest &request,
                                                const PlatformDb::User &user)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &err);
    if (err.error != QJsonParseError::NoError)
        return problem(400, u"bad-request"_s, u"Malformed JSON"_s, err.errorString());
    const QJsonValue list = doc.object().value(u"mutations"_s);
    if (!doc.isObject() || !list.isArray())
        return problem(422, u"validation-failed"_s, u"Invalid request"_s, u"Send {\"mutations\": [ ... ]}."_s);
    const QJsonArray mutations = list.toArray();
    if (mutations.size() > m_options.maxMutations)
        return problem(413, u"payload-too-large"_s, u"Too many mutations"_s,
                       u"At most %1 mutations a request; send the rest in another."_s.arg(m_options.maxMutations));
    // Body-level shape (openapi.yaml, Mutation): every required field present with its JSON
    // type. What the values mean (unknown entity, impossible base_version, ...) is decided
    // per mutation.
    for (qsizetype i = 0; i < mutations.size(); ++i) {
        if (!mutations[i].isObject())
            return problem(422, u"validation-failed"_s, u"Invalid mutation"_s,
                           u"mutations[%1] must be an object."_s.arg(i));
        const QJsonObject m = mutations[i].toObject();
        const QJsonValue id = m.value(u"id"_s);
        if (!id.isString() || id.toString().isEmpty() || id.toString().size() > 200)
            return problem(422, u"validation-failed"_s, u"Invalid mutation"_s,
                           u"mutations[%1].id must be a non-empty string of at most 200 characters."_s.arg(i));
        for (const char *key : {"entity", "entity_id", "action"}) {
            const QJsonValue v = m.value(QLatin1StringView(key));
            if (!v.isString())
                return problem(422, u"validation-failed"_s, u"Invalid mutation"_s,
                               u"mutations[%1].%2 %3."_s.arg(i).arg(QLatin1StringView(key),
                                   v.isUndefined() ? u"is missing"_s : u"must be a string"_s));
        }
        const QJsonValue bv = m.value(u"base_version"_s);
        if (!bv.isDouble())
            return problem(422, u"validation-failed"_s, u"Invalid mutation"_s,
                           u"mutations[%1].base_version %2."_s.arg(i).arg(
                               bv.isUndefined() ? u"is missing"_s : u"must be an integer"_s));
        const QJsonValue payload = m.value(u"payload"_s);
        if (!payload.isObject())
            return problem(422, u"validation-failed"_s, u"Invalid mutation"_s,
                           u"mutations[%1].payload %2."_s.arg(i).arg(
                               payload.isUndefined() ? u"is missing"_s : u"must be an object"_s));
    }
    QJsonArray results;
    m_db.begin();
    for (const QJsonValue &m : mutations)
        results.append(m_engine.apply(m.toObject(), user));
    if (!m_db.commit()) {
        m_db.rollback();
        return problem(503, u"unavailable"_s, u"Try again"_s, u"The batch could not be stored; nothing was applied."_s);
    }
    return json(QJsonDocument(QJsonObject{{u"results"_s, results}}).toJson(QJsonDocument::Compact));
}
