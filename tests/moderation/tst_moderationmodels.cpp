#include "feedbackqueuemodel.h"
#include "keyworddryrun.h"
#include "keywordrulemodel.h"
#include "moderationactions.h"
#include "moderationdetail.h"
#include "moderationfixture.h"
#include "moderationqueuemodel.h"
#include "reasontemplatemodel.h"
#include "savedviewmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The moderation pane's models and actions on a small cache (ModerationFixture), each
// model attached to QAbstractItemModelTester.
class tst_ModerationModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void savedViewsHaveLiveCounts();
    void savedViewsCountOffTheGuiThread();
    void reasonTemplatesAreEditableAndExpand();
    void decisionsGoThroughTheOutbox();
    void bulkRejectReportsEachItem();
    void claimsAndAuthorDiscipline();
    void detailHasAuthorAndHistory();
    void keywordRulesSaveThroughOutbox();
    void dryRunOnChineseAndEnglish_data();
    void dryRunOnChineseAndEnglish();
    void dryRunInWorkerOnFileCache();
    void feedbackTargetsAndReplies();
    void searchFindsChineseAndEnglish();
};

void tst_ModerationModels::savedViewsHaveLiveCounts()
{
    ModerationFixture f;
    QVERIFY(f.isOpen());
    SavedViewModel views(f.store());
    QAbstractItemModelTester tester(&views, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(views.rowCount(), 5);
    QCOMPARE(views.index(0).data(SavedViewModel::NameRole).toString(), u"Pending"_s);
    // pending: m1 m2 m3 m4 m5 m7; spam > 0.8 (pending): m1 m2 m3; reported >= 2: m1 m2 m5.
    QCOMPARE(views.countAt(0), 6);
    QCOMPARE(views.countAt(1), 3);
    QCOMPARE(views.countAt(2), 3);
    QCOMPARE(views.index(1).data().toString(), u"Spam > 0.8 (3)"_s);

    // A decision moves the counts (coalesced, then counted).
    QSignalSpy updated(&views, &SavedViewModel::countsUpdated);
    ModerationActions actions(f.store());
    QVERIFY(actions.decide(u"m1"_s, u"approve"_s).ok());
    QVERIFY(updated.wait(3000));
    QCOMPARE(views.countAt(0), 5);
    QCOMPARE(views.countAt(1), 2);

    // A saved view is kept in the cache.
    ModerationFilter career;
    career.board = u"Career"_s;
    QCOMPARE(views.addView(u"Career board"_s, career), 5);
    QCOMPARE(views.countAt(5), 3);
    QVERIFY(views.setData(views.index(5), u"Career"_s));
    SavedViewModel again(f.store());
    QCOMPARE(again.rowCount(), 6);
    QCOMPARE(again.index(5).data(SavedViewModel::NameRole).toString(), u"Career"_s);
    QCOMPARE(again.filterAt(5), career);
    QVERIFY(again.removeRows(5, 1));
    QCOMPARE(SavedViewModel(f.store()).rowCount(), 5);
}

void tst_ModerationModels::savedViewsCountOffTheGuiThread()
{
    QTemporaryDir dir;
    ModerationFixture f(dir.filePath(u"cache.sqlite"_s));
    QVERIFY(f.isOpen());
    SavedViewModel views(f.store());
    QAbstractItemModelTester tester(&views, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(views.isCounting() || views.countAt(0) >= 0);
    QTRY_COMPARE(views.countAt(0), 6);
    QCOMPARE(views.countAt(2), 3);
}

void tst_ModerationModels::reasonTemplatesAreEditableAndExpand()
{
    ModerationFixture f;
    ReasonTemplateModel templates(f.store());
    QAbstractItemModelTester tester(&templates, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(templates.rowCount(), 5);
    QVERIFY(templates.bodyAt(0).contains(u"{author}"_s));
    const int row = templates.addTemplate(u"Mine"_s, u"{author}: \"{title}\" in {board} is {kind} spam {unknown}"_s);
    QVERIFY(templates.setData(templates.index(0), u"Spam"_s, ReasonTemplateModel::NameRole));
    QVERIFY(templates.removeRows(1, 1));
    ReasonTemplateModel again(f.store());
    QCOMPARE(again.rowCount(), 5);
    QCOMPARE(again.index(0).data().toString(), u"Spam"_s);
    QCOMPARE(again.bodyAt(row - 1), templates.bodyAt(row - 1));

    const QJsonObject item = f.store()->entity(u"moderation_item"_s, u"m1"_s).value();
    QCOMPARE(ReasonTemplateModel::expand(again.bodyAt(row - 1), item, u"张伟"_s),
             u"张伟: \"加微信领取免费课程\" in Python is post spam {unknown}"_s);
    // A value containing a placeholder is not expanded again.
    QJsonObject tricky = item;
    tricky.insert(u"title"_s, u"{author}"_s);
    QCOMPARE(ReasonTemplateModel::expand(u"{title} by {author}"_s, tricky, u"x"_s), u"{author} by x"_s);
}

void tst_ModerationModels::decisionsGoThroughTheOutbox()
{
    ModerationFixture f;
    ModerationQueueModel queue(f.store());
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ModerationActions actions(f.store());
    const auto r = actions.decide(u"m2"_s, u"reject"_s, u"spam link"_s);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(f.store()->pendingCount(), 1);
    QCOMPARE(f.store()->entity(u"moderation_item"_s, u"m2"_s)->value(u"status"_s).toString(), u"rejected"_s);
    QTRY_VERIFY(queue.index(queue.rowOf(u"m2"_s), 0).data(ModerationQueueModel::PendingSyncRole).toBool());
    QCOMPARE(actions.decide(u"m4"_s, u"reject"_s).error, u"A rejection needs a reason."_s);
    QVERIFY(actions.undo(r.mutationId));
    QCOMPARE(f.store()->pendingCount(), 0);
    QCOMPARE(f.store()->entity(u"moderation_item"_s, u"m2"_s)->value(u"status"_s).toString(), u"pending"_s);
    // Already decided by someone else: refused before it reaches the outbox.
    QCOMPARE(actions.decide(u"m8"_s, u"approve"_s).error, u"Already rejected by lin."_s);
}

void tst_ModerationModels::bulkRejectReportsEachItem()
{
    ModerationFixture f;
    ModerationActions actions(f.store());
    // m5 is claimed by lin for another half hour.
    const auto results = actions.decideMany({u"m1"_s, u"m5"_s, u"m7"_s, u"nope"_s}, u"reject"_s,
                                            u"Hi {author}, \"{title}\" breaks the rules"_s);
    QCOMPARE(results.size(), 4);
    QVERIFY(results.at(0).ok());
    QVERIFY(results.at(1).error.startsWith(u"Claimed by lin until "_s));
    QVERIFY(results.at(2).ok());
    QCOMPARE(results.at(3).error, u"The item is not in the local cache."_s);
    QCOMPARE(f.store()->pendingCount(), 2);
    QCOMPARE(f.store()->entity(u"moderation_item"_s, u"m1"_s)->value(u"decision_reason"_s).toString(),
             u"Hi 张伟, \"加微信领取免费课程\" breaks the rules"_s);
    QCOMPARE(f.store()->entity(u"moderation_item"_s, u"m5"_s)->value(u"status"_s).toString(), u"pending"_s);
}

void tst_ModerationModels::claimsAndAuthorDiscipline()
{
    ModerationFixture f;
    ModerationActions actions(f.store());
    QVERIFY(actions.claim(u"m1"_s, 20).ok());
    const auto item = f.store()->entity(u"moderation_item"_s, u"m1"_s).value();
    QCOMPARE(item.value(u"claimed_by"_s).toString(), u"moderator"_s);
    QVERIFY(ModerationActions::otherClaim(item, u"moderator"_s, f.now()).isEmpty());
    QVERIFY(ModerationActions::otherClaim(item, u"lin"_s, f.now()).startsWith(u"moderator until "_s));
    QVERIFY(ModerationActions::otherClaim(item, u"lin"_s, f.now().addSecs(3600)).isEmpty()); // expired
    QVERIFY(actions.release(u"m1"_s).ok());
    QCOMPARE(actions.release(u"m1"_s).error, u"You hold no claim on this item."_s);
    QVERIFY(!actions.claim(u"m5"_s).ok()); // lin's

    const auto mute = actions.muteAuthor(u"m1"_s, QDateTime::currentDateTimeUtc().addDays(1), u"spam"_s);
    QVERIFY2(mute.ok(), qPrintable(mute.error));
    QCOMPARE(f.store()->entity(u"member"_s, u"u1"_s)->value(u"status"_s).toString(), u"muted"_s);
    QVERIFY(!actions.muteAuthor(u"m1"_s, QDateTime::currentDateTimeUtc().addSecs(-5), {}).ok());
    QCOMPARE(actions.banAuthor(u"m3"_s, {}).error, u"A ban needs a reason."_s);
    QVERIFY(actions.banAuthor(u"m3"_s, u"script injection"_s).ok());
    QCOMPARE(f.store()->entity(u"member"_s, u"u2"_s)->value(u"status"_s).toString(), u"banned"_s);
}

void tst_ModerationModels::detailHasAuthorAndHistory()
{
    ModerationFixture f;
    f.addItem(u"m9"_s, u"older post"_s, u"x"_s, u"post"_s, u"Python"_s, 0.5, {}, 0, u"rejected"_s);
    f.addAudit(u"a1"_s, u"moderation_item"_s, u"m1"_s, u"claim"_s, u"lin"_s, u"claim until later"_s, 30);
    f.addAudit(u"a2"_s, u"member"_s, u"u1"_s, u"mute"_s, u"lin"_s, u"mute until tomorrow"_s, 20);
    ModerationActions actions(f.store());
    QVERIFY(actions.decide(u"m1"_s, u"escalate"_s, u"needs a manager"_s).ok());
    const ModerationItemDetail d = ModerationItemDetail::load(*f.store(), u"m1"_s);
    QVERIFY(d.found);
    QCOMPARE(d.author->value(u"display_name"_s).toString(), u"张伟"_s);
    QCOMPARE(d.authorItems, 8); // u1 wrote every item except m3, and m9
    QCOMPARE(d.authorRejected, 2);
    QCOMPARE(d.authorEscalated, 1);
    QCOMPARE(d.authorDecisions.size(), 3); // m6, m8, m9 (decided, not this one)
    QCOMPARE(d.authorDiscipline.size(), 1);
    QCOMPARE(d.history.size(), 2);
    QCOMPARE(d.history.at(0).summary, u"claim until later"_s);
    QVERIFY(d.history.at(1).pendingSync);
    QVERIFY(d.pendingSync);
    QVERIFY(!ModerationItemDetail::load(*f.store(), u"missing"_s).found);
}

void tst_ModerationModels::keywordRulesSaveThroughOutbox()
{
    ModerationFixture f;
    f.addRule(u"kw1"_s, u"加微信"_s, false, false, u"flag"_s);
    KeywordRuleModel rules(f.store());
    QAbstractItemModelTester tester(&rules, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(rules.rowCount(), 1);
    KeywordRuleRecord r;
    r.pattern = u"free (course"_s;
    r.kind = KeywordMatcher::Kind::Regex;
    QString error;
    QVERIFY(rules.save(r, &error).isEmpty());
    QVERIFY(error.startsWith(u"Not a valid regular expression"_s));
    QCOMPARE(f.store()->pendingCount(), 0);

    r.pattern = u"free\\s+course"_s;
    r.kinds = {u"post"_s};
    r.action = u"hold"_s;
    const QString id = rules.save(r, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QCOMPARE(f.store()->pendingCount(), 1);
    QTRY_COMPARE(rules.rowCount(), 2);
    const int row = rules.rowOf(id);
    QVERIFY(rules.ruleAt(row).pendingSync);
    QCOMPARE(rules.index(row, KeywordRuleModel::ScopeColumn).data().toString(), u"all boards; Post"_s);
    QCOMPARE(rules.enabledMatcher().rules().size(), 2);

    KeywordRuleRecord edited = rules.ruleAt(row);
    edited.enabled = false;
    QVERIFY(!rules.save(edited, &error).isEmpty());
    const auto pending = f.store()->pendingMutations();
    QCOMPARE(pending.last().mutation.action, u"update"_s);
    QCOMPARE(pending.last().mutation.payload, QJsonObject({{u"enabled"_s, false}}));
    QTRY_COMPARE(rules.enabledMatcher().rules().size(), 1);
    QVERIFY(rules.remove(u"kw1"_s));
    QTRY_COMPARE(rules.rowCount(), 1);
}

void tst_ModerationModels::dryRunOnChineseAndEnglish_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<QStringList>("expectedIds");
    QTest::addColumn<int>("scanned");
    using K = KeywordMatcher::Kind;
    QTest::newRow("Chinese phrase") << int(K::Phrase) << u"加微信"_s << QStringList() << QStringList{u"m1"_s} << 8;
    QTest::newRow("Chinese regex") << int(K::Regex) << u"代写|代考"_s << QStringList() << QStringList{u"m5"_s} << 8;
    QTest::newRow("Traditional, comments only") << int(K::Phrase) << u"滾出"_s << QStringList{u"comment"_s}
                                                << QStringList{u"m7"_s} << 3;
    QTest::newRow("English word") << int(K::Word) << u"spam"_s << QStringList() << QStringList{u"m8"_s} << 8;
    QTest::newRow("English phrase") << int(K::Phrase) << u"spam"_s << QStringList() << QStringList{u"m8"_s} << 8;
    QTest::newRow("English phrase across lines") << int(K::Phrase) << u"free course download"_s << QStringList()
                                                 << QStringList{u"m2"_s} << 8;
    QTest::newRow("markup as text") << int(K::Phrase) << u"<script>"_s << QStringList() << QStringList{u"m3"_s} << 8;
    QTest::newRow("posts only") << int(K::Regex) << u"spam|script"_s << QStringList{u"post"_s}
                                << QStringList{u"m8"_s} << 5;
}

void tst_ModerationModels::dryRunOnChineseAndEnglish()
{
    QFETCH(int, kind);
    QFETCH(QString, pattern);
    QFETCH(QStringList, kinds);
    QFETCH(QStringList, expectedIds);
    QFETCH(int, scanned);
    ModerationFixture f;
    KeywordDryRun run(f.store());
    QAbstractItemModelTester tester(&run, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&run, &KeywordDryRun::finished);
    run.start({u"r"_s, KeywordMatcher::Kind(kind), pattern, {}, kinds, u"flag"_s, {}});
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(run.result().error.isEmpty(), qPrintable(run.result().error));
    QCOMPARE(run.result().scanned, scanned);
    QStringList ids;
    for (int row = 0; row < run.rowCount(); ++row)
        ids << run.index(row, 0).data(KeywordDryRun::ItemIdRole).toString();
    ids.sort();
    QCOMPARE(ids, expectedIds);
    QCOMPARE(run.result().matched, expectedIds.size());
    const KeywordDryRun::Hit &hit = run.result().hits.first();
    QCOMPARE(hit.context.mid(hit.matchStart, hit.matchLength).compare(pattern, Qt::CaseInsensitive) == 0
                 || kind == int(KeywordMatcher::Kind::Regex) || pattern.contains(u' '),
             true);
}

void tst_ModerationModels::dryRunInWorkerOnFileCache()
{
    QTemporaryDir dir;
    ModerationFixture f(dir.filePath(u"cache.sqlite"_s));
    KeywordDryRun run(f.store());
    QSignalSpy finished(&run, &KeywordDryRun::finished);
    run.start({u"r"_s, KeywordMatcher::Kind::Regex, u"(free|免费)"_s, {}, {}, u"flag"_s, {}});
    QVERIFY(finished.wait(10000));
    QCOMPARE(run.result().matched, 2); // m1 (免费), m2 (Free)
    run.start({u"r"_s, KeywordMatcher::Kind::Regex, u"[unclosed"_s, {}, {}, u"flag"_s, {}});
    QCOMPARE(finished.size(), 2); // an invalid rule finishes at once, with the error
    QVERIFY(run.result().error.startsWith(u"Not a valid regular expression"_s));
    QCOMPARE(run.rowCount(), 0);
}

void tst_ModerationModels::feedbackTargetsAndReplies()
{
    ModerationFixture f;
    f.addFeedback(u"f1"_s, u"open"_s, 30);  // 6 h overdue
    f.addFeedback(u"f2"_s, u"open"_s, 22);  // 2 h left: due soon
    f.addFeedback(u"f3"_s, u"open"_s, 1);   // 23 h left
    f.addFeedback(u"f4"_s, u"answered"_s, 40, f.now().addSecs(-38 * 3600).toString(Qt::ISODate)); // answered in 2 h
    f.addFeedback(u"f5"_s, u"resolved"_s, 80, f.now().addSecs(-40 * 3600).toString(Qt::ISODate));
    FeedbackQueueModel model(f.store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(f.now());
    QCOMPARE(model.rowCount(), 4); // waiting: open and answered
    QCOMPARE(model.idAt(0), u"f1"_s);
    QCOMPARE(model.idAt(3), u"f4"_s);
    using S = FeedbackQueueModel::TargetState;
    const auto state = [&](int row) { return model.index(row, 0).data(FeedbackQueueModel::TargetStateRole).value<S>(); };
    QCOMPARE(state(0), S::Overdue);
    QCOMPARE(model.index(0, 0).data().toString(), u"Overdue by 6 h"_s);
    QCOMPARE(state(1), S::DueSoon);
    QCOMPARE(model.index(1, 0).data().toString(), u"2 h left"_s);
    QCOMPARE(state(2), S::OnTime);
    QCOMPARE(state(3), S::Met);
    QCOMPARE(model.index(3, 0).data().toString(), u"Answered in 2 h"_s);
    QCOMPARE(model.overdueCount(), 1);

    // Offline: the reply and the resolution wait in the outbox, visible at once.
    ModerationActions actions(f.store());
    QVERIFY(actions.replyToFeedback(u"f1"_s, u"Thanks, we are on it."_s).ok());
    QTRY_COMPARE(model.index(model.rowOf(u"f1"_s), FeedbackQueueModel::SyncColumn).data().toString(), u"Pending sync"_s);
    QCOMPARE(model.index(model.rowOf(u"f1"_s), FeedbackQueueModel::StatusColumn).data().toString(), u"Answered"_s);
    QVERIFY(actions.resolveFeedback(u"f2"_s).ok());
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(actions.resolveFeedback(u"f5"_s).error, u"The feedback is resolved already."_s);
    model.setStatuses({u"resolved"_s});
    QCOMPARE(model.rowCount(), 2);
}

void tst_ModerationModels::searchFindsChineseAndEnglish()
{
    ModerationFixture f;
    ModerationQueueModel queue(f.store());
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto idsFor = [&](const QString &text) {
        ModerationFilter filter;
        filter.text = text;
        queue.setFilter(filter);
        QStringList ids;
        for (int r = 0; r < queue.rowCount(); ++r)
            ids << queue.idAt(r);
        ids.sort();
        return ids;
    };
    QCOMPARE(idsFor(u"微信"_s), QStringList{u"m1"_s});     // two characters
    QCOMPARE(idsFor(u"代写"_s), QStringList{u"m5"_s});
    QCOMPARE(idsFor(u"course"_s), QStringList{u"m2"_s});
    QCOMPARE(idsFor(u"spam"_s), QStringList{u"m8"_s});     // "spammers" too: prefix
    QCOMPARE(idsFor(u"Qt 教程"_s), QStringList{u"m4"_s});  // mixed
}

QTEST_GUILESS_MAIN(tst_ModerationModels)
#include "tst_moderationmodels.moc"
