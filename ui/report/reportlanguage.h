#pragma once

#include "kpianalytics.h"
#include "quarter.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <memory>

class QTranslator;

// The report's language, chosen in the Reports pane independently of the console's: its
// own translator (never installed on the application) and its own locale for numbers and
// dates. Report strings are marked QT_TRANSLATE_NOOP("Report", …) so lupdate finds them,
// and translated here with the report's translator; English is the source text.
class ReportLanguage final
{
public:
    explicit ReportLanguage(const QString &code = QStringLiteral("en"));

    static const QStringList &codes(); // "en", "zh_CN", "zh_TW"
    // Each language in its own script: English, 简体中文, 繁體中文.
    static QString displayName(const QString &code);

    QString code() const { return m_code; }
    bool isChinese() const { return m_code != u"en"; }
    // False when the report's translation catalogue could not be loaded (English text,
    // without its plural forms).
    bool hasTranslations() const { return m_translator != nullptr; }
    QLocale locale() const { return m_locale; }

    // `source` must come from QT_TRANSLATE_NOOP("Report", …).
    QString tr(const char *source, const char *disambiguation = nullptr) const;
    // A count sentence or phrase: `source` comes from QT_TRANSLATE_N_NOOP("Report", …)
    // and holds %Ln, which becomes n in the report's locale ("1 member", "2 members").
    QString trn(const char *source, qint64 n) const;
    // Whole sentences run together as the language writes them.
    QString sentences(const QStringList &parts) const;

    QString number(qint64 value) const;
    QString number(double value, int decimals) const;
    QString money(double value) const;                       // "¥12,345.67"
    QString percent(double fraction, int decimals = 1) const; // 0.425 -> "42.5%"; NaN -> "—"
    QString date(const QDate &date) const;                   // 2026-07-01
    QString longDate(const QDate &date) const;               // 1 July 2026 / 2026年7月1日
    QString monthDay(const QDate &date) const;               // Jul 1 / 7月1日
    QString quarter(const Quarter &quarter) const;           // Q3 2026 / 2026年第3季度
    // "+12.3%" (relative) or "+0.8 pts" for rates; "—" without a previous value.
    QString relativeChange(const KpiAnalytics::PeriodChange &change) const;
    QString pointsChange(const KpiAnalytics::PeriodChange &change) const;
    static QString dash() { return QStringLiteral("—"); }

private:
    QString m_code;
    QLocale m_locale;
    std::shared_ptr<QTranslator> m_translator;
};
