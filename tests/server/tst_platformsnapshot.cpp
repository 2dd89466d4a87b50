// GET /v1/snapshot: row-form pages of one entity each; a snapshot plus the changes since its
// snapshot_seq is the same state as a full replay of the change feed, also when the
// platform changes while the pages are read.
#include "platformtestutil.h"

#include <QUrlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace PlatformTest;

class TestPlatformSnapshot : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pages_data();
    void pages();
    void snapshotPlusChangesEqualsFeed_data();
    void snapshotPlusChangesEqualsFeed();
    void columnsAreEntityFields();
    void limitClamped();
    void badCursor_data();
    void badCursor();

private:
    State feed(qint64 *end = nullptr);
    QJsonArray churn(int round);

    TestServer m_server;
    std::unique_ptr<TestHttp> m_http;
    QString m_manager, m_analyst;
    QStringList m_members;
};

void TestPlatformSnapshot::initTestCase()
{
    QCOMPARE(m_server.start({u"--rate-limit"_s, u"0"_s}, 300), QString());
    m_http = std::make_unique<TestHttp>(m_server.url());
    m_manager = m_http->login(u"manager"_s);
    m_analyst = m_http->login(u"analyst"_s);
    QVERIFY(!m_manager.isEmpty() && !m_analyst.isEmpty());
    const State s = feed();
    m_members = ids(s, u"member"_s);
    QVERIFY(m_members.size() >= 100);
    // Tombstones in the feed must not show up in snapshots.
    const QJsonArray r = post(*m_http, m_manager, churn(0));
    QVERIFY(!r.isEmpty());
}

State TestPlatformSnapshot::feed(qint64 *end)
{
    State s;
    QString error;
    const qint64 e = readFeed(*m_http, m_analyst, 0, 5000, s, &error);
    if (e < 0)
        qWarning("%s", qPrintable(error));
    if (end)
        *end = e;
    return s;
}

QJsonArray TestPlatformSnapshot::churn(int round)
{
    // Creates, updates and deletes of several entities, and a points award.
    QJsonArray out;
    const QString keep = newId(), drop = newId(), rule = newId();
    out << mutation(u"campaign"_s, keep, u"create"_s, 0,
                    {{u"name"_s, u"Snapshot %1"_s.arg(round)}, {u"type"_s, u"live_session"_s}, {u"mode"_s, u"online"_s},
                     {u"start_date"_s, u"2026-12-01"_s}, {u"end_date"_s, u"2026-12-01"_s}});
    out << mutation(u"campaign"_s, drop, u"create"_s, 0,
                    {{u"name"_s, u"Gone %1"_s.arg(round)}, {u"type"_s, u"lottery"_s}, {u"mode"_s, u"online"_s},
                     {u"start_date"_s, u"2026-12-01"_s}, {u"end_date"_s, u"2026-12-02"_s}});
    out << mutation(u"campaign"_s, drop, u"delete"_s, 1);
    out << mutation(u"keyword_rule"_s, rule, u"create"_s, 0, {{u"pattern"_s, u"刷单"_s}, {u"action"_s, u"flag"_s}});
    out << mutation(u"keyword_rule"_s, rule, u"update"_s, 1, {{u"label"_s, u"fraud"_s}});
    const QString member = m_members.at((round * 7) % m_members.size());
    out << mutation(u"member"_s, member, u"award_points"_s, 1, {{u"points"_s, -5}, {u"reason"_s, u"snapshot churn"_s}});
    return out;
}

void TestPlatformSnapshot::pages_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("97") << 97;
    QTest::newRow("1000") << 1000;
}

void TestPlatformSnapshot::pages()
{
    QFETCH(int, limit);
    // Each page: one entity, its columns, rows of that width, one snapshot_seq; entities do
    // not come back once left; the last page has next_cursor null.
    QString cursor;
    qint64 seq = -1;
    QStringList order;
    int pages = 0, rows = 0;
    for (;;) {
        QUrlQuery q;
        q.addQueryItem(u"limit"_s, QString::number(limit));
        if (!cursor.isEmpty())
            q.addQueryItem(u"cursor"_s, cursor);
        const HttpResult r = m_http->get(u"/v1/snapshot?"_s + q.toString(QUrl::FullyEncoded), m_analyst);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        ++pages;
        if (seq < 0)
            seq = o.value(u"snapshot_seq"_s).toInteger();
        QCOMPARE(o.value(u"snapshot_seq"_s).toInteger(), seq);
        const QString entity = o.value(u"entity"_s).toString();
        if (order.isEmpty() || order.last() != entity) {
            QVERIFY2(!order.contains(entity), qPrintable(entity));
            order << entity;
        }
        const int width = int(o.value(u"columns"_s).toArray().size());
        QVERIFY(width > 2);
        const QJsonArray page = o.value(u"rows"_s).toArray();
        QVERIFY(page.size() <= limit);
        for (const QJsonValue &row : page)
            QCOMPARE(row.toArray().size(), width);
        rows += int(page.size());
        if (!o.value(u"has_more"_s).toBool()) {
            QVERIFY(o.value(u"next_cursor"_s).isNull());
            break;
        }
        QVERIFY2(page.size() > 0, "only the last page may be empty");
        cursor = o.value(u"next_cursor"_s).toString();
        QVERIFY(!cursor.isEmpty());
    }
    qint64 end = 0;
    const State s = feed(&end);
    int live = 0;
    for (const Row &row : s)
        live += !row.deleted;
    QCOMPARE(rows, live); // nothing changed meanwhile: every live entity exactly once
    QVERIFY(order.size() >= 10);
    if (limit == 97)
        QVERIFY(pages > order.size()); // some entity spans several pages
}

void TestPlatformSnapshot::snapshotPlusChangesEqualsFeed_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("live"); // mutate between pages
    QTest::newRow("97") << 97 << false;
    QTest::newRow("97 live") << 97 << true;
    QTest::newRow("2000 live") << 2000 << true;
    QTest::newRow("50000") << 50000 << false;
}

void TestPlatformSnapshot::snapshotPlusChangesEqualsFeed()
{
    QFETCH(int, limit);
    QFETCH(bool, live);
    static int round = 1;
    State state;
    QString error;
    int mutated = 0;
    const qint64 snapshotSeq = readSnapshot(*m_http, m_analyst, limit, state, &error, [&](int page) {
        if (live && page % 3 == 0 && mutated < 6) {
            ++mutated;
            post(*m_http, m_manager, churn(round++));
        }
    });
    QVERIFY2(snapshotSeq >= 0, qPrintable(error));
    for (auto it = state.begin(); it != state.end(); ++it)
        QVERIFY(!it->deleted);
    const qint64 end = readFeed(*m_http, m_analyst, snapshotSeq, 500, state, &error);
    QVERIFY2(end >= snapshotSeq, qPrintable(error));
    if (live)
        QVERIFY2(mutated > 0, "the snapshot had too few pages to mutate in between");
    qint64 fullEnd = 0;
    const State full = feed(&fullEnd);
    QCOMPARE(fullEnd, end);
    // Entities deleted during the snapshot arrive as tombstones; compare the live ones.
    PT_CHECK(diff(full, state, true));
}

void TestPlatformSnapshot::columnsAreEntityFields()
{
    // The row form carries exactly the fields the feed's objects have.
    const State full = feed();
    QHash<QString, QStringList> fields;
    for (auto it = full.begin(); it != full.end(); ++it)
        if (!it->deleted && !fields.contains(it.key().first)) {
            QStringList keys = it->data.keys();
            keys.sort();
            fields.insert(it.key().first, keys);
        }
    QString cursor;
    int seen = 0;
    do {
        const HttpResult r = m_http->get(u"/v1/snapshot?limit=50000"_s + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor), m_analyst);
        QCOMPARE(r.status, 200);
        QStringList columns;
        for (const QJsonValue &c : r.json().value(u"columns"_s).toArray())
            columns << c.toString();
        QCOMPARE(columns.removeDuplicates(), 0);
        columns.sort();
        const QString entity = r.json().value(u"entity"_s).toString();
        if (fields.contains(entity)) {
            QCOMPARE(columns, fields.value(entity));
            ++seen;
        }
        cursor = r.json().value(u"next_cursor"_s).toString();
    } while (!cursor.isEmpty());
    QCOMPARE(seen, fields.size());
}

void TestPlatformSnapshot::limitClamped()
{
    // Out-of-range limits are clamped, not refused.
    HttpResult r = m_http->get(u"/v1/snapshot?limit=100000"_s, m_analyst);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(u"rows"_s).toArray().size() <= 50000);
    for (const QString &small : {u"0"_s, u"-7"_s, u"1"_s}) {
        r = m_http->get(u"/v1/snapshot?limit="_s + small, m_analyst);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"rows"_s).toArray().size(), 1);
        QCOMPARE(r.json().value(u"has_more"_s).toBool(), true);
    }
}

void TestPlatformSnapshot::badCursor_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("garbage") << u"cursor=%%%not-base64"_s;
    QTest::newRow("empty") << u"cursor="_s;
    QTest::newRow("two parts") << u"cursor="_s + QString::fromLatin1(QByteArray("12:3").toBase64(QByteArray::Base64UrlEncoding));
    QTest::newRow("entity out of range") << u"cursor="_s + QString::fromLatin1(QByteArray("12:99:0").toBase64(QByteArray::Base64UrlEncoding));
    QTest::newRow("negative entity") << u"cursor="_s + QString::fromLatin1(QByteArray("12:-1:0").toBase64(QByteArray::Base64UrlEncoding));
    QTest::newRow("letters") << u"cursor="_s + QString::fromLatin1(QByteArray("a:b:c").toBase64(QByteArray::Base64UrlEncoding));
    QTest::newRow("limit abc") << u"limit=abc"_s;
    QTest::newRow("limit 1.5") << u"limit=1.5"_s;
}

void TestPlatformSnapshot::badCursor()
{
    QFETCH(QString, query);
    const HttpResult r = m_http->get(u"/v1/snapshot?"_s + query, m_analyst);
    PT_CHECK(problemError(r, 400, u"bad-request"_s));
    PT_CHECK(healthError(*m_http));
}

QTEST_GUILESS_MAIN(TestPlatformSnapshot)
#include "tst_platformsnapshot.moc"
