// POST /v1/mutations: idempotent replay of a batch, a user's own offline sequence, awards
// that never conflict, and every per-mutation refusal (rejected results with a problem).
#include "platformtestutil.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace PlatformTest;

class TestPlatformMutations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void idempotentReplay();
    void duplicateOfRefusedAnswersTheSame();
    void duplicateIsGlobal();
    void ownOfflineSequence();
    void severalUpdatesSameBase();
    void awardPointsNeverConflicts();
    void recreateAfterDelete();
    void rejected_data();
    void rejected();

private:
    QString member();
    QString pendingItem();
    QJsonObject campaignFields(const QString &name) const;
    int count(const QString &entity, const std::function<bool(const QJsonObject &)> &pred);

    TestServer m_server;
    std::unique_ptr<TestHttp> m_http;
    QString m_manager, m_chen, m_moderator;
    QStringList m_members, m_items, m_badges, m_feedback, m_groups;
};

void TestPlatformMutations::initTestCase()
{
    QCOMPARE(m_server.start({u"--rate-limit"_s, u"0"_s}, 300), QString());
    m_http = std::make_unique<TestHttp>(m_server.url());
    m_manager = m_http->login(u"manager"_s);
    m_chen = m_http->login(u"chen"_s);
    m_moderator = m_http->login(u"moderator"_s);
    QVERIFY(!m_manager.isEmpty() && !m_chen.isEmpty() && !m_moderator.isEmpty());
    State s;
    QString error;
    QVERIFY2(readFeed(*m_http, m_manager, 0, 5000, s, &error) > 0, qPrintable(error));
    m_members = ids(s, u"member"_s, [](const QJsonObject &d) { return d.value(u"status"_s).toString() == u"active"_s; });
    m_items = ids(s, u"moderation_item"_s, [](const QJsonObject &d) {
        return d.value(u"status"_s).toString() == u"pending"_s && d.value(u"claimed_by"_s).isNull();
    });
    m_badges = ids(s, u"badge"_s);
    m_groups = ids(s, u"group"_s);
    m_feedback = ids(s, u"feedback"_s, [](const QJsonObject &d) { return d.value(u"status"_s).toString() == u"resolved"_s; });
    QVERIFY(m_members.size() >= 30 && m_items.size() >= 10 && !m_badges.isEmpty() && !m_groups.isEmpty());
}

QString TestPlatformMutations::member() { return m_members.takeFirst(); }
QString TestPlatformMutations::pendingItem() { return m_items.takeFirst(); }

QJsonObject TestPlatformMutations::campaignFields(const QString &name) const
{
    return {{u"name"_s, name}, {u"type"_s, u"topic_discussion"_s}, {u"mode"_s, u"online"_s},
            {u"start_date"_s, u"2026-12-01"_s}, {u"end_date"_s, u"2026-12-31"_s}};
}

int TestPlatformMutations::count(const QString &e, const std::function<bool(const QJsonObject &)> &pred)
{
    State s;
    QString error;
    if (readFeed(*m_http, m_manager, 0, 5000, s, &error) < 0)
        return -1;
    return int(ids(s, e, pred).size());
}

void TestPlatformMutations::idempotentReplay()
{
    const QString m = member(), item = pendingItem(), c = newId(), other = member();
    const qint64 points = entity(*m_http, m_manager, u"member"_s, m).value(u"data"_s)[u"points"_s].toInteger();
    const QString tag = u"replay "_s + newId();
    const QJsonArray batch{
        mutation(u"member"_s, m, u"award_points"_s, 1, {{u"points"_s, 10}, {u"reason"_s, tag}}),
        mutation(u"moderation_item"_s, item, u"reject"_s, versionOf(*m_http, m_manager, u"moderation_item"_s, item),
                 {{u"reason"_s, u"spam"_s}}),
        mutation(u"campaign"_s, c, u"create"_s, 0, campaignFields(u"重放"_s)),
        mutation(u"member"_s, other, u"unmute"_s, 1), // refused: not muted
    };
    QString error;
    const QJsonArray first = post(*m_http, m_manager, batch, &error);
    QVERIFY2(!first.isEmpty(), qPrintable(error));
    for (int i = 0; i < 3; ++i)
        QVERIFY2(first[i][u"status"_s].toString() == u"applied"_s, compact(first[i].toObject()).constData());
    QCOMPARE(first[3][u"status"_s].toString(), u"rejected"_s);
    const qint64 seq = m_http->get(u"/v1/health"_s).json().value(u"seq"_s).toInteger();

    // The same batch again, twice: nothing executes, every answer is the first one.
    for (int round = 0; round < 2; ++round) {
        const QJsonArray again = post(*m_http, m_manager, batch, &error);
        QVERIFY2(!again.isEmpty(), qPrintable(error));
        for (int i = 0; i < 3; ++i) {
            QJsonObject expected = first[i].toObject();
            expected.insert(u"status"_s, u"duplicate"_s);
            QCOMPARE(again[i].toObject(), expected);
        }
        QCOMPARE(again[3].toObject(), first[3].toObject());
    }
    QCOMPARE(m_http->get(u"/v1/health"_s).json().value(u"seq"_s).toInteger(), seq); // nothing written
    QCOMPARE(entity(*m_http, m_manager, u"member"_s, m).value(u"data"_s)[u"points"_s].toInteger(), points + 10);
    QCOMPARE(count(u"points_entry"_s, [&](const QJsonObject &d) { return d.value(u"reason"_s).toString() == tag; }), 1);
    QCOMPARE(count(u"audit_entry"_s, [&](const QJsonObject &d) {
                 for (const QJsonValue &b : batch)
                     if (d.value(u"mutation_id"_s) == b[u"id"_s])
                         return true;
                 return false;
             }), 3);
}

void TestPlatformMutations::duplicateOfRefusedAnswersTheSame()
{
    // A conflict keeps its first answer (server_state included) even after the entity changed.
    const QString c = newId();
    QCOMPARE(apply(*m_http, m_manager, mutation(u"campaign"_s, c, u"create"_s, 0, campaignFields(u"A"_s)))[u"status"_s].toString(), u"applied"_s);
    QCOMPARE(apply(*m_http, m_chen, mutation(u"campaign"_s, c, u"update"_s, 1, {{u"cost"_s, 5}}))[u"status"_s].toString(), u"applied"_s);
    const QJsonObject late = mutation(u"campaign"_s, c, u"update"_s, 1, {{u"cost"_s, 7}});
    const QJsonObject conflict = apply(*m_http, m_manager, late);
    QCOMPARE(conflict[u"status"_s].toString(), u"conflict"_s);
    QCOMPARE(apply(*m_http, m_chen, mutation(u"campaign"_s, c, u"update"_s, 2, {{u"cost"_s, 9}}))[u"status"_s].toString(), u"applied"_s);
    QCOMPARE(apply(*m_http, m_manager, late), conflict);
    // A rejection keeps its answer too, even when the mutation would now succeed.
    const QString m = member();
    const QJsonObject unmute = mutation(u"member"_s, m, u"unmute"_s, 1);
    const QJsonObject refused = apply(*m_http, m_moderator, unmute);
    QCOMPARE(refused[u"status"_s].toString(), u"rejected"_s);
    PT_CHECK(problemObjectError(refused[u"problem"_s].toObject(), 409, u"invalid-state"_s));
    QCOMPARE(apply(*m_http, m_moderator, mutation(u"member"_s, m, u"mute"_s, versionOf(*m_http, m_manager, u"member"_s, m),
                                                  {{u"until"_s, futureIso(3600)}}))[u"status"_s].toString(), u"applied"_s);
    QCOMPARE(apply(*m_http, m_moderator, unmute), refused);
    QCOMPARE(entity(*m_http, m_manager, u"member"_s, m).value(u"data"_s)[u"status"_s].toString(), u"muted"_s);
    // A role refusal as well.
    const QJsonObject award = mutation(u"member"_s, m, u"award_points"_s, 1, {{u"points"_s, 1}, {u"reason"_s, u"x"_s}});
    const QJsonObject forbidden = apply(*m_http, m_moderator, award);
    PT_CHECK(problemObjectError(forbidden[u"problem"_s].toObject(), 403, u"forbidden"_s));
    QCOMPARE(apply(*m_http, m_moderator, award), forbidden);
}

void TestPlatformMutations::duplicateIsGlobal()
{
    // Ids are global: another user resending the id gets the first answer, nothing runs.
    const QString m = member();
    const QJsonObject note = mutation(u"member"_s, m, u"add_note"_s, 1, {{u"text"_s, u"first"_s}});
    const QJsonObject first = apply(*m_http, m_manager, note);
    QCOMPARE(first[u"status"_s].toString(), u"applied"_s);
    const qsizetype notes = entity(*m_http, m_manager, u"member"_s, m).value(u"data"_s)[u"notes"_s].toArray().size();
    const QJsonObject again = apply(*m_http, m_moderator, note);
    QCOMPARE(again[u"status"_s].toString(), u"duplicate"_s);
    QCOMPARE(again[u"version"_s], first[u"version"_s]);
    QCOMPARE(entity(*m_http, m_manager, u"member"_s, m).value(u"data"_s)[u"notes"_s].toArray().size(), notes);
    QCOMPARE(versionOf(*m_http, m_manager, u"member"_s, m), first[u"version"_s].toInteger());
}

void TestPlatformMutations::ownOfflineSequence()
{
    // Claim then reject, both against the version the moderator saw: versions v+1, v+2.
    const QString item = pendingItem();
    const qint64 v = versionOf(*m_http, m_moderator, u"moderation_item"_s, item);
    const QJsonArray r = post(*m_http, m_moderator,
                              {mutation(u"moderation_item"_s, item, u"claim"_s, v, {{u"minutes"_s, 15}}),
                               mutation(u"moderation_item"_s, item, u"reject"_s, v, {{u"reason"_s, u"引流"_s}})});
    QCOMPARE(r.size(), 2);
    QCOMPARE(r[0][u"status"_s].toString(), u"applied"_s);
    QCOMPARE(r[0][u"version"_s].toInteger(), v + 1);
    QCOMPARE(r[1][u"status"_s].toString(), u"applied"_s);
    QCOMPARE(r[1][u"version"_s].toInteger(), v + 2);
    const QJsonObject d = entity(*m_http, m_moderator, u"moderation_item"_s, item).value(u"data"_s).toObject();
    QCOMPARE(d.value(u"status"_s).toString(), u"rejected"_s);
    QCOMPARE(d.value(u"decided_by"_s).toString(), u"moderator"_s);
    QCOMPARE(d.value(u"decision_reason"_s).toString(), u"引流"_s);
    QVERIFY(d.value(u"claimed_by"_s).isNull());
    // The same in separate batches (the offline queue flushed one at a time).
    const QString item2 = pendingItem();
    const qint64 v2 = versionOf(*m_http, m_moderator, u"moderation_item"_s, item2);
    QCOMPARE(apply(*m_http, m_moderator, mutation(u"moderation_item"_s, item2, u"claim"_s, v2))[u"version"_s].toInteger(), v2 + 1);
    QCOMPARE(apply(*m_http, m_moderator, mutation(u"moderation_item"_s, item2, u"hold"_s, v2, {{u"held"_s, true}}))[u"version"_s].toInteger(), v2 + 2);
    QCOMPARE(apply(*m_http, m_moderator, mutation(u"moderation_item"_s, item2, u"approve"_s, v2))[u"version"_s].toInteger(), v2 + 3);
    const QJsonObject d2 = entity(*m_http, m_moderator, u"moderation_item"_s, item2).value(u"data"_s).toObject();
    QCOMPARE(d2.value(u"status"_s).toString(), u"approved"_s);
    QVERIFY(d2.value(u"decision_reason"_s).isNull()); // ReasonOptionalPayload: null when left out
}

void TestPlatformMutations::severalUpdatesSameBase()
{
    const QString c = newId();
    QJsonArray batch{mutation(u"campaign"_s, c, u"create"_s, 0, campaignFields(u"Base"_s))};
    const QStringList names{u"One"_s, u"Two"_s, u"Three"_s, u"Four"_s};
    for (const QString &n : names)
        batch << mutation(u"campaign"_s, c, u"update"_s, 1, {{u"name"_s, n}});
    const QJsonArray r = post(*m_http, m_manager, batch);
    QCOMPARE(r.size(), batch.size());
    for (int i = 0; i < r.size(); ++i) {
        QCOMPARE(r[i][u"status"_s].toString(), u"applied"_s);
        QCOMPARE(r[i][u"version"_s].toInteger(), i + 1);
    }
    // And again later, still against version 1, in another batch.
    QCOMPARE(apply(*m_http, m_manager, mutation(u"campaign"_s, c, u"update"_s, 1, {{u"cost"_s, 12.5}}))[u"version"_s].toInteger(), 6);
    const QJsonObject d = entity(*m_http, m_manager, u"campaign"_s, c).value(u"data"_s).toObject();
    QCOMPARE(d.value(u"name"_s).toString(), u"Four"_s);
    QCOMPARE(d.value(u"cost"_s).toDouble(), 12.5);
    QCOMPARE(d.value(u"owner"_s).toString(), u"manager"_s);
}

void TestPlatformMutations::awardPointsNeverConflicts()
{
    // Others change the member (notes by a moderator, a ban); awards based on version 1 apply.
    const QString m = member();
    const qint64 points = entity(*m_http, m_manager, u"member"_s, m).value(u"data"_s)[u"points"_s].toInteger();
    QCOMPARE(apply(*m_http, m_moderator, mutation(u"member"_s, m, u"add_note"_s, versionOf(*m_http, m_manager, u"member"_s, m),
                                                  {{u"text"_s, u"watch"_s}}))[u"status"_s].toString(), u"applied"_s);
    QCOMPARE(apply(*m_http, m_chen, mutation(u"member"_s, m, u"add_note"_s, versionOf(*m_http, m_manager, u"member"_s, m),
                                             {{u"text"_s, u"ok"_s}}))[u"status"_s].toString(), u"applied"_s);
    const QJsonArray r = post(*m_http, m_manager,
                              {mutation(u"member"_s, m, u"award_points"_s, 1, {{u"points"_s, 50}, {u"reason"_s, u"a"_s}}),
                               mutation(u"member"_s, m, u"award_points"_s, 0, {{u"points"_s, -20}, {u"reason"_s, u"b"_s}}),
                               mutation(u"member"_s, m, u"award_points"_s, 1, {{u"points"_s, 5}, {u"reason"_s, u"c"_s}})});
    QCOMPARE(r.size(), 3);
    for (const QJsonValue &x : r)
        QVERIFY2(x[u"status"_s].toString() == u"applied"_s, compact(x.toObject()).constData());
    QCOMPARE(entity(*m_http, m_manager, u"member"_s, m).value(u"data"_s)[u"points"_s].toInteger(), points + 35);
    // Awards are the platform's own changes: a note based on the version before them applies.
    QCOMPARE(apply(*m_http, m_moderator, mutation(u"member"_s, m, u"add_note"_s, r[2][u"version"_s].toInteger() - 3,
                                                  {{u"text"_s, u"after awards"_s}}))[u"status"_s].toString(), u"applied"_s);
}

void TestPlatformMutations::recreateAfterDelete()
{
    // Deleted ids may be created again; the version continues after the tombstone.
    const QString c = newId();
    const QJsonArray r = post(*m_http, m_manager,
                              {mutation(u"campaign"_s, c, u"create"_s, 0, campaignFields(u"Again"_s)),
                               mutation(u"campaign"_s, c, u"delete"_s, 1),
                               mutation(u"campaign"_s, c, u"update"_s, 2, {{u"cost"_s, 1}}),
                               mutation(u"campaign"_s, c, u"create"_s, 0, campaignFields(u"Again 2"_s))});
    QCOMPARE(r.size(), 4);
    QCOMPARE(r[1][u"version"_s].toInteger(), 2);
    QCOMPARE(r[2][u"status"_s].toString(), u"rejected"_s); // deleted by the same user: 404
    PT_CHECK(problemObjectError(r[2][u"problem"_s].toObject(), 404, u"not-found"_s));
    QCOMPARE(r[3][u"status"_s].toString(), u"applied"_s);
    QCOMPARE(r[3][u"version"_s].toInteger(), 3);
    const QJsonObject env = entity(*m_http, m_manager, u"campaign"_s, c);
    QCOMPARE(env.value(u"deleted"_s).toBool(), false);
    QCOMPARE(env.value(u"data"_s)[u"name"_s].toString(), u"Again 2"_s);
}

void TestPlatformMutations::rejected_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("target"); // member, item, group, feedback, new, existing-campaign, unknown
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<qint64>("base");    // -1: the current version
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("slug");
    const QJsonObject none;
    const auto row = [&](const char *name, const QString &e, const QString &a, const QString &t, const QJsonObject &p,
                         qint64 base, int status, const QString &slug) {
        QTest::newRow(name) << e << a << t << p << base << status << slug;
    };
    const QString ip = u"invalid-payload"_s, im = u"invalid-mutation"_s, is = u"invalid-state"_s;
    row("reject without reason", u"moderation_item"_s, u"reject"_s, u"item"_s, none, -1, 422, ip);
    row("claim 0 minutes", u"moderation_item"_s, u"claim"_s, u"item"_s, {{u"minutes"_s, 0}}, -1, 422, ip);
    row("claim 241 minutes", u"moderation_item"_s, u"claim"_s, u"item"_s, {{u"minutes"_s, 241}}, -1, 422, ip);
    row("hold without held", u"moderation_item"_s, u"hold"_s, u"item"_s, none, -1, 422, ip);
    row("approve unknown field", u"moderation_item"_s, u"approve"_s, u"item"_s, {{u"why"_s, u"x"_s}}, -1, 422, ip);
    row("award 0 points", u"member"_s, u"award_points"_s, u"member"_s, {{u"points"_s, 0}, {u"reason"_s, u"x"_s}}, -1, 422, ip);
    row("award 1.5 points", u"member"_s, u"award_points"_s, u"member"_s, {{u"points"_s, 1.5}, {u"reason"_s, u"x"_s}}, -1, 422, ip);
    row("award 1e300 points", u"member"_s, u"award_points"_s, u"member"_s, {{u"points"_s, 1e300}, {u"reason"_s, u"x"_s}}, -1, 422, ip);
    row("award without reason", u"member"_s, u"award_points"_s, u"member"_s, {{u"points"_s, 3}}, -1, 422, ip);
    row("unknown badge", u"member"_s, u"award_badge"_s, u"member"_s, {{u"badge_id"_s, u"no-such-badge"_s}}, -1, 422, ip);
    row("unknown tier", u"member"_s, u"set_tier"_s, u"member"_s, {{u"tier"_s, u"platinum"_s}, {u"locked"_s, true}}, -1, 422, ip);
    row("set_tier without locked", u"member"_s, u"set_tier"_s, u"member"_s, {{u"tier"_s, u"regular"_s}}, -1, 422, ip);
    row("mute in the past", u"member"_s, u"mute"_s, u"member"_s, {{u"until"_s, u"2020-01-01T00:00:00Z"_s}}, -1, 422, ip);
    row("ban without reason", u"member"_s, u"ban"_s, u"member"_s, none, -1, 422, ip);
    row("unknown admin", u"group"_s, u"add_admin"_s, u"group"_s, {{u"member_id"_s, u"999999999"_s}}, -1, 422, ip);
    row("campaign missing fields", u"campaign"_s, u"create"_s, u"new"_s, {{u"name"_s, u"x"_s}}, 0, 422, ip);
    row("campaign end before start", u"campaign"_s, u"create"_s, u"new"_s,
        {{u"name"_s, u"x"_s}, {u"type"_s, u"qa"_s}, {u"mode"_s, u"online"_s}, {u"start_date"_s, u"2026-12-02"_s},
         {u"end_date"_s, u"2026-12-01"_s}}, 0, 422, ip);
    row("campaign empty update", u"campaign"_s, u"update"_s, u"existing-campaign"_s, none, -1, 422, ip);
    row("campaign bad type", u"campaign"_s, u"update"_s, u"existing-campaign"_s, {{u"type"_s, u"party"_s}}, -1, 422, ip);
    row("bad regex", u"keyword_rule"_s, u"create"_s, u"new"_s, {{u"pattern"_s, u"(["_s}, {u"is_regex"_s, true}, {u"action"_s, u"flag"_s}}, 0, 422, ip);
    row("budget id not quarter", u"budget"_s, u"create"_s, u"new"_s, {{u"quarter"_s, u"2099Q1"_s}, {u"amount"_s, 5}}, 0, 422, ip);
    row("reply empty", u"feedback"_s, u"reply"_s, u"feedback"_s, {{u"body"_s, u"  "_s}}, -1, 422, ip);
    row("unknown entity", u"widget"_s, u"create"_s, u"new"_s, none, 0, 422, im);
    row("unknown action", u"member"_s, u"promote"_s, u"member"_s, none, -1, 422, im);
    row("action of another entity", u"member"_s, u"approve"_s, u"member"_s, none, -1, 422, im);
    row("read-only entity", u"badge"_s, u"update"_s, u"new"_s, none, 1, 422, im);
    row("negative base_version", u"member"_s, u"add_note"_s, u"member"_s, {{u"text"_s, u"x"_s}}, -5, 422, im);
    row("base_version ahead", u"member"_s, u"add_note"_s, u"member"_s, {{u"text"_s, u"x"_s}}, 99999, 422, im);
    row("empty entity_id", u"member"_s, u"add_note"_s, u"empty"_s, {{u"text"_s, u"x"_s}}, 1, 422, im);
    row("unmute active", u"member"_s, u"unmute"_s, u"member"_s, none, -1, 409, is);
    row("unban active", u"member"_s, u"unban"_s, u"member"_s, none, -1, 409, is);
    row("revoke badge not held", u"member"_s, u"revoke_badge"_s, u"member-badge"_s, none, -1, 409, is);
    row("release unclaimed", u"moderation_item"_s, u"release"_s, u"item"_s, none, -1, 409, is);
    row("remove non-admin", u"group"_s, u"remove_admin"_s, u"group"_s, {{u"member_id"_s, u"unused-member"_s}}, -1, 409, is);
    row("resolve resolved", u"feedback"_s, u"resolve"_s, u"feedback"_s, none, -1, 409, is);
    row("create existing", u"campaign"_s, u"create"_s, u"existing-campaign"_s, none, 0, 409, u"already-exists"_s);
    row("update unknown id", u"campaign"_s, u"update"_s, u"new"_s, {{u"cost"_s, 1}}, 1, 404, u"not-found"_s);
}

void TestPlatformMutations::rejected()
{
    QFETCH(QString, entity);
    QFETCH(QString, action);
    QFETCH(QString, target);
    QFETCH(QJsonObject, payload);
    QFETCH(qint64, base);
    QFETCH(int, status);
    QFETCH(QString, slug);
    QString id;
    if (target == u"member"_s || target == u"member-badge"_s) id = member();
    else if (target == u"unused-member"_s) id = member();
    else if (target == u"item"_s) id = pendingItem();
    else if (target == u"group"_s) id = m_groups.first();
    else if (target == u"feedback"_s) {
        if (m_feedback.isEmpty()) QSKIP("no resolved feedback in the seed");
        id = m_feedback.first();
    } else if (target == u"new"_s) id = entity == u"budget"_s ? u"2099Q2"_s : newId();
    else if (target == u"existing-campaign"_s) {
        id = newId();
        QCOMPARE(apply(*m_http, m_manager, mutation(u"campaign"_s, id, u"create"_s, 0, campaignFields(u"R"_s)))[u"status"_s].toString(), u"applied"_s);
        if (payload.isEmpty() && action == u"create"_s)
            payload = campaignFields(u"R2"_s);
    }
    if (target == u"member-badge"_s) {
        const QJsonArray owned = PlatformTest::entity(*m_http, m_manager, u"member"_s, id).value(u"data"_s)[u"badges"_s].toArray();
        for (const QString &b : std::as_const(m_badges))
            if (!owned.contains(b))
                payload = {{u"badge_id"_s, b}};
    }
    if (payload.value(u"member_id"_s).toString() == u"unused-member"_s)
        payload[u"member_id"_s] = member();
    if (base == -1)
        base = versionOf(*m_http, m_manager, entity, id);
    const qint64 before = versionOf(*m_http, m_manager, entity, id);
    const qint64 seq = m_http->get(u"/v1/health"_s).json().value(u"seq"_s).toInteger();
    const QJsonObject m = mutation(entity, id, action, base, payload);
    const QJsonObject r = apply(*m_http, m_manager, m);
    QVERIFY2(r[u"status"_s].toString() == u"rejected"_s, compact(r).constData());
    QCOMPARE(r[u"id"_s], m[u"id"_s]);
    QCOMPARE(r[u"entity"_s].toString(), entity);
    QCOMPARE(r[u"entity_id"_s].toString(), id);
    QVERIFY(!r.contains(u"version"_s));
    PT_CHECK(problemObjectError(r[u"problem"_s].toObject(), status, slug));
    // Nothing changed: no new version, nothing in the feed.
    QCOMPARE(versionOf(*m_http, m_manager, entity, id), before);
    QCOMPARE(m_http->get(u"/v1/health"_s).json().value(u"seq"_s).toInteger(), seq);
}

QTEST_GUILESS_MAIN(TestPlatformMutations)
#include "tst_platformmutations.moc"
