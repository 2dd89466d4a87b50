#include "tierfixture.h"

#include "synctypes.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
} // namespace

TierFixture::TierFixture() = default;

QDateTime TierFixture::now()
{
    return QDateTime::currentDateTimeUtc();
}

bool TierFixture::open()
{
    m_notifier = std::make_unique<StoreNotifier>();
    m_store = std::make_unique<Store>(m_notifier.get());
    QString error;
    if (!m_store->open(Store::cacheFilePath(m_dir.path()), &error)) {
        qWarning("cache: %s", qPrintable(error));
        return false;
    }
    return true;
}

void TierFixture::apply(const QList<Change> &changes)
{
    ChangesPage page;
    page.changes = changes;
    page.nextSince = m_seq;
    QString error;
    QVERIFY2(m_store->applyChangesPage(page, &error), qPrintable(error));
}

void TierFixture::addTiers(const TierRuleSet &tiers)
{
    QList<Change> changes;
    for (const TierDefinition &t : tiers.tiers()) {
        Change c;
        c.seq = ++m_seq;
        c.entity = u"tier"_s;
        c.id = t.id;
        c.version = 1;
        c.data = t.payload(true);
        c.data.insert(u"id"_s, t.id);
        c.data.insert(u"version"_s, 1);
        changes << c;
    }
    apply(changes);
}

void TierFixture::addMembers(const QList<Member> &members)
{
    QList<Change> changes;
    for (const Member &m : members) {
        Change c;
        c.seq = ++m_seq;
        c.entity = u"member"_s;
        c.id = m.id;
        c.version = 1;
        c.data = QJsonObject{
            {u"id"_s, m.id}, {u"version"_s, 1}, {u"handle"_s, QString(u"member_"_s + m.id)},
            {u"display_name"_s, QString(u"成员 "_s + m.id)}, {u"joined_at"_s, time(m.joined)},
            {u"last_active_at"_s, time(m.lastActive)}, {u"signup_channel"_s, u"organic"_s},
            {u"tier"_s, m.tier}, {u"tier_locked"_s, m.locked}, {u"tier_since"_s, time(m.tierSince)},
            {u"points"_s, m.points}, {u"badges"_s, QJsonArray()}, {u"groups"_s, QJsonArray()},
            {u"active_days_30"_s, m.activeDays30}, {u"posts_30"_s, m.posts30}, {u"comments_30"_s, m.comments30},
            {u"likes_received_30"_s, 0}, {u"helpful_answers_30"_s, m.helpful30}, {u"posts_total"_s, m.postsTotal},
            {u"helpful_answers_total"_s, m.helpfulTotal}, {u"spend_total"_s, m.spend}, {u"spend_90d"_s, 0},
            {u"last_purchase_at"_s, time(m.lastPurchase)}, {u"status"_s, m.status}, {u"muted_until"_s, QJsonValue()},
            {u"language"_s, u"zh_CN"_s}, {u"notes"_s, QJsonArray()}};
        changes << c;
        if (changes.size() == 500) {
            apply(changes);
            changes.clear();
        }
    }
    if (!changes.isEmpty())
        apply(changes);
}

void TierFixture::addLedger(const QString &id, const QString &memberId, qint64 points, const QString &reason,
                            const QDateTime &at)
{
    Change c;
    c.seq = ++m_seq;
    c.entity = u"points_entry"_s;
    c.id = id;
    c.version = 1;
    c.data = QJsonObject{{u"id"_s, id}, {u"version"_s, 1}, {u"member_id"_s, memberId}, {u"points"_s, points},
                         {u"reason"_s, reason}, {u"awarded_by"_s, u"system"_s}, {u"created_at"_s, time(at)}};
    apply({c});
}

QList<TierFixture::Member> TierFixture::generated(int count) const
{
    QRandomGenerator rng(20261123);
    static const QString tiers[] = {u"newcomer"_s, u"regular"_s, u"core"_s, u"backbone"_s};
    const QDateTime base = now();
    QList<Member> out;
    for (int i = 1; i <= count; ++i) {
        Member m;
        m.id = QString::number(i);
        m.tier = tiers[rng.bounded(4)];
        m.locked = rng.bounded(50) == 0;
        m.joined = base.addDays(-qint64(rng.bounded(700)));
        m.tierSince = base.addDays(-qint64(rng.bounded(120)));
        m.lastActive = base.addDays(-qint64(rng.bounded(200)));
        m.points = rng.bounded(3000);
        m.activeDays30 = rng.bounded(31);
        m.posts30 = rng.bounded(10);
        m.comments30 = rng.bounded(20);
        m.helpful30 = rng.bounded(5);
        m.postsTotal = m.posts30 + rng.bounded(80);
        m.helpfulTotal = m.helpful30 + rng.bounded(80);
        m.spend = rng.bounded(4) == 0 ? double(rng.bounded(200000)) / 100.0 : 0.0;
        out << m;
    }
    return out;
}

void TierFixture::setRole(const QString &role)
{
    ConnectionProfile profile;
    profile.serverUrl = QUrl(u"http://127.0.0.1:9"_s);
    profile.username = role;
    profile.role = role;
    if (role == u"manager") {
        profile.allowedActions = QJsonObject{
            {u"member"_s, QJsonArray{u"award_points"_s, u"set_tier"_s}},
            {u"tier"_s, QJsonArray{u"create"_s, u"update"_s, u"delete"_s, u"reorder"_s}}};
    }
    QString error;
    QVERIFY2(m_store->saveProfile(profile, &error), qPrintable(error));
}
