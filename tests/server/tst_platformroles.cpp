// Every role against every mutation action (the matrix of docs/openapi.yaml): allowed
// actions are applied, forbidden ones rejected with a 403 problem, and the analyst's
// POST /v1/mutations is refused as a whole. Each case runs on its own fixture entity,
// prepared (by the other manager, chen) so that the action fits the entity's state.
#include "platformtestutil.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace PlatformTest;

class TestPlatformRoles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void matrix_data();
    void matrix();
    void auditTrail();

private:
    QString take(QStringList &pool, QHash<QString, int> &used, const QString &name);
    QJsonObject prepare(const QString &role, const QString &entity, const QString &action);
    QJsonObject setup(const QString &entity, const QString &id, const QString &action, const QJsonObject &payload);

    TestServer m_server;
    std::unique_ptr<TestHttp> m_http;
    QHash<QString, QString> m_tokens; // role -> token
    QString m_setupToken;             // chen (manager)
    QStringList m_items, m_members, m_groups, m_badges, m_tiers, m_feedback;
    QHash<QString, int> m_used;
    int m_counter = 0;
    struct Applied {
        QString user, role, entity, entityId, action;
        qint64 version;
    };
    QHash<QString, Applied> m_applied; // mutation id -> what it did
    QStringList m_refused;              // mutation ids that must leave no audit entry
};

void TestPlatformRoles::initTestCase()
{
    QCOMPARE(m_server.start({u"--rate-limit"_s, u"0"_s}, 300), QString());
    m_http = std::make_unique<TestHttp>(m_server.url());
    for (const QString &role : {u"manager"_s, u"moderator"_s, u"analyst"_s}) {
        m_tokens[role] = m_http->login(role);
        QVERIFY(!m_tokens[role].isEmpty());
    }
    m_setupToken = m_http->login(u"chen"_s);
    QVERIFY(!m_setupToken.isEmpty());
    State state;
    QString error;
    QVERIFY2(readFeed(*m_http, m_tokens[u"analyst"_s], 0, 5000, state, &error) > 0, qPrintable(error));
    m_items = ids(state, u"moderation_item"_s, [](const QJsonObject &d) {
        return d.value(u"status"_s).toString() == u"pending"_s && d.value(u"claimed_by"_s).isNull();
    });
    m_members = ids(state, u"member"_s, [](const QJsonObject &d) { return d.value(u"status"_s).toString() == u"active"_s; });
    m_groups = ids(state, u"group"_s);
    m_badges = ids(state, u"badge"_s);
    m_tiers = ids(state, u"tier"_s);
    m_feedback = ids(state, u"feedback"_s, [](const QJsonObject &d) { return d.value(u"status"_s).toString() != u"resolved"_s; });
    QVERIFY2(m_items.size() >= 20, qPrintable(u"%1 pending items"_s.arg(m_items.size())));
    QVERIFY2(m_members.size() >= 40, qPrintable(u"%1 active members"_s.arg(m_members.size())));
    QVERIFY(!m_groups.isEmpty());
    QVERIFY(m_badges.size() >= 2);
    QVERIFY(m_tiers.size() >= 2);
    QVERIFY(!m_feedback.isEmpty());
}

QString TestPlatformRoles::take(QStringList &pool, QHash<QString, int> &used, const QString &name)
{
    const int i = used[name]++;
    return pool.at(i % pool.size()); // wraps only for pools that tolerate reuse
}

QJsonObject TestPlatformRoles::setup(const QString &entity, const QString &id, const QString &action,
                                     const QJsonObject &payload)
{
    const qint64 base = action == u"create"_s ? 0 : versionOf(*m_http, m_setupToken, entity, id);
    const QJsonObject r = apply(*m_http, m_setupToken, mutation(entity, id, action, base, payload));
    if (r.value(u"status"_s).toString() != u"applied"_s)
        qWarning("setup %s %s failed: %s", qPrintable(action), qPrintable(id), compact(r).constData());
    return r;
}

QJsonObject TestPlatformRoles::prepare(const QString &role, const QString &entity, const QString &action)
{
    const int n = ++m_counter;
    QString id;
    QJsonObject payload;
    if (entity == u"moderation_item"_s) {
        id = take(m_items, m_used, entity);
        if (action == u"reject"_s) payload = {{u"reason"_s, u"spam"_s}};
        else if (action == u"escalate"_s) payload = {{u"reason"_s, u"needs a second look"_s}};
        else if (action == u"claim"_s) payload = {{u"minutes"_s, 30}};
        else if (action == u"hold"_s) payload = {{u"held"_s, true}};
        else if (action == u"release"_s && role != u"analyst"_s) // the actor's own claim
            apply(*m_http, m_tokens[role], mutation(entity, id, u"claim"_s, versionOf(*m_http, m_setupToken, entity, id)));
    } else if (entity == u"member"_s) {
        id = take(m_members, m_used, entity);
        const QJsonArray owned = entity == u"member"_s
            ? PlatformTest::entity(*m_http, m_setupToken, entity, id).value(u"data"_s).toObject().value(u"badges"_s).toArray()
            : QJsonArray();
        QString badge;
        for (const QString &b : std::as_const(m_badges))
            if (!owned.contains(b))
                badge = b;
        if (action == u"award_points"_s) payload = {{u"points"_s, 10}, {u"reason"_s, u"role matrix"_s}};
        else if (action == u"award_badge"_s) payload = {{u"badge_id"_s, badge}};
        else if (action == u"revoke_badge"_s) {
            setup(entity, id, u"award_badge"_s, {{u"badge_id"_s, badge}});
            payload = {{u"badge_id"_s, badge}};
        } else if (action == u"set_tier"_s) payload = {{u"tier"_s, m_tiers.at(n % m_tiers.size())}, {u"locked"_s, true}};
        else if (action == u"add_note"_s) payload = {{u"text"_s, u"备注 %1"_s.arg(n)}};
        else if (action == u"mute"_s) payload = {{u"until"_s, futureIso(86400)}, {u"reason"_s, u"flooding"_s}};
        else if (action == u"unmute"_s) setup(entity, id, u"mute"_s, {{u"until"_s, futureIso(86400)}});
        else if (action == u"ban"_s) payload = {{u"reason"_s, u"abuse"_s}};
        else if (action == u"unban"_s) setup(entity, id, u"ban"_s, {{u"reason"_s, u"abuse"_s}});
    } else if (entity == u"group"_s) {
        id = take(m_groups, m_used, entity);
        const QString member = take(m_members, m_used, u"admin"_s);
        payload = {{u"member_id"_s, member}};
        if (action == u"remove_admin"_s)
            setup(entity, id, u"add_admin"_s, payload);
    } else if (entity == u"feedback"_s) {
        id = take(m_feedback, m_used, entity);
        if (action == u"reply"_s) payload = {{u"body"_s, u"谢谢反馈，我们在处理。"_s}};
        else if (PlatformTest::entity(*m_http, m_setupToken, entity, id).value(u"data"_s).toObject()
                     .value(u"status"_s).toString() == u"resolved"_s)
            id = take(m_feedback, m_used, entity);
    } else {
        // tier, keyword_rule, campaign, budget: create here, or create (as chen) first.
        id = entity == u"budget"_s ? u"%1Q%2"_s.arg(2100 + n / 4).arg(n % 4 + 1) : newId();
        QJsonObject fields;
        if (entity == u"tier"_s)
            fields = {{u"name"_s, u"Tier %1"_s.arg(n)},
                      {u"rules"_s, QJsonObject{{u"op"_s, u"and"_s},
                                               {u"conditions"_s, QJsonArray{QJsonObject{{u"field"_s, u"points"_s},
                                                                                       {u"cmp"_s, u">="_s},
                                                                                       {u"value"_s, 1e7}}}}}}};
        else if (entity == u"keyword_rule"_s)
            fields = {{u"pattern"_s, u"加微信%1"_s.arg(n)}, {u"action"_s, u"flag"_s}};
        else if (entity == u"campaign"_s)
            fields = {{u"name"_s, u"Campaign %1"_s.arg(n)}, {u"type"_s, u"qa"_s}, {u"mode"_s, u"online"_s},
                      {u"start_date"_s, u"2026-12-01"_s}, {u"end_date"_s, u"2026-12-03"_s}};
        else
            fields = {{u"quarter"_s, id}, {u"amount"_s, 1000}};
        if (action == u"create"_s) {
            payload = fields;
        } else {
            setup(entity, id, u"create"_s, fields);
            if (action == u"update"_s) {
                if (entity == u"tier"_s) payload = {{u"name"_s, u"Renamed"_s}};
                else if (entity == u"keyword_rule"_s) payload = {{u"enabled"_s, false}};
                else if (entity == u"campaign"_s) payload = {{u"notes"_s, u"moved online"_s}};
                else payload = {{u"quarter"_s, id}, {u"amount"_s, 2500.5}};
            } else if (action == u"reorder"_s) {
                payload = {{u"order"_s, 1}};
            }
        }
    }
    const qint64 base = action == u"create"_s ? 0 : versionOf(*m_http, m_setupToken, entity, id);
    return mutation(entity, id, action, base, payload);
}

void TestPlatformRoles::matrix_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("allowed");
    for (const QString &role : {u"manager"_s, u"moderator"_s, u"analyst"_s})
        for (const auto &[entity, action] : allActions())
            QTest::addRow("%s %s.%s", qPrintable(role), qPrintable(entity), qPrintable(action))
                << role << entity << action << actionsOf(role).value(entity).contains(action);
}

void TestPlatformRoles::matrix()
{
    QFETCH(QString, role);
    QFETCH(QString, entity);
    QFETCH(QString, action);
    QFETCH(bool, allowed);
    const QJsonObject m = prepare(role, entity, action);
    const QString entityId = m.value(u"entity_id"_s).toString();
    const qint64 before = versionOf(*m_http, m_setupToken, entity, entityId);
    const HttpResult r = m_http->post(u"/v1/mutations"_s, compact(QJsonObject{{u"mutations"_s, QJsonArray{m}}}),
                                      m_tokens[role]);
    if (role == u"analyst"_s) {
        PT_CHECK(problemError(r, 403, u"forbidden"_s));
        QCOMPARE(versionOf(*m_http, m_setupToken, entity, entityId), before);
        m_refused << m.value(u"id"_s).toString();
        return;
    }
    QCOMPARE(r.status, 200);
    const QJsonArray results = r.json().value(u"results"_s).toArray();
    QCOMPARE(results.size(), 1);
    const QJsonObject res = results.at(0).toObject();
    QCOMPARE(res.value(u"id"_s).toString(), m.value(u"id"_s).toString());
    QCOMPARE(res.value(u"entity"_s).toString(), entity);
    QCOMPARE(res.value(u"entity_id"_s).toString(), entityId);
    if (!allowed) {
        QCOMPARE(res.value(u"status"_s).toString(), u"rejected"_s);
        PT_CHECK(problemObjectError(res.value(u"problem"_s).toObject(), 403, u"forbidden"_s));
        QVERIFY(!res.contains(u"version"_s));
        QCOMPARE(versionOf(*m_http, m_setupToken, entity, entityId), before); // -1 for a refused create
        m_refused << m.value(u"id"_s).toString();
        return;
    }
    QVERIFY2(res.value(u"status"_s).toString() == u"applied"_s, compact(res).constData());
    const qint64 version = res.value(u"version"_s).toInteger();
    QCOMPARE(version, std::max<qint64>(before, 0) + 1);
    const QJsonObject env = PlatformTest::entity(*m_http, m_setupToken, entity, entityId);
    QCOMPARE(env.value(u"version"_s).toInteger(), version);
    QCOMPARE(env.value(u"deleted"_s).toBool(), action == u"delete"_s);
    if (action != u"delete"_s)
        QCOMPARE(env.value(u"data"_s).toObject().value(u"version"_s).toInteger(), version);
    else
        QVERIFY(env.value(u"data"_s).isNull());
    m_applied.insert(m.value(u"id"_s).toString(), {role, role, entity, entityId, action, version});
}

void TestPlatformRoles::auditTrail()
{
    // Every applied mutation wrote one audit entry; refused ones wrote none.
    State state;
    QString error;
    QVERIFY2(readFeed(*m_http, m_tokens[u"analyst"_s], 0, 5000, state, &error) > 0, qPrintable(error));
    QHash<QString, int> seen;
    for (auto it = state.begin(); it != state.end(); ++it) {
        if (it.key().first != u"audit_entry"_s || it->deleted)
            continue;
        const QJsonObject a = it->data;
        const QString mid = a.value(u"mutation_id"_s).toString();
        QVERIFY2(!m_refused.contains(mid), qPrintable(u"audit entry for refused mutation "_s + mid));
        const auto applied = m_applied.constFind(mid);
        if (applied == m_applied.cend())
            continue;
        ++seen[mid];
        QCOMPARE(a.value(u"actor"_s).toString(), applied->user);
        QCOMPARE(a.value(u"role"_s).toString(), applied->role);
        QCOMPARE(a.value(u"entity"_s).toString(), applied->entity);
        QCOMPARE(a.value(u"entity_id"_s).toString(), applied->entityId);
        QCOMPARE(a.value(u"action"_s).toString(), applied->action);
        QCOMPARE(a.value(u"entity_version"_s).toInteger(), applied->version);
        QCOMPARE(a.value(u"version"_s).toInteger(), 1);
    }
    QVERIFY(!m_applied.isEmpty());
    for (auto it = m_applied.begin(); it != m_applied.end(); ++it)
        QVERIFY2(seen.value(it.key()) == 1, qPrintable(u"%1 audit entries for %2"_s.arg(seen.value(it.key())).arg(it.key())));
}

QTEST_GUILESS_MAIN(TestPlatformRoles)
#include "tst_platformroles.moc"
