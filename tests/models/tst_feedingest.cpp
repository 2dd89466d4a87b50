// Server rows from the changes feed into the cache: a newer version replaces the cached
// row, an older one is ignored, and a cached row gets only the columns whose value
// changed (so the indexes on the others are not rewritten), with each column's type
// applied as when stored. The full-text index follows a rename.
#include "store.h"
#include "storenotifier.h"
#include "synctypes.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_FeedIngest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void newerReplacesOlderIsIgnored();
    void onlyChangedColumnsAreWritten();
    void missingFieldsAndTypes();
    void renameFollowsInSearch();

private:
    bool apply(const QString &entity, const QString &id, qint64 version, QJsonObject data);
    QVariant column(const QString &table, const QString &id, const QString &name);
    QStringList writtenColumns(); // the member columns UPDATE statements named since the last call

    std::unique_ptr<StoreNotifier> m_notifier;
    std::unique_ptr<Store> m_store;
    qint64 m_seq = 0;
};

void tst_FeedIngest::init()
{
    m_notifier = std::make_unique<StoreNotifier>();
    m_store = std::make_unique<Store>(m_notifier.get());
    QString error;
    QVERIFY2(m_store->open(u":memory:"_s, &error), qPrintable(error));
    // A temporary trigger per watched column records each UPDATE that names it (an
    // "UPDATE OF" trigger fires when the column is in the SET list, changed or not).
    QSqlQuery q(m_store->database());
    QVERIFY2(q.exec(u"CREATE TEMP TABLE written(name TEXT)"_s), qPrintable(q.lastError().text()));
    for (const QString &name : {u"tier"_s, u"points"_s, u"handle"_s, u"badges"_s, u"status"_s, u"version"_s}) {
        QVERIFY2(q.exec(u"CREATE TEMP TRIGGER written_%1 AFTER UPDATE OF %1 ON main.member BEGIN "
                        "INSERT INTO written(name) VALUES ('%1'); END"_s.arg(name)),
                 qPrintable(q.lastError().text()));
    }
}

void tst_FeedIngest::cleanup()
{
    m_store.reset();
    m_notifier.reset();
}

bool tst_FeedIngest::apply(const QString &entity, const QString &id, qint64 version, QJsonObject data)
{
    Change c;
    c.seq = ++m_seq;
    c.entity = entity;
    c.id = id;
    c.version = version;
    data.insert(u"id"_s, id);
    data.insert(u"version"_s, version);
    c.data = data;
    ChangesPage page;
    page.changes = {c};
    page.nextSince = m_seq;
    QString error;
    const bool ok = m_store->applyChangesPage(page, &error);
    if (!ok)
        qWarning("apply: %s", qPrintable(error));
    return ok;
}

QVariant tst_FeedIngest::column(const QString &table, const QString &id, const QString &name)
{
    QSqlQuery q(m_store->database());
    q.prepare(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(name, table));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

QStringList tst_FeedIngest::writtenColumns()
{
    QSqlQuery q(m_store->database());
    QStringList names;
    if (q.exec(u"SELECT name FROM written ORDER BY name"_s)) {
        while (q.next())
            names << q.value(0).toString();
    }
    q.exec(u"DELETE FROM written"_s);
    return names;
}

namespace {
QJsonObject member(int points, const QString &tier = u"regular"_s)
{
    return {{u"handle"_s, u"lin_x"_s}, {u"display_name"_s, u"林小明"_s}, {u"tier"_s, tier}, {u"points"_s, points},
            {u"status"_s, u"active"_s}, {u"badges"_s, QJsonArray{u"star"_s}}, {u"joined_at"_s, u"2026-01-02T03:04:05Z"_s}};
}
} // namespace

void tst_FeedIngest::newerReplacesOlderIsIgnored()
{
    QVERIFY(apply(u"member"_s, u"42"_s, 5, member(100)));
    QCOMPARE(column(u"member"_s, u"42"_s, u"points"_s).toInt(), 100);
    QVERIFY(apply(u"member"_s, u"42"_s, 7, member(130, u"core"_s)));
    QCOMPARE(column(u"member"_s, u"42"_s, u"points"_s).toInt(), 130);
    QCOMPARE(column(u"member"_s, u"42"_s, u"tier"_s).toString(), u"core"_s);
    QCOMPARE(column(u"member"_s, u"42"_s, u"version"_s).toInt(), 7);
    // An older version arriving late changes nothing.
    writtenColumns();
    QVERIFY(apply(u"member"_s, u"42"_s, 6, member(999, u"newcomer"_s)));
    QCOMPARE(column(u"member"_s, u"42"_s, u"points"_s).toInt(), 130);
    QCOMPARE(column(u"member"_s, u"42"_s, u"tier"_s).toString(), u"core"_s);
    QCOMPARE(writtenColumns(), QStringList());
    // The same version again (a replayed page) writes nothing either.
    QVERIFY(apply(u"member"_s, u"42"_s, 7, member(130, u"core"_s)));
    QCOMPARE(writtenColumns(), QStringList());
}

void tst_FeedIngest::onlyChangedColumnsAreWritten()
{
    QVERIFY(apply(u"member"_s, u"42"_s, 5, member(100)));
    writtenColumns();
    // An award: points and version change, nothing else.
    QVERIFY(apply(u"member"_s, u"42"_s, 6, member(110)));
    QCOMPARE(writtenColumns(), (QStringList{u"points"_s, u"version"_s}));
    QCOMPARE(column(u"member"_s, u"42"_s, u"handle"_s).toString(), u"lin_x"_s);
    QCOMPARE(column(u"member"_s, u"42"_s, u"display_name"_s).toString(), u"林小明"_s);
    // A promotion and a new badge: those columns too.
    QJsonObject promoted = member(110, u"core"_s);
    promoted.insert(u"badges"_s, QJsonArray{u"star"_s, u"helper"_s});
    QVERIFY(apply(u"member"_s, u"42"_s, 7, promoted));
    QCOMPARE(writtenColumns(), (QStringList{u"badges"_s, u"tier"_s, u"version"_s}));
    QCOMPARE(column(u"member"_s, u"42"_s, u"badges"_s).toString(), u"[\"star\",\"helper\"]"_s);
    // Two members with the same change reuse one statement and stay apart.
    QVERIFY(apply(u"member"_s, u"43"_s, 1, member(5)));
    QVERIFY(apply(u"member"_s, u"43"_s, 2, member(6)));
    promoted.insert(u"points"_s, 120);
    QVERIFY(apply(u"member"_s, u"42"_s, 8, promoted));
    QCOMPARE(column(u"member"_s, u"43"_s, u"points"_s).toInt(), 6);
    QCOMPARE(column(u"member"_s, u"42"_s, u"points"_s).toInt(), 120);
}

void tst_FeedIngest::missingFieldsAndTypes()
{
    QVERIFY(apply(u"member"_s, u"42"_s, 5, member(100)));
    writtenColumns();
    // A number sent as text is stored as the INTEGER column's number: no change.
    QJsonObject asText = member(100);
    asText.insert(u"points"_s, u"100"_s);
    QVERIFY(apply(u"member"_s, u"42"_s, 6, asText));
    QCOMPARE(writtenColumns(), QStringList{u"version"_s});
    // A field the server leaves out is absent (NULL) in the cached row, as before.
    QJsonObject noStatus = member(100);
    noStatus.remove(u"status"_s);
    QVERIFY(apply(u"member"_s, u"42"_s, 7, noStatus));
    QCOMPARE(writtenColumns(), (QStringList{u"status"_s, u"version"_s}));
    QVERIFY(column(u"member"_s, u"42"_s, u"status"_s).isNull());
    // And back.
    QVERIFY(apply(u"member"_s, u"42"_s, 8, member(100)));
    QCOMPARE(column(u"member"_s, u"42"_s, u"status"_s).toString(), u"active"_s);
    // Other entities take the same path.
    QVERIFY(apply(u"moderation_item"_s, u"7"_s, 1, {{u"status"_s, u"pending"_s}, {u"title"_s, u"t"_s}}));
    QVERIFY(apply(u"moderation_item"_s, u"7"_s, 2, {{u"status"_s, u"approved"_s}, {u"title"_s, u"t"_s}}));
    QCOMPARE(column(u"moderation_item"_s, u"7"_s, u"status"_s).toString(), u"approved"_s);
}

void tst_FeedIngest::renameFollowsInSearch()
{
    QVERIFY(apply(u"member"_s, u"42"_s, 5, member(100)));
    QCOMPARE(m_store->searchMembers(u"lin_x"_s, 10), QStringList{u"42"_s});
    QJsonObject renamed = member(100);
    renamed.insert(u"handle"_s, u"xiaoming"_s);
    QVERIFY(apply(u"member"_s, u"42"_s, 6, renamed));
    QCOMPARE(m_store->searchMembers(u"xiaoming"_s, 10), QStringList{u"42"_s});
    QCOMPARE(m_store->searchMembers(u"lin_x"_s, 10), QStringList());
    QCOMPARE(m_store->searchMembers(u"林小明"_s, 10), QStringList{u"42"_s});
}

QTEST_GUILESS_MAIN(tst_FeedIngest)
#include "tst_feedingest.moc"
