#include "campaign.h"
#include "campaignphase.h"
#include "quarter.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CampaignPhase)

// Draft, scheduled and cancelled by hand; running and finished from the dates, with
// "today" passed in.
class tst_CampaignStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void phase_data();
    void phase();
    void quarters();
};

void tst_CampaignStatus::phase_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<CampaignPhase>("phase");
    const QDate start(2026, 11, 10); // ends 2026-11-16
    Q_UNUSED(start)
    QTest::newRow("scheduled, before") << u"scheduled"_s << QDate(2026, 11, 9) << CampaignPhase::Scheduled;
    QTest::newRow("scheduled, first day") << u"scheduled"_s << QDate(2026, 11, 10) << CampaignPhase::Running;
    QTest::newRow("scheduled, middle") << u"scheduled"_s << QDate(2026, 11, 13) << CampaignPhase::Running;
    QTest::newRow("scheduled, last day") << u"scheduled"_s << QDate(2026, 11, 16) << CampaignPhase::Running;
    QTest::newRow("scheduled, day after") << u"scheduled"_s << QDate(2026, 11, 17) << CampaignPhase::Finished;
    QTest::newRow("draft during its dates") << u"draft"_s << QDate(2026, 11, 13) << CampaignPhase::Draft;
    QTest::newRow("draft after its dates") << u"draft"_s << QDate(2027, 1, 1) << CampaignPhase::Draft;
    QTest::newRow("cancelled before") << u"cancelled"_s << QDate(2026, 11, 1) << CampaignPhase::Cancelled;
    QTest::newRow("cancelled during") << u"cancelled"_s << QDate(2026, 11, 13) << CampaignPhase::Cancelled;
    QTest::newRow("unknown status") << u"paused"_s << QDate(2026, 11, 13) << CampaignPhase::Draft;
}

void tst_CampaignStatus::phase()
{
    QFETCH(QString, stored);
    QFETCH(QDate, today);
    QFETCH(CampaignPhase, phase);
    Campaign c;
    c.status = stored;
    c.startDate = QDate(2026, 11, 10);
    c.endDate = QDate(2026, 11, 16);
    QCOMPARE(CampaignPhases::of(c, today), phase);
    QCOMPARE(CampaignPhases::of(stored, c.startDate, c.endDate, today), phase);
}

void tst_CampaignStatus::quarters()
{
    QCOMPARE(Quarter::of(QDate(2026, 9, 30)).id(), u"2026Q3"_s);
    QCOMPARE(Quarter::of(QDate(2026, 10, 1)).id(), u"2026Q4"_s);
    const auto q = Quarter::parse(u"2026Q4"_s);
    QVERIFY(q);
    QCOMPARE(q->firstDay(), QDate(2026, 10, 1));
    QCOMPARE(q->lastDay(), QDate(2026, 12, 31));
    QCOMPARE(q->next().id(), u"2027Q1"_s);
    QCOMPARE(q->previous().id(), u"2026Q3"_s);
    QVERIFY(!Quarter::parse(u"2026Q5"_s));
    QVERIFY(!Quarter::parse(u"2026-Q1"_s));
    QVERIFY(!Quarter::parse(QString()));
}

QTEST_GUILESS_MAIN(tst_CampaignStatus)
#include "tst_campaignstatus.moc"
