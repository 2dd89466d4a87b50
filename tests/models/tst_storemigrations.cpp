#include "schemamigrator.h"
#include "store.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

// Opens a raw connection at the file, migrated only up to `version`.
static bool makeDatabaseAt(const QString &path, int version, QString *error)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    const bool ok = SchemaMigrator::prepareConnection(db, error) && SchemaMigrator::migrate(db, error, version);
    // A little data from that version, so the upgrade must keep it.
    if (ok && version >= 1) {
        sqlite3_exec(db, "INSERT INTO member(id, version, handle, display_name, points) "
                         "VALUES ('1', 3, 'zhang_wei', '张伟', 120);"
                         "INSERT INTO outbox(mutation_id, entity, entity_id, action, base_version, payload, "
                         "created_at) VALUES ('m1', 'member', '1', 'add_note', 3, '{\"text\":\"hi\"}', "
                         "'2026-11-20T08:00:00Z');"
                         // The optimistic ledger row of a queued award (version 1 knew no acknowledgement).
                         "INSERT INTO points_entry(id, version, member_id, points, reason, awarded_by, created_at, "
                         "local_pending_mutation) VALUES ('pending-m2', 0, '1', 10, 'welcome', 'lin', "
                         "'2026-11-20T08:01:00Z', 'm2');",
                     nullptr, nullptr, nullptr);
    }
    sqlite3_close(db);
    return ok;
}

class tst_StoreMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void migrationsAreNumberedInOrder();
    void upgradeFromEveryEarlierVersion_data();
    void upgradeFromEveryEarlierVersion();
    void refusesNewerSchema();
    void cacheFileIsPrivate();
};

void tst_StoreMigrations::migrationsAreNumberedInOrder()
{
    const auto all = SchemaMigrator::migrations();
    QVERIFY(!all.isEmpty());
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(all[i].version, i + 1);
    QCOMPARE(Store::latestSchemaVersion(), all.constLast().version);
}

void tst_StoreMigrations::upgradeFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    // 0 is a brand-new file; every shipped version below the latest has data in it.
    for (int v = 0; v < SchemaMigrator::latestVersion(); ++v)
        QTest::addRow("from %d", v) << v;
    // Reopening a current file must be a no-op that keeps the data.
    QTest::addRow("from latest") << SchemaMigrator::latestVersion();
}

void tst_StoreMigrations::upgradeFromEveryEarlierVersion()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    QString error;
    QVERIFY2(makeDatabaseAt(path, from, &error), qPrintable(error));
    Store store;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
    QSqlQuery q(store.database());
    QVERIFY(q.exec(u"SELECT count(*) FROM schema_migrations"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), Store::latestSchemaVersion());
    if (from >= 1) {
        const auto m = store.entity(u"member"_s, u"1"_s);
        QVERIFY(m);
        QCOMPARE(m->value(u"display_name"_s).toString(), u"张伟"_s);
        QCOMPARE(store.pendingCount(), 1);
        QCOMPARE(store.searchMembers(u"张"_s), QStringList{u"1"_s});
        // The award's optimistic ledger row survives, not yet acknowledged.
        QSqlQuery ledger(store.database());
        QVERIFY(ledger.exec(u"SELECT id, local_pending_mutation, local_acked_version FROM points_entry"_s));
        QVERIFY(ledger.next());
        QCOMPARE(ledger.value(0).toString(), u"pending-m2"_s);
        QCOMPARE(ledger.value(1).toString(), u"m2"_s);
        QVERIFY(ledger.value(2).isNull());
        QVERIFY(!ledger.next());
    }
}

void tst_StoreMigrations::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    {
        Store store;
        QVERIFY(store.open(path));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(Store::latestSchemaVersion() + 1)));
    }
    Store store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.contains(u"newer version of Steward"_s), qPrintable(error));
    QVERIFY(!store.isOpen());
}

void tst_StoreMigrations::cacheFileIsPrivate()
{
    QTemporaryDir dir;
    const QString path = Store::cacheFilePath(dir.filePath(u"data"_s));
    Store store;
    QVERIFY(store.open(path));
    QVERIFY(store.enqueue({}, nullptr).isEmpty()); // touches the file; refused (no entity)
    const auto expected = QFile::ReadOwner | QFile::WriteOwner;
    for (const QString &suffix : {QString(), u"-wal"_s}) {
        const auto mode = QFile::permissions(path + suffix) & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther
                                                               | QFile::WriteOther | QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(mode, expected);
    }
}

QTEST_GUILESS_MAIN(tst_StoreMigrations)
#include "tst_storemigrations.moc"
