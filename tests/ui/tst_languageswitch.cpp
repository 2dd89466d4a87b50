// The language switch while Steward runs: the main window over a real cache, switched
// through the Preferences dialog (the code its OK button runs) to Simplified Chinese,
// Traditional Chinese and back to English. Menus, navigation, the shown pane, the status
// bar, Qt's own dialog buttons and the default locale change at once; the shown pane, the
// window's size, typed filters and an unsaved rule edit stay.

#include "appsettings.h"
#include "cachefixture.h"
#include "keywordruleeditor.h"
#include "localeformat.h"
#include "mainwindow.h"
#include "moderationfilterbar.h"
#include "moderationpane.h"
#include "moderationqueuepage.h"
#include "preferencesdialog.h"
#include "translationloader.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// What the window must read in one language: a few texts from every layer, as the
// shipped catalogues (and Qt's) say them.
struct Expected {
    QString file;         // the File menu
    QString moderation;   // the navigation's first pane
    QString members;
    QString reviewQueue;  // the moderation pane's first tab
    QString offline;      // the status bar
    QString pending;      // the status bar's pending count, one change queued
    QString cancel;       // QDialogButtonBox's Cancel (Qt's own catalogue)
    QString ok;
    QString locale;       // QLocale().name()
};

Expected english()
{
    return {u"&File"_s, u"Moderation"_s, u"Members"_s, u"Review queue"_s, u"Offline"_s,
            u"Pending: 1"_s, u"Cancel"_s, u"OK"_s, u"en_US"_s};
}

Expected simplified()
{
    return {u"文件(&F)"_s, u"审核"_s, u"成员"_s, u"审核队列"_s, u"离线"_s,
            u"待同步：1"_s, u"取消"_s, u"确定"_s, u"zh_CN"_s};
}

Expected traditional()
{
    return {u"檔案(&F)"_s, u"審核"_s, u"成員"_s, u"審核佇列"_s, u"離線"_s,
            u"待同步：1"_s, u"取消"_s, u"確定"_s, u"zh_TW"_s};
}
} // namespace

class TestLanguageSwitch : public QObject
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
        TranslationLoader::switchTo(u"en"_s);
        m_cache = std::make_unique<CacheFixture>();
        QVERIFY(m_cache->open());
        m_cache->setRole(u"lin"_s, u"moderator"_s);
        m_cache->addModerationItem(u"7"_s);
        QVERIFY(!m_cache->enqueueReject(u"7"_s).isEmpty());
    }

    void cleanup()
    {
        m_cache.reset();
        TranslationLoader::switchTo(u"en"_s);
    }

    void switchesTheRunningWindow()
    {
        MainWindow window(m_cache->context());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1000, 700);
        window.showPane(u"moderation"_s);
        checkWindow(window, english());

        // Work in progress: a typed filter not yet applied, an unsaved keyword rule.
        auto *before = qobject_cast<ModerationPane *>(window.pane(u"moderation"_s));
        QVERIFY(before);
        before->queue()->findChild<ModerationFilterBar *>(u"queueFilters"_s)->searchField()->setText(u"watches"_s);
        before->rules()->findChild<QLineEdit *>(u"rulePattern"_s)->setText(u"加微信"_s);
        before->tabs()->setCurrentIndex(1);
        const QSize size = window.size();

        chooseLanguage(window, u"zh_CN"_s);
        checkWindow(window, simplified());
        QCOMPARE(LocaleFormat::dateTime(QDateTime(QDate(2026, 11, 20), QTime(20, 49))), u"2026/11/20 20:49"_s);
        QCOMPARE(TranslationLoader::currentCatalogue(), u"zh_CN"_s);
        QVERIFY(TranslationLoader::hasQtTranslations());
        QCOMPARE(QLocale().toString(1234567), QLocale(QLocale::Chinese, QLocale::China).toString(1234567));
        QCOMPARE(QLocale().toString(1234567), u"1,234,567"_s);

        // The same pane is shown — a new one, holding what the old one held.
        QCOMPARE(window.currentPaneId(), u"moderation"_s);
        auto *after = qobject_cast<ModerationPane *>(window.pane(u"moderation"_s));
        QVERIFY(after);
        QCOMPARE(window.findChildren<ModerationPane *>().size(), 1);
        QCOMPARE(after->tabs()->currentIndex(), 1);
        QCOMPARE(after->tabs()->tabText(0), simplified().reviewQueue);
        QCOMPARE(after->queue()->findChild<ModerationFilterBar *>(u"queueFilters"_s)->searchField()->text(),
                 u"watches"_s);
        QCOMPARE(after->rules()->editedRule().pattern, u"加微信"_s);
        QCOMPARE(window.size(), size);
        QCOMPARE(AppSettings::language(), u"zh_CN"_s);

        chooseLanguage(window, u"zh_TW"_s);
        checkWindow(window, traditional());
        // Taiwan's times carry a day period that Qt 6.4 would print as a literal "B".
        QCOMPARE(LocaleFormat::dateTime(QDateTime(QDate(2026, 11, 20), QTime(20, 49))), u"2026/11/20 下午8:49"_s);
        QCOMPARE(LocaleFormat::time(QTime(8, 5)), u"上午8:05"_s);
        QCOMPARE(window.currentPaneId(), u"moderation"_s);
        after = qobject_cast<ModerationPane *>(window.pane(u"moderation"_s));
        QCOMPARE(after->tabs()->tabText(0), traditional().reviewQueue);
        QCOMPARE(after->rules()->editedRule().pattern, u"加微信"_s);

        chooseLanguage(window, u"en"_s);
        checkWindow(window, english());
        QVERIFY(!TranslationLoader::hasQtTranslations());
        after = qobject_cast<ModerationPane *>(window.pane(u"moderation"_s));
        QCOMPARE(after->tabs()->tabText(0), english().reviewQueue);
        QCOMPARE(after->queue()->findChild<ModerationFilterBar *>(u"queueFilters"_s)->searchField()->text(),
                 u"watches"_s);
        QCOMPARE(window.size(), size);
    }

    // Panes not shown at the switch are built in the new language when next shown, with
    // what they held.
    void hiddenPanesFollowWhenShown()
    {
        MainWindow window(m_cache->context());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPane(u"moderation"_s);
        qobject_cast<ModerationPane *>(window.pane(u"moderation"_s))->tabs()->setCurrentIndex(2);
        window.showPane(u"audit"_s);
        window.findChild<QLineEdit *>(u"auditSearch"_s)->setText(u"spam"_s);

        chooseLanguage(window, u"zh_CN"_s);
        QCOMPARE(window.currentPaneId(), u"audit"_s);
        QCOMPARE(window.findChild<QLineEdit *>(u"auditSearch"_s)->text(), u"spam"_s);
        window.showPane(u"moderation"_s);
        auto *moderation = qobject_cast<ModerationPane *>(window.pane(u"moderation"_s));
        QCOMPARE(moderation->tabs()->currentIndex(), 2);
        QCOMPARE(moderation->tabs()->tabText(0), simplified().reviewQueue);
    }

    // "System default" follows the system's locale (C under the tests: English).
    void systemDefaultFollowsTheSystem()
    {
        MainWindow window(m_cache->context());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        chooseLanguage(window, u"zh_CN"_s);
        checkWindow(window, simplified());
        chooseLanguage(window, QString());
        QCOMPARE(AppSettings::language(), QString());
        QCOMPARE(QLocale(), QLocale::system());
        QCOMPARE(TranslationLoader::currentCatalogue(), TranslationLoader::catalogueFor(QLocale::system()));
        QCOMPARE(window.findChild<QMenu *>(u"fileMenu"_s)->title(), english().file);
    }

private:
    // Opens Preferences from the File menu, picks `language` and presses OK.
    void chooseLanguage(MainWindow &window, const QString &language)
    {
        QSignalSpy retranslated(&window, &MainWindow::retranslated);
        window.findChild<QAction *>(u"preferencesAction"_s)->trigger();
        auto *dialog = window.findChild<PreferencesDialog *>(u"preferencesDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // The dialog speaks the language the window speaks now.
        QCOMPARE(dialog->windowTitle(), QCoreApplication::translate("PreferencesDialog", "Preferences"));
        auto *combo = dialog->findChild<QComboBox *>(u"languageCombo"_s);
        const int index = combo->findData(language);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        auto *buttons = dialog->findChild<QDialogButtonBox *>(u"preferencesButtons"_s);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(retranslated.count(), 1);
        QCoreApplication::processEvents();
        // One rebuild for the whole switch, however many translators came and went.
        QCOMPARE(retranslated.count(), 1);
        QTRY_VERIFY(!window.findChild<PreferencesDialog *>(u"preferencesDialog"_s));
    }

    void checkWindow(MainWindow &window, const Expected &e)
    {
        QCOMPARE(window.findChild<QMenu *>(u"fileMenu"_s)->title(), e.file);
        QCOMPARE(window.findChild<QAction *>(u"showPane_moderation"_s)->text(), e.moderation);
        auto *nav = window.findChild<QListWidget *>(u"navigation"_s);
        QCOMPARE(nav->item(window.registry().indexOf(u"moderation"_s))->text(), e.moderation);
        QCOMPARE(nav->item(window.registry().indexOf(u"members"_s))->text(), e.members);
        QCOMPARE(nav->currentRow(), window.registry().indexOf(window.currentPaneId()));
        QVERIFY(window.findChild<QLabel *>(u"onlineLabel"_s)->text().contains(e.offline));
        QCOMPARE(window.findChild<QLabel *>(u"pendingLabel"_s)->text(), e.pending);
        QCOMPARE(QLocale().name(), e.locale);

        // Qt's own strings: a standard button box made now reads Qt's catalogue.
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), e.cancel);
        QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), e.ok);
    }

    std::unique_ptr<CacheFixture> m_cache;
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
