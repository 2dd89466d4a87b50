#include "moderationqueuemodel.h"
#include "store.h"
#include "storenotifier.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ModerationFilter)

// The fixture: items 1..300, every property a function of the item number, so the expected
// counts below follow from these functions (not from SQL).
namespace Fixture {
constexpr int items = 300;
const QString statuses[] = {u"pending"_s, u"approved"_s, u"rejected"_s, u"escalated"_s};
QString id(int i) { return u"m%1"_s.arg(i, 3, 10, QChar(u'0')); }
QString status(int i) { return statuses[i % 4]; }
double score(int i) { return (i % 100) / 100.0; }
int reports(int i) { return (i / 100 + i) % 3; }
QJsonArray labels(int i)
{
    if (i % 3 == 0) return {u"spam"_s};
    if (i % 3 == 1) return {u"abuse"_s, u"ads"_s};
    return {};
}
// Older items have larger numbers.
QDateTime created(int i, const QDateTime &now) { return now.addSecs(-60LL * i - 3600); }
QString title(int i)
{
    switch (i % 7) {
    case 0: return u"免费领取优惠券"_s;   // 42 items
    case 1: return u"Cheap ads here"_s;   // 43
    case 2: return u"学习Qt开发"_s;       // 43
    default: return u"Hello world %1"_s.arg(i);
    }
}
} // namespace Fixture

class tst_ModerationQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void headersAndColumns();
    void filters_data();
    void filters();
    void defaultOrderIsRiskiestFirst();
    void sortsByAnyColumn();
    void fetchMorePagesToTheEnd();
    void decisionShowsPendingSync();
    void decisionUnderPendingFilterRemovesOneRow();

private:
    static QStringList ids(QAbstractItemModel &model);
    static void fetchAll(QAbstractItemModel &model);
    std::unique_ptr<StoreNotifier> m_notifier;
    std::unique_ptr<Store> m_store;
    QDateTime m_now;
};

void tst_ModerationQueue::init()
{
    m_now = QDateTime::currentDateTimeUtc();
    m_notifier = std::make_unique<StoreNotifier>();
    m_store = std::make_unique<Store>(m_notifier.get());
    QVERIFY(m_store->open(u":memory:"_s));
    ConnectionProfile p;
    p.serverUrl = QUrl(u"http://127.0.0.1:1"_s);
    p.username = u"moderator"_s;
    QVERIFY(m_store->saveProfile(p));

    ChangesPage page;
    qint64 seq = 0;
    const QString names[] = {u"张伟"_s, u"Alice Chen"_s, u"李娜"_s, u"Bob"_s, u"王小明"_s};
    const QString tiers[] = {u"newcomer"_s, u"regular"_s, u"core"_s, u"regular"_s, u"newcomer"_s};
    for (int u = 0; u < 5; ++u) {
        Change c;
        c.seq = ++seq;
        c.entity = u"member"_s;
        c.id = u"u%1"_s.arg(u);
        c.version = 1;
        c.data = QJsonObject{{u"id"_s, c.id}, {u"display_name"_s, names[u]}, {u"tier"_s, tiers[u]}};
        page.changes << c;
    }
    for (int i = 1; i <= Fixture::items; ++i) {
        using namespace Fixture;
        QJsonArray reportList;
        for (int r = 0; r < reports(i); ++r)
            reportList.append(QJsonObject{{u"reporter_id"_s, u"u%1"_s.arg(r)}, {u"reason"_s, r ? u"spam"_s : u"rude"_s},
                                          {u"at"_s, m_now.toString(Qt::ISODate)}});
        QJsonObject d{{u"id"_s, id(i)}, {u"kind"_s, i % 2 ? u"post"_s : u"comment"_s},
                      {u"author_id"_s, u"u%1"_s.arg(i % 5)}, {u"board"_s, i % 2 ? u"general"_s : u"help"_s},
                      {u"title"_s, title(i)}, {u"body"_s, i % 7 == 0 ? u"广告 广告"_s : u"body text"_s},
                      {u"language"_s, i % 7 == 0 || i % 7 == 2 ? u"zh"_s : u"en"_s},
                      {u"created_at"_s, created(i, m_now).toString(Qt::ISODate)}, {u"ai_score"_s, score(i)},
                      {u"ai_labels"_s, labels(i)}, {u"reports"_s, reportList}, {u"report_count"_s, reports(i)},
                      {u"status"_s, status(i)}, {u"held"_s, false}};
        if (i % 10 == 1 || i % 10 == 2 || i % 10 == 3) { // mine, someone else's, mine but expired
            d.insert(u"claimed_by"_s, i % 10 == 2 ? u"lin"_s : u"moderator"_s);
            d.insert(u"claim_expires_at"_s, m_now.addSecs(i % 10 == 3 ? -3600 : 3600).toString(Qt::ISODate));
        }
        Change c;
        c.seq = ++seq;
        c.entity = u"moderation_item"_s;
        c.id = id(i);
        c.version = 1;
        c.data = d;
        page.changes << c;
    }
    page.nextSince = seq;
    QString error;
    QVERIFY2(m_store->applyChangesPage(page, &error), qPrintable(error));
}

void tst_ModerationQueue::cleanup()
{
    m_store.reset();
    m_notifier.reset();
}

QStringList tst_ModerationQueue::ids(QAbstractItemModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, 0).data(ModerationQueueModel::IdRole).toString();
    return out;
}

void tst_ModerationQueue::fetchAll(QAbstractItemModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

void tst_ModerationQueue::headersAndColumns()
{
    ModerationQueueModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(ModerationQueueModel::ColumnCount));
    QCOMPARE(model.headerData(ModerationQueueModel::AiScoreColumn, Qt::Horizontal).toString(), u"AI score"_s);
    QCOMPARE(model.rowCount(), Fixture::items); // one page of 500 holds them all

    const int row = model.rowOf(Fixture::id(7)); // 免费领取优惠券, author u2 (李娜, core), 1 report, claim expired
    QVERIFY(row >= 0);
    const auto text = [&](int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(ModerationQueueModel::ExcerptColumn), u"免费领取优惠券"_s);
    QCOMPARE(text(ModerationQueueModel::AuthorColumn), u"李娜 · Core"_s);
    QCOMPARE(text(ModerationQueueModel::ReportsColumn), u"1 (rude)"_s);
    QCOMPARE(text(ModerationQueueModel::LabelsColumn), u"abuse, ads"_s);
    QCOMPARE(text(ModerationQueueModel::StatusColumn), u"Escalated"_s);
    QCOMPARE(text(ModerationQueueModel::AgeColumn), u"1 h"_s);
    QCOMPARE(text(ModerationQueueModel::PendingSyncColumn), QString());
    QCOMPARE(text(ModerationQueueModel::ClaimedByColumn), QString());
    const int expired = model.rowOf(Fixture::id(13)); // mine, expired an hour ago: shows as free
    QCOMPARE(model.index(expired, ModerationQueueModel::ClaimedByColumn).data().toString(), QString());
    const int claimed = model.rowOf(Fixture::id(12)); // lin's, for another hour
    QVERIFY(model.index(claimed, ModerationQueueModel::ClaimedByColumn).data().toString().startsWith(u"lin until "_s));
    QCOMPARE(model.index(row, 0).data(ModerationQueueModel::VersionRole).toLongLong(), 1);
    QCOMPARE(model.index(row, 0).data(ModerationQueueModel::AiLabelsRole).toStringList(), (QStringList{u"abuse"_s, u"ads"_s}));
}

void tst_ModerationQueue::filters_data()
{
    using Claim = ModerationFilter::Claim;
    QTest::addColumn<ModerationFilter>("filter");
    QTest::addColumn<int>("expected");
    const auto f = [](auto setup) { ModerationFilter filter; setup(filter); return filter; };

    QTest::newRow("none") << ModerationFilter{} << 300;
    QTest::newRow("status pending") << f([](auto &x) { x.statuses = {u"pending"_s}; }) << 75;
    QTest::newRow("status pending+escalated") << f([](auto &x) { x.statuses = {u"pending"_s, u"escalated"_s}; }) << 150;
    QTest::newRow("score >= 0.8") << f([](auto &x) { x.minScore = 0.8; }) << 60;
    QTest::newRow("score <= 0.1") << f([](auto &x) { x.maxScore = 0.1; }) << 33;
    QTest::newRow("score 0.25..0.5") << f([](auto &x) { x.minScore = 0.25; x.maxScore = 0.5; }) << 78;
    QTest::newRow("label spam") << f([](auto &x) { x.aiLabel = u"spam"_s; }) << 100;
    QTest::newRow("label ads") << f([](auto &x) { x.aiLabel = u"ads"_s; }) << 100;
    QTest::newRow("label ad (not ads)") << f([](auto &x) { x.aiLabel = u"ad"_s; }) << 0;
    QTest::newRow("has reports") << f([](auto &x) { x.minReports = 1; }) << 200;
    QTest::newRow("2+ reports") << f([](auto &x) { x.minReports = 2; }) << 100;
    QTest::newRow("claimed by me") << f([](auto &x) { x.claim = Claim::ByMe; }) << 30;
    QTest::newRow("unclaimed (expired counts)") << f([](auto &x) { x.claim = Claim::Unclaimed; }) << 240;
    QTest::newRow("kind post") << f([](auto &x) { x.kind = u"post"_s; }) << 150;
    QTest::newRow("board help") << f([](auto &x) { x.board = u"help"_s; }) << 150;
    QTest::newRow("language zh") << f([](auto &x) { x.language = u"zh"_s; }) << 85;
    QTest::newRow("1 CJK char") << f([](auto &x) { x.text = u"券"_s; }) << 42;
    QTest::newRow("2 CJK chars (body)") << f([](auto &x) { x.text = u"广告"_s; }) << 42;
    QTest::newRow("2 CJK chars after Latin") << f([](auto &x) { x.text = u"开发"_s; }) << 43;
    QTest::newRow("English") << f([](auto &x) { x.text = u"cheap"_s; }) << 43;
    QTest::newRow("English prefix, case") << f([](auto &x) { x.text = u"HELL"_s; }) << 172;
    QTest::newRow("nothing searchable") << f([](auto &x) { x.text = u"\"*"_s; }) << 0;
    QTest::newRow("pending spam") << f([](auto &x) { x.statuses = {u"pending"_s}; x.aiLabel = u"spam"_s; }) << 25;
    QTest::newRow("spam, 2+ reports, unclaimed")
        << f([](auto &x) { x.aiLabel = u"spam"_s; x.minReports = 2; x.claim = Claim::Unclaimed; }) << 26;
}

void tst_ModerationQueue::filters()
{
    QFETCH(ModerationFilter, filter);
    QFETCH(int, expected);
    ModerationQueueModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(40);
    QCOMPARE(model.count(filter), expected); // before applying: a saved view's live count
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setFilter(filter);
    QCOMPARE(reset.size(), filter == ModerationFilter{} ? 0 : 1); // an unchanged filter keeps the rows
    fetchAll(model);
    QCOMPARE(model.rowCount(), expected);
    QCOMPARE(model.count(), qint64(model.rowCount()));
    const QStringList found = ids(model);
    QCOMPARE(QSet<QString>(found.cbegin(), found.cend()).size(), found.size()); // pages don't overlap
}

void tst_ModerationQueue::defaultOrderIsRiskiestFirst()
{
    ModerationQueueModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<int> expected(Fixture::items);
    std::iota(expected.begin(), expected.end(), 1);
    std::sort(expected.begin(), expected.end(), [](int a, int b) {
        using namespace Fixture;
        if (score(a) != score(b)) return score(a) > score(b);
        if (reports(a) != reports(b)) return reports(a) > reports(b);
        return a > b; // older first
    });
    QStringList expectedIds;
    for (int i : expected)
        expectedIds << Fixture::id(i);
    QCOMPARE(ids(model).mid(0, 3), (QStringList{u"m199"_s, u"m299"_s, u"m099"_s}));
    QCOMPARE(ids(model), expectedIds);

    model.sort(ModerationQueueModel::AiScoreColumn, Qt::AscendingOrder);
    model.resetSort();
    QCOMPARE(ids(model), expectedIds);
}

void tst_ModerationQueue::sortsByAnyColumn()
{
    ModerationQueueModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(64);
    ModerationQueueModel onePage(m_store.get()); // 500 rows a page: no paging at all
    for (int column = 0; column < ModerationQueueModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            fetchAll(model);
            onePage.sort(column, order);
            QCOMPARE(onePage.rowCount(), Fixture::items);
            // Pages continue exactly where the previous one stopped: no gaps, no repeats.
            QCOMPARE(ids(model), ids(onePage));
        }
    }
    model.sort(ModerationQueueModel::AiScoreColumn, Qt::AscendingOrder);
    fetchAll(model);
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.index(r - 1, 0).data(ModerationQueueModel::AiScoreRole).toDouble()
                <= model.index(r, 0).data(ModerationQueueModel::AiScoreRole).toDouble());
    model.sort(ModerationQueueModel::AgeColumn, Qt::AscendingOrder); // youngest first
    QCOMPARE(model.index(0, 0).data(ModerationQueueModel::IdRole).toString(), Fixture::id(1));
    model.sort(ModerationQueueModel::ReportsColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, 0).data(ModerationQueueModel::ReportCountRole).toInt(), 2);
}

void tst_ModerationQueue::fetchMorePagesToTheEnd()
{
    ModerationQueueModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(70);
    model.reload();
    QCOMPARE(model.rowCount(), 70);
    QVERIFY(model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    fetchAll(model);
    QCOMPARE(inserted.size(), 4); // 70 + 70 + 70 + 70 + 20
    QCOMPARE(model.rowCount(), Fixture::items);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.count(), qint64(model.rowCount()));
    const QStringList all = ids(model);
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), Fixture::items);
}

void tst_ModerationQueue::decisionShowsPendingSync()
{
    ModerationQueueModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString id = Fixture::id(4); // pending
    const int row = model.rowOf(id);
    QCOMPARE(model.index(row, 0).data(ModerationQueueModel::StatusRole).toString(), u"pending"_s);
    QVERIFY(!model.index(row, 0).data(ModerationQueueModel::PendingSyncRole).toBool());

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Mutation m;
    m.entity = u"moderation_item"_s;
    m.entityId = id;
    m.action = u"approve"_s;
    QString error;
    QVERIFY2(!m_store->enqueue(m, &error).isEmpty(), qPrintable(error));
    QTRY_COMPARE(changed.size(), 1); // entity and outbox notifications coalesce into one refresh
    QCOMPARE(reset.size(), 0);       // the status changed, the order did not: rows stay put
    QCOMPARE(model.rowOf(id), row);
    const QModelIndex i = model.index(row, ModerationQueueModel::PendingSyncColumn);
    QVERIFY(i.data(ModerationQueueModel::PendingSyncRole).toBool());
    QCOMPARE(i.data().toString(), u"Pending sync"_s);
    QCOMPARE(i.data(ModerationQueueModel::StatusRole).toString(), u"approved"_s);
    QCOMPARE(model.index(row, ModerationQueueModel::StatusColumn).data().toString(), u"Approved"_s);

    QVERIFY(m_store->undo(m_store->lastPendingMutationId()));
    QTRY_VERIFY(!model.index(row, 0).data(ModerationQueueModel::PendingSyncRole).toBool());
    QCOMPARE(model.index(row, 0).data(ModerationQueueModel::StatusRole).toString(), u"pending"_s);
}

void tst_ModerationQueue::decisionUnderPendingFilterRemovesOneRow()
{
    ModerationQueueModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(20);
    ModerationFilter pending;
    pending.statuses = {u"pending"_s};
    model.setFilter(pending);
    QCOMPARE(model.rowCount(), 20);
    const QString decided = model.idAt(5);
    const QString next = model.idAt(6);
    const QString afterPage = [&] {
        ModerationQueueModel all(m_store.get());
        all.setFilter(pending);
        all.setPageSize(21);
        all.reload();
        return all.idAt(20);
    }();

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    Mutation m;
    m.entity = u"moderation_item"_s;
    m.entityId = decided;
    m.action = u"reject"_s;
    m.payload = QJsonObject{{u"reason"_s, u"spam"_s}};
    QVERIFY(!m_store->enqueue(m).isEmpty());
    QTRY_COMPARE(removed.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.first().at(1).toInt(), 5);
    QCOMPARE(model.idAt(5), next);          // the next item moved up into the selection's place
    QCOMPARE(model.rowCount(), 20);         // the window refilled from below
    QCOMPARE(model.idAt(19), afterPage);
    QCOMPARE(model.rowOf(decided), -1);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 74);
    QCOMPARE(model.count(), qint64(model.rowCount()));
}

QTEST_GUILESS_MAIN(tst_ModerationQueue)
#include "tst_moderationqueue.moc"
