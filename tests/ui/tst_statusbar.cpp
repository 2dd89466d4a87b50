// The status bar follows SyncService's signals and the session.

#include "cachefixture.h"
#include "syncstatusbar.h"

#include <QLabel>
#include <QMainWindow>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestStatusBar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_cache = std::make_unique<CacheFixture>();
        QVERIFY(m_cache->open());
        m_window = std::make_unique<QMainWindow>();
        m_bar = new SyncStatusBar(m_cache->context(), m_window.get());
        m_window->setStatusBar(m_bar);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_cache.reset();
    }

    void countsFollowSignals()
    {
        auto *pending = m_bar->findChild<QLabel *>(u"pendingLabel"_s);
        auto *conflicts = m_bar->findChild<QToolButton *>(u"conflictsButton"_s);
        QCOMPARE(pending->text(), u"Pending: 0"_s);
        QCOMPARE(conflicts->text(), u"Conflicts: 0"_s);

        Q_EMIT m_cache->sync()->pendingCountChanged(1234);
        QCOMPARE(pending->text(), u"Pending: 1,234"_s);
        Q_EMIT m_cache->sync()->conflictCountChanged(2);
        QCOMPARE(conflicts->text(), u"Conflicts: 2"_s);

        QSignalSpy clicked(m_bar, &SyncStatusBar::conflictsClicked);
        QTest::mouseClick(conflicts, Qt::LeftButton);
        QCOMPARE(clicked.count(), 1);
    }

    void lastSyncIsRelative()
    {
        auto *last = m_bar->findChild<QLabel *>(u"lastSyncLabel"_s);
        QCOMPARE(last->text(), u"Last sync: never"_s);
        // The label reads the time from the service when told it changed; the cache
        // here was never synced, so the text stays "never" whatever the signal carries.
        Q_EMIT m_cache->sync()->lastSuccessfulSyncChanged(QDateTime::currentDateTime());
        QVERIFY(last->text().startsWith(u"Last sync: "_s));
    }

    void progressShowsWhileSyncingWithCancel()
    {
        auto *progress = m_bar->findChild<QProgressBar *>(u"syncProgress"_s);
        auto *cancel = m_bar->findChild<QToolButton *>(u"cancelSyncButton"_s);
        QVERIFY(!progress->isVisible());
        QVERIFY(!cancel->isVisible());

        Q_EMIT m_cache->sync()->progress(u"pull"_s, 250, 1000);
        QVERIFY(progress->isVisible());
        QVERIFY(cancel->isVisible());
        QCOMPARE(progress->value(), 250);
        Q_EMIT m_cache->sync()->progress(u"push"_s, 3, 0);
        QCOMPARE(progress->maximum(), 0); // busy indicator when the total is unknown

        Q_EMIT m_cache->sync()->syncFinished(false, u"The server could not be reached."_s);
        QVERIFY(!progress->isVisible());
        QCOMPARE(m_bar->currentMessage(), u"The server could not be reached."_s);
    }

    void onlineFollowsServiceAndSession()
    {
        auto *online = m_bar->findChild<QLabel *>(u"onlineLabel"_s);
        // No token: working from the cache is offline whatever the probe says.
        Q_EMIT m_cache->sync()->onlineChanged(true);
        QVERIFY(online->text().contains(u"Offline"_s));
        Q_EMIT m_cache->sync()->onlineChanged(false);
        QVERIFY(online->text().contains(u"Offline"_s));
    }

    void userAndLoginButton()
    {
        auto *user = m_bar->findChild<QLabel *>(u"userLabel"_s);
        auto *login = m_bar->findChild<QToolButton *>(u"loginButton"_s);
        QCOMPARE(user->text(), u"Not signed in"_s);
        QVERIFY(login->isVisible());
        QSignalSpy requested(m_bar, &SyncStatusBar::loginRequested);
        QTest::mouseClick(login, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);

        m_cache->setRole(u"lin"_s, u"moderator"_s);
        m_bar->refresh();
        QCOMPARE(user->text(), u"lin (moderator)"_s);
        QVERIFY(login->isVisible()); // still no token
    }

private:
    std::unique_ptr<CacheFixture> m_cache;
    std::unique_ptr<QMainWindow> m_window;
    SyncStatusBar *m_bar = nullptr;
};

QTEST_MAIN(TestStatusBar)
#include "tst_statusbar.moc"
