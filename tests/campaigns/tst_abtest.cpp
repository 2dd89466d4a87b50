#include "abtest.h"
#include "campaign.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

// The A/B statistics against values worked out by hand (rates, Wald interval, pooled
// z-test, sample size for 80% power), including zero exposures and zero conversions.
class tst_AbTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalDistribution();
    void compare_data();
    void compare();
    void wording_data();
    void wording();
    void formatP_data();
    void formatP();
    void moreThanTwoVariants();
};

void tst_AbTest::normalDistribution()
{
    QVERIFY(qAbs(AbTest::normalCdf(0) - 0.5) < 1e-12);
    QVERIFY(qAbs(AbTest::normalCdf(1.959963984540054) - 0.975) < 1e-9);
    QVERIFY(qAbs(AbTest::normalQuantile(0.975) - 1.959963984540054) < 1e-9);
    QVERIFY(qAbs(AbTest::normalQuantile(0.8) - 0.8416212335729143) < 1e-9);
    QVERIFY(qAbs(AbTest::normalQuantile(0.001) + 3.090232306167813) < 1e-8);
}

using Verdict = AbTestResult::Verdict;
Q_DECLARE_METATYPE(AbTestResult::Verdict)

void tst_AbTest::compare_data()
{
    QTest::addColumn<qint64>("nA");
    QTest::addColumn<qint64>("xA");
    QTest::addColumn<qint64>("nB");
    QTest::addColumn<qint64>("xB");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<double>("diff");
    QTest::addColumn<double>("ciLow");
    QTest::addColumn<double>("ciHigh");
    QTest::addColumn<double>("z");
    QTest::addColumn<double>("p");
    QTest::addColumn<qint64>("more"); // -1: not given

    // 5.0% vs 7.5%: pooled p = 0.0625, SE0 = sqrt(.0625*.9375*.002) = 0.010825,
    // z = 0.025 / 0.010825 = 2.3094, p = erfc(2.3094/√2) = 0.02092.
    QTest::newRow("B better") << 1000LL << 50LL << 1000LL << 75LL << Verdict::BetterB << 0.025
                              << 0.003811076014 << 0.046188923986 << 2.309401076759 << 0.020921335338 << -1LL;
    // 2.0% vs 2.2%: p = 0.659; n per arm = (1.96·√(2·.021·.979) + 0.8416·√(.0196+.021516))² / .002²
    // = 80,681 -> 157,363 more in all -> "about 160,000".
    QTest::newRow("not significant") << 2000LL << 40LL << 2000LL << 44LL << Verdict::NotSignificant << 0.002
                                     << -0.006886659127 << 0.010886659127 << 0.441091818463 << 0.659146526290 << 160000LL;
    QTest::newRow("A better, unequal sizes") << 1200LL << 60LL << 800LL << 20LL << Verdict::BetterA << -0.025
                                             << -0.041404334593 << -0.008595665407 << -2.795084971875 << 0.005188607552 << -1LL;
    QTest::newRow("zero conversions in A") << 1000LL << 0LL << 1000LL << 8LL << Verdict::BetterB << 0.008
                                           << 0.002478603691 << 0.013521396309 << 2.834101006326 << 0.004595480432 << -1LL;
    QTest::newRow("equal rates") << 500LL << 10LL << 500LL << 10LL << Verdict::NoDifference << 0.0
                                 << -0.017354260905 << 0.017354260905 << 0.0 << 1.0 << -1LL;
    QTest::newRow("zero conversions in both") << 1000LL << 0LL << 1000LL << 0LL << Verdict::NoDifference << 0.0
                                              << 0.0 << 0.0 << 0.0 << 1.0 << -1LL;
}

void tst_AbTest::compare()
{
    QFETCH(qint64, nA);
    QFETCH(qint64, xA);
    QFETCH(qint64, nB);
    QFETCH(qint64, xB);
    QFETCH(Verdict, verdict);
    QFETCH(double, diff);
    QFETCH(double, ciLow);
    QFETCH(double, ciHigh);
    QFETCH(double, z);
    QFETCH(double, p);
    QFETCH(qint64, more);
    const AbTestResult r = AbTest::compare(nA, xA, nB, xB);
    QCOMPARE(r.verdict, verdict);
    QVERIFY(r.rateA && r.rateB);
    QVERIFY(qAbs(*r.rateA - double(xA) / double(nA)) < 1e-12);
    QVERIFY(qAbs(*r.rateB - double(xB) / double(nB)) < 1e-12);
    QVERIFY(r.difference && qAbs(*r.difference - diff) < 1e-9);
    QVERIFY2(r.ciLow && qAbs(*r.ciLow - ciLow) < 1e-9, qPrintable(QString::number(r.ciLow.value_or(-99), 'g', 12)));
    QVERIFY(r.ciHigh && qAbs(*r.ciHigh - ciHigh) < 1e-9);
    QVERIFY2(r.z && qAbs(*r.z - z) < 1e-9, qPrintable(QString::number(r.z.value_or(-99), 'g', 12)));
    QVERIFY2(r.pValue && qAbs(*r.pValue - p) < 1e-9, qPrintable(QString::number(r.pValue.value_or(-99), 'g', 12)));
    if (more >= 0)
        QCOMPARE(r.moreExposuresNeeded.value_or(-1), more);
    else
        QVERIFY(!r.moreExposuresNeeded);
}

void tst_AbTest::wording_data()
{
    QTest::addColumn<qint64>("nA");
    QTest::addColumn<qint64>("xA");
    QTest::addColumn<qint64>("nB");
    QTest::addColumn<qint64>("xB");
    QTest::addColumn<QString>("wording");
    const QLocale locale;
    QTest::newRow("B better") << 1000LL << 50LL << 1000LL << 75LL << u"B is better, p = %1"_s.arg(locale.toString(0.02, 'f', 2));
    QTest::newRow("A better") << 1200LL << 60LL << 800LL << 20LL << u"A is better, p = %1"_s.arg(locale.toString(0.005, 'f', 3));
    QTest::newRow("more needed") << 2000LL << 40LL << 2000LL << 44LL
                                 << u"not significant yet: about %1 more exposures needed (p = %2)"_s
                                        .arg(locale.toString(160000), locale.toString(0.66, 'f', 2));
    QTest::newRow("no exposures in A") << 0LL << 0LL << 1000LL << 8LL << u"no result yet: a variant has no exposures"_s;
    QTest::newRow("no exposures at all") << 0LL << 0LL << 0LL << 0LL << u"no result yet: a variant has no exposures"_s;
    QTest::newRow("no conversions") << 1000LL << 0LL << 1000LL << 0LL
                                    << u"no difference yet: both variants convert at the same rate"_s;
}

void tst_AbTest::wording()
{
    QFETCH(qint64, nA);
    QFETCH(qint64, xA);
    QFETCH(qint64, nB);
    QFETCH(qint64, xB);
    QFETCH(QString, wording);
    const AbTestResult r = AbTest::compare(nA, xA, nB, xB);
    QCOMPARE(r.wording(), wording);
    if (nA == 0 || nB == 0) {
        QCOMPARE(r.verdict, Verdict::NoData);
        QVERIFY(!r.difference && !r.pValue);
    }
}

void tst_AbTest::formatP_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<QString>("text");
    const QLocale l;
    QTest::newRow("large") << 0.3412 << u"p = %1"_s.arg(l.toString(0.34, 'f', 2));
    QTest::newRow("two decimals") << 0.0123 << u"p = %1"_s.arg(l.toString(0.01, 'f', 2));
    QTest::newRow("below 0.01") << 0.0046 << u"p = %1"_s.arg(l.toString(0.005, 'f', 3));
    QTest::newRow("just significant, rounded down") << 0.0496 << u"p = %1"_s.arg(l.toString(0.049, 'f', 3));
    QTest::newRow("tiny") << 0.00002 << u"p < %1"_s.arg(l.toString(0.001, 'f', 3));
}

void tst_AbTest::formatP()
{
    QFETCH(double, p);
    QFETCH(QString, text);
    QCOMPARE(AbTest::formatP(p), text);
}

void tst_AbTest::moreThanTwoVariants()
{
    const QList<CampaignVariant> variants = {{u"control"_s, 1000, 50}, {u"banner"_s, 1000, 52}, {u"video"_s, 1000, 75}};
    const QList<AbTestResult> all = AbTest::compareAll(variants);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).labelB, u"B"_s);
    QCOMPARE(all.at(1).labelB, u"C"_s);
    QCOMPARE(all.at(1).verdict, Verdict::BetterB);
    // The summary names the most significant comparison.
    QVERIFY(AbTest::summary(variants).startsWith(u"C is better"_s));
    QVERIFY(AbTest::compareAll({}).isEmpty());
    QVERIFY(AbTest::summary({{u"only"_s, 10, 1}}).isEmpty());
}

QTEST_GUILESS_MAIN(tst_AbTest)
#include "tst_abtest.moc"
