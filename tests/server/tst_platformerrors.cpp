// Every error class of the API as problem+json with the right status, and hostile input
// that must never produce a 500 or stop the server. After every case the server still
// answers /v1/health.
#include "platformtestutil.h"

#include <QThread>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace PlatformTest;

class TestPlatformErrors : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void httpErrors_data();
    void httpErrors();
    void bodyOverFourMiB();
    void tooManyMutations();
    void headerOver64KiB();
    void rateLimited();
    void hostile_data();
    void hostile();

private:
    QString token(const QString &who) { return who.isEmpty() ? QString() : m_tokens.value(who); }

    TestServer m_server;
    std::unique_ptr<TestHttp> m_http;
    QHash<QString, QString> m_tokens;
    QString m_member;
};

void TestPlatformErrors::initTestCase()
{
    QCOMPARE(m_server.start({u"--rate-limit"_s, u"0"_s}, 300), QString());
    m_http = std::make_unique<TestHttp>(m_server.url());
    for (const QString &user : {u"manager"_s, u"analyst"_s}) {
        m_tokens[user] = m_http->login(user);
        QVERIFY(!m_tokens[user].isEmpty());
    }
    const HttpResult r = m_http->get(u"/v1/changes?limit=5000"_s, m_tokens[u"analyst"_s]);
    for (const QJsonValue &c : r.json().value(u"changes"_s).toArray())
        if (c[u"entity"_s].toString() == u"member"_s) {
            m_member = c[u"id"_s].toString();
            break;
        }
    QVERIFY(!m_member.isEmpty());
}

void TestPlatformErrors::cleanup()
{
    // After every case, good or bad, the server is still there.
    PT_CHECK(healthError(*m_http));
}

void TestPlatformErrors::httpErrors_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("who"); // token of this user, or none
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QByteArray>("allow"); // expected Allow header for 405
    const QString m = u"manager"_s, a = u"analyst"_s;
    const QByteArray valid = "{\"mutations\":[]}";
    const auto row = [](const char *name, const QByteArray &verb, const QString &path, const QByteArray &body,
                        const QString &who, int status, const QString &slug, const QByteArray &allow = {}) {
        QTest::newRow(name) << verb << path << body << who << status << slug << allow;
    };
    // 400
    row("malformed mutations", "POST", u"/v1/mutations"_s, "{\"mutations\":[", m, 400, u"bad-request"_s);
    row("malformed token request", "POST", u"/v1/auth/token"_s, "{\"username\":", QString(), 400, u"bad-request"_s);
    row("empty body", "POST", u"/v1/mutations"_s, "", m, 400, u"bad-request"_s);
    row("since=abc", "GET", u"/v1/changes?since=abc"_s, {}, a, 400, u"bad-request"_s);
    row("since=-1", "GET", u"/v1/changes?since=-1"_s, {}, a, 400, u"bad-request"_s);
    row("since=1.5", "GET", u"/v1/changes?since=1.5"_s, {}, a, 400, u"bad-request"_s);
    row("since overflow", "GET", u"/v1/changes?since=99999999999999999999999"_s, {}, a, 400, u"bad-request"_s);
    row("limit=ten", "GET", u"/v1/changes?limit=ten"_s, {}, a, 400, u"bad-request"_s);
    row("snapshot cursor", "GET", u"/v1/snapshot?cursor=nope"_s, {}, a, 400, u"bad-request"_s);
    // 401
    row("no token", "GET", u"/v1/me"_s, {}, QString(), 401, u"unauthorized"_s);
    row("no token mutations", "POST", u"/v1/mutations"_s, valid, QString(), 401, u"unauthorized"_s);
    row("wrong password", "POST", u"/v1/auth/token"_s, "{\"username\":\"manager\",\"password\":\"x\"}", QString(), 401, u"unauthorized"_s);
    // 403
    row("analyst mutations", "POST", u"/v1/mutations"_s, valid, a, 403, u"forbidden"_s);
    row("analyst malformed", "POST", u"/v1/mutations"_s, "{\"mutations\":[", a, 403, u"forbidden"_s);
    // 404
    row("unknown route", "GET", u"/v1/nothing"_s, {}, m, 404, u"not-found"_s);
    row("unknown route no token", "GET", u"/v2/health"_s, {}, QString(), 404, u"not-found"_s);
    row("root", "GET", u"/"_s, {}, QString(), 404, u"not-found"_s);
    row("unknown entity id", "GET", u"/v1/entities/member/999999999"_s, {}, a, 404, u"not-found"_s);
    row("unknown entity name", "GET", u"/v1/entities/widget/1"_s, {}, a, 404, u"not-found"_s);
    row("entity without id", "GET", u"/v1/entities/member"_s, {}, a, 404, u"not-found"_s);
    // 405 with Allow
    row("GET mutations", "GET", u"/v1/mutations"_s, {}, m, 405, u"method-not-allowed"_s, "POST");
    row("POST health", "POST", u"/v1/health"_s, "{}", QString(), 405, u"method-not-allowed"_s, "GET");
    row("GET token", "GET", u"/v1/auth/token"_s, {}, QString(), 405, u"method-not-allowed"_s, "POST");
    row("DELETE changes", "DELETE", u"/v1/changes"_s, {}, a, 405, u"method-not-allowed"_s, "GET");
    row("PUT entity", "PUT", u"/v1/entities/member/1"_s, "{}", m, 405, u"method-not-allowed"_s, "GET");
    row("POST me", "POST", u"/v1/me"_s, "{}", a, 405, u"method-not-allowed"_s, "GET");
    row("PATCH snapshot", "PATCH", u"/v1/snapshot"_s, "{}", a, 405, u"method-not-allowed"_s, "GET");
    // 422
    row("mutations is a number", "POST", u"/v1/mutations"_s, "{\"mutations\":5}", m, 422, u"validation-failed"_s);
    row("body is an array", "POST", u"/v1/mutations"_s, "[]", m, 422, u"validation-failed"_s);
    row("no mutations key", "POST", u"/v1/mutations"_s, "{}", m, 422, u"validation-failed"_s);
    row("mutation without id", "POST", u"/v1/mutations"_s,
        "{\"mutations\":[{\"entity\":\"member\",\"entity_id\":\"1\",\"action\":\"add_note\",\"base_version\":1,\"payload\":{\"text\":\"x\"}}]}",
        m, 422, u"validation-failed"_s);
    row("mutation id number", "POST", u"/v1/mutations"_s,
        "{\"mutations\":[{\"id\":7,\"entity\":\"member\",\"entity_id\":\"1\",\"action\":\"add_note\",\"base_version\":1,\"payload\":{}}]}",
        m, 422, u"validation-failed"_s);
    row("mutation not an object", "POST", u"/v1/mutations"_s, "{\"mutations\":[\"x\"]}", m, 422, u"validation-failed"_s);
    row("mutation without base_version", "POST", u"/v1/mutations"_s,
        "{\"mutations\":[{\"id\":\"b1\",\"entity\":\"member\",\"entity_id\":\"1\",\"action\":\"add_note\",\"payload\":{}}]}",
        m, 422, u"validation-failed"_s);
    row("token username number", "POST", u"/v1/auth/token"_s, "{\"username\":5,\"password\":\"steward-demo\"}",
        QString(), 422, u"validation-failed"_s);
    row("token without password", "POST", u"/v1/auth/token"_s, "{\"username\":\"manager\"}", QString(), 422, u"validation-failed"_s);
    row("token body array", "POST", u"/v1/auth/token"_s, "[\"manager\"]", QString(), 422, u"validation-failed"_s);
}

void TestPlatformErrors::httpErrors()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, who);
    QFETCH(int, status);
    QFETCH(QString, slug);
    QFETCH(QByteArray, allow);
    const qint64 seq = m_http->get(u"/v1/health"_s).json().value(u"seq"_s).toInteger();
    const HttpResult r = m_http->send(verb, path, body, token(who));
    PT_CHECK(problemError(r, status, slug));
    if (!allow.isEmpty())
        QCOMPARE(r.header("Allow"), allow);
    if (status == 401)
        QVERIFY(!r.header("WWW-Authenticate").isEmpty() || path == u"/v1/auth/token"_s);
    QCOMPARE(m_http->get(u"/v1/health"_s).json().value(u"seq"_s).toInteger(), seq); // nothing applied
}

void TestPlatformErrors::bodyOverFourMiB()
{
    for (const QString &path : {u"/v1/mutations"_s, u"/v1/auth/token"_s}) {
        QByteArray body = "{\"mutations\":[],\"pad\":\"";
        body += QByteArray(4 * 1024 * 1024 + 10, 'x');
        body += "\"}";
        const HttpResult r = m_http->post(path, body, token(u"manager"_s));
        PT_CHECK(problemError(r, 413, u"payload-too-large"_s));
        PT_CHECK(healthError(*m_http));
    }
    // Just under the limit is fine.
    QByteArray body = "{\"mutations\":[],\"pad\":\"";
    body += QByteArray(4 * 1024 * 1024 - 64, 'x');
    body += "\"}";
    QCOMPARE(m_http->post(u"/v1/mutations"_s, body, token(u"manager"_s)).status, 200);
}

void TestPlatformErrors::tooManyMutations()
{
    const qint64 seq = m_http->get(u"/v1/health"_s).json().value(u"seq"_s).toInteger();
    QJsonArray list;
    for (int i = 0; i < 501; ++i)
        list << mutation(u"member"_s, m_member, u"add_note"_s, 1, {{u"text"_s, u"n%1"_s.arg(i)}});
    const HttpResult r = m_http->post(u"/v1/mutations"_s, compact(QJsonObject{{u"mutations"_s, list}}), token(u"manager"_s));
    PT_CHECK(problemError(r, 413, u"payload-too-large"_s));
    QCOMPARE(m_http->get(u"/v1/health"_s).json().value(u"seq"_s).toInteger(), seq); // nothing applied
    list.removeLast();
    QCOMPARE(post(*m_http, token(u"manager"_s), list).size(), 500); // 500 is fine
}

void TestPlatformErrors::headerOver64KiB()
{
    // Refused by the listener before the HTTP server buffers it.
    const HttpResult r = m_http->get(u"/v1/me"_s, QString(70 * 1024, u'a'));
    PT_CHECK(problemError(r, 400, u"bad-request"_s));
}

void TestPlatformErrors::rateLimited()
{
    TestServer limited;
    QCOMPARE(limited.start({u"--rate-limit"_s, u"5"_s}, 50), QString());
    TestHttp http(limited.url());
    const QString t = http.login(u"analyst"_s);
    QVERIFY(!t.isEmpty());
    QThread::msleep(1100); // refill the per-address bucket the sign-in used
    for (const bool withToken : {true, false}) {
        int ok = 0, limitedCount = 0, retryAfter = 0;
        for (int i = 0; i < 20; ++i) {
            const HttpResult r = withToken ? http.get(u"/v1/me"_s, t) : http.get(u"/v1/health"_s);
            if (r.status == 200) {
                ++ok;
                continue;
            }
            PT_CHECK(problemError(r, 429, u"rate-limited"_s));
            bool isInt = false;
            retryAfter = r.header("Retry-After").toInt(&isInt);
            QVERIFY2(isInt && retryAfter >= 1, r.header("Retry-After").constData());
            ++limitedCount;
        }
        QVERIFY2(ok >= 5 && ok < 20, qPrintable(u"%1 of 20 answered"_s.arg(ok)));
        QVERIFY(limitedCount > 0);
        QThread::msleep(1000 * retryAfter + 100);
        QCOMPARE((withToken ? http.get(u"/v1/me"_s, t) : http.get(u"/v1/health"_s)).status, 200);
    }
    // Another token has its own bucket.
    QThread::msleep(1100);
    const QString other = http.login(u"manager"_s);
    for (int i = 0; i < 10; ++i)
        http.get(u"/v1/me"_s, t);
    QCOMPARE(http.get(u"/v1/me"_s, other).status, 200);
}

void TestPlatformErrors::hostile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");     // expected HTTP status
    QTest::addColumn<QString>("result"); // for 200: the slug of the single result's problem
    const QString mut = u"/v1/mutations"_s;
    const auto one = [](const QByteArray &fields) -> QByteArray {
        return "{\"mutations\":[{\"id\":\"" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "\"," + fields + "}]}";
    };
    const QByteArray member = m_member.toUtf8();
    const QByteArray note = "\"entity\":\"member\",\"entity_id\":\"" + member + "\",\"action\":\"add_note\",";
    QTest::newRow("deep nesting") << mut << (QByteArray(100000, '[') + QByteArray(100000, ']')) << 400 << QString();
    QTest::newRow("deep nesting in payload") << mut
        << one(note + "\"base_version\":1,\"payload\":{\"text\":" + QByteArray(5000, '[') + QByteArray(5000, ']') + "}") << 400 << QString();
    QTest::newRow("non-UTF-8") << mut << one(note + "\"base_version\":1,\"payload\":{\"text\":\"\xff\xfe\xc0\x80\"}") << 400 << QString();
    QTest::newRow("non-UTF-8 token") << u"/v1/auth/token"_s << QByteArray("{\"username\":\"\xff\",\"password\":\"x\"}") << 400 << QString();
    QTest::newRow("NUL bytes") << mut << QByteArray("{\"mutations\":[]}\0\0\0garbage", 27) << 400 << QString();
    QTest::newRow("NUL inside") << mut << QByteArray("{\"mutations\":[\0]}", 17) << 400 << QString();
    QTest::newRow("escaped NUL in text") << mut << one(note + "\"base_version\":1,\"payload\":{\"text\":\"a\\u0000b\"}") << 200 << QString();
    QTest::newRow("payload array") << mut << one(note + "\"base_version\":1,\"payload\":[1,2]") << 422 << QString();
    QTest::newRow("payload string") << mut << one(note + "\"base_version\":1,\"payload\":\"x\"") << 422 << QString();
    QTest::newRow("base_version string") << mut << one(note + "\"base_version\":\"1\",\"payload\":{\"text\":\"x\"}") << 422 << QString();
    QTest::newRow("base_version null") << mut << one(note + "\"base_version\":null,\"payload\":{\"text\":\"x\"}") << 422 << QString();
    QTest::newRow("base_version negative") << mut << one(note + "\"base_version\":-1,\"payload\":{\"text\":\"x\"}") << 200 << u"invalid-mutation"_s;
    QTest::newRow("base_version 1e300") << mut << one(note + "\"base_version\":1e300,\"payload\":{\"text\":\"x\"}") << 200 << u"invalid-mutation"_s;
    QTest::newRow("base_version -1e300") << mut << one(note + "\"base_version\":-1e300,\"payload\":{\"text\":\"x\"}") << 200 << u"invalid-mutation"_s;
    QTest::newRow("base_version 0.5") << mut << one(note + "\"base_version\":0.5,\"payload\":{\"text\":\"x\"}") << 200 << u"invalid-mutation"_s;
    QTest::newRow("base_version 2^63") << mut << one(note + "\"base_version\":9223372036854775808,\"payload\":{\"text\":\"x\"}") << 200 << u"invalid-mutation"_s;
    QTest::newRow("entity_id 10000 chars") << mut
        << one("\"entity\":\"member\",\"entity_id\":\"" + QByteArray(10000, '7') + "\",\"action\":\"add_note\",\"base_version\":1,\"payload\":{\"text\":\"x\"}")
        << 200 << u"invalid-mutation"_s;
    QTest::newRow("entity 10000 chars") << mut
        << one("\"entity\":\"" + QByteArray(10000, 'm') + "\",\"entity_id\":\"1\",\"action\":\"add_note\",\"base_version\":1,\"payload\":{}")
        << 200 << u"invalid-mutation"_s;
    QTest::newRow("id 10000 chars") << mut
        << ("{\"mutations\":[{\"id\":\"" + QByteArray(10000, 'i') + "\"," + note + "\"base_version\":1,\"payload\":{}}]}") << 422 << QString();
    QTest::newRow("points 1e308") << mut
        << one("\"entity\":\"member\",\"entity_id\":\"" + member + "\",\"action\":\"award_points\",\"base_version\":1,\"payload\":{\"points\":1e308,\"reason\":\"x\"}")
        << 200 << u"invalid-payload"_s;
    QTest::newRow("reorder 1e300") << mut
        << one("\"entity\":\"tier\",\"entity_id\":\"newcomer\",\"action\":\"reorder\",\"base_version\":1,\"payload\":{\"order\":1e300}")
        << 200 << u"invalid-payload"_s;
    QTest::newRow("claim minutes 1e300") << mut
        << one("\"entity\":\"moderation_item\",\"entity_id\":\"1\",\"action\":\"claim\",\"base_version\":1,\"payload\":{\"minutes\":1e300}")
        << 200 << QString(); // invalid-payload or not-found, whichever the id is
    QTest::newRow("path traversal id") << mut
        << one("\"entity\":\"member\",\"entity_id\":\"../../etc/passwd\",\"action\":\"add_note\",\"base_version\":1,\"payload\":{\"text\":\"x\"}")
        << 200 << u"not-found"_s;
    QTest::newRow("sql in id") << mut
        << one("\"entity\":\"member\",\"entity_id\":\"1' OR '1'='1\",\"action\":\"add_note\",\"base_version\":1,\"payload\":{\"text\":\"x\"}")
        << 200 << u"not-found"_s;
    QTest::newRow("huge string field") << mut
        << one(note + "\"base_version\":1,\"payload\":{\"text\":\"" + QByteArray(3 * 1024 * 1024, 'z') + "\"}") << 200 << QString();
    QTest::newRow("entity path sql") << u"/v1/entities/member/1%27%20OR%201=1"_s << QByteArray() << 404 << QString();
    QTest::newRow("entity path long") << (u"/v1/entities/member/"_s + QString(10000, u'9')) << QByteArray() << 404 << QString();
    QTest::newRow("changes huge limit") << u"/v1/changes?since=0&limit=99999999999"_s << QByteArray() << 200 << QString();
    QTest::newRow("changes repeated params") << u"/v1/changes?since=1&since=abc"_s << QByteArray() << 0 << QString();
}

void TestPlatformErrors::hostile()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, result);
    const bool get = body.isNull();
    const HttpResult r = get ? m_http->get(path, token(u"manager"_s)) : m_http->post(path, body, token(u"manager"_s));
    QVERIFY2(r.status != 500 && r.status != 0, qPrintable(u"HTTP %1 %2"_s.arg(r.status).arg(r.networkError)));
    if (status == 0) {
        QVERIFY(r.status == 200 || r.status == 400);
    } else {
        QCOMPARE(r.status, status);
    }
    if (r.status >= 400) {
        PT_CHECK(problemError(r, r.status));
    } else if (!get) {
        const QJsonArray results = r.json().value(u"results"_s).toArray();
        QCOMPARE(results.size(), 1);
        const QString s = results[0][u"status"_s].toString();
        QVERIFY2(s == u"applied"_s || s == u"rejected"_s, compact(results[0].toObject()).constData());
        if (!result.isEmpty()) {
            QCOMPARE(s, u"rejected"_s);
            const QJsonObject p = results[0][u"problem"_s].toObject();
            QCOMPARE(p.value(u"type"_s).toString(), u"urn:steward:problem:"_s + result);
            PT_CHECK(problemObjectError(p, int(p.value(u"status"_s).toInteger())));
        }
    }
}

QTEST_GUILESS_MAIN(TestPlatformErrors)
#include "tst_platformerrors.moc"
