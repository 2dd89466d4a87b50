// The main window over an existing cache with no server: frame, panes, menus, settings.

#include "cachefixture.h"
#include "mainwindow.h"
#include "syncstatusbar.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QSettings().clear();
        m_cache = std::make_unique<CacheFixture>();
        QVERIFY(m_cache->open());
    }

    void cleanup() { m_cache.reset(); }

    void opensFromCacheWithoutServer()
    {
        m_cache->setRole(u"lin"_s, u"moderator"_s);
        m_cache->addModerationItem(u"7"_s);
        QVERIFY(!m_cache->enqueueReject(u"7"_s).isEmpty());

        MainWindow window(m_cache->context());
        QSignalSpy ready(&window, &MainWindow::firstPaneReady);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(ready.count(), 1);

        QVERIFY(window.windowTitle().contains(u"Steward"_s));
        auto *nav = window.findChild<QListWidget *>(u"navigation"_s);
        QVERIFY(nav);
        QCOMPARE(nav->count(), window.registry().panes().size());
        QVERIFY(window.registry().indexOf(u"sync"_s) >= 0);
        QVERIFY(window.registry().indexOf(u"audit"_s) >= 0);

        auto *online = window.findChild<QLabel *>(u"onlineLabel"_s);
        auto *pending = window.findChild<QLabel *>(u"pendingLabel"_s);
        auto *login = window.findChild<QToolButton *>(u"loginButton"_s);
        QVERIFY(online && pending && login);
        QVERIFY(online->text().contains(u"Offline"_s));
        QCOMPARE(pending->text(), u"Pending: 1"_s);
        QVERIFY(login->isVisible());
        // No dialog of any kind pops up by itself.
        QVERIFY(!QApplication::activeModalWidget());
    }

    void navigationAndShortcuts()
    {
        MainWindow window(m_cache->context());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString first = window.registry().panes().at(0).id;
        QCOMPARE(window.currentPaneId(), first);

        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPaneId(), window.registry().panes().at(1).id);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPaneId(), first);

        auto *nav = window.findChild<QListWidget *>(u"navigation"_s);
        nav->setCurrentRow(window.registry().indexOf(u"audit"_s));
        QCOMPARE(window.currentPaneId(), u"audit"_s);
        QVERIFY(window.findChild<QWidget *>(u"auditPane"_s));

        // Clicking the conflicts count goes to the Sync view.
        auto *conflicts = window.findChild<QToolButton *>(u"conflictsButton"_s);
        QTest::mouseClick(conflicts, Qt::LeftButton);
        QCOMPARE(window.currentPaneId(), u"sync"_s);
    }

    void menusHaveShortcuts()
    {
        MainWindow window(m_cache->context());
        auto *sync = window.findChild<QAction *>(u"syncNowAction"_s);
        auto *quit = window.findChild<QAction *>(u"quitAction"_s);
        QVERIFY(sync && quit);
        QCOMPARE(sync->shortcut(), QKeySequence(Qt::Key_F5));
        QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
        QVERIFY(window.findChild<QAction *>(u"aboutAction"_s));
        QCOMPARE(window.findChild<QAction *>(u"showPane_audit"_s)->shortcut().isEmpty(), false);
        // Without a session there is nothing to sync with and nobody to log out.
        QVERIFY(!sync->isEnabled());
        QVERIFY(window.findChild<QAction *>(u"loginAction"_s)->isVisible());
        QVERIFY(!window.findChild<QAction *>(u"logoutAction"_s)->isVisible());
    }

    void remembersGeometryAndPane()
    {
        {
            MainWindow window(m_cache->context());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 640);
            window.showPane(u"audit"_s);
            window.close();
        }
        MainWindow again(m_cache->context());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.currentPaneId(), u"audit"_s);
        QCOMPARE(again.size(), QSize(900, 640));
    }

private:
    std::unique_ptr<CacheFixture> m_cache;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
