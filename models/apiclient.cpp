#include "apiclient.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

ApiClient::ApiClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    if (!m_nam) {
        m_nam = new QNetworkAccessManager(this);
        m_ownsNam = true;
    }
}

ApiClient::~ApiClient() = default;

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_base = url;
}

bool ApiClient::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString ApiClient::checkUrl(const QUrl &url, bool allowInsecure)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("ApiClient", "The server address '%1' is not a valid URL.")
            .arg(url.toDisplayString());
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https"_s)
        return {};
    if (scheme != u"http"_s)
        return QCoreApplication::translate("ApiClient", "The server address must start with https://.");
    if (isLoopbackHost(url.host()) || allowInsecure)
        return {};
    return QCoreApplication::translate("ApiClient",
                                       "Plain http:// is only used for this computer (localhost). Use https://, or mark "
                                       "the profile as insecure on purpose.");
}

ApiReply *ApiClient::send(const QByteArray &verb, const QString &path,
                          const QList<QPair<QString, QString>> &query, const QByteArray &body)
{
    const QString refusal = checkUrl(m_base, m_allowInsecure);
    if (!refusal.isEmpty())
        return ApiReply::failed(ApiError(ApiError::Kind::InsecureUrl, refusal), this);
    QUrl url = m_base;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path, QUrl::TolerantMode);
    if (!query.isEmpty()) {
        QUrlQuery q;
        q.setQueryItems(query);
        url.setQuery(q);
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setRawHeader("Accept", "application/json, application/problem+json");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    QNetworkReply *reply = verb == "POST" ? m_nam->post(request, body) : m_nam->get(request);
    return new ApiReply(reply, this);
}

ApiReply *ApiClient::get(const QString &path, const QList<QPair<QString, QString>> &query)
{
    return send("GET", path, query, {});
}

ApiReply *ApiClient::post(const QString &path, const QByteArray &body)
{
    return send("POST", path, {}, body);
}

ApiReply *ApiClient::health()
{
    return get(u"/v1/health"_s);
}

ApiReply *ApiClient::login(const QString &username, const QString &password)
{
    const QJsonObject o{{u"username"_s, username}, {u"password"_s, password}};
    return post(u"/v1/auth/token"_s, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ApiReply *ApiClient::me()
{
    return get(u"/v1/me"_s);
}

ApiReply *ApiClient::changes(qint64 since, int limit)
{
    return get(u"/v1/changes"_s, {{u"since"_s, QString::number(since)}, {u"limit"_s, QString::number(limit)}});
}

ApiReply *ApiClient::snapshot(const QString &cursor, int limit)
{
    QList<QPair<QString, QString>> q{{u"limit"_s, QString::number(limit)}};
    if (!cursor.isEmpty())
        q.append({u"cursor"_s, cursor});
    return get(u"/v1/snapshot"_s, q);
}

ApiReply *ApiClient::postMutations(const QList<Mutation> &batch)
{
    QJsonArray list;
    for (const Mutation &m : batch)
        list.append(m.toJson());
    return post(u"/v1/mutations"_s, QJsonDocument(QJsonObject{{u"mutations"_s, list}}).toJson(QJsonDocument::Compact));
}

ApiReply *ApiClient::entity(const QString &entity, const QString &id)
{
    return get(u"/v1/entities/%1/%2"_s.arg(QString::fromUtf8(QUrl::toPercentEncoding(entity)),
                                           QString::fromUtf8(QUrl::toPercentEncoding(id))));
}
