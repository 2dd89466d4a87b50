#include "reportlanguage.h"

#include <QCoreApplication>
#include <QTranslator>
#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

ReportLanguage::ReportLanguage(const QString &code)
    : m_code(codes().contains(code) ? code : u"en"_s)
    , m_locale(m_code == u"en" ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale(m_code))
{
    // The console's catalogues are compiled in under :/i18n (see ui/CMakeLists.txt), as
    // TranslationLoader loads them. English is the source language: its catalogue holds
    // only the plural forms of the numerus messages.
    auto translator = std::make_shared<QTranslator>();
    if (translator->load(u":/i18n/steward_"_s + m_code))
        m_translator = std::move(translator);
    m_locale.setNumberOptions(QLocale::DefaultNumberOptions);
}

const QStringList &ReportLanguage::codes()
{
    static const QStringList list = {u"en"_s, u"zh_CN"_s, u"zh_TW"_s};
    return list;
}

QString ReportLanguage::displayName(const QString &code)
{
    if (code == u"zh_CN")
        return u"简体中文"_s;
    if (code == u"zh_TW")
        return u"繁體中文"_s;
    return u"English"_s;
}

QString ReportLanguage::tr(const char *source, const char *disambiguation) const
{
    if (m_translator) {
        const QString translated = m_translator->translate("Report", source, disambiguation);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString ReportLanguage::trn(const char *source, qint64 n) const
{
    // QTranslator picks the form for n but, unlike QCoreApplication::translate, leaves
    // %n in place; counts beyond int pick the form of the largest int (a plural).
    const int form = int(std::clamp<qint64>(n, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
    QString text;
    if (m_translator)
        text = m_translator->translate("Report", source, nullptr, form);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    text.replace(u"%Ln"_s, m_locale.toString(n));
    text.replace(u"%n"_s, QString::number(n));
    return text;
}

QString ReportLanguage::sentences(const QStringList &parts) const
{
    // Chinese sentences end in a full-width stop and follow on without a space.
    return parts.join(isChinese() ? QString() : u" "_s);
}

QString ReportLanguage::number(qint64 value) const
{
    return m_locale.toString(value);
}

QString ReportLanguage::number(double value, int decimals) const
{
    if (qIsNaN(value) || qIsInf(value))
        return dash();
    return m_locale.toString(value, 'f', decimals);
}

QString ReportLanguage::money(double value) const
{
    if (qIsNaN(value))
        return dash();
    const QString digits = m_locale.toString(std::abs(value), 'f', 2);
    return (value < 0 ? u"-¥"_s : u"¥"_s) + digits;
}

QString ReportLanguage::percent(double fraction, int decimals) const
{
    if (qIsNaN(fraction) || qIsInf(fraction))
        return dash();
    const QString digits = m_locale.toString(std::abs(fraction) * 100.0, 'f', decimals);
    return (fraction < 0 && std::round(std::abs(fraction) * std::pow(10, decimals + 2)) > 0 ? u"-"_s : QString())
        + digits + u"%"_s;
}

QString ReportLanguage::date(const QDate &date) const
{
    return date.isValid() ? date.toString(Qt::ISODate) : dash();
}

QString ReportLanguage::longDate(const QDate &date) const
{
    if (!date.isValid())
        return dash();
    if (isChinese())
        return u"%1年%2月%3日"_s.arg(date.year()).arg(date.month()).arg(date.day());
    return m_locale.toString(date, u"d MMMM yyyy"_s);
}

QString ReportLanguage::monthDay(const QDate &date) const
{
    if (!date.isValid())
        return dash();
    if (isChinese())
        return u"%1月%2日"_s.arg(date.month()).arg(date.day());
    return m_locale.toString(date, u"MMM d"_s);
}

QString ReportLanguage::quarter(const Quarter &quarter) const
{
    // The marker stands alone: lupdate does not look inside the argument of a call named tr().
    //: A calendar quarter on the report, e.g. "Q3 2026"; %1 is the quarter's number, %2 the year.
    static const char *const source = QT_TRANSLATE_NOOP("Report", "Q%1 %2");
    return tr(source).arg(quarter.number).arg(quarter.year);
}

QString ReportLanguage::relativeChange(const KpiAnalytics::PeriodChange &change) const
{
    if (qIsNaN(change.relative) || qIsInf(change.relative))
        return dash();
    const QString digits = m_locale.toString(std::abs(change.relative) * 100.0, 'f', 1);
    if (digits == m_locale.toString(0.0, 'f', 1))
        return u"±"_s + digits + u"%"_s;
    return (change.relative > 0 ? u"+"_s : u"-"_s) + digits + u"%"_s;
}

QString ReportLanguage::pointsChange(const KpiAnalytics::PeriodChange &change) const
{
    if (qIsNaN(change.change) || qIsNaN(change.previous) || qIsNaN(change.current))
        return dash();
    const QString digits = m_locale.toString(std::abs(change.change) * 100.0, 'f', 1);
    const QString sign = digits == m_locale.toString(0.0, 'f', 1) ? u"±"_s : change.change > 0 ? u"+"_s : u"-"_s;
    //: A change of a percentage, in percentage points, e.g. "+0.8 pts"; %1 is the signed number.
    static const char *const source = QT_TRANSLATE_NOOP("Report", "%1 pts");
    return tr(source).arg(sign + digits);
}
