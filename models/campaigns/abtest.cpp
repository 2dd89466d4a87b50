#include "abtest.h"

#include "campaign.h"

#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

namespace AbTest {
double normalCdf(double x)
{
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

double normalQuantile(double p)
{
    // Acklam's rational approximation (relative error < 1.2e-9), then one Newton step.
    static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                               1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                               6.680131188771972e+01, -1.328068155288572e+01};
    static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                               -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                               3.754408661907416e+00};
    if (p <= 0)
        return -INFINITY;
    if (p >= 1)
        return INFINITY;
    double x;
    if (p < 0.02425) {
        const double q = std::sqrt(-2 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (p > 1 - 0.02425) {
        const double q = std::sqrt(-2 * std::log(1 - p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
    const double e = normalCdf(x) - p;
    const double u = e * std::sqrt(2 * M_PI) * std::exp(x * x / 2);
    return x - u / (1 + x * u / 2);
}

std::optional<double> exposuresPerVariant(double pA, double pB, double alpha, double power)
{
    const double delta = pB - pA;
    if (delta == 0)
        return std::nullopt;
    const double pBar = (pA + pB) / 2;
    const double zA = normalQuantile(1 - alpha / 2);
    const double zB = normalQuantile(power);
    const double term = zA * std::sqrt(2 * pBar * (1 - pBar)) + zB * std::sqrt(pA * (1 - pA) + pB * (1 - pB));
    return term * term / (delta * delta);
}

QString formatP(double p)
{
    const QLocale locale;
    if (p < 0.001)
        return QCoreApplication::translate("AbTestResult", "p < %1").arg(locale.toString(0.001, 'f', 3));
    // Two decimals say enough above 0.01; below it the third decimal matters. Just under
    // the threshold (0.045 .. 0.05) a rounded "0.05" would read as not significant, so
    // those show three decimals, rounded down.
    double shown = p;
    int decimals = p < 0.01 ? 3 : 2;
    if (p < alpha && std::round(p * 100) / 100 >= alpha) {
        decimals = 3;
        shown = std::floor(p * 1000) / 1000;
    }
    return QCoreApplication::translate("AbTestResult", "p = %1").arg(locale.toString(shown, 'f', decimals));
}

namespace {
// Rounds up to two significant digits: 12,345 -> 13,000, 87 -> 87.
qint64 roundUpTwoDigits(double n)
{
    if (n <= 100)
        return qint64(std::ceil(n));
    const double scale = std::pow(10.0, std::floor(std::log10(n)) - 1);
    return qint64(std::ceil(n / scale) * scale);
}
} // namespace

AbTestResult compare(qint64 nA, qint64 xA, qint64 nB, qint64 xB)
{
    AbTestResult r;
    r.exposuresA = nA;
    r.conversionsA = xA;
    r.exposuresB = nB;
    r.conversionsB = xB;
    if (nA > 0)
        r.rateA = double(xA) / double(nA);
    if (nB > 0)
        r.rateB = double(xB) / double(nB);
    if (!r.rateA || !r.rateB) {
        r.verdict = AbTestResult::Verdict::NoData;
        return r;
    }
    const double pA = *r.rateA, pB = *r.rateB;
    const double diff = pB - pA;
    r.difference = diff;
    const double se = std::sqrt(pA * (1 - pA) / double(nA) + pB * (1 - pB) / double(nB));
    const double z95 = normalQuantile(0.975);
    r.ciLow = diff - z95 * se;
    r.ciHigh = diff + z95 * se;
    const double pooled = double(xA + xB) / double(nA + nB);
    const double se0 = std::sqrt(pooled * (1 - pooled) * (1.0 / double(nA) + 1.0 / double(nB)));
    if (se0 == 0 || diff == 0) {
        // Identical rates (no conversions at all, or every exposure converted): nothing
        // to test yet.
        r.z = 0.0;
        r.pValue = 1.0;
        r.verdict = AbTestResult::Verdict::NoDifference;
        return r;
    }
    r.z = diff / se0;
    r.pValue = std::erfc(std::abs(*r.z) / std::sqrt(2.0));
    if (*r.pValue < alpha) {
        r.verdict = diff > 0 ? AbTestResult::Verdict::BetterB : AbTestResult::Verdict::BetterA;
        return r;
    }
    r.verdict = AbTestResult::Verdict::NotSignificant;
    if (const auto n = exposuresPerVariant(pA, pB)) {
        const double missing = std::max(0.0, *n - double(nA)) + std::max(0.0, *n - double(nB));
        r.moreExposuresNeeded = roundUpTwoDigits(missing);
    }
    return r;
}

QList<AbTestResult> compareAll(const QList<CampaignVariant> &variants)
{
    QList<AbTestResult> out;
    for (qsizetype i = 1; i < variants.size(); ++i) {
        AbTestResult r = compare(variants.at(0).exposures, variants.at(0).conversions,
                                 variants.at(i).exposures, variants.at(i).conversions);
        r.labelA = QString(QChar(u'A'));
        r.labelB = i < 26 ? QString(QChar(char16_t(u'A' + i))) : QString::number(i + 1);
        out.append(r);
    }
    return out;
}

QString summary(const QList<CampaignVariant> &variants)
{
    const QList<AbTestResult> all = compareAll(variants);
    if (all.isEmpty())
        return {};
    const AbTestResult *best = &all.first();
    for (const AbTestResult &r : all) {
        if (r.pValue && (!best->pValue || *r.pValue < *best->pValue))
            best = &r;
    }
    return best->wording();
}
} // namespace AbTest

QString AbTestResult::wording() const
{
    const QLocale locale;
    switch (verdict) {
    case Verdict::NoData:
        return tr("no result yet: a variant has no exposures");
    case Verdict::NoDifference:
        return tr("no difference yet: both variants convert at the same rate");
    case Verdict::BetterB:
        //: %1 is a variant's letter, %2 the p-value as "p = 0.01", e.g. "B is better, p = 0.01"
        return tr("%1 is better, %2").arg(labelB, AbTest::formatP(*pValue));
    case Verdict::BetterA:
        return tr("%1 is better, %2").arg(labelA, AbTest::formatP(*pValue));
    case Verdict::NotSignificant:
        if (moreExposuresNeeded && *moreExposuresNeeded > 0)
            //: %1 is the number of exposures, %2 the p-value as "p = 0.34"
            return tr("not significant yet: about %Ln more exposures needed (%1)", nullptr,
                      int(qMin<qint64>(*moreExposuresNeeded, INT_MAX)))
                .arg(AbTest::formatP(*pValue));
        return tr("not significant (%1)").arg(AbTest::formatP(*pValue));
    }
    return {};
}
