#include "memberfixture.h"
#include "memberactions.h"
#include "membercsvexporter.h"
#include "memberlistmodel.h"
#include "storenotifier.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(MemberFilter)

// The member list against plain SQL over the same cache: every sort and filter gives the
// rows (and count) a straightforward query gives.
class tst_MemberList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void testerOverAllPages();
    void sortsEqualSql_data();
    void sortsEqualSql();
    void filtersEqualSql_data();
    void filtersEqualSql();
    void searchChineseAndEnglish();
    void inMemoryCacheIsSynchronous();
    void bulkAwardRefreshesRowsInPlace();
    void exportStreamsTheView();

private:
    static void settle(MemberListModel &model);
    static QStringList allIds(MemberListModel &model);
    QStringList sqlIds(const QString &where, const QVariantList &values, const QString &orderBy) const;

    static constexpr int Members = 420;
    QTemporaryDir m_dir;
    std::unique_ptr<StoreNotifier> m_notifier;
    std::unique_ptr<Store> m_store;
};

void tst_MemberList::initTestCase()
{
    m_notifier = std::make_unique<StoreNotifier>();
    m_store = std::make_unique<Store>(m_notifier.get());
    QString error;
    QVERIFY2(m_store->open(m_dir.filePath(u"cache.sqlite"_s), &error), qPrintable(error));
    ConnectionProfile p;
    p.serverUrl = QUrl(u"http://127.0.0.1:1"_s);
    p.username = u"manager"_s;
    p.role = u"manager"_s;
    QVERIFY(m_store->saveProfile(p));
    QVERIFY2(MemberFixture::fill(m_store.get(), Members, &error), qPrintable(error));
}

void tst_MemberList::cleanupTestCase()
{
    m_store.reset();
}

void tst_MemberList::settle(MemberListModel &model)
{
    QElapsedTimer waited;
    waited.start();
    while ((model.isBusy() || model.matchCount() < 0) && waited.elapsed() < 20000)
        QTest::qWait(5);
    QVERIFY2(!model.isBusy() && model.matchCount() >= 0, "the member list did not settle");
}

QStringList tst_MemberList::allIds(MemberListModel &model)
{
    settle(model);
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        QElapsedTimer waited;
        waited.start();
        while (model.isBusy() && waited.elapsed() < 20000)
            QTest::qWait(5);
        if (model.rowCount() == before && model.canFetchMore({}))
            break; // no progress: the comparison below will show it
    }
    QStringList ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids << model.idAt(r);
    return ids;
}

QStringList tst_MemberList::sqlIds(const QString &where, const QVariantList &values, const QString &orderBy) const
{
    QSqlQuery q(m_store->database());
    q.prepare(u"SELECT m.id FROM member m LEFT JOIN member_segment s ON s.member_rid = m.rid "
              "LEFT JOIN tier t ON t.id = m.tier %1 ORDER BY %2"_s
                  .arg(where.isEmpty() ? QString() : QString(u"WHERE "_s + where), orderBy));
    for (const QVariant &v : values)
        q.addBindValue(v);
    QStringList ids;
    if (!q.exec())
        qWarning("sql: %s", qPrintable(q.lastQuery()));
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

void tst_MemberList::testerOverAllPages()
{
    MemberListModel model(m_store.get());
    QVERIFY(model.isAsynchronous());
    model.setPageSize(50);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.reload(); // the page size applies from the next read
    settle(model);
    QCOMPARE(model.matchCount(), qint64(Members));
    QCOMPARE(model.rowCount(), 50);
    const QStringList ids = allIds(model);
    QCOMPARE(ids.size(), Members);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), Members);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.headerData(MemberListModel::HandleColumn, Qt::Horizontal).toString(), u"Handle"_s);
    const QModelIndex first = model.index(0, MemberListModel::HandleColumn);
    QCOMPARE(first.data().toString(), MemberFixture::handle(1));
    QCOMPARE(model.index(0, MemberListModel::PointsColumn).data(MemberListModel::PointsRole).toLongLong(), 37);
    model.sort(MemberListModel::PointsColumn, Qt::DescendingOrder);
    settle(model);
    QVERIFY(resets.count() >= 2);
}

void tst_MemberList::sortsEqualSql_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("sqlKey"); // NULLs first ascending, as SQLite sorts
    const QString segmentRank = u"CASE s.segment WHEN 'champions' THEN 1 WHEN 'loyal' THEN 2 WHEN 'potential' THEN 3 "
                                "WHEN 'at_risk' THEN 4 WHEN 'hibernating' THEN 5 END"_s;
    const std::pair<int, QString> keys[] = {
        {MemberListModel::HandleColumn, u"m.handle"_s},
        {MemberListModel::NameColumn, u"m.display_name"_s},
        {MemberListModel::TierColumn, u"t.\"order\""_s},
        {MemberListModel::PointsColumn, u"m.points"_s},
        {MemberListModel::BadgesColumn, u"json_array_length(m.badges)"_s},
        {MemberListModel::JoinedColumn, u"m.joined_at"_s},
        {MemberListModel::LastActiveColumn, u"m.last_active_at"_s},
        {MemberListModel::Activity30Column, u"m.active_days_30"_s},
        {MemberListModel::SpendColumn, u"m.spend_total"_s},
        {MemberListModel::ChannelColumn, u"m.signup_channel"_s},
        {MemberListModel::StatusColumn, u"m.status"_s},
        {MemberListModel::SegmentColumn, segmentRank},
    };
    for (const auto &[column, key] : keys)
        QTest::newRow(qPrintable(u"column %1"_s.arg(column))) << column << key;
}

void tst_MemberList::sortsEqualSql()
{
    QFETCH(int, column);
    QFETCH(QString, sqlKey);
    MemberListModel model(m_store.get());
    model.setPageSize(64); // pages end inside runs of equal keys
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        model.sort(column, order);
        const QString dir = order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
        const QStringList expected = sqlIds({}, {}, u"%1 %2, m.rid %2"_s.arg(sqlKey, dir));
        QCOMPARE(allIds(model), expected);
    }
}

void tst_MemberList::filtersEqualSql_data()
{
    QTest::addColumn<MemberFilter>("filter");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QVariantList>("values");
    MemberFilter f;
    f.tier = u"core"_s;
    QTest::newRow("tier") << f << u"m.tier = ?"_s << QVariantList{u"core"_s};
    f = {};
    f.segment = u"loyal"_s;
    QTest::newRow("segment") << f << u"s.segment = ?"_s << QVariantList{u"loyal"_s};
    f.segment = u"none"_s;
    QTest::newRow("no segment") << f << u"s.segment IS NULL"_s << QVariantList{};
    f = {};
    f.channel = u"wechat"_s;
    f.status = u"muted"_s;
    QTest::newRow("channel and status") << f << u"m.signup_channel = ? AND m.status = ?"_s
                                        << QVariantList{u"wechat"_s, u"muted"_s};
    f = {};
    f.groupId = u"g1"_s;
    QTest::newRow("group") << f << u"m.groups LIKE '%\"g1\"%'"_s << QVariantList{};
    f = {};
    f.badgeId = u"mentor"_s;
    QTest::newRow("badge") << f << u"m.badges LIKE '%\"mentor\"%'"_s << QVariantList{};
    f = {};
    f.joinedFrom = QDate(2026, 2, 1);
    f.joinedTo = QDate(2026, 3, 31);
    QTest::newRow("joined range") << f << u"m.joined_at >= '2026-02-01' AND m.joined_at < '2026-04-01'"_s << QVariantList{};
    f = {};
    f.activeFrom = QDate(2026, 9, 1);
    f.tier = u"regular"_s;
    QTest::newRow("active since, tier") << f << u"m.last_active_at >= '2026-09-01' AND m.tier = 'regular'"_s << QVariantList{};
    f = {};
    f.activeTo = QDate(2026, 3, 1);
    QTest::newRow("inactive since") << f << u"m.last_active_at < '2026-03-02'"_s << QVariantList{};
}

void tst_MemberList::filtersEqualSql()
{
    QFETCH(MemberFilter, filter);
    QFETCH(QString, where);
    QFETCH(QVariantList, values);
    MemberListModel model(m_store.get());
    model.setPageSize(40);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(filter);
    model.sort(MemberListModel::PointsColumn, Qt::DescendingOrder);
    const QStringList expected = sqlIds(where, values, u"m.points DESC, m.rid DESC"_s);
    QVERIFY(!expected.isEmpty());
    const QStringList got = allIds(model);
    if (got != expected) {
        QStringList extra;
        for (const QString &id : got)
            if (!expected.contains(id) || got.count(id) > 1)
                extra << id;
        qWarning("extra: %s", qPrintable(extra.join(u' ')));
    }
    QCOMPARE(got, expected);
    QCOMPARE(model.matchCount(), qint64(expected.size()));
}

void tst_MemberList::searchChineseAndEnglish()
{
    MemberListModel model(m_store.get());
    MemberFilter f;
    const std::pair<QString, QString> cases[] = {
        {u"张"_s, u"m.display_name LIKE '张%'"_s},            // one CJK character
        {u"小明"_s, u"m.display_name LIKE '%小明%'"_s},        // two
        {u"ali"_s, u"m.display_name LIKE 'Alice%'"_s},        // an English prefix
        {u"user01"_s, u"m.handle LIKE 'user01%'"_s},          // a handle prefix
        {u"carol 王"_s, u"m.display_name LIKE 'Carol 王%'"_s}, // mixed
    };
    for (const auto &[text, where] : cases) {
        f.text = text;
        model.setFilter(f);
        const QStringList expected = sqlIds(where, {}, u"m.handle, m.rid"_s);
        QVERIFY2(!expected.isEmpty(), qPrintable(text));
        QCOMPARE(allIds(model), expected);
    }
    f.text = u"nobody-like-this"_s;
    model.setFilter(f);
    QCOMPARE(allIds(model), QStringList());
    QCOMPARE(model.matchCount(), 0);
}

void tst_MemberList::inMemoryCacheIsSynchronous()
{
    StoreNotifier notifier;
    Store memory(&notifier);
    QVERIFY(memory.open(u":memory:"_s));
    QString error;
    QVERIFY2(MemberFixture::fill(&memory, 60, &error), qPrintable(error));
    MemberListModel model(&memory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.isAsynchronous());
    QCOMPARE(model.matchCount(), 60);
    model.sort(MemberListModel::TierColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, MemberListModel::TierColumn).data(MemberListModel::TierRole).toString(), u"backbone"_s);
}

void tst_MemberList::bulkAwardRefreshesRowsInPlace()
{
    MemberListModel model(m_store.get());
    model.setPageSize(30);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    settle(model);
    const QStringList ids = {model.idAt(0), model.idAt(1), model.idAt(2)};
    const qint64 before = model.index(1, 0).data(MemberListModel::PointsRole).toLongLong();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QString error;
    const int pendingBefore = m_store->pendingCount();
    QCOMPARE(MemberActions(m_store.get()).awardPoints(ids, 25, u"Helpful answers"_s, &error), 3);
    QCOMPARE(m_store->pendingCount(), pendingBefore + 3);
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 20000);
    QCOMPARE(resets.count(), 0); // sorted by handle: nothing moved
    QCOMPARE(model.index(1, 0).data(MemberListModel::PointsRole).toLongLong(), before + 25);
    QVERIFY(model.index(1, 0).data(MemberListModel::PendingSyncRole).toBool());
    QVERIFY(!model.index(5, 0).data(MemberListModel::PendingSyncRole).toBool());
    // A bulk action that does not fit a member leaves that member out; none fits: nothing.
    QCOMPARE(MemberActions(m_store.get()).revokeBadge({MemberFixture::id(4)}, u"active_star"_s, &error), -1);
    QCOMPARE(m_store->pendingCount(), pendingBefore + 3);
}

void tst_MemberList::exportStreamsTheView()
{
    MemberFilter f;
    f.tier = u"backbone"_s;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    const qint64 rows = MemberCsvExporter::write(m_store->database(), f, {MemberListModel::PointsColumn, true},
                                                 &buffer, {}, nullptr, &error);
    QVERIFY2(rows > 0, qPrintable(error));
    const QStringList expected = sqlIds(u"m.tier = 'backbone'"_s, {}, u"m.points DESC, m.rid DESC"_s);
    QCOMPARE(rows, qint64(expected.size()));
    const QList<QByteArray> lines = buffer.data().split('\n');
    QVERIFY(lines.first().startsWith("\xEF\xBB\xBFid,handle,display_name"));
    QCOMPARE(lines.size(), expected.size() + 2); // header, rows, the empty rest after the last CRLF
    QVERIFY(lines.at(1).startsWith(QByteArray(expected.first().toUtf8() + ',')));
    QCOMPARE(MemberCsvExporter::cell(u"=HYPERLINK(\"x\")"_s, true), QByteArray("\"'=HYPERLINK(\"\"x\"\")\""));
    QCOMPARE(MemberCsvExporter::cell(u"-5"_s, false), QByteArray("-5"));
}

QTEST_GUILESS_MAIN(tst_MemberList)
#include "tst_memberlist.moc"
