#include "auditlogmodel.h"
#include "conflictmodel.h"
#include "conflictwording.h"
#include "outboxmodel.h"
#include "rejectedmodel.h"
#include "store.h"
#include "storenotifier.h"
#include "synclogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class tst_ItemModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void outboxModelFollowsOutbox();
    void conflictModelDescribesBothSides();
    void conflictWording_data();
    void conflictWording();
    void rejectedModelFollowsRefusals();
    void syncLogModel();
    void auditLogPagesAndFilters();

private:
    std::unique_ptr<StoreNotifier> m_notifier;
    std::unique_ptr<Store> m_store;
};

void tst_ItemModels::init()
{
    m_notifier = std::make_unique<StoreNotifier>();
    m_store = std::make_unique<Store>(m_notifier.get());
    QVERIFY(m_store->open(u":memory:"_s));
    ConnectionProfile p;
    p.serverUrl = QUrl(u"http://127.0.0.1:1"_s);
    p.username = u"moderator"_s;
    QVERIFY(m_store->saveProfile(p));
    ChangesPage page;
    for (int i = 1; i <= 450; ++i) {
        Change c;
        c.seq = i;
        c.entity = u"audit_entry"_s;
        c.id = u"a%1"_s.arg(i);
        c.version = 1;
        c.data = QJsonObject{{u"at"_s, QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).addSecs(i * 60).toString(Qt::ISODate)},
                             {u"actor"_s, i % 3 == 0 ? u"lin"_s : QString(u"moderator"_s)}, {u"role"_s, u"moderator"_s},
                             {u"entity"_s, u"moderation_item"_s}, {u"entity_id"_s, QString::number(i % 10)},
                             {u"action"_s, i % 2 ? u"approve"_s : QString(u"reject"_s)},
                             {u"summary"_s, i % 2 ? u"approve"_s : QString(u"reject: 广告 spam"_s)}, {u"entity_version"_s, 2}};
        page.changes << c;
    }
    Change item;
    item.seq = 451;
    item.entity = u"moderation_item"_s;
    item.id = u"7"_s;
    item.version = 3;
    item.data = QJsonObject{{u"status"_s, u"pending"_s}};
    page.changes << item;
    page.nextSince = 451;
    QVERIFY(m_store->applyChangesPage(page));
}

void tst_ItemModels::cleanup()
{
    m_store.reset();
    m_notifier.reset();
}

void tst_ItemModels::outboxModelFollowsOutbox()
{
    OutboxModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    Mutation m;
    m.entity = u"moderation_item"_s;
    m.entityId = u"7"_s;
    m.action = u"reject"_s;
    m.payload = QJsonObject{{u"reason"_s, u"spam"_s}};
    const QString id = m_store->enqueue(m);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, OutboxModel::ActionColumn).data().toString(), u"reject"_s);
    QCOMPARE(model.index(0, OutboxModel::SummaryColumn).data().toString(), u"reject: spam"_s);
    QCOMPARE(model.index(0, 0).data(OutboxModel::MutationIdRole).toString(), id);
    QCOMPARE(model.index(0, OutboxModel::AttemptsColumn).data().toInt(), 0);
    QVERIFY(!model.headerData(OutboxModel::LastErrorColumn, Qt::Horizontal).toString().isEmpty());
    m_store->recordAttempt({id}, u"The server cannot be reached."_s);
    QCOMPARE(model.index(0, OutboxModel::AttemptsColumn).data().toInt(), 1);
    QVERIFY(m_store->undo(id));
    QCOMPARE(model.rowCount(), 0);
}

void tst_ItemModels::conflictModelDescribesBothSides()
{
    ConflictModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Mutation m;
    m.entity = u"moderation_item"_s;
    m.entityId = u"7"_s;
    m.action = u"reject"_s;
    m.payload = QJsonObject{{u"reason"_s, u"spam"_s}};
    const QString id = m_store->enqueue(m);
    MutationResult r;
    r.id = id;
    r.status = MutationResult::Status::Conflict;
    r.entity = m.entity;
    r.entityId = m.entityId;
    r.serverData = QJsonObject{{u"id"_s, u"7"_s}, {u"status"_s, u"approved"_s}};
    r.serverVersion = 4;
    r.changedBy = u"lin"_s;
    r.changedAt = u"2026-11-20T10:42:00Z"_s;
    QVERIFY(m_store->recordResults({r}));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ConflictModel::MineColumn).data().toString(), u"You rejected it"_s);
    const QString theirs = model.index(0, ConflictModel::TheirsColumn).data().toString();
    QVERIFY2(theirs.startsWith(u"lin approved it at "_s), qPrintable(theirs));
    QVERIFY(m_store->takeTheirs(model.index(0, 0).data(ConflictModel::ConflictIdRole).toLongLong()));
    QCOMPARE(model.rowCount(), 0);
}

void tst_ItemModels::conflictWording_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QString>("changedBy");
    QTest::addColumn<QJsonValue>("theirs"); // null: deleted on the server
    QTest::addColumn<QString>("mine");
    QTest::addColumn<QString>("theirSentence"); // without a time
    const QJsonObject approved{{u"status"_s, u"approved"_s}};
    QTest::newRow("reject/approved") << u"moderation_item"_s << u"reject"_s << QJsonObject() << u"lin"_s
                                     << QJsonValue(approved) << u"You rejected it"_s << u"lin approved it"_s;
    QTest::newRow("hold/claimed") << u"moderation_item"_s << u"hold"_s << QJsonObject{{u"held"_s, true}} << u"lin"_s
                                  << QJsonValue(QJsonObject{{u"status"_s, u"pending"_s}, {u"claimed_by"_s, u"lin"_s}})
                                  << u"You put it on hold"_s << u"lin claimed it"_s;
    QTest::newRow("unhold/escalated") << u"moderation_item"_s << u"hold"_s << QJsonObject{{u"held"_s, false}}
                                      << u"ana"_s << QJsonValue(QJsonObject{{u"status"_s, u"escalated"_s}})
                                      << u"You lifted the hold"_s << u"ana escalated it"_s;
    QTest::newRow("award/changed") << u"member"_s << u"award_points"_s << QJsonObject() << u"lin"_s
                                   << QJsonValue(approved) << u"You awarded points"_s << u"lin changed it"_s;
    QTest::newRow("ban/deleted") << u"member"_s << u"ban"_s << QJsonObject() << QString() << QJsonValue()
                                 << u"You banned the member"_s << u"someone deleted it"_s;
    QTest::newRow("unknown action") << u"member"_s << u"frobnicate"_s << QJsonObject() << u"lin"_s
                                    << QJsonValue(approved) << u"You made a change (frobnicate)"_s << u"lin changed it"_s;
}

void tst_ItemModels::conflictWording()
{
    QFETCH(QString, entity);
    QFETCH(QString, action);
    QFETCH(QJsonObject, payload);
    QFETCH(QString, changedBy);
    QFETCH(QJsonValue, theirs);
    QFETCH(QString, mine);
    QFETCH(QString, theirSentence);
    ConflictRecord c;
    c.mine.entity = entity;
    c.mine.action = action;
    c.mine.payload = payload;
    c.changedBy = changedBy;
    if (theirs.isObject())
        c.theirData = theirs.toObject();
    QCOMPARE(ConflictWording::mine(c), mine);
    QCOMPARE(ConflictWording::theirs(c), theirSentence); // no time known
    const QDateTime now(QDate(2026, 11, 20), QTime(12, 0));
    c.changedAt = QDateTime(QDate(2026, 11, 20), QTime(10, 42));
    const QString today = QLocale().toString(QTime(10, 42), QLocale::ShortFormat);
    QCOMPARE(ConflictWording::theirs(c, now), theirSentence + u" at "_s + today);
    QVERIFY(ConflictWording::theirs(c, now.addDays(2)).size() > theirSentence.size() + 4 + today.size());
}

void tst_ItemModels::rejectedModelFollowsRefusals()
{
    RejectedModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(RejectedModel::ColumnCount));
    QVERIFY(!model.headerData(RejectedModel::ReasonColumn, Qt::Horizontal).toString().isEmpty());
    Mutation m;
    m.entity = u"moderation_item"_s;
    m.entityId = u"7"_s;
    m.action = u"approve"_s;
    const QString id = m_store->enqueue(m);
    QVERIFY(!id.isEmpty());
    QCOMPARE(model.rowCount(), 0); // queued, not refused
    MutationResult r;
    r.id = id;
    r.status = MutationResult::Status::Rejected;
    r.entity = m.entity;
    r.entityId = m.entityId;
    r.problem = QJsonObject{{u"title"_s, u"Forbidden"_s}, {u"detail"_s, u"The analyst role may not approve."_s}};
    QVERIFY(m_store->recordResults({r}));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, RejectedModel::EntityColumn).data().toString(), u"moderation_item"_s);
    QCOMPARE(model.index(0, RejectedModel::IdColumn).data().toString(), u"7"_s);
    QCOMPARE(model.index(0, RejectedModel::ActionColumn).data().toString(), u"approve"_s);
    QCOMPARE(model.index(0, RejectedModel::ReasonColumn).data().toString(), u"The analyst role may not approve."_s);
    QCOMPARE(model.index(0, 0).data(RejectedModel::DetailRole).toString(), u"The analyst role may not approve."_s);
    QVERIFY(!model.index(0, RejectedModel::WhenColumn).data().toString().isEmpty());
    QCOMPARE(model.recordAt(0).mutation.id, id);
    QVERIFY(m_store->dismissRejected(model.index(0, 0).data(RejectedModel::RejectedIdRole).toLongLong()));
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.rowCount(), 0);
}

void tst_ItemModels::syncLogModel()
{
    SyncLogModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 run = m_store->beginSyncRun();
    m_store->finishSyncRun(run, false, 0, 0, u"The server cannot be reached."_s);
    const qint64 run2 = m_store->beginSyncRun();
    m_store->finishSyncRun(run2, true, 3, 12, {});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, SyncLogModel::PulledColumn).data().toInt(), 12);
    QCOMPARE(model.index(0, 0).data(SyncLogModel::OkRole).toBool(), true);
    QCOMPARE(model.index(1, SyncLogModel::ErrorColumn).data().toString(), u"The server cannot be reached."_s);
}

void tst_ItemModels::auditLogPagesAndFilters()
{
    AuditLogModel model(m_store.get());
    model.setPageSize(100);
    model.reload();
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.index(0, 0).data(AuditLogModel::IdRole).toString(), u"a450"_s); // newest first
    QVERIFY(model.canFetchMore({}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    model.setActorFilter(u"lin"_s);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 150);
    model.setActorFilter({});
    model.setEntityFilter(u"moderation_item"_s, u"3"_s);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 45);
    model.setEntityFilter({});
    model.setTextFilter(u"广告"_s);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 225);
}

QTEST_GUILESS_MAIN(tst_ItemModels)
#include "tst_itemmodels.moc"
