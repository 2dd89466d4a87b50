#include "cachefixture.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QTest>

using namespace Qt::StringLiterals;

CacheFixture::CacheFixture() = default;

CacheFixture::~CacheFixture()
{
    // Services first: they hold the store.
    m_sync.reset();
    m_account.reset();
    m_credentials.reset();
    m_store.reset();
}

bool CacheFixture::open()
{
    m_notifier = std::make_unique<StoreNotifier>();
    m_store = std::make_unique<Store>(m_notifier.get());
    QString error;
    if (!m_store->open(Store::cacheFilePath(m_dir.path()), &error)) {
        qWarning("cache: %s", qPrintable(error));
        return false;
    }
    m_credentials = std::make_unique<CredentialStore>();
    m_credentials->setMemoryOnly(true);
    m_account = std::make_unique<AccountService>(m_store.get(), m_credentials.get());
    m_sync = std::make_unique<SyncService>(m_store.get());
    return true;
}

QJsonObject CacheFixture::allowedActionsFor(const QString &role)
{
    if (role == u"analyst")
        return {};
    QJsonObject actions;
    actions.insert(u"moderation_item"_s, QJsonArray{u"approve"_s, u"reject"_s, u"escalate"_s,
                                                   u"claim"_s, u"release"_s, u"hold"_s});
    QJsonArray member{u"add_note"_s, u"mute"_s, u"unmute"_s, u"ban"_s, u"unban"_s};
    if (role == u"manager") {
        for (const auto &a : {u"award_points"_s, u"award_badge"_s, u"revoke_badge"_s, u"set_tier"_s})
            member.append(a);
    }
    actions.insert(u"member"_s, member);
    return actions;
}

void CacheFixture::setRole(const QString &username, const QString &role)
{
    ConnectionProfile profile;
    profile.serverUrl = QUrl(u"http://127.0.0.1:9"_s);
    profile.username = username;
    profile.role = role;
    profile.allowedActions = allowedActionsFor(role);
    QString error;
    QVERIFY2(m_store->saveProfile(profile, &error), qPrintable(error));
}

void CacheFixture::applyChanges(const QList<Change> &changes)
{
    ChangesPage page;
    page.changes = changes;
    page.nextSince = m_seq;
    page.hasMore = false;
    QString error;
    QVERIFY2(m_store->applyChangesPage(page, &error), qPrintable(error));
}

void CacheFixture::addModerationItem(const QString &id, qint64 version)
{
    Change change;
    change.seq = ++m_seq;
    change.entity = u"moderation_item"_s;
    change.id = id;
    change.version = version;
    change.data = QJsonObject{
        {u"id"_s, id}, {u"version"_s, version}, {u"kind"_s, u"post"_s}, {u"author_id"_s, u"42"_s},
        {u"board"_s, u"python"_s}, {u"title"_s, u"Cheap watches"_s}, {u"body"_s, u"buy now"_s},
        {u"language"_s, u"en"_s}, {u"created_at"_s, u"2026-11-20T08:00:00Z"_s},
        {u"updated_at"_s, u"2026-11-20T08:00:00Z"_s}, {u"ai_score"_s, 0.93},
        {u"ai_labels"_s, QJsonArray{u"spam"_s}}, {u"reports"_s, QJsonArray{}}, {u"report_count"_s, 0},
        {u"sentiment"_s, 0.0}, {u"status"_s, u"pending"_s}, {u"held"_s, false}};
    applyChanges({change});
}

QString CacheFixture::enqueueReject(const QString &itemId, const QString &reason)
{
    Mutation m;
    m.entity = u"moderation_item"_s;
    m.entityId = itemId;
    m.action = u"reject"_s;
    m.payload = QJsonObject{{u"reason"_s, reason}};
    QString error;
    const QString id = m_store->enqueue(m, &error);
    if (id.isEmpty())
        qWarning("enqueue: %s", qPrintable(error));
    return id;
}

void CacheFixture::recordConflict(const QString &mutationId, const QString &itemId)
{
    MutationResult r;
    r.id = mutationId;
    r.status = MutationResult::Status::Conflict;
    r.entity = u"moderation_item"_s;
    r.entityId = itemId;
    r.serverVersion = 9;
    r.serverData = QJsonObject{{u"id"_s, itemId}, {u"version"_s, 9}, {u"status"_s, u"approved"_s},
                               {u"decided_by"_s, u"lin"_s}, {u"decided_at"_s, u"2026-11-20T10:42:00Z"_s}};
    r.changedBy = u"lin"_s;
    r.changedAt = u"2026-11-20T10:42:00Z"_s;
    r.problem = QJsonObject{{u"title"_s, u"Conflict"_s}, {u"status"_s, 409},
                            {u"detail"_s, u"lin already decided this item"_s}};
    QString error;
    QVERIFY2(m_store->recordResults({r}, &error), qPrintable(error));
}

void CacheFixture::addAuditEntries(int count, const QStringList &actors)
{
    QList<Change> changes;
    const QDateTime base(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        Change c;
        c.seq = ++m_seq;
        c.entity = u"audit_entry"_s;
        c.id = QString::number(1000 + i);
        c.version = 1;
        const QString actor = actors.at(i % actors.size());
        const bool member = i % 3 == 0;
        c.data = QJsonObject{
            {u"id"_s, c.id}, {u"version"_s, 1}, {u"at"_s, base.addSecs(i * 60).toString(Qt::ISODate)},
            {u"updated_at"_s, base.addSecs(i * 60).toString(Qt::ISODate)},
            {u"actor"_s, actor}, {u"role"_s, actor == u"manager" ? u"manager"_s : u"moderator"_s},
            {u"entity"_s, member ? u"member"_s : u"moderation_item"_s},
            {u"entity_id"_s, QString::number(500 + i)},
            {u"action"_s, member ? u"award_points"_s : u"reject"_s},
            {u"mutation_id"_s, u"mut-%1"_s.arg(i)},
            {u"summary"_s, member ? u"awarded 10 points <b>for help</b>"_s : u"rejected: spam #%1"_s.arg(i)},
            {u"entity_version"_s, 2}};
        changes.append(c);
    }
    applyChanges(changes);
}
