#include "headlesssync.h"
#include "memberactions.h"
#include "store.h"
#include "testserver.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// A bulk award and an imported sheet travel through the outbox to the real reference
// server, which then holds the new balances and ledger entries.
class tst_MembersSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bulkAwardReachesTheServer();

private:
    static int sync(const QUrl &url, const QString &dataDir);
};

int tst_MembersSync::sync(const QUrl &url, const QString &dataDir)
{
    HeadlessSyncOptions o;
    o.serverUrl = url;
    o.username = u"manager"_s;
    o.password = u"steward-demo"_s;
    o.dataDir = dataDir;
    o.quiet = true;
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    const int code = HeadlessSync::run(o, out, err);
    if (code != 0)
        qWarning("sync: %s %s", qPrintable(outText), qPrintable(errText));
    return code;
}

void tst_MembersSync::bulkAwardReachesTheServer()
{
    TestServer server;
    QCOMPARE(server.start({}, 120), QString());
    QTemporaryDir dir;
    QCOMPARE(sync(server.url(), dir.path()), 0);

    QStringList ids;
    QHash<QString, qint64> before;
    {
        Store store;
        QVERIFY(store.open(Store::cacheFilePath(dir.path())));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(u"SELECT id, points FROM member WHERE status = 'active' ORDER BY rid LIMIT 5"_s));
        while (q.next()) {
            ids << q.value(0).toString();
            before.insert(q.value(0).toString(), q.value(1).toLongLong());
        }
        QCOMPARE(ids.size(), 5);
        QString error;
        QCOMPARE(MemberActions(&store).awardPoints(ids, 42, u"Bulk award: study sprint"_s, &error), 5);
        QCOMPARE(store.pendingCount(), 5);
    }
    QCOMPARE(sync(server.url(), dir.path()), 0);

    // The server's own state, read over its API.
    TestHttp http(server.url());
    const QString token = http.login(u"manager"_s);
    QVERIFY(!token.isEmpty());
    for (const QString &id : std::as_const(ids)) {
        const HttpResult r = http.get(u"/v1/entities/member/"_s + id, token);
        QCOMPARE(r.status, 200);
        const QJsonObject data = r.json().value(u"data"_s).toObject();
        QCOMPARE(data.value(u"points"_s).toInteger(), before.value(id) + 42);
    }
    // …and the cache agrees after the pull: nothing pending, the server's ledger rows in.
    Store store;
    QVERIFY(store.open(Store::cacheFilePath(dir.path())));
    QCOMPARE(store.pendingCount(), 0);
    QSqlQuery q(store.database());
    QVERIFY(q.exec(u"SELECT count(*) FROM points_entry WHERE reason = 'Bulk award: study sprint' "
                   "AND local_pending_mutation IS NULL AND awarded_by = 'manager'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 5);
    QCOMPARE(store.entity(u"member"_s, ids.first())->value(u"points"_s).toInteger(), before.value(ids.first()) + 42);
}

QTEST_GUILESS_MAIN(tst_MembersSync)
#include "tst_memberssync.moc"
