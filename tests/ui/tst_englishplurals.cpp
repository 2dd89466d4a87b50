// English plurals: the compiled English catalogue (:/i18n/steward_en.qm, plural forms
// only) turns the sources' "%n change(s)" into "1 change" and "2 changes", for messages
// of several layers and in a real pane.

#include "cachefixture.h"
#include "moderationqueuepage.h"
#include "translationloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestEnglishPlurals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QFile::exists(u":/i18n/steward_en.qm"_s));
        // The catalogue on its own, as compiled, without the loader's help.
        QTranslator bare;
        QVERIFY(bare.load(u":/i18n/steward_en"_s));
        QCOMPARE(bare.translate("SyncEngine", "%Ln conflict(s)", nullptr, 1), u"%Ln conflict"_s);
        // The application's path: English is chosen, its catalogue is installed.
        TranslationLoader::switchTo(u"en"_s);
        QCOMPARE(TranslationLoader::currentCatalogue(), u"en"_s);
    }

    void forms_data()
    {
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");

        const auto row = [](const char *context, const char *source, int n, const QString &expected) {
            QTest::addRow("%s %d: %s", context, n, source) << QByteArray(context) << QByteArray(source) << n << expected;
        };
        row("SyncEngine", "Synced: %Ln change(s) sent, %L1 received.", 1, u"Synced: 1 change sent, %L1 received."_s);
        row("SyncEngine", "Synced: %Ln change(s) sent, %L1 received.", 2, u"Synced: 2 changes sent, %L1 received."_s);
        row("SyncEngine", "Synced: %Ln change(s) sent, %L1 received.", 0, u"Synced: 0 changes sent, %L1 received."_s);
        row("SyncEngine", "%Ln conflict(s)", 1, u"1 conflict"_s);
        row("SyncEngine", "%Ln conflict(s)", 3, u"3 conflicts"_s);
        row("SyncEngine", "%Ln refused change(s)", 1, u"1 refused change"_s);
        row("SyncEngine", "%Ln refused change(s)", 2, u"2 refused changes"_s);
        row("CacheRecovery", "%Ln change(s) not yet sent to the server were carried over and go out with the next sync.", 1,
            u"1 change not yet sent to the server was carried over and goes out with the next sync."_s);
        row("CacheRecovery", "%Ln change(s) not yet sent to the server were carried over and go out with the next sync.", 25,
            u"25 changes not yet sent to the server were carried over and go out with the next sync."_s);
        row("TiersView", "%Ln tier change(s)", 1, u"1 tier change"_s);
        row("TiersView", "%Ln tier change(s)", 4, u"4 tier changes"_s);
        row("TiersView", "%Ln members were skipped: their tier changed meanwhile.", 1,
            u"1 member was skipped: their tier changed meanwhile."_s);
        row("TiersView", "%Ln members were skipped: their tier changed meanwhile.", 1234,
            u"1,234 members were skipped: their tier changed meanwhile."_s);
        row("TransitionMatrixModel", "%Ln members stay in %1", 1, u"1 member stays in %1"_s);
        row("TransitionMatrixModel", "%Ln members stay in %1", 2, u"2 members stay in %1"_s);
        row("ReportsPane", "%Ln pages.", 1, u"1 page."_s);
        row("ReportsPane", "%Ln pages.", 9, u"9 pages."_s);
        row("ModerationDetailPanel", "%n item(s): %1 approved, %2 rejected, %3 escalated", 1,
            u"1 item: %1 approved, %2 rejected, %3 escalated"_s);
        row("ApiError", "The server is busy (too many requests) and asked to wait %n second(s).", 1,
            u"The server is busy (too many requests) and asked to wait 1 second."_s);
    }

    // Through QCoreApplication::translate, as every tr() call goes.
    void forms()
    {
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, n), expected);
    }

    // A real pane's count: the queue's "1 item" / "2 items".
    void queueCount()
    {
        CacheFixture cache;
        QVERIFY(cache.open());
        cache.setRole(u"lin"_s, u"moderator"_s);
        cache.addModerationItem(u"7"_s);
        {
            ModerationQueuePage page(cache.context(), nullptr);
            auto *count = page.findChild<QLabel *>(u"queueCount"_s);
            QVERIFY(count);
            QTRY_COMPARE(count->text(), u"1 item"_s);
        }
        cache.addModerationItem(u"8"_s);
        ModerationQueuePage page(cache.context(), nullptr);
        QTRY_COMPARE(page.findChild<QLabel *>(u"queueCount"_s)->text(), u"2 items"_s);
    }
};

QTEST_MAIN(TestEnglishPlurals)
#include "tst_englishplurals.moc"
