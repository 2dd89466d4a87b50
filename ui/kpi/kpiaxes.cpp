#include "kpiaxes.h"

#include "kpiformat.h"
#include "kpitablemodel.h"

#include <QCategoryAxis>
#include <QCoreApplication>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

void clear(QCategoryAxis *axis)
{
    const QStringList labels = axis->categoriesLabels();
    for (const QString &l : labels)
        axis->remove(l);
}

double niceStep(double span, int target)
{
    const double raw = span / std::max(1, target);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * magnitude >= raw * 0.999)
            return m * magnitude;
    return 10 * magnitude;
}

int decimalsFor(double step)
{
    int d = 0;
    while (d < 4 && std::abs(step * std::pow(10.0, d) - std::round(step * std::pow(10.0, d))) > 1e-6)
        ++d;
    return d;
}

// A month tick: its short name, or the year alone in January (the year turns there).
QString monthLabel(const QDate &d, const QLocale &locale)
{
    if (locale.language() == QLocale::Chinese)
        return locale.toString(d, d.month() == 1 ? u"yyyy年"_s : u"M月"_s);
    return locale.toString(d, d.month() == 1 ? u"yyyy"_s : u"MMM"_s);
}

qreal xOf(const QDate &d)
{
    return KpiTableModel::xForDate(d);
}

} // namespace

void KpiAxes::setValueTicks(QCategoryAxis *axis, double lo, double hi, KpiColumn::Kind kind, const QLocale &locale)
{
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        lo = 0;
        hi = 1;
    }
    if (kind != KpiColumn::Kind::Score && lo >= 0)
        lo = 0;
    if (hi - lo < 1e-9)
        hi = lo + (kind == KpiColumn::Kind::Count ? 1 : std::max(std::abs(lo) * 0.1, 0.01));
    double step = niceStep(hi - lo, 5);
    if (kind == KpiColumn::Kind::Count)
        step = std::max(step, 1.0);
    const double from = std::floor(lo / step + 1e-9) * step;
    const double to = std::ceil(hi / step - 1e-9) * step;
    clear(axis);
    axis->setRange(from, to);
    axis->setStartValue(from);
    const int decimals = decimalsFor(kind == KpiColumn::Kind::Ratio ? step * 100 : step);
    for (double v = from; v <= to + step * 1e-6; v += step) {
        const double value = std::abs(v) < step * 1e-6 ? 0.0 : v;
        QString label;
        switch (kind) {
        case KpiColumn::Kind::Ratio:
            label = QString(locale.toString(value * 100, 'f', decimals) + locale.percent());
            break;
        case KpiColumn::Kind::Minutes:
            label = QCoreApplication::translate("KpiFormat", "%1 min").arg(locale.toString(value, 'f', decimals));
            break;
        default:
            label = locale.toString(value, 'f', decimals);
        }
        axis->append(label, value);
    }
}

void KpiAxes::setDateTicks(QCategoryAxis *axis, const QDate &first, const QDate &last, const QLocale &locale)
{
    clear(axis);
    const qint64 span = first.daysTo(last);
    qreal min = xOf(first), max = xOf(last);
    if (span == 0) { // one day: give it some room
        min -= 12 * 3600 * 1000.0;
        max += 12 * 3600 * 1000.0;
    }
    axis->setRange(min, max);
    axis->setStartValue(min);
    QList<QDate> ticks;
    bool months = false;
    if (span <= 10) {
        for (QDate d = first; d <= last; d = d.addDays(1))
            ticks << d;
    } else if (span <= 50) {
        for (QDate d = first.addDays((8 - first.dayOfWeek()) % 7); d <= last; d = d.addDays(7))
            ticks << d;
    } else if (span <= 130) {
        for (QDate m(first.year(), first.month(), 1); m <= last; m = m.addMonths(1))
            for (const QDate &d : {m, m.addDays(14)})
                if (d >= first && d <= last)
                    ticks << d;
    } else {
        months = true;
        const int every = span <= 550 ? 1 : 3;
        QDate m(first.year(), first.month(), 1);
        while ((m.month() - 1) % every != 0)
            m = m.addMonths(1);
        for (; m <= last; m = m.addMonths(every))
            if (m >= first)
                ticks << m;
    }
    for (qsizetype i = 0; i < ticks.size(); ++i) {
        const QDate &d = ticks.at(i);
        const QString label = months ? monthLabel(d, locale) : KpiFormat::dayMonth(d, locale);
        axis->append(label, xOf(d));
    }
}

void KpiAxes::setIndexTicks(QCategoryAxis *axis, const QStringList &labels, int maxLabels)
{
    clear(axis);
    const int n = int(labels.size());
    axis->setRange(-0.5, std::max(0, n - 1) + 0.5);
    axis->setStartValue(-0.5);
    const int every = std::max(1, (n + maxLabels - 1) / std::max(1, maxLabels));
    QStringList used;
    for (int i = 0; i < n; i += every) {
        QString label = labels.at(i);
        while (used.contains(label))
            label += u"\u200B"_s; // the axis needs unique labels
        used << label;
        axis->append(label, i);
    }
}

QString KpiAxes::shortKey(const QDate &d, KpiTable::Granularity g, const QLocale &locale)
{
    if (g == KpiTable::Granularity::Month)
        return monthLabel(d, locale);
    return KpiFormat::dayMonth(d, locale);
}

QColor KpiAxes::palette(int index)
{
    static const QColor colours[] = {QColor(0x4c, 0x78, 0xa8), QColor(0xf5, 0x85, 0x18), QColor(0x54, 0xa2, 0x4b),
                                     QColor(0xb2, 0x79, 0xa2), QColor(0x72, 0xb7, 0xb2), QColor(0xee, 0xca, 0x3b),
                                     QColor(0x9d, 0x75, 0x5d), QColor(0xe4, 0x57, 0x56), QColor(0xba, 0xb0, 0xac)};
    return colours[std::abs(index) % int(std::size(colours))];
}
