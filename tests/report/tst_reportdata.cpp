// The quarterly report's figures (ReportDataBuilder) against a cache whose every daily
// figure follows a formula (ReportFixture): totals, averages, quarter bounds in the
// community's zone, tiers, points, campaigns, anomalies, the forecast, and the drafts.
#include "reportanalysis.h"
#include "reportcommunity.h"
#include "reportdatabuilder.h"
#include "reportdrafts.h"
#include "reportfixture.h"
#include "reportmetrics.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestReportData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void quartersInTheCache();
    void dailyFiguresSumToTheQuarter();
    void previousQuarterAndChanges();
    void retentionPoolsTheQuartersCohorts();
    void tiersSizesAndMovements();
    void pointsFollowTheCommunityZone();
    void pointsPassAgreesWithSql();
    void badgesModerationAndAudit();
    void campaignsOfTheQuarter();
    void spikeIsAnAnomalyWithItsCampaign();
    void forecastCoversTheNextQuarter();
    void quarterWithoutDataIsAnError();
    void holidays();
    void draftsPerQuarterAndLanguage();

private:
    ReportData build(const Quarter &quarter);
    std::unique_ptr<ReportFixture> m_fixture;
};

void TestReportData::init()
{
    m_fixture = std::make_unique<ReportFixture>();
    QVERIFY(m_fixture->open());
}

void TestReportData::cleanup()
{
    m_fixture.reset();
}

ReportData TestReportData::build(const Quarter &quarter)
{
    QString error;
    const auto data = ReportDataBuilder(m_fixture->store()->database()).build(quarter, &error);
    if (!data)
        qWarning("build: %s", qPrintable(error));
    return data.value_or(ReportData());
}

void TestReportData::quartersInTheCache()
{
    const QList<Quarter> quarters = ReportDataBuilder(m_fixture->store()->database()).quarters();
    QCOMPARE(quarters, (QList<Quarter>{{2026, 3}, {2026, 2}}));
}

void TestReportData::dailyFiguresSumToTheQuarter()
{
    const ReportData data = build({2026, 3});
    const ReportPeriod &p = data.current;
    QCOMPARE(p.daysInQuarter, 92);
    QCOMPARE(p.daysCovered, 92);
    QVERIFY(p.isComplete());
    QCOMPARE(data.days.size(), 92);
    QCOMPARE(data.asOf, QDate(2026, 10, 1));

    qint64 before = ReportFixture::membersBefore(), joins = 0, wechat = 0, posts = 0, decisions = 0, violations = 0;
    double dau = 0, mau = 0, revenue = 0;
    for (QDate d = ReportFixture::firstDay(); d <= QDate(2026, 9, 30); d = d.addDays(1)) {
        if (d.month() < 7) {
            before += ReportFixture::newMembers(d);
            continue;
        }
        joins += ReportFixture::newMembers(d);
        wechat += ReportFixture::wechat(d);
        posts += ReportFixture::posts(d);
        decisions += ReportFixture::decisions(d);
        violations += ReportFixture::violations(d);
        dau += double(ReportFixture::dau(d));
        mau += double(ReportFixture::mau(d));
        revenue += ReportFixture::revenue(d);
    }
    QCOMPARE(p.membersStart, before);
    QCOMPARE(p.membersEnd, before + joins);
    QCOMPARE(p.newMembers, joins);
    QCOMPARE(p.newByChannel.value(u"wechat"_s), wechat);
    QCOMPARE(p.newByChannel.value(u"search"_s), 3 * 92);
    QCOMPARE(p.posts, posts);
    QCOMPARE(p.decisions, decisions);
    QCOMPARE(p.violations, violations);
    QCOMPARE(p.violationRate, double(violations) / double(decisions));
    QCOMPARE(p.avgDau, dau / 92);
    QCOMPARE(p.avgMau, mau / 92);
    QCOMPARE(p.stickiness, (dau / 92) / (mau / 92));
    QCOMPARE(p.revenue, revenue);
    QCOMPARE(p.peakDau, 3000);
    QCOMPARE(p.peakDauDate, ReportFixture::spikeDay());
    QCOMPARE(p.backlogEnd, ReportFixture::backlog(QDate(2026, 9, 30)));
    QCOMPARE(p.payingEnd, 100 + ReportFixture::index(QDate(2026, 9, 30)));
    QCOMPARE(p.sentiment, 0.25);
    // 30 + index % 10 minutes a day: over the quarter the median of the daily medians is 34.
    QCOMPARE(p.medianDecisionMinutes, 34.0);
}

void TestReportData::previousQuarterAndChanges()
{
    const ReportData data = build({2026, 3});
    const ReportPeriod &q2 = data.previous;
    QCOMPARE(q2.quarter, (Quarter{2026, 2}));
    QCOMPARE(q2.daysCovered, 91);
    QVERIFY(q2.isComplete());
    // No day before 1 April in the cache: the first day's total less its joiners.
    QCOMPARE(q2.membersStart, ReportFixture::membersBefore());
    QCOMPARE(data.previousDays.size(), 91);
    QCOMPARE(data.previousDays.first().date, QDate(2026, 4, 1));

    // A quarter partly covered: 2026Q2 reported alone has no previous quarter.
    const ReportData early = build({2026, 2});
    QVERIFY(!early.previous.hasData());
}

void TestReportData::retentionPoolsTheQuartersCohorts()
{
    const ReportData data = build({2026, 3});
    // Mondays 6 July … 28 September.
    QCOMPARE(data.cohorts.size(), 13);
    QCOMPARE(data.cohorts.first().start, QDate(2026, 7, 6));
    QCOMPARE(data.current.cohorts, 13);
    QCOMPARE(data.current.cohortMembers, 13 * 70);
    QCOMPARE(data.current.retentionD1, 0.5);
    QCOMPARE(data.current.retentionD7, 0.3);   // the last week's day 7 has not come: left out
    QCOMPARE(data.current.retentionD30, 0.2);  // four weeks without day 30
    QVERIFY(!data.cohorts.last().d7.has_value());
}

void TestReportData::tiersSizesAndMovements()
{
    const ReportData data = build({2026, 3});
    QCOMPARE(data.tiers.size(), 4);
    QCOMPARE(data.membersCached, 40);
    QCOMPARE(data.mutedOrBanned, 2);
    const QStringList ids = {u"newcomer"_s, u"regular"_s, u"core"_s, u"backbone"_s};
    for (int t = 0; t < 4; ++t) {
        const ReportTier &tier = data.tiers.at(t);
        QCOMPARE(tier.id, ids.at(t));
        qint64 members = 0, entered = 0, joined = 0;
        for (int i = 1; i <= 40; ++i) {
            if (i % 4 != t)
                continue;
            ++members;
            entered += i <= 12;
            joined += i <= 4;
        }
        QCOMPARE(tier.members, members);
        QCOMPARE(tier.entered, entered);
        QCOMPARE(tier.newJoiners, joined);
        QCOMPARE(tier.movedIn, entered - joined);
    }
}

void TestReportData::pointsFollowTheCommunityZone()
{
    const ReportData data = build({2026, 3});
    const ReportPoints &p = data.points;
    // p1–p6 and p8: the entry at 16:00 UTC on 30 June is 1 July in Shanghai, the one at
    // 15:59:59 is not; 30 September 15:59:59 UTC is still September there.
    QCOMPARE(p.entries, 7);
    QCOMPARE(p.awarded, 645);
    QCOMPARE(p.redeemed, 100);
    QCOMPARE(p.opening, 500);
    QCOMPARE(p.members, 5);
    QCOMPARE(p.ledgerStart, QDate(2026, 6, 30));
    QCOMPARE(p.categories.size(), 4);
    QCOMPARE(p.categories.at(0).category, u"Opening balance"_s);
    QCOMPARE(p.categories.at(1).category, u"Task"_s);
    QCOMPARE(p.categories.at(1).entries, 4);
    QCOMPARE(p.categories.at(1).points, 120);
    QCOMPARE(p.categories.last().category, u"Redemption"_s);
    QCOMPARE(p.topEarners.size(), 4);
    QCOMPARE(p.topEarners.at(0).displayName, u"林小明"_s);
    QCOMPARE(p.topEarners.at(0).points, 60);
    QCOMPARE(p.topEarners.at(3).memberId, u"7"_s);
}

void TestReportData::pointsPassAgreesWithSql()
{
    // Awkward ledger rows the one-pass reader must count exactly as SQL's GROUP BY did:
    // full-width and late colons, long reasons, characters beyond the BMP, padding,
    // missing fields, and ties at the fifth place of the top earners.
    QSqlDatabase db = m_fixture->store()->database();
    QSqlQuery q(db);
    QVERIFY(q.prepare(u"INSERT INTO points_entry(id, version, member_id, points, reason, created_at) VALUES (?, 1, ?, ?, ?, ?)"_s));
    const QString at = u"2026-08-01T04:00:00Z"_s;
    const QString longReason = u"A reason much longer than thirty-two characters without any colon"_s;
    const QString lateColon = u"Thirty-five characters of preamble: then the colon"_s;
    const QString astral = u"𝐁𝐨𝐧𝐮𝐬😀: a prize"_s; // six characters, twelve UTF-16 units, before the colon
    const QList<std::tuple<QString, QVariant, QVariant, QVariant>> rows = {
        {u"x1"_s, u"1"_s, 80, u"活动：春季挑战"_s},
        {u"x2"_s, u"2"_s, 80, u"  Task  : padded"_s},
        {u"x3"_s, u"3"_s, 80, longReason},
        {u"x4"_s, u"4"_s, 80, lateColon},
        {u"x5"_s, u"5"_s, 80, astral},
        {u"x6"_s, u"6"_s, 80, QVariant()},                 // no reason: "other"
        {u"x7"_s, u"7"_s, QVariant(), u"Task: no points"_s}, // counted, adds nothing
        {u"x8"_s, QVariant(), 999, u"Task: nobody"_s},       // no member: not a member, not an earner
        {u"x9"_s, u"10"_s, 80, u":leading colon"_s},
        {u"x10"_s, u"11"_s, -5, u"Redemption"_s},
        {u"x11"_s, u"12"_s, 0, u""_s},
    };
    for (const auto &[id, member, points, reason] : rows) {
        q.addBindValue(id);
        q.addBindValue(member);
        q.addBindValue(points);
        q.addBindValue(reason);
        q.addBindValue(at);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    const ReportData data = build({2026, 3});
    const ReportPoints &p = data.points;

    // The reference: the GROUP BY queries the reader replaced.
    const ReportCommunity community(db, {2026, 3}, QTimeZone("Asia/Shanghai"));
    const auto bind = [&](QSqlQuery &query) {
        query.bindValue(u":start"_s, community.startUtc());
        query.bindValue(u":end"_s, community.endUtc());
    };
    QVERIFY(q.prepare(u"SELECT CASE WHEN instr(reason, ':') BETWEEN 2 AND 33 THEN trim(substr(reason, 1, instr(reason, ':') - 1)) "
                      "WHEN instr(reason, '：') BETWEEN 2 AND 33 THEN trim(substr(reason, 1, instr(reason, '：') - 1)) "
                      "WHEN length(reason) <= 32 THEN trim(reason) ELSE '' END AS category, count(*), sum(points) "
                      "FROM points_entry WHERE created_at >= :start AND created_at < :end GROUP BY category"_s));
    bind(q);
    QVERIFY(q.exec());
    QMap<QString, std::pair<qint64, qint64>> expected;
    while (q.next())
        expected.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    QMap<QString, std::pair<qint64, qint64>> got;
    for (const ReportPointsCategory &c : p.categories)
        got.insert(c.category, {c.entries, c.points});
    QCOMPARE(got, expected);
    QVERIFY(got.contains(u"活动"_s));
    QVERIFY(got.contains(u"𝐁𝐨𝐧𝐮𝐬😀"_s));
    QCOMPARE(got.value(u"Task"_s).first, expected.value(u"Task"_s).first);
    QVERIFY(got.value(u""_s).first >= 3); // long reason, late colon, no reason

    QVERIFY(q.prepare(u"SELECT count(*), sum(max(points, 0)), -sum(min(points, 0)), count(DISTINCT member_id) "
                      "FROM points_entry WHERE created_at >= :start AND created_at < :end"_s));
    bind(q);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(p.entries, q.value(0).toLongLong());
    QCOMPARE(p.awarded, q.value(1).toLongLong());
    QCOMPARE(p.redeemed, q.value(2).toLongLong());
    QCOMPARE(p.members, q.value(3).toLongLong());

    QVERIFY(q.prepare(u"SELECT member_id, sum(points) AS earned FROM points_entry WHERE created_at >= :start "
                      "AND created_at < :end AND points > 0 AND reason IS NOT 'Opening balance' AND member_id IS NOT NULL "
                      "GROUP BY member_id ORDER BY earned DESC, member_id LIMIT 5"_s));
    bind(q);
    QVERIFY(q.exec());
    QStringList expectedTop, top;
    while (q.next())
        expectedTop << q.value(0).toString() + u'=' + q.value(1).toString();
    for (const ReportEarner &e : p.topEarners)
        top << e.memberId + u'=' + QString::number(e.points);
    QCOMPARE(top, expectedTop);
    QCOMPARE(top.size(), 5);
}

void TestReportData::badgesModerationAndAudit()
{
    const ReportData data = build({2026, 3});
    QCOMPARE(data.badges.size(), 2);
    QCOMPARE(data.badges.first().nameZh, u"活跃之星"_s);
    QCOMPARE(data.badges.first().awarded, 10);
    QCOMPARE(data.badgeHolders, 10);
    QCOMPARE(data.moderation.created, 3);
    QCOMPARE(data.moderation.byStatus.value(u"rejected"_s), 1);
    QCOMPARE(data.moderation.byLabel.value(u"spam"_s), 2);
    QCOMPARE(data.moderation.reported, 1);
    QCOMPARE(data.audit.size(), 2);
    qint64 entries = 0;
    for (const ReportAuditAction &a : data.audit)
        entries += a.entries;
    QCOMPARE(entries, 2);
}

void TestReportData::campaignsOfTheQuarter()
{
    const ReportData data = build({2026, 3});
    QVERIFY(data.campaigns.has_value());
    const QuarterCampaignStats &stats = *data.campaigns;
    QCOMPARE(stats.campaigns.size(), 3);
    QCOMPARE(stats.spend.budget, 20000.0);
    QCOMPARE(stats.spend.spent, 12500.0);
    QVERIFY(stats.spend.roi.has_value());
    QCOMPARE(*stats.spend.roi, 0.25);
    bool markup = false;
    for (const CampaignOutcome &o : stats.campaigns) {
        if (o.campaign.name == ReportFixture::markupCampaign()) {
            markup = true;
            QCOMPARE(*o.metrics.roi, 0.5);
            QCOMPARE(o.abTests.size(), 1);
            QVERIFY(o.abTests.first().isSignificant());
        }
    }
    QVERIFY(markup);
    QVERIFY(data.nextCampaigns.has_value());
    QCOMPARE(data.nextCampaigns->campaigns.size(), 1);
}

void TestReportData::spikeIsAnAnomalyWithItsCampaign()
{
    const ReportData data = build({2026, 3});
    const auto it = std::find_if(data.anomalies.cbegin(), data.anomalies.cend(), [](const ReportAnomaly &a) {
        return a.metric == u"dau" && a.date == ReportFixture::spikeDay();
    });
    QVERIFY(it != data.anomalies.cend());
    QCOMPARE(it->value, 3000.0);
    QVERIFY(it->score > 3.5);
    QVERIFY(it->expected < 1500);
    QCOMPARE(it->causes.size(), 1);
    QCOMPARE(it->causes.first().kind, ReportCause::Kind::Campaign);
    QCOMPARE(it->causes.first().detail, ReportFixture::markupCampaign());
    for (const ReportAnomaly &a : data.anomalies)
        QVERIFY((Quarter{2026, 3}).contains(a.date)); // the weeks before are context only
}

void TestReportData::forecastCoversTheNextQuarter()
{
    const ReportData data = build({2026, 3});
    const ReportForecast &f = data.forecast;
    QCOMPARE(f.quarter, (Quarter{2026, 4}));
    QCOMPARE(f.dates.size(), 92);
    QCOMPARE(f.dates.first(), QDate(2026, 10, 1));
    QCOMPARE(f.dauMean.size(), 92);
    QCOMPARE(f.historyDates.last(), QDate(2026, 9, 30));
    QCOMPARE(f.historyDau.size(), KpiAnalytics::HoldoutDays);
    QVERIFY(f.avgDau > 900 && f.avgDau < 1500);
    QVERIFY(f.avgDauLower <= f.avgDau && f.avgDau <= f.avgDauUpper);
    QVERIFY(f.newMembers > 92 * 8 && f.newMembers < 92 * 13);
}

void TestReportData::quarterWithoutDataIsAnError()
{
    QString error;
    QVERIFY(!ReportDataBuilder(m_fixture->store()->database()).build({2027, 1}, &error));
    QVERIFY2(error.contains(u"2027Q1"_s) && error.contains(u"2026-09-30"_s), qPrintable(error));
    QVERIFY(!ReportDataBuilder(m_fixture->store()->database()).build(Quarter(), &error));
    QVERIFY(!error.isEmpty());
}

void TestReportData::holidays()
{
    QCOMPARE(ReportAnalysis::holidayOn(QDate(2026, 10, 3)), u"national_day"_s);
    QCOMPARE(ReportAnalysis::holidayOn(QDate(2026, 2, 16)), u"spring_festival"_s);
    QCOMPARE(ReportAnalysis::holidayOn(QDate(2026, 5, 2)), u"labour_day"_s);
    QCOMPARE(ReportAnalysis::holidayOn(QDate(2026, 8, 12)), QString());
}

void TestReportData::draftsPerQuarterAndLanguage()
{
    ReportDrafts drafts(m_fixture->store()->database());
    QString error;
    QVERIFY2(drafts.save(u"2026Q3"_s, u"en"_s, u"plan"_s, u"<p>Grow <b>core</b> members</p>"_s, &error), qPrintable(error));
    QVERIFY(drafts.save(u"2026Q3"_s, u"zh_CN"_s, u"plan"_s, u"<p>核心成员</p>"_s));
    QVERIFY(drafts.save(u"2026Q3"_s, u"en"_s, u"plan"_s, u"<p>Grow <b>backbone</b> members</p>"_s));
    QCOMPARE(drafts.draft(u"2026Q3"_s, u"en"_s, u"plan"_s), u"<p>Grow <b>backbone</b> members</p>"_s);
    QCOMPARE(drafts.draft(u"2026Q3"_s, u"zh_CN"_s, u"plan"_s), u"<p>核心成员</p>"_s);
    QVERIFY(drafts.draft(u"2026Q2"_s, u"en"_s, u"plan"_s).isEmpty());
    QCOMPARE(drafts.drafts(u"2026Q3"_s, u"en"_s).size(), 1);
    QVERIFY(drafts.savedAt(u"2026Q3"_s, u"en"_s, u"plan"_s).isValid());
    QVERIFY(drafts.save(u"2026Q3"_s, u"en"_s, u"plan"_s, u"  "_s)); // empty: removed
    QVERIFY(drafts.draft(u"2026Q3"_s, u"en"_s, u"plan"_s).isEmpty());

    QVERIFY(drafts.setSetting(QString::fromLatin1(ReportDrafts::CommunityNameKey), u"学习社区"_s));
    QCOMPARE(drafts.setting(QString::fromLatin1(ReportDrafts::CommunityNameKey)), u"学习社区"_s);
    QCOMPARE(drafts.setting(u"missing"_s, u"fallback"_s), u"fallback"_s);
}

QTEST_GUILESS_MAIN(TestReportData)
#include "tst_reportdata.moc"
