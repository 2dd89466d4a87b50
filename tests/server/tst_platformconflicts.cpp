// Conflicts with the server's state: decisions by another moderator, claims held by another
// moderator, two managers editing one campaign, edits of an entity another user deleted.
// A conflict result carries the server's state (data, version, who and when) and a 409
// problem, and changes nothing.
#include "platformtestutil.h"

#include <QDateTime>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace PlatformTest;

class TestPlatformConflicts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void alreadyDecided_data();
    void alreadyDecided();
    void claimedByAnother_data();
    void claimedByAnother();
    void twoManagersOneCampaign();
    void deletedByAnother();
    void platformChangesNeverConflict();

private:
    QString checkConflict(const QJsonObject &result, const QStringList &slugs, qint64 version,
                          const QString &changedBy);
    QString item() { return m_items.takeFirst(); }
    qint64 version(const QString &e, const QString &id) { return versionOf(*m_http, m_tokens[u"manager"_s], e, id); }

    TestServer m_server;
    std::unique_ptr<TestHttp> m_http;
    QHash<QString, QString> m_tokens; // user -> token
    QStringList m_items, m_members;
};

void TestPlatformConflicts::initTestCase()
{
    QCOMPARE(m_server.start({u"--rate-limit"_s, u"0"_s}, 300), QString());
    m_http = std::make_unique<TestHttp>(m_server.url());
    for (const QString &user : {u"manager"_s, u"chen"_s, u"moderator"_s, u"lin"_s}) {
        m_tokens[user] = m_http->login(user);
        QVERIFY(!m_tokens[user].isEmpty());
    }
    State s;
    QString error;
    QVERIFY2(readFeed(*m_http, m_tokens[u"manager"_s], 0, 5000, s, &error) > 0, qPrintable(error));
    m_items = ids(s, u"moderation_item"_s, [](const QJsonObject &d) {
        return d.value(u"status"_s).toString() == u"pending"_s && d.value(u"claimed_by"_s).isNull();
    });
    m_members = ids(s, u"member"_s, [](const QJsonObject &d) { return d.value(u"status"_s).toString() == u"active"_s; });
    QVERIFY(m_items.size() >= 18 && m_members.size() >= 5);
}

QString TestPlatformConflicts::checkConflict(const QJsonObject &r, const QStringList &slugs, qint64 version,
                                             const QString &changedBy)
{
    if (r.value(u"status"_s).toString() != u"conflict"_s)
        return u"expected a conflict: "_s + QString::fromUtf8(compact(r));
    const QJsonObject p = r.value(u"problem"_s).toObject();
    const QString slug = p.value(u"type"_s).toString().section(u':', -1);
    if (!slugs.contains(slug))
        return u"problem %1, expected one of %2"_s.arg(p.value(u"type"_s).toString(), slugs.join(u", "_s));
    if (const QString e = problemObjectError(p, 409, slug); !e.isEmpty())
        return e;
    if (r.contains(u"version"_s))
        return u"a conflict carries no version"_s;
    const QJsonObject state = r.value(u"server_state"_s).toObject();
    if (state.value(u"version"_s).toInteger() != version)
        return u"server_state.version %1, expected %2"_s.arg(state.value(u"version"_s).toInteger()).arg(version);
    if (state.value(u"changed_by"_s).toString() != changedBy)
        return u"server_state.changed_by %1, expected %2"_s.arg(state.value(u"changed_by"_s).toString(), changedBy);
    const QDateTime at = QDateTime::fromString(state.value(u"changed_at"_s).toString(), Qt::ISODate);
    if (!at.isValid() || qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) > 120)
        return u"server_state.changed_at '%1'"_s.arg(state.value(u"changed_at"_s).toString());
    if (!state.value(u"data"_s).isNull() && state.value(u"data"_s)[u"version"_s].toInteger() != version)
        return u"server_state.data.version differs from server_state.version"_s;
    return {};
}

void TestPlatformConflicts::alreadyDecided_data()
{
    QTest::addColumn<QString>("decision"); // the moderator's
    QTest::addColumn<QString>("late");     // lin's
    QTest::addColumn<bool>("staleBase");   // lin sends the version from before the decision
    for (const QString &decision : {u"reject"_s, u"approve"_s})
        for (const QString &late : {u"approve"_s, u"reject"_s, u"escalate"_s})
            for (bool stale : {true, false})
                QTest::addRow("%s then %s %s", qPrintable(decision), qPrintable(late), stale ? "stale" : "current")
                    << decision << late << stale;
}

void TestPlatformConflicts::alreadyDecided()
{
    QFETCH(QString, decision);
    QFETCH(QString, late);
    QFETCH(bool, staleBase);
    const QString x = item();
    const qint64 v = version(u"moderation_item"_s, x);
    const QJsonObject reason{{u"reason"_s, u"spam"_s}};
    const QJsonArray mod = post(*m_http, m_tokens[u"moderator"_s],
                                {mutation(u"moderation_item"_s, x, u"claim"_s, v),
                                 mutation(u"moderation_item"_s, x, decision, v, reason)});
    QCOMPARE(mod.size(), 2);
    QCOMPARE(mod[1][u"status"_s].toString(), u"applied"_s);
    QCOMPARE(mod[1][u"version"_s].toInteger(), v + 2);
    const QJsonObject r = apply(*m_http, m_tokens[u"lin"_s],
                                mutation(u"moderation_item"_s, x, late, staleBase ? v : v + 2, reason));
    PT_CHECK(checkConflict(r, staleBase ? QStringList{u"already-decided"_s, u"conflict"_s} : QStringList{u"already-decided"_s},
                           v + 2, u"moderator"_s));
    const QJsonObject data = r[u"server_state"_s][u"data"_s].toObject();
    QCOMPARE(data.value(u"status"_s).toString(), decision == u"reject"_s ? u"rejected"_s : u"approved"_s);
    QCOMPARE(data.value(u"decided_by"_s).toString(), u"moderator"_s);
    QCOMPARE(version(u"moderation_item"_s, x), v + 2); // nothing changed
    // The deciding moderator may still change their own decision.
    QCOMPARE(apply(*m_http, m_tokens[u"moderator"_s], mutation(u"moderation_item"_s, x, u"escalate"_s, v))[u"status"_s].toString(),
             u"applied"_s);
}

void TestPlatformConflicts::claimedByAnother_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QJsonObject>("payload");
    QTest::newRow("reject") << u"reject"_s << QJsonObject{{u"reason"_s, u"abuse"_s}};
    QTest::newRow("approve") << u"approve"_s << QJsonObject();
    QTest::newRow("escalate") << u"escalate"_s << QJsonObject();
    QTest::newRow("claim") << u"claim"_s << QJsonObject{{u"minutes"_s, 5}};
    QTest::newRow("hold") << u"hold"_s << QJsonObject{{u"held"_s, true}};
    QTest::newRow("release") << u"release"_s << QJsonObject();
}

void TestPlatformConflicts::claimedByAnother()
{
    QFETCH(QString, action);
    QFETCH(QJsonObject, payload);
    const QString y = item();
    const qint64 v = version(u"moderation_item"_s, y);
    const QJsonObject claim = apply(*m_http, m_tokens[u"lin"_s], mutation(u"moderation_item"_s, y, u"claim"_s, v, {{u"minutes"_s, 30}}));
    QCOMPARE(claim[u"status"_s].toString(), u"applied"_s);
    // The moderator saw lin's claim (base v+1) and still acts: conflict `claimed`.
    const QJsonObject r = apply(*m_http, m_tokens[u"moderator"_s], mutation(u"moderation_item"_s, y, action, v + 1, payload));
    PT_CHECK(checkConflict(r, {u"claimed"_s}, v + 1, u"lin"_s));
    QCOMPARE(r[u"server_state"_s][u"data"_s][u"claimed_by"_s].toString(), u"lin"_s);
    QCOMPARE(version(u"moderation_item"_s, y), v + 1);
    // A manager is held by the claim as well.
    PT_CHECK(checkConflict(apply(*m_http, m_tokens[u"manager"_s], mutation(u"moderation_item"_s, y, action, v + 1, payload)),
                           {u"claimed"_s}, v + 1, u"lin"_s));
    // Once lin releases, the moderator's new mutation (on the new version) applies.
    QCOMPARE(apply(*m_http, m_tokens[u"lin"_s], mutation(u"moderation_item"_s, y, u"release"_s, v + 1))[u"version"_s].toInteger(), v + 2);
    if (action == u"release"_s)
        return; // nothing left to release
    const QJsonObject after = apply(*m_http, m_tokens[u"moderator"_s], mutation(u"moderation_item"_s, y, action, v + 2, payload));
    QVERIFY2(after[u"status"_s].toString() == u"applied"_s, compact(after).constData());
}

void TestPlatformConflicts::twoManagersOneCampaign()
{
    const QString c = newId();
    QCOMPARE(apply(*m_http, m_tokens[u"manager"_s],
                   mutation(u"campaign"_s, c, u"create"_s, 0,
                            {{u"name"_s, u"双十二答疑周"_s}, {u"type"_s, u"qa"_s}, {u"mode"_s, u"online"_s},
                             {u"start_date"_s, u"2026-12-08"_s}, {u"end_date"_s, u"2026-12-12"_s}}))[u"version"_s].toInteger(), 1);
    // Both managers edit version 1; the first to arrive wins.
    const QJsonObject first = apply(*m_http, m_tokens[u"manager"_s], mutation(u"campaign"_s, c, u"update"_s, 1, {{u"budget"_s, 3000}}));
    QCOMPARE(first[u"status"_s].toString(), u"applied"_s);
    const QJsonObject second = apply(*m_http, m_tokens[u"chen"_s], mutation(u"campaign"_s, c, u"update"_s, 1, {{u"budget"_s, 1200}}));
    PT_CHECK(checkConflict(second, {u"conflict"_s}, 2, u"manager"_s));
    QCOMPARE(second[u"server_state"_s][u"data"_s][u"budget"_s].toDouble(), 3000.0);
    QCOMPARE(second[u"server_state"_s][u"data"_s][u"name"_s].toString(), u"双十二答疑周"_s);
    QCOMPARE(entity(*m_http, m_tokens[u"chen"_s], u"campaign"_s, c).value(u"data"_s)[u"budget"_s].toDouble(), 3000.0);
    // Chen retries on purpose: a new id against version 2 applies.
    QCOMPARE(apply(*m_http, m_tokens[u"chen"_s], mutation(u"campaign"_s, c, u"update"_s, 2, {{u"budget"_s, 1200}}))[u"version"_s].toInteger(), 3);
    // Now the first manager is behind: a further edit against version 2 conflicts, showing chen.
    PT_CHECK(checkConflict(apply(*m_http, m_tokens[u"manager"_s], mutation(u"campaign"_s, c, u"update"_s, 2, {{u"cost"_s, 1}})),
                           {u"conflict"_s}, 3, u"chen"_s));
}

void TestPlatformConflicts::deletedByAnother()
{
    const QString c = newId();
    const QJsonObject fields{{u"name"_s, u"Delete me"_s}, {u"type"_s, u"vote"_s}, {u"mode"_s, u"online"_s},
                             {u"start_date"_s, u"2026-12-01"_s}, {u"end_date"_s, u"2026-12-02"_s}};
    QCOMPARE(apply(*m_http, m_tokens[u"manager"_s], mutation(u"campaign"_s, c, u"create"_s, 0, fields))[u"status"_s].toString(), u"applied"_s);
    QCOMPARE(apply(*m_http, m_tokens[u"chen"_s], mutation(u"campaign"_s, c, u"delete"_s, 1))[u"version"_s].toInteger(), 2);
    const QJsonObject r = apply(*m_http, m_tokens[u"manager"_s], mutation(u"campaign"_s, c, u"update"_s, 1, {{u"cost"_s, 3}}));
    PT_CHECK(checkConflict(r, {u"conflict"_s}, 2, u"chen"_s));
    QVERIFY(r[u"server_state"_s][u"data"_s].isNull());
    // Keyword rules: one moderator deletes, the other's edit conflicts.
    const QString rule = newId();
    QCOMPARE(apply(*m_http, m_tokens[u"lin"_s], mutation(u"keyword_rule"_s, rule, u"create"_s, 0,
                                                         {{u"pattern"_s, u"vx"_s}, {u"action"_s, u"flag"_s}}))[u"status"_s].toString(), u"applied"_s);
    QCOMPARE(apply(*m_http, m_tokens[u"moderator"_s], mutation(u"keyword_rule"_s, rule, u"delete"_s, 1))[u"status"_s].toString(), u"applied"_s);
    PT_CHECK(checkConflict(apply(*m_http, m_tokens[u"lin"_s], mutation(u"keyword_rule"_s, rule, u"update"_s, 1, {{u"enabled"_s, false}})),
                           {u"conflict"_s}, 2, u"moderator"_s));
}

void TestPlatformConflicts::platformChangesNeverConflict()
{
    // Awards are written as the platform's own changes: a moderator's note based on the
    // version before a manager's award applies.
    const QString m = m_members.first();
    const qint64 v = version(u"member"_s, m);
    QCOMPARE(apply(*m_http, m_tokens[u"manager"_s], mutation(u"member"_s, m, u"award_points"_s, v,
                                                            {{u"points"_s, 30}, {u"reason"_s, u"答疑之星"_s}}))[u"version"_s].toInteger(), v + 1);
    QCOMPARE(apply(*m_http, m_tokens[u"moderator"_s], mutation(u"member"_s, m, u"add_note"_s, v, {{u"text"_s, u"ok"_s}}))[u"version"_s].toInteger(), v + 2);
    // But the moderator's note counts for lin, who still saw version v.
    PT_CHECK(checkConflict(apply(*m_http, m_tokens[u"lin"_s], mutation(u"member"_s, m, u"mute"_s, v, {{u"until"_s, futureIso(600)}})),
                           {u"conflict"_s}, v + 2, u"moderator"_s));
}

QTEST_GUILESS_MAIN(TestPlatformConflicts)
#include "tst_platformconflicts.moc"
