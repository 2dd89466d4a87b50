#include "kpiformat.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("KpiFormat", text);
}

QString signedText(double v, const QString &text)
{
    // U+2212 MINUS SIGN reads better than a hyphen next to figures.
    if (v > 0)
        return u"+"_s + text;
    if (v < 0)
        return QString(u"\u2212"_s + text);
    return text;
}

} // namespace

QString KpiFormat::value(double v, KpiColumn::Kind kind, const QLocale &locale)
{
    if (!std::isfinite(v))
        return {};
    switch (kind) {
    case KpiColumn::Kind::Count: return locale.toString(qint64(std::llround(v)));
    case KpiColumn::Kind::Decimal: return locale.toString(v, 'f', 2);
    case KpiColumn::Kind::Ratio: return QString(locale.toString(v * 100, 'f', 1) + locale.percent());
    case KpiColumn::Kind::Minutes: return tr("%1 min").arg(locale.toString(v, 'f', 0));
    case KpiColumn::Kind::Score: return locale.toString(v, 'f', 3);
    case KpiColumn::Kind::Date:
    case KpiColumn::Kind::Text: break;
    }
    return locale.toString(v);
}

QString KpiFormat::change(double delta, KpiColumn::Kind kind, const QLocale &locale)
{
    if (!std::isfinite(delta))
        return {};
    const double a = std::abs(delta);
    if (kind == KpiColumn::Kind::Ratio)
        return signedText(delta, tr("%1 pp").arg(locale.toString(a * 100, 'f', 1))); // percentage points
    return signedText(delta, value(a, kind, locale));
}

QString KpiFormat::relative(double r, const QLocale &locale)
{
    if (!std::isfinite(r))
        return {};
    return signedText(r, QString(locale.toString(std::abs(r) * 100, 'f', 1) + locale.percent()));
}

QString KpiFormat::date(const QDate &d, const QLocale &locale)
{
    return locale.toString(d, QLocale::ShortFormat);
}

QString KpiFormat::dayMonth(const QDate &d, const QLocale &locale)
{
    // The locale's short date without its year: "M/d/yy" -> "M/d", "yyyy/M/d" -> "M/d",
    // "dd.MM.yy" -> "dd.MM". Chinese reads better with its own characters.
    if (locale.language() == QLocale::Chinese)
        return locale.toString(d, u"M月d日"_s);
    static const QRegularExpression year(u"[^dMy]*y+[^dMy]*"_s);
    QString format = locale.dateFormat(QLocale::ShortFormat);
    format.remove(year);
    return locale.toString(d, format.isEmpty() ? u"M/d"_s : format);
}

QString KpiFormat::key(const QVariant &key, KpiColumn::Kind kind, KpiTable::Granularity g, const QLocale &locale)
{
    if (kind != KpiColumn::Kind::Date)
        return key.toString();
    const QDate d = key.toDate();
    if (g == KpiTable::Granularity::Month)
        return locale.language() == QLocale::Chinese ? locale.toString(d, u"yyyy年M月"_s)
                                                     : locale.toString(d, u"MMM yyyy"_s);
    return date(d, locale);
}

QString KpiFormat::channelName(const QString &c)
{
    if (c == u"organic") return tr("Organic");
    if (c == u"search") return tr("Search");
    if (c == u"wechat") return tr("WeChat");
    if (c == u"weibo") return tr("Weibo");
    if (c == u"referral") return tr("Referral");
    if (c == u"campaign") return tr("Campaigns");
    if (c == u"app") return tr("App");
    return c;
}
