#include "store.h"
#include "storenotifier.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// The outbox and its optimistic effects on an in-memory cache (no server).
class tst_Outbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void enqueueAppliesEffectAndQueues();
    void invalidActionChangesNothing();
    void undoRestoresBeforeImage();
    void undoMiddleEntryKeepsLaterEffects();
    void awardPointsAddsPendingLedgerRow();
    void pulledRowKeepsPendingEffects();
    void appliedResultLeavesOutbox();
    void acknowledgedAwardStaysInLedgerUntilPulled();
    void awardPulledBeforeItsAnswerIsNotDoubled();
    void conflictKeepsBothSides();
    void rejectedRestoresEntity();
    void createThenUndoRemovesRow();

private:
    void seed(const QString &entity, const QString &id, qint64 version, QJsonObject data, qint64 seq = 1);
    Mutation mutation(const QString &entity, const QString &id, const QString &action, QJsonObject payload = {});
    QString status(const QString &id) { return m_store->entity(u"moderation_item"_s, id)->value(u"status"_s).toString(); }

    std::unique_ptr<StoreNotifier> m_notifier;
    std::unique_ptr<Store> m_store;
};

void tst_Outbox::init()
{
    m_notifier = std::make_unique<StoreNotifier>();
    m_store = std::make_unique<Store>(m_notifier.get());
    QString error;
    QVERIFY2(m_store->open(u":memory:"_s, &error), qPrintable(error));
    ConnectionProfile p;
    p.serverUrl = QUrl(u"http://127.0.0.1:1"_s);
    p.username = u"moderator"_s;
    QVERIFY(m_store->saveProfile(p));
    seed(u"moderation_item"_s, u"7"_s, 3, {{u"status"_s, u"pending"_s}, {u"title"_s, u"t"_s}, {u"held"_s, true}});
    seed(u"member"_s, u"42"_s, 5, {{u"points"_s, 100}, {u"status"_s, u"active"_s}, {u"handle"_s, u"lin_x"_s}});
}

void tst_Outbox::cleanup()
{
    m_store.reset();
    m_notifier.reset();
}

void tst_Outbox::seed(const QString &entity, const QString &id, qint64 version, QJsonObject data, qint64 seq)
{
    Change c;
    c.seq = seq;
    c.entity = entity;
    c.id = id;
    c.version = version;
    data.insert(u"id"_s, id);
    c.data = data;
    ChangesPage page;
    page.changes = {c};
    page.nextSince = seq;
    QString error;
    QVERIFY2(m_store->applyChangesPage(page, &error), qPrintable(error));
}

Mutation tst_Outbox::mutation(const QString &entity, const QString &id, const QString &action, QJsonObject payload)
{
    Mutation m;
    m.entity = entity;
    m.entityId = id;
    m.action = action;
    m.payload = payload;
    return m;
}

void tst_Outbox::enqueueAppliesEffectAndQueues()
{
    QSignalSpy outbox(m_notifier.get(), &StoreNotifier::outboxChanged);
    QSignalSpy entities(m_notifier.get(), &StoreNotifier::entitiesChanged);
    QString error;
    const QString id = m_store->enqueue(mutation(u"moderation_item"_s, u"7"_s, u"reject"_s, {{u"reason"_s, u"spam"_s}}), &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QCOMPARE(status(u"7"_s), u"rejected"_s);
    const auto item = m_store->entity(u"moderation_item"_s, u"7"_s);
    QCOMPARE(item->value(u"decided_by"_s).toString(), u"moderator"_s);
    QCOMPARE(item->value(u"held"_s).toBool(), false);
    const auto pending = m_store->pendingMutations();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending[0].mutation.id, id);
    QCOMPARE(pending[0].mutation.baseVersion, 3);
    QCOMPARE(pending[0].summary, u"reject: spam"_s);
    QCOMPARE(outbox.size(), 1);
    QVERIFY(entities.size() >= 1);
    QCOMPARE(m_store->lastPendingMutationId(), id);
}

void tst_Outbox::invalidActionChangesNothing()
{
    QString error;
    QVERIFY(m_store->enqueue(mutation(u"moderation_item"_s, u"7"_s, u"reject"_s), &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY(m_store->enqueue(mutation(u"moderation_item"_s, u"7"_s, u"explode"_s), &error).isEmpty());
    QVERIFY(m_store->enqueue(mutation(u"moderation_item"_s, u"404"_s, u"approve"_s), &error).isEmpty());
    QCOMPARE(status(u"7"_s), u"pending"_s);
    QCOMPARE(m_store->pendingCount(), 0);
}

void tst_Outbox::undoRestoresBeforeImage()
{
    const QString id = m_store->enqueue(mutation(u"moderation_item"_s, u"7"_s, u"approve"_s));
    QVERIFY(!id.isEmpty());
    QCOMPARE(status(u"7"_s), u"approved"_s);
    QString error;
    QVERIFY2(m_store->undo(id, &error), qPrintable(error));
    QCOMPARE(status(u"7"_s), u"pending"_s);
    QCOMPARE(m_store->entity(u"moderation_item"_s, u"7"_s)->value(u"held"_s).toBool(), true);
    QCOMPARE(m_store->pendingCount(), 0);
    QVERIFY(!m_store->undo(id, &error)); // gone: nothing to undo twice
}

void tst_Outbox::undoMiddleEntryKeepsLaterEffects()
{
    const QString claim = m_store->enqueue(mutation(u"moderation_item"_s, u"7"_s, u"claim"_s));
    const QString hold = m_store->enqueue(mutation(u"moderation_item"_s, u"7"_s, u"hold"_s, {{u"held"_s, false}}));
    const QString approve = m_store->enqueue(mutation(u"moderation_item"_s, u"7"_s, u"approve"_s));
    QVERIFY(!claim.isEmpty() && !hold.isEmpty() && !approve.isEmpty());
    QVERIFY(m_store->undo(claim));
    const auto item = m_store->entity(u"moderation_item"_s, u"7"_s);
    QCOMPARE(item->value(u"status"_s).toString(), u"approved"_s);
    QCOMPARE(m_store->pendingCount(), 2);
    QVERIFY(m_store->undo(approve));
    QCOMPARE(status(u"7"_s), u"pending"_s);
    QCOMPARE(m_store->entity(u"moderation_item"_s, u"7"_s)->value(u"held"_s).toBool(), false);
    QVERIFY(m_store->undo(hold));
    QCOMPARE(m_store->entity(u"moderation_item"_s, u"7"_s)->value(u"held"_s).toBool(), true);
}

void tst_Outbox::awardPointsAddsPendingLedgerRow()
{
    const QString id = m_store->enqueue(mutation(u"member"_s, u"42"_s, u"award_points"_s,
                                                 {{u"points"_s, 50}, {u"reason"_s, u"helpful answer"_s}}));
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_store->entity(u"member"_s, u"42"_s)->value(u"points"_s).toInteger(), 150);
    QCOMPARE(m_store->count(u"points_entry"_s), 1);
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(u"SELECT member_id, points, local_pending_mutation FROM points_entry"_s) && q.next());
    QCOMPARE(q.value(1).toInt(), 50);
    QCOMPARE(q.value(2).toString(), id);
    QVERIFY(m_store->undo(id));
    QCOMPARE(m_store->entity(u"member"_s, u"42"_s)->value(u"points"_s).toInteger(), 100);
    QCOMPARE(m_store->count(u"points_entry"_s), 0);
}

void tst_Outbox::pulledRowKeepsPendingEffects()
{
    QVERIFY(!m_store->enqueue(mutation(u"moderation_item"_s, u"7"_s, u"reject"_s, {{u"reason"_s, u"ads"_s}})).isEmpty());
    // The platform bumps the item (a new report) before our push: the UI must not flicker.
    seed(u"moderation_item"_s, u"7"_s, 4, {{u"status"_s, u"pending"_s}, {u"title"_s, u"t"_s}, {u"report_count"_s, 2}}, 2);
    const auto item = m_store->entity(u"moderation_item"_s, u"7"_s);
    QCOMPARE(item->value(u"status"_s).toString(), u"rejected"_s);
    QCOMPARE(item->value(u"report_count"_s).toInt(), 2);
    QCOMPARE(m_store->entityVersion(u"moderation_item"_s, u"7"_s), 4);
    // Undo now lands on the server's newer row, not the old before-image.
    QVERIFY(m_store->undo(m_store->lastPendingMutationId()));
    QCOMPARE(status(u"7"_s), u"pending"_s);
    QCOMPARE(m_store->entity(u"moderation_item"_s, u"7"_s)->value(u"report_count"_s).toInt(), 2);
    // An older row never overwrites a newer one.
    seed(u"moderation_item"_s, u"7"_s, 2, {{u"status"_s, u"approved"_s}}, 3);
    QCOMPARE(status(u"7"_s), u"pending"_s);
}

void tst_Outbox::appliedResultLeavesOutbox()
{
    const QString id = m_store->enqueue(mutation(u"member"_s, u"42"_s, u"add_note"_s, {{u"text"_s, u"kind"_s}}));
    MutationResult r;
    r.id = id;
    r.status = MutationResult::Status::Applied;
    r.entity = u"member"_s;
    r.entityId = u"42"_s;
    r.version = 6;
    QVERIFY(m_store->recordResults({r}));
    QCOMPARE(m_store->pendingCount(), 0);
    QCOMPARE(m_store->entityVersion(u"member"_s, u"42"_s), 6);
    QCOMPARE(m_store->entity(u"member"_s, u"42"_s)->value(u"notes"_s).toArray().size(), 1);
    QVERIFY(m_store->recordResults({r})); // the same answer twice is harmless
}

namespace {
qint64 ledgerRows(Store *store, const QString &reason)
{
    QSqlQuery q(store->database());
    q.prepare(u"SELECT count(*) FROM points_entry WHERE reason = ?"_s);
    q.addBindValue(reason);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

MutationResult applied(const QString &id, qint64 version, MutationResult::Status status = MutationResult::Status::Applied)
{
    MutationResult r;
    r.id = id;
    r.status = status;
    r.entity = u"member"_s;
    r.entityId = u"42"_s;
    r.version = version;
    return r;
}
} // namespace

void tst_Outbox::acknowledgedAwardStaysInLedgerUntilPulled()
{
    // Two identical awards: each server entry must replace exactly one of them.
    const Mutation award = mutation(u"member"_s, u"42"_s, u"award_points"_s,
                                    {{u"points"_s, 50}, {u"reason"_s, u" helpful answer "_s}});
    const QString first = m_store->enqueue(award);
    const QString second = m_store->enqueue(award);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QCOMPARE(ledgerRows(m_store.get(), u"helpful answer"_s), 2);

    // Pushed and acknowledged, not pulled yet: the ledger still shows both awards.
    QVERIFY(m_store->recordResults({applied(first, 6), applied(second, 7, MutationResult::Status::Duplicate)}));
    QCOMPARE(m_store->pendingCount(), 0);
    QCOMPARE(ledgerRows(m_store.get(), u"helpful answer"_s), 2);
    QCOMPARE(m_store->entity(u"member"_s, u"42"_s)->value(u"points"_s).toInteger(), 200);

    // A pull page with an unrelated entry changes nothing; the server's own entries
    // replace the optimistic rows one for one, in the transaction that stores them.
    seed(u"points_entry"_s, u"p9"_s, 1, {{u"member_id"_s, u"42"_s}, {u"points"_s, 50}, {u"reason"_s, u"other"_s},
                                         {u"awarded_by"_s, u"moderator"_s}}, 2);
    QCOMPARE(ledgerRows(m_store.get(), u"helpful answer"_s), 2);
    const QJsonObject entry{{u"member_id"_s, u"42"_s}, {u"points"_s, 50}, {u"reason"_s, u"helpful answer"_s},
                            {u"awarded_by"_s, u"moderator"_s}, {u"created_at"_s, u"2026-11-20T08:00:00Z"_s}};
    seed(u"points_entry"_s, u"p10"_s, 1, entry, 3);
    QCOMPARE(ledgerRows(m_store.get(), u"helpful answer"_s), 2);
    seed(u"points_entry"_s, u"p11"_s, 1, entry, 4);
    seed(u"member"_s, u"42"_s, 7, {{u"points"_s, 200}, {u"status"_s, u"active"_s}, {u"handle"_s, u"lin_x"_s}}, 5);
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(u"SELECT id FROM points_entry WHERE reason = 'helpful answer' ORDER BY id"_s));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    QCOMPARE(ids, (QStringList{u"p10"_s, u"p11"_s}));
    // Pulling the same entries again (a reset cursor) claims nothing more.
    seed(u"points_entry"_s, u"p10"_s, 1, entry, 6);
    QCOMPARE(ledgerRows(m_store.get(), u"helpful answer"_s), 2);
    QCOMPARE(m_store->entity(u"member"_s, u"42"_s)->value(u"points"_s).toInteger(), 200);
}

void tst_Outbox::awardPulledBeforeItsAnswerIsNotDoubled()
{
    // The answer was lost with the process; a pull brought the server's entry and the
    // member's new version before the re-sent push came back "duplicate".
    const QString id = m_store->enqueue(mutation(u"member"_s, u"42"_s, u"award_points"_s,
                                                 {{u"points"_s, 5}, {u"reason"_s, u"thanks"_s}}));
    QVERIFY(!id.isEmpty());
    seed(u"points_entry"_s, u"p20"_s, 1, {{u"member_id"_s, u"42"_s}, {u"points"_s, 5}, {u"reason"_s, u"thanks"_s},
                                          {u"awarded_by"_s, u"moderator"_s}}, 2);
    seed(u"member"_s, u"42"_s, 6, {{u"points"_s, 105}, {u"status"_s, u"active"_s}, {u"handle"_s, u"lin_x"_s}}, 3);
    QCOMPARE(ledgerRows(m_store.get(), u"thanks"_s), 2); // unconfirmed: it may still be refused
    QVERIFY(m_store->recordResults({applied(id, 6, MutationResult::Status::Duplicate)}));
    QCOMPARE(ledgerRows(m_store.get(), u"thanks"_s), 1);
    QCOMPARE(m_store->entity(u"points_entry"_s, u"p20"_s).has_value(), true);
}

void tst_Outbox::conflictKeepsBothSides()
{
    QSignalSpy conflicts(m_notifier.get(), &StoreNotifier::conflictsChanged);
    const QString id = m_store->enqueue(mutation(u"moderation_item"_s, u"7"_s, u"reject"_s, {{u"reason"_s, u"spam"_s}}));
    MutationResult r;
    r.id = id;
    r.status = MutationResult::Status::Conflict;
    r.entity = u"moderation_item"_s;
    r.entityId = u"7"_s;
    r.serverData = QJsonObject{{u"id"_s, u"7"_s}, {u"status"_s, u"approved"_s}, {u"decided_by"_s, u"lin"_s}};
    r.serverVersion = 5;
    r.changedBy = u"lin"_s;
    r.changedAt = u"2026-11-20T10:42:00Z"_s;
    r.problem = QJsonObject{{u"detail"_s, u"Already approved by lin."_s}};
    QVERIFY(m_store->recordResults({r}));
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(m_store->pendingCount(), 0);
    QCOMPARE(status(u"7"_s), u"approved"_s);
    const auto list = m_store->conflicts();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].mine.action, u"reject"_s);
    QCOMPARE(list[0].mine.payload.value(u"reason"_s).toString(), u"spam"_s);
    QCOMPARE(list[0].changedBy, u"lin"_s);
    QCOMPARE(list[0].theirVersion, 5);
    const QString again = m_store->keepMine(list[0].id);
    QVERIFY(!again.isEmpty() && again != id);
    QCOMPARE(m_store->conflictCount(), 0);
    const auto pending = m_store->pendingMutations();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending[0].mutation.baseVersion, 5);
    QCOMPARE(status(u"7"_s), u"rejected"_s);
}

void tst_Outbox::rejectedRestoresEntity()
{
    const QString id = m_store->enqueue(mutation(u"member"_s, u"42"_s, u"ban"_s, {{u"reason"_s, u"abuse"_s}}));
    QCOMPARE(m_store->entity(u"member"_s, u"42"_s)->value(u"status"_s).toString(), u"banned"_s);
    MutationResult r;
    r.id = id;
    r.status = MutationResult::Status::Rejected;
    r.entity = u"member"_s;
    r.entityId = u"42"_s;
    r.problem = QJsonObject{{u"status"_s, 403}, {u"detail"_s, u"The analyst role may not ban a member."_s}};
    QVERIFY(m_store->recordResults({r}));
    QCOMPARE(m_store->entity(u"member"_s, u"42"_s)->value(u"status"_s).toString(), u"active"_s);
    const auto rejected = m_store->rejectedMutations();
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected[0].detail, u"The analyst role may not ban a member."_s);
    QVERIFY(m_store->dismissRejected(rejected[0].id));
    QCOMPARE(m_store->rejectedCount(), 0);
}

void tst_Outbox::createThenUndoRemovesRow()
{
    const QString id = m_store->enqueue(mutation(u"keyword_rule"_s, u"k-1"_s, u"create"_s,
                                                 {{u"pattern"_s, u"加微信"_s}, {u"action"_s, u"flag"_s}}));
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_store->entity(u"keyword_rule"_s, u"k-1"_s)->value(u"pattern"_s).toString(), u"加微信"_s);
    QCOMPARE(m_store->pendingMutations()[0].mutation.baseVersion, 0);
    QVERIFY(m_store->undo(id));
    QVERIFY(!m_store->entity(u"keyword_rule"_s, u"k-1"_s));
}

QTEST_GUILESS_MAIN(tst_Outbox)
#include "tst_outbox.moc"
