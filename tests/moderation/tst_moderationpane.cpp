// The moderation pane driven like a moderator does, offscreen, on a small cache with no
// server: keys, dialogs, bulk decisions, the detail panel and the rule editor.

#include "bulkresultdialog.h"
#include "feedbackqueuemodel.h"
#include "feedbackview.h"
#include "keyworddryrun.h"
#include "keywordruleeditor.h"
#include "moderationdetailpanel.h"
#include "moderationfixture.h"
#include "moderationpane.h"
#include "moderationqueuemodel.h"
#include "moderationqueuepage.h"
#include "paneharness.h"
#include "rejectreasondialog.h"
#include "savedviewmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

class tst_ModerationPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void keyboardDecisionsSelectTheNextItem();
    void rejectWithTemplateAndUndo();
    void bulkRejectWithOneItemFailing();
    void htmlInAPostShowsAsText();
    void savedViewsFilterTheQueue();
    void ruleDryRunAndInvalidRegex();
    void feedbackReplyOffline();

private:
    QStringList rowIds() const;
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    std::unique_ptr<ModerationFixture> m_fixture;
    std::unique_ptr<PaneHarness> m_harness;
    std::unique_ptr<ModerationPane> m_pane;
    ModerationQueuePage *m_queue = nullptr;
};

void tst_ModerationPane::init()
{
    m_fixture = std::make_unique<ModerationFixture>();
    QVERIFY(m_fixture->isOpen());
    m_fixture->addRule(u"kw1"_s, u"加微信"_s, false, false, u"flag"_s);
    m_fixture->addRule(u"kw2"_s, u"<script"_s, false, false, u"flag"_s);
    m_harness = std::make_unique<PaneHarness>(m_fixture->store());
    m_pane = std::make_unique<ModerationPane>(m_harness->context());
    m_pane->resize(1200, 700);
    m_pane->show();
    QApplication::setActiveWindow(m_pane.get());
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    m_queue = m_pane->queue();
    m_queue->table()->setFocus();
}

void tst_ModerationPane::cleanup()
{
    m_pane.reset();
    m_harness.reset();
    m_fixture.reset();
}

QStringList tst_ModerationPane::rowIds() const
{
    QStringList ids;
    for (int r = 0; r < m_queue->model()->rowCount(); ++r)
        ids << m_queue->model()->idAt(r);
    return ids;
}

void tst_ModerationPane::press(int key, Qt::KeyboardModifiers modifiers)
{
    // After a dialog closes, the window manager activates the window again; the offscreen
    // platform has none, so the test does.
    if (QApplication::activeWindow() != m_pane.get())
        QApplication::setActiveWindow(m_pane.get());
    QTRY_VERIFY(QApplication::focusWidget());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), modifiers);
}

void tst_ModerationPane::keyboardDecisionsSelectTheNextItem()
{
    // Pending, riskiest first: m1 (0.97), m2 (0.91), m5 (0.88), m3 (0.85), m7 (0.74), m4.
    QCOMPARE(rowIds(), (QStringList{u"m1"_s, u"m2"_s, u"m5"_s, u"m3"_s, u"m7"_s, u"m4"_s}));
    QCOMPARE(m_queue->currentItemId(), u"m1"_s);
    QCOMPARE(m_queue->detailPanel()->itemId(), u"m1"_s);
    press(Qt::Key_J);
    QCOMPARE(m_queue->currentItemId(), u"m2"_s);
    press(Qt::Key_K);
    QCOMPARE(m_queue->currentItemId(), u"m1"_s);

    press(Qt::Key_A); // approve m1: m2 is next, shown at once
    QCOMPARE(m_queue->currentItemId(), u"m2"_s);
    QCOMPARE(m_queue->detailPanel()->itemId(), u"m2"_s);
    QCOMPARE(m_fixture->store()->entity(u"moderation_item"_s, u"m1"_s)->value(u"status"_s).toString(), u"approved"_s);
    QTRY_COMPARE(rowIds().first(), u"m2"_s); // m1 left the pending queue
    QCOMPARE(m_queue->currentItemId(), u"m2"_s);

    press(Qt::Key_E); // escalate m2
    QCOMPARE(m_queue->currentItemId(), u"m5"_s);
    // m5 is claimed by lin: the decision is refused, the selection stays, the reason shows.
    press(Qt::Key_A);
    QCOMPARE(m_queue->currentItemId(), u"m5"_s);
    QVERIFY(m_queue->findChild<QLabel *>(u"queueMessage"_s)->text().startsWith(u"Claimed by lin until"_s));
    QVERIFY(m_queue->detailPanel()->plainText().contains(u"Claimed by lin until"_s));
    QCOMPARE(m_queue->model()->index(m_queue->model()->rowOf(u"m5"_s), ModerationQueueModel::ClaimedByColumn)
                 .data().toString().left(9),
             u"lin until"_s);

    press(Qt::Key_J);
    QCOMPARE(m_queue->currentItemId(), u"m3"_s);
    press(Qt::Key_C); // claim m3 for 15 minutes
    QCOMPARE(m_fixture->store()->entity(u"moderation_item"_s, u"m3"_s)->value(u"claimed_by"_s).toString(),
             u"moderator"_s);
    QTRY_VERIFY(m_queue->model()->index(m_queue->model()->rowOf(u"m3"_s), ModerationQueueModel::ClaimedByColumn)
                    .data().toString().startsWith(u"moderator until"_s));
    press(Qt::Key_C); // and release it
    QTRY_VERIFY(m_fixture->store()->entity(u"moderation_item"_s, u"m3"_s)->value(u"claimed_by"_s).toString().isEmpty());

    // Pending sync marks on what waits for the server.
    QCOMPARE(m_fixture->store()->pendingCount(), 4); // approve, escalate, claim, release
    press(Qt::Key_Z, Qt::ControlModifier); // undo the release
    press(Qt::Key_Z, Qt::ControlModifier); // and the claim
    QCOMPARE(m_fixture->store()->pendingCount(), 2);
    const int m2 = m_queue->model()->rowOf(u"m2"_s);
    QVERIFY(m2 < 0); // escalated: out of the pending view
    m_queue->setFilter(ModerationFilter());
    const int row = m_queue->model()->rowOf(u"m2"_s);
    QCOMPARE(m_queue->model()->index(row, ModerationQueueModel::PendingSyncColumn).data().toString(), u"Pending sync"_s);
}

void tst_ModerationPane::rejectWithTemplateAndUndo()
{
    press(Qt::Key_R);
    auto *dialog = m_queue->findChild<RejectReasonDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // The first template is chosen; its placeholders are filled in the preview.
    QVERIFY(dialog->reasonText().contains(u"{author}"_s));
    auto *preview = dialog->findChild<QLabel *>(u"reasonPreview"_s);
    QVERIFY2(preview->text().startsWith(u"Hi 张伟, your post \"加微信领取免费课程\""_s), qPrintable(preview->text()));
    QTest::keyClick(dialog, Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible() || dialog->result() == QDialog::Accepted);
    const auto item = m_fixture->store()->entity(u"moderation_item"_s, u"m1"_s).value();
    QCOMPARE(item.value(u"status"_s).toString(), u"rejected"_s);
    QVERIFY(item.value(u"decision_reason"_s).toString().startsWith(u"Hi 张伟, your post"_s));
    QCOMPARE(m_queue->currentItemId(), u"m2"_s);

    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_fixture->store()->pendingCount(), 0);
    QCOMPARE(m_fixture->store()->entity(u"moderation_item"_s, u"m1"_s)->value(u"status"_s).toString(), u"pending"_s);
    QTRY_COMPARE(m_queue->currentItemId(), u"m1"_s); // back on the item
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_queue->findChild<QLabel *>(u"queueMessage"_s)->text(), u"Nothing to undo."_s);
}

void tst_ModerationPane::bulkRejectWithOneItemFailing()
{
    // m1, m2 and m5 (claimed by lin) selected with the keyboard.
    QCOMPARE(m_queue->currentItemId(), u"m1"_s);
    QTest::keyClick(m_queue->table(), Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(m_queue->table(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(m_queue->selectedItemIds(), (QStringList{u"m1"_s, u"m2"_s, u"m5"_s}));
    press(Qt::Key_R);
    auto *dialog = m_queue->findChild<RejectReasonDialog *>();
    QTRY_VERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), u"Reject 3 items"_s);
    dialog->setReasonText(u"{author}: \"{title}\" is spam"_s);
    dialog->accept();

    BulkResultDialog *results = nullptr;
    QTRY_VERIFY((results = m_queue->findChild<BulkResultDialog *>()) && results->isVisible());
    QTableWidget *table = results->table();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 1)->text(), u"Rejected"_s);
    QCOMPARE(table->item(1, 1)->text(), u"Rejected"_s);
    QVERIFY2(table->item(2, 1)->text().startsWith(u"Claimed by lin until"_s), qPrintable(table->item(2, 1)->text()));
    QCOMPARE(table->item(2, 0)->data(Qt::UserRole).toString(), u"m5"_s);
    QCOMPARE(results->findChild<QLabel *>(u"bulkSummary"_s)->text(), u"2 of 3 done; 1 could not be changed."_s);
    QCOMPARE(m_fixture->store()->pendingCount(), 2);
    QCOMPARE(m_fixture->store()->entity(u"moderation_item"_s, u"m2"_s)->value(u"decision_reason"_s).toString(),
             u"张伟: \"Free course download\" is spam"_s);
    results->accept();
    // One Ctrl+Z takes back the whole batch.
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_fixture->store()->pendingCount(), 0);
}

void tst_ModerationPane::htmlInAPostShowsAsText()
{
    const int row = m_queue->model()->rowOf(u"m3"_s);
    m_queue->table()->selectRow(row);
    QCOMPARE(m_queue->detailPanel()->itemId(), u"m3"_s);
    const QString text = m_queue->detailPanel()->plainText();
    QVERIFY2(text.contains(u"<script>alert('x')</script>"_s), qPrintable(text));
    QVERIFY(text.contains(u"<b>bold</b> & <img src=x onerror=alert(1)>"_s));
    auto *browser = m_queue->detailPanel()->findChild<QTextBrowser *>(u"detailText"_s);
    const QString html = browser->document()->toHtml();
    QVERIFY(!html.contains(u"<img"_s));                 // no element was made from the post
    QVERIFY(html.contains(u"&lt;img src=x onerror=alert(1)&gt;"_s));
    QVERIFY(!html.contains(u"<b>bold"_s));
    // The rule "<script" is highlighted in the title, as text.
    QCOMPARE(m_queue->detailPanel()->highlightCount(), 1);
    // The author card of u2 and the reports with their reasons.
    QVERIFY(text.contains(u"Alice Chen (@alice)"_s));
    QVERIFY(text.contains(u"advertising — reported by u10"_s));
    // The table's excerpt is plain text too.
    QCOMPARE(m_queue->model()->index(row, ModerationQueueModel::ExcerptColumn).data().toString(),
             u"<script>alert('x')</script>"_s);
}

void tst_ModerationPane::savedViewsFilterTheQueue()
{
    auto *views = m_queue->findChild<QListView *>(u"savedViews"_s);
    QTRY_COMPARE(m_queue->savedViews()->countAt(1), 3);
    QTRY_COMPARE(views->model()->index(1, 0).data().toString(), u"Spam > 0.8 (3)"_s);
    const QRect rect = views->visualRect(views->model()->index(1, 0));
    QTest::mouseClick(views->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(rowIds(), (QStringList{u"m1"_s, u"m2"_s, u"m3"_s}));
    QCOMPARE(m_queue->findChild<QComboBox *>(u"labelFilter"_s)->currentData().toString(), u"spam"_s);

    // Typing a search narrows it (Chinese), and the view is no longer "Spam > 0.8".
    auto *search = m_queue->findChild<QLineEdit *>(u"queueSearch"_s);
    search->setFocus();
    search->insert(u"微信"_s); // typed through an input method
    QTRY_COMPARE(rowIds(), QStringList{u"m1"_s});
    QVERIFY(!views->selectionModel()->hasSelection());
    // Letters typed in the search field never decide anything.
    QTest::keyClicks(search, u"a"_s);
    QCOMPARE(m_fixture->store()->pendingCount(), 0);
}

void tst_ModerationPane::ruleDryRunAndInvalidRegex()
{
    m_pane->tabs()->setCurrentIndex(1);
    KeywordRuleEditor *editor = m_pane->rules();
    auto *pattern = editor->findChild<QLineEdit *>(u"rulePattern"_s);
    auto *kind = editor->findChild<QComboBox *>(u"ruleKind"_s);
    auto *error = editor->findChild<QLabel *>(u"rulePatternError"_s);
    auto *save = editor->findChild<QPushButton *>(u"saveRuleButton"_s);
    auto *dryRun = editor->findChild<QPushButton *>(u"dryRunButton"_s);
    auto *summary = editor->findChild<QLabel *>(u"dryRunSummary"_s);
    auto *table = editor->findChild<QTableView *>(u"dryRunTable"_s);

    editor->newRule();
    kind->setCurrentIndex(kind->findData(int(KeywordMatcher::Kind::Regex)));
    pattern->setText(u"代写|代考"_s);
    QVERIFY(!error->isVisible());
    QTest::mouseClick(dryRun, Qt::LeftButton);
    QTRY_COMPARE(summary->text(), u"Would match 1 of 8 cached items in scope."_s);
    QCOMPARE(table->model()->index(0, KeywordDryRun::ItemColumn).data().toString(), u"代写论文"_s);

    kind->setCurrentIndex(kind->findData(int(KeywordMatcher::Kind::Word)));
    pattern->setText(u"spam"_s);
    QTest::mouseClick(dryRun, Qt::LeftButton);
    QTRY_COMPARE(summary->text(), u"Would match 1 of 8 cached items in scope."_s); // not "spammers"

    kind->setCurrentIndex(kind->findData(int(KeywordMatcher::Kind::Regex)));
    pattern->setText(u"(free|免费"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(u"Not a valid regular expression"_s), qPrintable(error->text()));
    QVERIFY(!save->isEnabled());
    QVERIFY(!dryRun->isEnabled());
    pattern->setText(u"(free|免费)"_s);
    QVERIFY(!error->isVisible());
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(m_fixture->store()->pendingCount(), 1);
    QCOMPARE(m_fixture->store()->pendingMutations().first().mutation.entity, u"keyword_rule"_s);
    QVERIFY(editor->findChild<QLabel *>(u"ruleMessage"_s)->text().startsWith(u"Saved — pending sync"_s));
    // The new rule highlights in the queue's detail at once.
    m_pane->tabs()->setCurrentIndex(0);
    m_queue->table()->selectRow(m_queue->model()->rowOf(u"m2"_s));
    QTRY_VERIFY(m_queue->detailPanel()->highlightCount() >= 2); // "Free" in title and "FREE" in body
}

void tst_ModerationPane::feedbackReplyOffline()
{
    m_fixture->addFeedback(u"f1"_s, u"open"_s, 30);
    m_fixture->addFeedback(u"f2"_s, u"open"_s, 2);
    m_pane->tabs()->setCurrentIndex(2);
    FeedbackView *view = m_pane->feedback();
    QTRY_COMPARE(view->model()->rowCount(), 2);
    auto *table = view->findChild<QTableView *>(u"feedbackTable"_s);
    table->selectRow(0);
    QCOMPARE(view->currentId(), u"f1"_s);
    QVERIFY(table->model()->index(0, 0).data().toString().startsWith(u"Overdue by"_s));
    QVERIFY(view->findChild<QLabel *>(u"feedbackSummary"_s)->text().contains(u"1 overdue"_s));
    QVERIFY(view->findChild<QTextBrowser *>(u"feedbackTicket"_s)->toPlainText().contains(u"<i>please</i> fix"_s));
    view->findChild<QPlainTextEdit *>(u"feedbackReply"_s)->setPlainText(u"Fixed in the next release."_s);
    QTest::mouseClick(view->findChild<QPushButton *>(u"sendReplyButton"_s), Qt::LeftButton);
    QCOMPARE(m_fixture->store()->pendingCount(), 1);
    // Answered now: below the unanswered f2, marked as waiting for the server.
    QTRY_COMPARE(view->model()->idAt(1), u"f1"_s);
    QCOMPARE(table->model()->index(1, FeedbackQueueModel::SyncColumn).data().toString(), u"Pending sync"_s);
    QCOMPARE(view->currentId(), u"f1"_s); // the selection follows the ticket
    QTRY_VERIFY(view->findChild<QTextBrowser *>(u"feedbackTicket"_s)->toPlainText().contains(u"Fixed in the next release."_s));
    QTest::mouseClick(view->findChild<QPushButton *>(u"resolveButton"_s), Qt::LeftButton);
    QCOMPARE(m_fixture->store()->pendingCount(), 2);
    QCOMPARE(m_fixture->store()->entity(u"feedback"_s, u"f1"_s)->value(u"status"_s).toString(), u"resolved"_s);
}

QTEST_MAIN(tst_ModerationPane)
#include "tst_moderationpane.moc"
