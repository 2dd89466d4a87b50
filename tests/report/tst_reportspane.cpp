// The Reports pane over a known cache: quarters offered, narrative drafts saved per
// quarter and language, the preview rendered off the GUI thread, sections left out, and
// the export writing the narrative into the PDF.
#include "narrativeeditor.h"
#include "pdftext.h"
#include "reportdrafts.h"
#include "reportfixture.h"
#include "reportspane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

using namespace Qt::StringLiterals;

class TestReportsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void offersTheCachesQuarters();
    void fitsASmallWindow();
    void draftsAreSavedPerQuarterAndLanguage();
    void boldAndListsFromTheToolbar();
    void previewRendersThePages();
    void exportWritesTheNarrative();

private:
    PaneContext context() const { return {m_fixture->store(), nullptr, nullptr}; }
    std::unique_ptr<ReportFixture> m_fixture;
};

void TestReportsPane::init()
{
    m_fixture = std::make_unique<ReportFixture>();
    QVERIFY(m_fixture->open());
}

void TestReportsPane::cleanup()
{
    m_fixture.reset();
}

void TestReportsPane::offersTheCachesQuarters()
{
    ReportsPane pane(context());
    auto *quarter = pane.findChild<QComboBox *>(u"reportQuarter"_s);
    QVERIFY(quarter);
    QCOMPARE(quarter->count(), 2);
    // The cache covers all of 2026Q3, so it is the quarter offered first.
    QCOMPARE(quarter->currentData().toString(), u"2026Q3"_s);
    auto *language = pane.findChild<QComboBox *>(u"reportLanguage"_s);
    QCOMPARE(language->count(), 3);
    QCOMPARE(language->itemText(1), u"简体中文"_s);
    QCOMPARE(language->itemText(2), u"繁體中文"_s);
    QCOMPARE(pane.options().quarter, (Quarter{2026, 3}));
    QCOMPARE(pane.options().sections, ReportOptions::allSections());
}

void TestReportsPane::fitsASmallWindow()
{
    // The pane never forces the main window wider than a laptop screen's half.
    ReportsPane pane(context());
    QVERIFY2(pane.minimumSizeHint().width() <= 720, qPrintable(QString::number(pane.minimumSizeHint().width())));
}

void TestReportsPane::draftsAreSavedPerQuarterAndLanguage()
{
    {
        ReportsPane pane(context());
        NarrativeEditor *plan = pane.narrative(u"plan"_s);
        QVERIFY(plan);
        plan->textEdit()->setFocus();
        QTest::keyClicks(plan->textEdit(), u"Grow the core tier"_s);
        pane.saveDrafts();
        const ReportDrafts drafts(m_fixture->store()->database());
        QVERIFY(drafts.draft(u"2026Q3"_s, u"en"_s, u"plan"_s).contains(u"Grow the core tier"_s));

        // Another language has its own draft; coming back brings the first one back.
        QVERIFY(pane.selectLanguage(u"zh_CN"_s));
        QVERIFY(plan->isEmpty());
        QTest::keyClicks(plan->textEdit(), u"abc"_s);
        QVERIFY(pane.selectQuarter(u"2026Q2"_s));
        QVERIFY(plan->isEmpty());
        QVERIFY(drafts.draft(u"2026Q3"_s, u"zh_CN"_s, u"plan"_s).contains(u"abc"_s));
        QVERIFY(pane.selectQuarter(u"2026Q3"_s));
        QVERIFY(pane.selectLanguage(u"en"_s));
        QVERIFY(plan->textEdit()->toPlainText().contains(u"Grow the core tier"_s));
        plan->textEdit()->moveCursor(QTextCursor::End);
        QTest::keyClicks(plan->textEdit(), u" this autumn"_s);
    }
    // Closing the pane saves what was typed since.
    const ReportDrafts drafts(m_fixture->store()->database());
    QVERIFY(drafts.draft(u"2026Q3"_s, u"en"_s, u"plan"_s).contains(u"Grow the core tier this autumn"_s));
    ReportsPane reopened(context());
    QVERIFY(reopened.narrative(u"plan"_s)->textEdit()->toPlainText().contains(u"this autumn"_s));
}

void TestReportsPane::boldAndListsFromTheToolbar()
{
    ReportsPane pane(context());
    NarrativeEditor *problems = pane.narrative(u"problems"_s);
    QTextEdit *edit = problems->textEdit();
    QTest::keyClicks(edit, u"Spam wave"_s);
    QTextCursor cursor = edit->textCursor();
    cursor.select(QTextCursor::WordUnderCursor);
    edit->setTextCursor(cursor);
    QTest::keySequence(edit, QKeySequence::Bold);
    QVERIFY(problems->html().contains(u"font-weight"_s));
    // Markup typed as text stays text.
    cursor.movePosition(QTextCursor::End);
    edit->setTextCursor(cursor);
    QTest::keyClicks(edit, u" <b>x</b>"_s);
    QVERIFY(problems->html().contains(u"&lt;b&gt;x&lt;/b&gt;"_s));
}

void TestReportsPane::previewRendersThePages()
{
    ReportsPane pane(context());
    QSignalSpy ready(&pane, &ReportsPane::previewReady);
    pane.resize(1200, 800);
    pane.show();
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1 && !pane.isBusy(), 60000);
    QVERIFY2(ready.last().at(1).toString().isEmpty(), qPrintable(ready.last().at(1).toString()));
    const int all = ready.last().at(0).toInt();
    QVERIFY(all >= 11);
    QCOMPARE(pane.previewPageCount(), all);

    for (const QString &id : ReportOptions::allSections())
        pane.setSectionChecked(id, id == u"summary");
    pane.refreshPreview();
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isBusy() && pane.previewPageCount() == 3, 60000);
}

void TestReportsPane::exportWritesTheNarrative()
{
    if (!PdfText::available())
        QSKIP("poppler-utils are not installed");
    QTemporaryDir out;
    ReportsPane pane(context());
    QTest::keyClicks(pane.narrative(u"plan"_s)->textEdit(), u"Double the weekly check-ins by December"_s);
    QSignalSpy finished(&pane, &ReportsPane::exportFinished);
    const QString path = out.filePath(u"q3.pdf"_s);
    pane.exportTo(path);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
    QCOMPARE(finished.first().at(0).toString(), path);
    QVERIFY2(finished.first().at(1).toString().isEmpty(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(PdfText::flat(path).contains(u"Double the weekly check-ins by December"_s));

    pane.exportTo(u"/nonexistent-steward-dir/q3.pdf"_s);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2, 60000);
    QVERIFY(finished.last().at(1).toString().contains(u"/nonexistent-steward-dir/q3.pdf"_s));
}

QTEST_MAIN(TestReportsPane)
#include "tst_reportspane.moc"
