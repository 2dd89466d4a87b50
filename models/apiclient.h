#pragma once

#include "apireply.h"
#include "synctypes.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

// The platform HTTP API (docs/routes.md). Asynchronous: each call returns an ApiReply
// owned by the client; parse its json() with the fromJson() of synctypes.h. Lives on one
// thread with its QNetworkAccessManager (injected, or its own when none is given).
//
// Security: TLS certificates are always verified; plain http:// is allowed only for
// loopback hosts unless setAllowInsecure(true) (the profile's explicit choice).
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)
public:
    explicit ApiClient(QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_base; }
    void setAccessToken(const QString &token) { m_token = token; }
    QString accessToken() const { return m_token; }
    void setAllowInsecure(bool allow) { m_allowInsecure = allow; }
    // Milliseconds without a byte before a request fails with Kind::Timeout.
    void setTransferTimeout(int ms) { m_timeoutMs = ms; }

    // Empty when the URL may be used; else why not (a translated sentence).
    static QString checkUrl(const QUrl &url, bool allowInsecure);
    static bool isLoopbackHost(const QString &host);

    ApiReply *health();
    ApiReply *login(const QString &username, const QString &password);
    ApiReply *me();
    ApiReply *changes(qint64 since, int limit = 2000);
    // An empty cursor starts a new snapshot.
    ApiReply *snapshot(const QString &cursor, int limit = 20000);
    ApiReply *postMutations(const QList<Mutation> &batch);
    ApiReply *entity(const QString &entity, const QString &id);

private:
    ApiReply *get(const QString &path, const QList<QPair<QString, QString>> &query = {});
    ApiReply *post(const QString &path, const QByteArray &body);
    ApiReply *send(const QByteArray &verb, const QString &path,
                   const QList<QPair<QString, QString>> &query, const QByteArray &body);

    QNetworkAccessManager *m_nam = nullptr;
    bool m_ownsNam = false;
    QUrl m_base;
    QString m_token;
    bool m_allowInsecure = false;
    int m_timeoutMs = 30000;
};
