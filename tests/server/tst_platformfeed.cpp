// The compacted change feed: paging with any limit from any cursor rebuilds the same state,
// catching up from an old cursor after changes equals a full replay, deletes stay as
// tombstones, and limits are clamped rather than refused.
#include "platformtestutil.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace PlatformTest;

class TestPlatformFeed : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pagingLimits_data();
    void pagingLimits();
    void intermediateCursors_data();
    void intermediateCursors();
    void catchUpAfterMutations_data();
    void catchUpAfterMutations();
    void replayMatchesEntities();
    void compaction();
    void limitClamped_data();
    void limitClamped();
    void sinceBeyondEnd();

private:
    QJsonArray someMutations(const State &state, int round);

    TestServer m_server;
    std::unique_ptr<TestHttp> m_http;
    QString m_manager, m_moderator, m_analyst;
    State m_reference; // full replay with limit 1000, refreshed by tests that change things
    qint64 m_end = 0;
    QStringList m_touched; // "entity/id" changed by catchUpAfterMutations
};

void TestPlatformFeed::initTestCase()
{
    QCOMPARE(m_server.start({u"--rate-limit"_s, u"0"_s}, 300), QString());
    m_http = std::make_unique<TestHttp>(m_server.url());
    m_manager = m_http->login(u"manager"_s);
    m_moderator = m_http->login(u"moderator"_s);
    m_analyst = m_http->login(u"analyst"_s);
    QVERIFY(!m_manager.isEmpty() && !m_moderator.isEmpty() && !m_analyst.isEmpty());
    QString error;
    int pages = 0;
    m_end = readFeed(*m_http, m_analyst, 0, 1000, m_reference, &error, &pages);
    QVERIFY2(m_end > 0, qPrintable(error));
    QCOMPARE(m_end, m_http->get(u"/v1/health"_s).json().value(u"seq"_s).toInteger());
    qInfo("feed: %lld entities, end seq %lld, %d pages of 1000", qint64(m_reference.size()), m_end, pages);
    // Compacted: a full replay holds every entity once, so no two changes share a key.
    QVERIFY(m_reference.size() > 1000);
}

void TestPlatformFeed::pagingLimits_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("7") << 7;
    QTest::newRow("500") << 500;
    QTest::newRow("5000") << 5000;
}

void TestPlatformFeed::pagingLimits()
{
    QFETCH(int, limit);
    State state;
    QString error;
    int pages = 0;
    QVERIFY2(readFeed(*m_http, m_analyst, 0, limit, state, &error, &pages) == m_end, qPrintable(error));
    QVERIFY(pages >= m_reference.size() / limit);
    PT_CHECK(diff(m_reference, state));
}

void TestPlatformFeed::intermediateCursors_data()
{
    QTest::addColumn<double>("fraction");
    QTest::addColumn<int>("limit");
    for (double f : {0.0, 0.25, 0.5, 0.9, 1.0})
        for (int limit : {7, 500})
            QTest::addRow("cursor %.2f limit %d", f, limit) << f << limit;
    QTest::newRow("cursor 0.99 limit 1") << 0.99 << 1;
}

void TestPlatformFeed::intermediateCursors()
{
    QFETCH(double, fraction);
    QFETCH(int, limit);
    // What a client had at cursor k (every change up to k, read with limit 1000), plus the
    // pages after k read with `limit`, is the whole state.
    const qint64 k = qint64(m_end * fraction);
    State state;
    QString error;
    qint64 since = 0;
    while (since < k) {
        const int step = int(std::min<qint64>(1000, k - since));
        const HttpResult r = m_http->get(u"/v1/changes?since=%1&limit=%2"_s.arg(since).arg(step), m_analyst);
        QCOMPARE(r.status, 200);
        const QJsonArray changes = r.json().value(u"changes"_s).toArray();
        for (const QJsonValue &c : changes)
            if (c.toObject().value(u"seq"_s).toInteger() <= k)
                applyChange(state, c.toObject());
        since = r.json().value(u"next_since"_s).toInteger();
        if (changes.isEmpty() || since >= k || !r.json().value(u"has_more"_s).toBool())
            break;
    }
    if (limit < 500 && m_end - k > 3000)
        QSKIP("limit 7 over most of the feed is covered by pagingLimits");
    QVERIFY2(readFeed(*m_http, m_analyst, k, limit, state, &error) == m_end, qPrintable(error));
    PT_CHECK(diff(m_reference, state));
}

QJsonArray TestPlatformFeed::someMutations(const State &state, int round)
{
    const QStringList members = ids(state, u"member"_s, [](const QJsonObject &d) { return d.value(u"status"_s).toString() == u"active"_s; });
    const QStringList items = ids(state, u"moderation_item"_s, [](const QJsonObject &d) {
        return d.value(u"status"_s).toString() == u"pending"_s && d.value(u"claimed_by"_s).isNull();
    });
    const QStringList campaigns = ids(state, u"campaign"_s);
    const QStringList feedback = ids(state, u"feedback"_s);
    const auto v = [&](const QString &e, const QString &id) { return state.value({e, id}).version; };
    QJsonArray out;
    const QString m1 = members.at(round * 3), m2 = members.at(round * 3 + 1);
    out << mutation(u"member"_s, m1, u"award_points"_s, v(u"member"_s, m1), {{u"points"_s, 25}, {u"reason"_s, u"feed test"_s}});
    out << mutation(u"member"_s, m2, u"add_note"_s, v(u"member"_s, m2), {{u"text"_s, u"第 %1 轮"_s.arg(round)}});
    const QString c = newId();
    out << mutation(u"campaign"_s, c, u"create"_s, 0,
                    {{u"name"_s, u"Feed %1"_s.arg(round)}, {u"type"_s, u"salon"_s}, {u"mode"_s, u"offline"_s},
                     {u"place"_s, u"上海"_s}, {u"start_date"_s, u"2026-12-05"_s}, {u"end_date"_s, u"2026-12-05"_s}});
    out << mutation(u"campaign"_s, c, u"update"_s, 1, {{u"budget"_s, 800}});
    const QString gone = newId();
    out << mutation(u"campaign"_s, gone, u"create"_s, 0,
                    {{u"name"_s, u"Short-lived"_s}, {u"type"_s, u"vote"_s}, {u"mode"_s, u"online"_s},
                     {u"start_date"_s, u"2026-12-01"_s}, {u"end_date"_s, u"2026-12-02"_s}});
    out << mutation(u"campaign"_s, gone, u"delete"_s, 1);
    if (!campaigns.isEmpty()) {
        const QString seeded = campaigns.at(round % campaigns.size());
        out << mutation(u"campaign"_s, seeded, u"update"_s, v(u"campaign"_s, seeded), {{u"notes"_s, u"round %1"_s.arg(round)}});
    }
    const QString rule = newId();
    out << mutation(u"keyword_rule"_s, rule, u"create"_s, 0, {{u"pattern"_s, u"代写"_s}, {u"action"_s, u"hold"_s}});
    out << mutation(u"keyword_rule"_s, rule, u"delete"_s, 1);
    const QString item = items.at(round * 2);
    out << mutation(u"moderation_item"_s, item, u"reject"_s, v(u"moderation_item"_s, item), {{u"reason"_s, u"ads"_s}});
    if (!feedback.isEmpty()) {
        const QString f = feedback.at(round % feedback.size());
        out << mutation(u"feedback"_s, f, u"reply"_s, v(u"feedback"_s, f), {{u"body"_s, u"收到"_s}});
    }
    for (const QJsonValue &m : std::as_const(out))
        m_touched << m[u"entity"_s].toString() + u'/' + m[u"entity_id"_s].toString();
    return out;
}

void TestPlatformFeed::catchUpAfterMutations_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("7") << 7;
    QTest::newRow("500") << 500;
    QTest::newRow("5000") << 5000;
}

void TestPlatformFeed::catchUpAfterMutations()
{
    QFETCH(int, limit);
    static int round = 0;
    // A client that is current at cursor k...
    const State atK = m_reference;
    const qint64 k = m_end;
    // ...while the platform changes (including deletes) ...
    const QJsonArray batch = someMutations(atK, round++);
    QString error;
    const QJsonArray results = post(*m_http, m_manager, batch, &error);
    QVERIFY2(!results.isEmpty(), qPrintable(error));
    for (const QJsonValue &r : results)
        QVERIFY2(r[u"status"_s].toString() == u"applied"_s, compact(r.toObject()).constData());
    // ...catches up by reading from k: the result equals a full replay from 0.
    State caughtUp = atK;
    const qint64 end = readFeed(*m_http, m_analyst, k, limit, caughtUp, &error);
    QVERIFY2(end > k, qPrintable(error));
    State replay;
    QCOMPARE(readFeed(*m_http, m_analyst, 0, 1000, replay, &error), end);
    PT_CHECK(diff(replay, caughtUp));
    // Deleted entities are tombstones: op delete, data only {id}, version of the delete.
    for (const QJsonValue &m : batch) {
        if (m[u"action"_s].toString() != u"delete"_s)
            continue;
        const Row row = replay.value({m[u"entity"_s].toString(), m[u"entity_id"_s].toString()});
        QVERIFY(row.deleted);
        QCOMPARE(row.version, 2);
        QCOMPARE(row.data, (QJsonObject{{u"id"_s, m[u"entity_id"_s].toString()}}));
        const QJsonObject env = entity(*m_http, m_analyst, m[u"entity"_s].toString(), m[u"entity_id"_s].toString());
        QCOMPARE(env.value(u"deleted"_s).toBool(), true);
        QCOMPARE(env.value(u"version"_s).toInteger(), 2);
        QVERIFY(env.value(u"data"_s).isNull());
    }
    // Every applied mutation and its audit entry (and the award's points entry) are in the feed.
    int audits = 0, ledger = 0;
    for (auto it = replay.begin(); it != replay.end(); ++it) {
        if (it.key().first == u"audit_entry"_s) {
            for (const QJsonValue &m : batch)
                audits += it->data.value(u"mutation_id"_s) == m[u"id"_s];
        } else if (it.key().first == u"points_entry"_s && it->data.value(u"reason"_s).toString() == u"feed test"_s
                   && it->data.value(u"member_id"_s) == batch.at(0)[u"entity_id"_s]) {
            ++ledger;
        }
    }
    QCOMPARE(audits, batch.size());
    QCOMPARE(ledger, 1);
    m_reference = replay;
    m_end = end;
}

void TestPlatformFeed::replayMatchesEntities()
{
    // The replayed state is the current state: compare with GET /v1/entities for every
    // entity the tests changed and a spread of the others.
    QStringList keys = m_touched;
    int i = 0;
    for (auto it = m_reference.begin(); it != m_reference.end(); ++it, ++i)
        if (i % 97 == 0)
            keys << it.key().first + u'/' + it.key().second;
    QVERIFY(keys.size() > 50);
    for (const QString &key : std::as_const(keys)) {
        const QString e = key.section(u'/', 0, 0), id = key.section(u'/', 1);
        const Row row = m_reference.value({e, id});
        const QJsonObject env = entity(*m_http, m_analyst, e, id);
        QVERIFY2(!env.isEmpty(), qPrintable(key));
        QCOMPARE(env.value(u"version"_s).toInteger(), row.version);
        QCOMPARE(env.value(u"deleted"_s).toBool(), row.deleted);
        if (!row.deleted)
            QCOMPARE(env.value(u"data"_s).toObject(), row.data);
    }
}

void TestPlatformFeed::compaction()
{
    // An entity changed three times appears once in the feed, at its latest seq and version.
    const QString c = newId();
    const QJsonObject fields{{u"name"_s, u"Compaction"_s}, {u"type"_s, u"contest"_s}, {u"mode"_s, u"online"_s},
                             {u"start_date"_s, u"2026-12-10"_s}, {u"end_date"_s, u"2026-12-20"_s}};
    const QJsonArray results = post(*m_http, m_manager,
                                    {mutation(u"campaign"_s, c, u"create"_s, 0, fields),
                                     mutation(u"campaign"_s, c, u"update"_s, 1, {{u"cost"_s, 10}}),
                                     mutation(u"campaign"_s, c, u"update"_s, 1, {{u"cost"_s, 20}})});
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(2)[u"version"_s].toInteger(), 3);
    const HttpResult r = m_http->get(u"/v1/changes?since=%1&limit=5000"_s.arg(m_end), m_analyst);
    int seen = 0;
    for (const QJsonValue &ch : r.json().value(u"changes"_s).toArray()) {
        if (ch[u"entity"_s].toString() == u"campaign"_s && ch[u"id"_s].toString() == c) {
            ++seen;
            QCOMPARE(ch[u"version"_s].toInteger(), 3);
            QCOMPARE(ch[u"data"_s][u"cost"_s].toDouble(), 20.0);
            QCOMPARE(ch[u"data"_s][u"version"_s].toInteger(), 3);
        }
    }
    QCOMPARE(seen, 1);
}

void TestPlatformFeed::limitClamped_data()
{
    QTest::addColumn<QString>("limit");
    QTest::addColumn<int>("expected");
    QTest::newRow("100000") << u"100000"_s << 5000;
    QTest::newRow("5001") << u"5001"_s << 5000;
    QTest::newRow("0") << u"0"_s << 1;
    QTest::newRow("-3") << u"-3"_s << 1;
    QTest::newRow("default") << QString() << 500;
}

void TestPlatformFeed::limitClamped()
{
    QFETCH(QString, limit);
    QFETCH(int, expected);
    qint64 total = m_http->get(u"/v1/changes?since=0&limit=5000"_s, m_analyst).json().value(u"changes"_s).toArray().size();
    if (total < 5001) {
        // Grow the feed past the maximum page: every award adds a points entry and an audit entry.
        const QStringList members = ids(m_reference, u"member"_s);
        for (int batch = 0; batch < 2; ++batch) {
            QJsonArray list;
            for (int i = 0; i < 500; ++i)
                list << mutation(u"member"_s, members.at((batch * 500 + i) % members.size()), u"award_points"_s, 1,
                                 {{u"points"_s, 1}, {u"reason"_s, u"grow the feed"_s}});
            QCOMPARE(post(*m_http, m_manager, list).size(), 500);
        }
        State all;
        QString error;
        QVERIFY2(readFeed(*m_http, m_analyst, 0, 5000, all, &error) > 0, qPrintable(error));
        m_reference = all;
    }
    total = m_reference.size();
    QVERIFY(total > 5000);
    const HttpResult r = m_http->get(u"/v1/changes?since=0"_s + (limit.isNull() ? QString() : u"&limit="_s + limit), m_analyst);
    QCOMPARE(r.status, 200);
    const QJsonArray changes = r.json().value(u"changes"_s).toArray();
    QCOMPARE(changes.size(), expected);
    QCOMPARE(r.json().value(u"has_more"_s).toBool(), true);
    QCOMPARE(r.json().value(u"next_since"_s).toInteger(), changes.last()[u"seq"_s].toInteger());
}

void TestPlatformFeed::sinceBeyondEnd()
{
    const qint64 end = m_http->get(u"/v1/health"_s).json().value(u"seq"_s).toInteger();
    for (qint64 since : {end, end + 1000}) {
        const HttpResult r = m_http->get(u"/v1/changes?since=%1"_s.arg(since), m_analyst);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"changes"_s).toArray().size(), 0);
        QCOMPARE(r.json().value(u"next_since"_s).toInteger(), since);
        QCOMPARE(r.json().value(u"has_more"_s).toBool(), false);
    }
}

QTEST_GUILESS_MAIN(TestPlatformFeed)
#include "tst_platformfeed.moc"
