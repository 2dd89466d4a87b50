// steward-platform --faults, fault by fault, seen on the wire (a raw socket, so a dropped
// or truncated answer is seen as exactly what it is): 500 and 429 answer before the
// request is handled (a mutation is NOT applied), drop/truncate/malformed spoil the
// answer of a request that WAS handled (the mutation is applied, which the client's
// idempotent re-send must then survive), delay holds the answer back, the login is
// never faulted, a bad SPEC is refused at start-up, and a seed repeats the sequence.

#include "testserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
struct Wire {
    bool connected = false;
    bool closedByServer = false;
    QByteArray head;  // status line and headers
    QByteArray body;  // what arrived of the body
    int status = 0;
    qint64 contentLength = -1;
    qint64 elapsedMs = 0;
    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n'))
            if (line.toLower().startsWith(QByteArray(name.toLower() + ':')))
                return line.mid(name.size() + 1).trimmed();
        return {};
    }
    bool complete() const { return status > 0 && contentLength == body.size(); }
};

// One request on its own connection; reads until the body is complete or the server
// closes (or 5 s pass).
Wire exchange(const QUrl &base, const QByteArray &method, const QString &path, const QByteArray &body = {},
              const QString &token = {})
{
    Wire w;
    QTcpSocket s;
    QElapsedTimer timer;
    timer.start();
    s.connectToHost(base.host(), quint16(base.port()));
    if (!s.waitForConnected(5000))
        return w;
    w.connected = true;
    QByteArray request = method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: " + base.host().toUtf8()
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token.toUtf8() + "\r\n";
    request += "\r\n" + body;
    s.write(request);
    QByteArray all;
    while (timer.elapsed() < 5000) {
        if (!s.waitForReadyRead(200)) {
            if (s.state() != QAbstractSocket::ConnectedState) {
                w.closedByServer = true;
                break;
            }
        }
        all += s.readAll();
        const qsizetype end = all.indexOf("\r\n\r\n");
        if (end >= 0) {
            w.head = all.left(end);
            w.body = all.mid(end + 4);
            w.status = w.head.mid(9, 3).toInt();
            bool ok = false;
            const qint64 length = w.header("Content-Length").toLongLong(&ok);
            w.contentLength = ok ? length : -1;
            if (w.complete())
                break;
        }
    }
    all += s.readAll();
    w.elapsedMs = timer.elapsed();
    return w;
}

QByteArray awardBatch(const QString &mutationId, const QString &member, const QString &reason)
{
    const QJsonObject m{{u"id"_s, mutationId}, {u"entity"_s, u"member"_s}, {u"entity_id"_s, member},
                        {u"action"_s, u"award_points"_s}, {u"base_version"_s, 0},
                        {u"payload"_s, QJsonObject{{u"points"_s, 1}, {u"reason"_s, reason}}}};
    return QJsonDocument(QJsonObject{{u"mutations"_s, QJsonArray{m}}}).toJson(QJsonDocument::Compact);
}
} // namespace

class TestPlatformFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badSpecIsRefused_data();
    void badSpecIsRefused();
    void serverErrorChangesNothing();
    void rateLimitedSaysWhenToRetry();
    void dropAppliesButLosesTheAnswer();
    void truncateDeclaresMoreThanItSends();
    void malformedIsNotJson();
    void delayHoldsTheAnswer();
    void loginIsNeverFaulted();
    void seedRepeatsTheSequence();
    void cleanupTestCase();

private:
    // Restarts the server with these faults (the same database).
    void faults(const QString &spec);
    // With the faults off: member 1's points and the audit entries per mutation id.
    struct State {
        qint64 points = 0;
        QHash<QString, int> audits;
    };
    State state();

    TestServer m_server;
    QString m_token;
};

void TestPlatformFaults::initTestCase()
{
    const QString started = m_server.start({u"--rate-limit"_s, u"0"_s}, 50);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    m_token = TestHttp(m_server.url()).login(u"manager"_s);
    QVERIFY(!m_token.isEmpty());
}

void TestPlatformFaults::faults(const QString &spec)
{
    const QString restarted = spec.isEmpty() ? m_server.restart() : m_server.restart({u"--faults"_s, spec});
    QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
}

TestPlatformFaults::State TestPlatformFaults::state()
{
    faults({});
    const TestHttp http(m_server.url());
    State st;
    st.points = http.get(u"/v1/entities/member/1"_s, m_token).json().value(u"data"_s).toObject()
                    .value(u"points"_s).toInteger();
    qint64 since = 0;
    for (;;) {
        const QJsonObject page = http.get(u"/v1/changes?since=%1&limit=5000"_s.arg(since), m_token).json();
        for (const QJsonValue &c : page.value(u"changes"_s).toArray())
            if (c[u"entity"_s].toString() == u"audit_entry"_s)
                ++st.audits[c[u"data"_s][u"mutation_id"_s].toString()];
        since = page.value(u"next_since"_s).toInteger();
        if (!page.value(u"has_more"_s).toBool())
            break;
    }
    return st;
}

void TestPlatformFaults::badSpecIsRefused_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown") << u"teapot=0.1"_s << u"unknown fault 'teapot'"_s;
    QTest::newRow("share") << u"500=1.5"_s << u"share from 0 to 1"_s;
    QTest::newRow("sum") << u"500=0.6,drop=0.6"_s << u"more than 1"_s;
    QTest::newRow("delay") << u"delay=0.1:soon"_s << u"200ms"_s;
    QTest::newRow("retry-after") << u"429=0.1:250ms"_s << u"whole seconds"_s;
    QTest::newRow("not key=value") << u"drop"_s << u"KEY=VALUE"_s;
}

void TestPlatformFaults::badSpecIsRefused()
{
    QFETCH(QString, spec);
    QFETCH(QString, says);
    QProcess p;
    p.start(QStringLiteral(STEWARD_PLATFORM_BIN),
            {u"--db"_s, m_server.databasePath() + u".unused"_s, u"--port"_s, u"0"_s, u"--faults"_s, spec});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(says), qPrintable(err));
}

void TestPlatformFaults::serverErrorChangesNothing()
{
    const State before = state();
    faults(u"500=1"_s);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Wire w = exchange(m_server.url(), "POST", u"/v1/mutations"_s, awardBatch(id, u"1"_s, u"faults 500"_s), m_token);
    QCOMPARE(w.status, 500);
    QVERIFY(w.complete());
    QVERIFY(w.header("Content-Type").startsWith("application/problem+json"));
    QVERIFY(QJsonDocument::fromJson(w.body).object().value(u"detail"_s).toString().contains(u"Injected fault"_s));
    const State after = state();
    QCOMPARE(after.points, before.points); // not handled: no points
    QCOMPARE(after.audits.value(id), 0);
}

void TestPlatformFaults::rateLimitedSaysWhenToRetry()
{
    faults(u"429=1:3s"_s);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Wire w = exchange(m_server.url(), "POST", u"/v1/mutations"_s, awardBatch(id, u"1"_s, u"faults 429"_s), m_token);
    QCOMPARE(w.status, 429);
    QCOMPARE(w.header("Retry-After"), QByteArray("3"));
    QVERIFY(w.complete());
    QCOMPARE(state().audits.value(id), 0);
}

void TestPlatformFaults::dropAppliesButLosesTheAnswer()
{
    const State before = state();
    faults(u"drop=1,seed=3"_s);
    QList<QString> ids;
    bool sawNothing = false, sawHeadOnly = false, sawPartBody = false;
    for (int i = 0; i < 12; ++i) {
        ids << QUuid::createUuid().toString(QUuid::WithoutBraces);
        const Wire w = exchange(m_server.url(), "POST", u"/v1/mutations"_s,
                                awardBatch(ids.last(), u"1"_s, u"faults drop %1"_s.arg(i)), m_token);
        QVERIFY(w.closedByServer);
        QVERIFY(!w.complete());
        sawNothing |= w.status == 0;
        sawHeadOnly |= w.status == 200 && w.body.isEmpty();
        sawPartBody |= w.status == 200 && !w.body.isEmpty();
    }
    QVERIFY(sawNothing && sawHeadOnly && sawPartBody); // all three shapes in twelve draws
    // Each batch was applied once: the answer was lost, not the change.
    const State after = state();
    for (const QString &id : ids)
        QCOMPARE(after.audits.value(id), 1);
    QCOMPARE(after.points, before.points + ids.size());
}

void TestPlatformFaults::truncateDeclaresMoreThanItSends()
{
    faults(u"truncate=1"_s);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Wire w = exchange(m_server.url(), "POST", u"/v1/mutations"_s, awardBatch(id, u"1"_s, u"faults truncate"_s), m_token);
    QCOMPARE(w.status, 200);
    QVERIFY(w.closedByServer);
    QVERIFY2(w.contentLength > w.body.size(), qPrintable(u"declared %1, got %2"_s.arg(w.contentLength).arg(w.body.size())));
    QCOMPARE(state().audits.value(id), 1);
    // A large GET too: a snapshot page cut short.
    faults(u"truncate=1"_s);
    const Wire page = exchange(m_server.url(), "GET", u"/v1/snapshot?limit=50"_s, {}, m_token);
    QCOMPARE(page.status, 200);
    QVERIFY(page.contentLength > page.body.size());
}

void TestPlatformFaults::malformedIsNotJson()
{
    faults(u"malformed=1"_s);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Wire w = exchange(m_server.url(), "POST", u"/v1/mutations"_s, awardBatch(id, u"1"_s, u"faults malformed"_s), m_token);
    QCOMPARE(w.status, 200);
    QVERIFY(w.complete()); // the HTTP is fine; the JSON is not
    QJsonParseError error;
    QJsonDocument::fromJson(w.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(state().audits.value(id), 1);
}

void TestPlatformFaults::delayHoldsTheAnswer()
{
    faults(u"delay=1:400ms"_s);
    const Wire w = exchange(m_server.url(), "GET", u"/v1/health"_s);
    QCOMPARE(w.status, 200);
    QVERIFY(w.complete());
    QVERIFY2(w.elapsedMs >= 380, qPrintable(QString::number(w.elapsedMs)));
    QCOMPARE(QJsonDocument::fromJson(w.body).object().value(u"status"_s).toString(), u"ok"_s);
}

void TestPlatformFaults::loginIsNeverFaulted()
{
    faults(u"500=1"_s);
    for (int i = 0; i < 5; ++i)
        QVERIFY(!TestHttp(m_server.url()).login(u"manager"_s).isEmpty());
    QCOMPARE(exchange(m_server.url(), "GET", u"/v1/health"_s).status, 500); // health is faulted
}

void TestPlatformFaults::seedRepeatsTheSequence()
{
    const auto sequence = [this] {
        faults(u"500=0.3,429=0.2:0s,malformed=0.2,seed=42"_s);
        QList<int> seen;
        for (int i = 0; i < 20; ++i) {
            const Wire w = exchange(m_server.url(), "GET", u"/v1/me"_s, {}, m_token);
            const bool json = QJsonDocument::fromJson(w.body).isObject();
            seen << (w.status == 200 && !json ? 1 : w.status);
        }
        return seen;
    };
    const QList<int> first = sequence();
    QCOMPARE(sequence(), first);
    QVERIFY(first.contains(500) && first.contains(429) && first.contains(1) && first.contains(200));
}

void TestPlatformFaults::cleanupTestCase()
{
    m_server.stop();
}

QTEST_GUILESS_MAIN(TestPlatformFaults)
#include "tst_platformfaults.moc"
