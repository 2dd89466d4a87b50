#include "quarter.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

std::optional<Quarter> Quarter::parse(const QString &id)
{
    static const QRegularExpression re(u"^(\\d{4})Q([1-4])$"_s);
    const QRegularExpressionMatch m = re.match(id);
    if (!m.hasMatch())
        return std::nullopt;
    return Quarter{m.captured(1).toInt(), m.captured(2).toInt()};
}

Quarter Quarter::of(const QDate &date)
{
    if (!date.isValid())
        return {};
    return {date.year(), (date.month() - 1) / 3 + 1};
}

QString Quarter::id() const
{
    return isValid() ? u"%1Q%2"_s.arg(year).arg(number) : QString();
}

QString Quarter::displayName() const
{
    //: A calendar quarter: %1 is its number (1-4), %2 the year, e.g. "Q3 2026"
    return QCoreApplication::translate("Quarter", "Q%1 %2").arg(number).arg(year);
}

QDate Quarter::firstDay() const
{
    return isValid() ? QDate(year, (number - 1) * 3 + 1, 1) : QDate();
}

QDate Quarter::lastDay() const
{
    return isValid() ? firstDay().addMonths(3).addDays(-1) : QDate();
}

Quarter Quarter::next() const
{
    return number == 4 ? Quarter{year + 1, 1} : Quarter{year, number + 1};
}

Quarter Quarter::previous() const
{
    return number == 1 ? Quarter{year - 1, 4} : Quarter{year, number - 1};
}
