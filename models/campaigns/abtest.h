#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

struct CampaignVariant;

// Statistics of an A/B test between a control (A) and a treatment (B): conversion rates,
// their difference with a 95% confidence interval, a two-proportion z-test, and what to
// tell the manager in plain words. No widgets; the campaign card and the quarterly report
// both use it.
//
// Methods:
// - rate = conversions / exposures.
// - difference = rate(B) - rate(A); its 95% interval is the Wald interval
//   diff ± 1.96 · sqrt(pA(1-pA)/nA + pB(1-pB)/nB).
// - z = diff / sqrt(p(1-p)(1/nA + 1/nB)) with the pooled rate p; two-sided p-value
//   2·(1 - Φ(|z|)). Significant when p < 0.05.
// - "About N more exposures needed" assumes the observed rates are the true ones and asks
//   for 80% power in a two-sided test at α = 0.05 with exposures split evenly:
//   n per variant = (z₀.₉₇₅·sqrt(2·p̄(1-p̄)) + z₀.₈·sqrt(pA(1-pA) + pB(1-pB)))² / (pB - pA)²
//   with p̄ = (pA + pB)/2; N = the exposures still missing to reach n in both variants,
//   rounded up to two significant digits.
struct AbTestResult {
    Q_DECLARE_TR_FUNCTIONS(AbTestResult)
public:
    enum class Verdict {
        NoData,         // a variant has no exposures: no rate to compare
        NoDifference,   // equal rates so far (often: no conversions yet)
        NotSignificant, // a difference, but p >= alpha
        BetterB,        // B converts better, p < alpha
        BetterA,        // A converts better, p < alpha
    };
    QString labelA = QStringLiteral("A");
    QString labelB = QStringLiteral("B");
    qint64 exposuresA = 0, conversionsA = 0, exposuresB = 0, conversionsB = 0;
    std::optional<double> rateA, rateB;
    std::optional<double> difference;     // rateB - rateA
    std::optional<double> ciLow, ciHigh;  // 95% interval of the difference
    std::optional<double> z;
    std::optional<double> pValue;
    std::optional<qint64> moreExposuresNeeded; // only when NotSignificant
    Verdict verdict = Verdict::NoData;

    bool isSignificant() const { return verdict == Verdict::BetterA || verdict == Verdict::BetterB; }
    // "B is better, p = 0.01", "not significant yet: about 12,000 more exposures needed".
    QString wording() const;
};

namespace AbTest {
constexpr double alpha = 0.05;
constexpr double power = 0.80;

AbTestResult compare(qint64 exposuresA, qint64 conversionsA, qint64 exposuresB, qint64 conversionsB);
// Each later variant against the first (the control), labelled A, B, C … by position.
QList<AbTestResult> compareAll(const QList<CampaignVariant> &variants);
// One line for a table: the most significant comparison's wording; empty without a test.
QString summary(const QList<CampaignVariant> &variants);

// Exposures per variant for `power` at two-sided `alpha`; nullopt when pA == pB.
std::optional<double> exposuresPerVariant(double pA, double pB, double alpha = AbTest::alpha,
                                          double power = AbTest::power);
double normalCdf(double x);
double normalQuantile(double p); // inverse of normalCdf, 0 < p < 1
// "p = 0.01", "p = 0.003", "p < 0.001"
QString formatP(double p);
} // namespace AbTest
