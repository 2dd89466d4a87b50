#include "apiclient.h"
#include "testserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ApiClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void urlPolicy_data();
    void urlPolicy();
    void insecureUrlIsRefusedWithoutRequest();
    void errorKinds_data();
    void errorKinds();
    void parsersRejectWrongTypes();
    void loginAndMe();
    void wrongPasswordIsUnauthorized();
    void truncatedAndMalformedBodies_data();
    void truncatedAndMalformedBodies();
    void connectionRefusedIsNetwork();

private:
    ApiError wait(ApiReply *reply);
    TestServer m_server;
    QNetworkAccessManager m_nam;
};

ApiError tst_ApiClient::wait(ApiReply *reply)
{
    QSignalSpy done(reply, &ApiReply::finished);
    if (!reply->isFinished())
        done.wait(30000);
    return reply->error();
}

void tst_ApiClient::initTestCase()
{
    const QString error = m_server.start({}, 50);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_ApiClient::urlPolicy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("insecure");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << u"https://community.example.com"_s << false << true;
    QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080"_s << false << true;
    QTest::newRow("http loopback 127/8") << u"http://127.3.2.1:8080"_s << false << true;
    QTest::newRow("http localhost") << u"http://localhost:8080"_s << false << true;
    QTest::newRow("http ::1") << u"http://[::1]:8080"_s << false << true;
    QTest::newRow("http remote") << u"http://community.example.com"_s << false << false;
    QTest::newRow("http remote, insecure on purpose") << u"http://10.0.0.5"_s << true << true;
    QTest::newRow("ftp") << u"ftp://example.com"_s << true << false;
    QTest::newRow("garbage") << u"not a url"_s << false << false;
}

void tst_ApiClient::urlPolicy()
{
    QFETCH(QString, url);
    QFETCH(bool, insecure);
    QFETCH(bool, allowed);
    QCOMPARE(ApiClient::checkUrl(QUrl(url), insecure).isEmpty(), allowed);
}

void tst_ApiClient::insecureUrlIsRefusedWithoutRequest()
{
    ApiClient api(&m_nam);
    api.setBaseUrl(QUrl(u"http://community.example.com"_s));
    const ApiError e = wait(api.health());
    QCOMPARE(e.kind(), ApiError::Kind::InsecureUrl);
    QVERIFY(!e.message().isEmpty());
    QVERIFY(!e.retryable());
}

void tst_ApiClient::errorKinds_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("retryable");
    using K = ApiError::Kind;
    QTest::newRow("400") << 400 << int(K::Invalid) << false;
    QTest::newRow("401") << 401 << int(K::Unauthorized) << false;
    QTest::newRow("403") << 403 << int(K::Forbidden) << false;
    QTest::newRow("404") << 404 << int(K::NotFound) << false;
    QTest::newRow("413") << 413 << int(K::TooLarge) << false;
    QTest::newRow("422") << 422 << int(K::Invalid) << false;
    QTest::newRow("429") << 429 << int(K::RateLimited) << true;
    QTest::newRow("500") << 500 << int(K::Server) << true;
    QTest::newRow("503") << 503 << int(K::Server) << true;
}

void tst_ApiClient::errorKinds()
{
    QFETCH(int, status);
    QFETCH(int, kind);
    QFETCH(bool, retryable);
    const QByteArray body = R"({"type":"urn:steward:problem:x","title":"T","status":0,"detail":"Why it failed."})";
    const ApiError e = ApiError::fromHttp(status, body, 3);
    QCOMPARE(int(e.kind()), kind);
    QCOMPARE(e.retryable(), retryable);
    QCOMPARE(e.detail(), u"Why it failed."_s);
    QVERIFY(!e.message().isEmpty());
    // Garbage instead of problem+json still gives a sentence.
    QVERIFY(!ApiError::fromHttp(status, "<html>oops", -1).message().isEmpty());
}

void tst_ApiClient::parsersRejectWrongTypes()
{
    QVERIFY(!ChangesPage::fromJson(QJsonObject{{u"changes"_s, u"x"_s}, {u"next_since"_s, 1}, {u"has_more"_s, false}}));
    QVERIFY(!ChangesPage::fromJson(QJsonObject{{u"changes"_s, QJsonArray{1}}, {u"next_since"_s, 1}, {u"has_more"_s, false}}));
    QVERIFY(!ChangesPage::fromJson(QJsonObject{{u"changes"_s, QJsonArray{}}, {u"next_since"_s, u"1"_s}, {u"has_more"_s, false}}));
    QVERIFY(ChangesPage::fromJson(QJsonObject{{u"changes"_s, QJsonArray{}}, {u"next_since"_s, 1}, {u"has_more"_s, false}}));
    const QJsonObject change{{u"seq"_s, 1}, {u"entity"_s, u"member"_s}, {u"id"_s, u"1"_s}, {u"op"_s, u"upsert"_s},
                             {u"version"_s, 1.5}, {u"data"_s, QJsonObject()}};
    QVERIFY(!Change::fromJson(change)); // fractional version
    QVERIFY(!SnapshotPage::fromJson(QJsonObject{{u"snapshot_seq"_s, 1}, {u"entity"_s, u"tier"_s},
                                                {u"columns"_s, QJsonArray{u"id"_s}}, {u"rows"_s, QJsonArray{QJsonArray{1, 2}}},
                                                {u"next_cursor"_s, QJsonValue::Null}, {u"has_more"_s, false}}));
    QVERIFY(!MutationResult::fromJson(QJsonObject{{u"id"_s, u"a"_s}, {u"status"_s, u"exploded"_s}}));
    QVERIFY(!MutationResult::fromJson(QJsonObject{{u"id"_s, u"a"_s}, {u"status"_s, u"applied"_s}}));
}

void tst_ApiClient::loginAndMe()
{
    ApiClient api(&m_nam);
    api.setBaseUrl(m_server.url());
    ApiReply *login = api.login(u"moderator"_s, u"steward-demo"_s);
    QVERIFY(!wait(login));
    const auto info = LoginInfo::fromJson(login->json());
    QVERIFY(info);
    QCOMPARE(info->role, u"moderator"_s);
    api.setAccessToken(info->accessToken);
    ApiReply *me = api.me();
    QVERIFY(!wait(me));
    const auto m = MeInfo::fromJson(me->json());
    QVERIFY(m);
    QVERIFY(m->allowedActions.value(u"moderation_item"_s).toArray().contains(u"reject"_s));
    ApiReply *health = api.health();
    QVERIFY(!wait(health));
    QVERIFY(HealthInfo::fromJson(health->json())->seq > 0);
}

void tst_ApiClient::wrongPasswordIsUnauthorized()
{
    ApiClient api(&m_nam);
    api.setBaseUrl(m_server.url());
    const ApiError e = wait(api.login(u"moderator"_s, u"wrong"_s));
    QCOMPARE(e.kind(), ApiError::Kind::Unauthorized);
    QCOMPARE(e.httpStatus(), 401);
}

void tst_ApiClient::truncatedAndMalformedBodies_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::newRow("malformed") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 9\r\n\r\n{\"a\": [1,");
    QTest::newRow("truncated") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"status\":\"ok\"}");
    QTest::newRow("not an object") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n[1,2]");
}

void tst_ApiClient::truncatedAndMalformedBodies()
{
    QFETCH(QByteArray, response);
    // A one-shot fake peer: answers `response` and closes; the client must not crash.
    QTcpServer peer;
    QVERIFY(peer.listen(QHostAddress::LocalHost));
    connect(&peer, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *s = peer.nextPendingConnection();
        connect(s, &QTcpSocket::readyRead, s, [s, response] {
            s->readAll();
            s->write(response);
            s->disconnectFromHost();
        });
    });
    ApiClient api(&m_nam);
    api.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(peer.serverPort())));
    api.setTransferTimeout(5000);
    const ApiError e = wait(api.health());
    QVERIFY2(e.kind() == ApiError::Kind::BadResponse || e.kind() == ApiError::Kind::Network,
             qPrintable(e.message()));
    QVERIFY(e.retryable());
}

void tst_ApiClient::connectionRefusedIsNetwork()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    ApiClient api(&m_nam);
    api.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    const ApiError e = wait(api.health());
    QCOMPARE(e.kind(), ApiError::Kind::Network);
    QVERIFY(e.retryable());
}

QTEST_GUILESS_MAIN(tst_ApiClient)
#include "tst_apiclient.moc"
