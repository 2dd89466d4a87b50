#include "cachefixture.h"
#include "campaigncalendar.h"
#include "campaigncard.h"
#include "campaignfixture.h"
#include "campaignmodel.h"
#include "campaignsview.h"
#include "campaigntimeline.h"

#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

// Drag to reschedule, offscreen: mouse press, move and release on the real calendar and
// timeline; then the cache holds the new dates and the outbox the update.
class tst_CampaignDrag : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void calendarMove();
    void calendarStretchEnd();
    void timelineMove();
    void timelineShortenAndStart();
    void readOnlyRoleCannotDrag();
    void cardShowsResultsAndAbTest();

private:
    void makeView(const QString &role = u"manager"_s);
    // The update the last drag queued.
    QJsonObject lastPayload(const QString &campaignId) const;
    QDate cachedDate(const QString &campaignId, const QString &field) const;
    void drag(QWidget *target, QPoint from, QPoint to);

    std::unique_ptr<CacheFixture> m_cache;
    std::unique_ptr<CampaignsView> m_view;
};

void tst_CampaignDrag::initTestCase()
{
    // The pane remembers its view and campaign in QSettings: keep the user's own apart.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(u"campaigns"_s);
}

void tst_CampaignDrag::init()
{
    m_cache = std::make_unique<CacheFixture>();
    QVERIFY(m_cache->open());
    CampaignFixture::apply(*m_cache->store(), CampaignFixture::sample(), {CampaignFixture::sampleBudget()});
}

void tst_CampaignDrag::cleanup()
{
    m_view.reset();
    m_cache.reset();
}

void tst_CampaignDrag::makeView(const QString &role)
{
    CampaignFixture::setRole(*m_cache->store(), role, role);
    m_view = std::make_unique<CampaignsView>(m_cache->context());
    m_view->model()->setToday(CampaignFixture::today());
    m_view->calendar()->setMonth(CampaignFixture::today());
    m_view->resize(1400, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    // The pane fits a small main window (900 px wide with the navigation).
    QVERIFY2(m_view->minimumSizeHint().width() <= 760, qPrintable(QString::number(m_view->minimumSizeHint().width())));
}

QJsonObject tst_CampaignDrag::lastPayload(const QString &campaignId) const
{
    const QList<OutboxEntry> pending = m_cache->store()->pendingMutations();
    for (auto it = pending.crbegin(); it != pending.crend(); ++it)
        if (it->mutation.entity == u"campaign" && it->mutation.entityId == campaignId && it->mutation.action == u"update")
            return it->mutation.payload;
    return {};
}

QDate tst_CampaignDrag::cachedDate(const QString &campaignId, const QString &field) const
{
    const auto e = m_cache->store()->entity(u"campaign"_s, campaignId);
    return e ? QDate::fromString(e->value(field).toString(), Qt::ISODate) : QDate();
}

void tst_CampaignDrag::drag(QWidget *target, QPoint from, QPoint to)
{
    QTest::mousePress(target, Qt::LeftButton, Qt::NoModifier, from);
    // In steps, as a hand would: past the drag distance, then on to the target.
    const QPoint step = (to - from) / 4;
    for (int i = 1; i < 4; ++i)
        QTest::mouseMove(target, from + step * i);
    QTest::mouseMove(target, to);
    QTest::mouseRelease(target, Qt::LeftButton, Qt::NoModifier, to);
}

void tst_CampaignDrag::calendarMove()
{
    makeView();
    m_view->showTab(CampaignsView::CalendarTab);
    CampaignCalendar *calendar = m_view->calendar();
    QTRY_VERIFY(calendar->isVisible());
    // cmp-a runs 10–12 Nov; grab it on the 11th and drop it on the 18th: one week later.
    const QList<QRect> bars = calendar->barRects(u"cmp-a"_s);
    QCOMPARE(bars.size(), 1);
    const QRect day11 = calendar->dayRect(QDate(2026, 11, 11));
    const QPoint from(day11.center().x(), bars.first().center().y());
    const QRect day18 = calendar->dayRect(QDate(2026, 11, 18));
    const QPoint to(day18.center().x(), day18.top() + (from.y() - day11.top()));
    drag(calendar, from, to);

    QCOMPARE(cachedDate(u"cmp-a"_s, u"start_date"_s), QDate(2026, 11, 17));
    QCOMPARE(cachedDate(u"cmp-a"_s, u"end_date"_s), QDate(2026, 11, 19));
    const QJsonObject payload = lastPayload(u"cmp-a"_s);
    QCOMPARE(payload, (QJsonObject{{u"start_date"_s, u"2026-11-17"_s}, {u"end_date"_s, u"2026-11-19"_s}}));
    QCOMPARE(m_cache->store()->pendingCount(), 1);
    QVERIFY(m_view->model()->campaign(u"cmp-a"_s)->pendingSync);
    QCOMPARE(calendar->currentId(), u"cmp-a"_s);
    QCOMPARE(m_view->card()->campaignId(), u"cmp-a"_s);
    QVERIFY(!m_view->message().isEmpty());
}

void tst_CampaignDrag::calendarStretchEnd()
{
    makeView();
    m_view->showTab(CampaignsView::CalendarTab);
    CampaignCalendar *calendar = m_view->calendar();
    QTRY_VERIFY(calendar->isVisible());
    // cmp-d (a draft, 14–18 Dec) is next month; its last day is dragged from the 18th to the 22nd.
    calendar->showNextMonth();
    const QList<QRect> bars = calendar->barRects(u"cmp-d"_s);
    QCOMPARE(bars.size(), 1);
    const QPoint from(bars.first().right() - 2, bars.first().center().y());
    QCOMPARE(calendar->dateAt(from), QDate(2026, 12, 18));
    const QRect day22 = calendar->dayRect(QDate(2026, 12, 22));
    const QPoint to(day22.center().x(), day22.top() + (from.y() - calendar->dayRect(QDate(2026, 12, 18)).top()));
    drag(calendar, from, to);
    QCOMPARE(cachedDate(u"cmp-d"_s, u"start_date"_s), QDate(2026, 12, 14));
    QCOMPARE(cachedDate(u"cmp-d"_s, u"end_date"_s), QDate(2026, 12, 22));
    QCOMPARE(lastPayload(u"cmp-d"_s).value(u"end_date"_s).toString(), u"2026-12-22"_s);
    // The bar now spans two weeks.
    QCOMPARE(calendar->barRects(u"cmp-d"_s).size(), 2);

    // A click without moving changes nothing.
    const int before = m_cache->store()->pendingCount();
    const QRect bar = calendar->barRects(u"cmp-d"_s).first();
    QTest::mouseClick(calendar, Qt::LeftButton, Qt::NoModifier, bar.center());
    QCOMPARE(m_cache->store()->pendingCount(), before);
}

void tst_CampaignDrag::timelineMove()
{
    makeView();
    m_view->showTab(CampaignsView::TimelineTab);
    CampaignTimeline *timeline = m_view->timeline();
    QTRY_VERIFY(timeline->isVisible());
    timeline->setDayWidth(12);
    timeline->scrollToCampaign(u"cmp-c"_s);
    // cmp-c runs 21–30 Nov; three days later.
    const QRect bar = timeline->barRect(u"cmp-c"_s);
    QVERIFY(timeline->viewport()->rect().contains(bar.center()));
    const QPoint from = bar.center();
    const QPoint to = from + QPoint(3 * timeline->dayWidth(), 0);
    drag(timeline->viewport(), from, to);
    QCOMPARE(cachedDate(u"cmp-c"_s, u"start_date"_s), QDate(2026, 11, 24));
    QCOMPARE(cachedDate(u"cmp-c"_s, u"end_date"_s), QDate(2026, 12, 3));
    QCOMPARE(lastPayload(u"cmp-c"_s), (QJsonObject{{u"start_date"_s, u"2026-11-24"_s}, {u"end_date"_s, u"2026-12-03"_s}}));
    // No longer overlapping cmp-b on the core tier: the warning is gone.
    QVERIFY(m_view->model()->warningsFor(u"cmp-c"_s).isEmpty());
}

void tst_CampaignDrag::timelineShortenAndStart()
{
    makeView();
    m_view->showTab(CampaignsView::TimelineTab);
    CampaignTimeline *timeline = m_view->timeline();
    QTRY_VERIFY(timeline->isVisible());
    timeline->setDayWidth(14);
    timeline->scrollToCampaign(u"cmp-c"_s);
    const int day = timeline->dayWidth();
    // The last day of cmp-c (30 Nov) back to 27 Nov.
    QRect bar = timeline->barRect(u"cmp-c"_s);
    QPoint from(bar.right() - 1, bar.center().y());
    drag(timeline->viewport(), from, from - QPoint(3 * day, 0));
    QCOMPARE(cachedDate(u"cmp-c"_s, u"start_date"_s), QDate(2026, 11, 21));
    QCOMPARE(cachedDate(u"cmp-c"_s, u"end_date"_s), QDate(2026, 11, 27));
    // Its first day (21 Nov) on to 22 Nov: no longer overlapping cmp-b (19–21 Nov).
    bar = timeline->barRect(u"cmp-c"_s);
    from = QPoint(bar.left() + 1, bar.center().y());
    drag(timeline->viewport(), from, from + QPoint(day, 0));
    QCOMPARE(cachedDate(u"cmp-c"_s, u"start_date"_s), QDate(2026, 11, 22));
    QCOMPARE(cachedDate(u"cmp-c"_s, u"end_date"_s), QDate(2026, 11, 27));
    QCOMPARE(m_cache->store()->pendingCount(), 2);
    QVERIFY(m_view->model()->warnings().isEmpty());
}

void tst_CampaignDrag::readOnlyRoleCannotDrag()
{
    makeView(u"analyst"_s);
    QVERIFY(!m_view->isEditable());
    m_view->showTab(CampaignsView::CalendarTab);
    CampaignCalendar *calendar = m_view->calendar();
    QTRY_VERIFY(calendar->isVisible());
    const QRect bar = calendar->barRects(u"cmp-a"_s).first();
    const QRect day18 = calendar->dayRect(QDate(2026, 11, 18));
    drag(calendar, bar.center(), day18.center());
    QCOMPARE(m_cache->store()->pendingCount(), 0);
    QCOMPARE(cachedDate(u"cmp-a"_s, u"start_date"_s), QDate(2026, 11, 10));
    QCOMPARE(calendar->currentId(), u"cmp-a"_s); // selecting still works
    QVERIFY(!m_view->findChild<QWidget *>(u"newCampaign"_s)->isVisible());
    QVERIFY(m_view->findChild<QWidget *>(u"campaignReadOnly"_s)->isVisible());
}

void tst_CampaignDrag::cardShowsResultsAndAbTest()
{
    makeView();
    m_view->setCurrentId(u"cmp-a"_s);
    CampaignCard *card = m_view->card();
    QCOMPARE(card->findChild<QLabel *>(u"cardTitle"_s)->text(), u"Python 编程挑战赛"_s);
    QCOMPARE(card->findChild<QLabel *>(u"cardStatus"_s)->text(), u"Finished"_s);
    const QString returns = card->findChild<QLabel *>(u"cardReturns"_s)->text();
    QVERIFY2(returns.contains(u"ROI: +50%"_s), qPrintable(returns));
    QVERIFY(card->findChild<QLabel *>(u"cardAbVerdict"_s)->text().startsWith(u"B is better"_s));
    QVERIFY(card->findChild<QLabel *>(u"cardAbDetail"_s)->text().contains(u"80%"_s));
    m_view->setCurrentId(u"cmp-b"_s);
    QVERIFY(card->findChild<QLabel *>(u"cardWarnings"_s)->isVisible());
    QVERIFY(card->findChild<QLabel *>(u"cardNoResults"_s)->isVisible());
}

QTEST_MAIN(tst_CampaignDrag)
#include "tst_campaigndrag.moc"
