#include "fulltext.h"
#include "store.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_FullTextSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void indexText();
    void members_data();
    void members();
    void moderation_data();
    void moderation();
    void followsRenamesAndDeletes();

private:
    static Change member(const QString &id, const QString &handle, const QString &name, qint64 seq);
    Store m_store;
};

Change tst_FullTextSearch::member(const QString &id, const QString &handle, const QString &name, qint64 seq)
{
    Change c;
    c.seq = seq;
    c.entity = u"member"_s;
    c.id = id;
    c.version = 1;
    c.data = QJsonObject{{u"id"_s, id}, {u"handle"_s, handle}, {u"display_name"_s, name}, {u"version"_s, 1}};
    return c;
}

void tst_FullTextSearch::initTestCase()
{
    QString error;
    QVERIFY2(m_store.open(u":memory:"_s, &error), qPrintable(error));
    ChangesPage page;
    page.changes = {member(u"1"_s, u"zhang_wei_u1"_s, u"张伟"_s, 1),
                    member(u"2"_s, u"wang_xiaoming"_s, u"王小明"_s, 2),
                    member(u"3"_s, u"alice_chen"_s, u"Alice Chen"_s, 3),
                    member(u"4"_s, u"lina"_s, u"李娜"_s, 4),
                    member(u"5"_s, u"chen_jing"_s, u"陈静 (Jing)"_s, 5),
                    member(u"6"_s, u"tw_user"_s, u"張偉"_s, 6)};
    Change item;
    item.seq = 7;
    item.entity = u"moderation_item"_s;
    item.id = u"m1"_s;
    item.version = 1;
    item.data = QJsonObject{{u"title"_s, u"免费领取优惠券"_s}, {u"body"_s, u"Click here for cheap ads 广告"_s}};
    page.changes << item;
    page.nextSince = 7;
    QVERIFY2(m_store.applyChangesPage(page, &error), qPrintable(error));
}

void tst_FullTextSearch::indexText()
{
    QCOMPARE(FullText::indexText(u"张伟"), u" 张 伟"_s);
    QCOMPARE(FullText::indexText(u"Qt开发"), u"Qt 开 发"_s);
    QCOMPARE(FullText::matchExpression(u"张伟"), u"\"张 伟\""_s);
    QCOMPARE(FullText::matchExpression(u"ali chen"), u"\"ali\"* AND \"chen\"*"_s);
    QCOMPARE(FullText::matchExpression(u"\" * ( -"), QString()); // nothing searchable, no syntax error
    QCOMPARE(FullText::matchExpression(u"a\"b OR"), u"\"a b\"* AND \"OR\"*"_s); // operators stay words
}

void tst_FullTextSearch::members_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("1 CJK char") << u"张"_s << QStringList{u"1"_s};
    QTest::newRow("2 CJK chars") << u"张伟"_s << QStringList{u"1"_s};
    QTest::newRow("2 CJK chars, inner") << u"小明"_s << QStringList{u"2"_s};
    QTest::newRow("3 CJK chars") << u"王小明"_s << QStringList{u"2"_s};
    QTest::newRow("traditional") << u"張偉"_s << QStringList{u"6"_s};
    QTest::newRow("not in order") << u"伟张"_s << QStringList{};
    QTest::newRow("English prefix") << u"ali"_s << QStringList{u"3"_s};
    QTest::newRow("English, case") << u"ALICE"_s << QStringList{u"3"_s};
    QTest::newRow("handle with underscore") << u"zhang_wei"_s << QStringList{u"1"_s};
    QTest::newRow("two words") << u"chen jing"_s << QStringList{u"5"_s};
    QTest::newRow("mixed") << u"陈 jing"_s << QStringList{u"5"_s};
    QTest::newRow("no match") << u"赵"_s << QStringList{};
    QTest::newRow("punctuation only") << u"\"*"_s << QStringList{};
}

void tst_FullTextSearch::members()
{
    QFETCH(QString, query);
    QFETCH(QStringList, ids);
    QStringList found = m_store.searchMembers(query);
    found.sort();
    QCOMPARE(found, ids);
}

void tst_FullTextSearch::moderation_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("found");
    QTest::newRow("1 char") << u"券"_s << true;
    QTest::newRow("2 chars") << u"广告"_s << true;
    QTest::newRow("3 chars") << u"优惠券"_s << true;
    QTest::newRow("English") << u"cheap"_s << true;
    QTest::newRow("absent") << u"投票"_s << false;
}

void tst_FullTextSearch::moderation()
{
    QFETCH(QString, query);
    QFETCH(bool, found);
    QCOMPARE(m_store.searchModeration(query) == QStringList{u"m1"_s}, found);
}

void tst_FullTextSearch::followsRenamesAndDeletes()
{
    Store store;
    QVERIFY(store.open(u":memory:"_s));
    ChangesPage page;
    page.changes = {member(u"9"_s, u"tester"_s, u"刘洋"_s, 1)};
    QVERIFY(store.applyChangesPage(page));
    Change renamed = member(u"9"_s, u"tester"_s, u"周杰"_s, 2);
    renamed.version = 2;
    page.changes = {renamed};
    QVERIFY(store.applyChangesPage(page));
    QCOMPARE(store.searchMembers(u"刘"_s), QStringList{});
    QCOMPARE(store.searchMembers(u"周"_s), QStringList{u"9"_s});
    Change gone = renamed;
    gone.op = Change::Op::Delete;
    gone.version = 3;
    page.changes = {gone};
    QVERIFY(store.applyChangesPage(page));
    QCOMPARE(store.searchMembers(u"周"_s), QStringList{});
}

QTEST_GUILESS_MAIN(tst_FullTextSearch)
#include "tst_fulltextsearch.moc"
