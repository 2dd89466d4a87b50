#include "campaigntext.h"

#include "campaign.h"

#include <QHash>
#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

QString CampaignText::type(const QString &type)
{
    if (type == u"contest") return tr("Contest");
    if (type == u"topic_discussion") return tr("Topic discussion");
    if (type == u"qa") return tr("Q&A");
    if (type == u"vote") return tr("Vote");
    if (type == u"lottery") return tr("Lottery");
    if (type == u"holiday_theme") return tr("Holiday theme");
    if (type == u"salon") return tr("Salon");
    if (type == u"live_session") return tr("Live session");
    return type;
}

QString CampaignText::mode(const QString &mode)
{
    if (mode == u"online") return tr("Online");
    if (mode == u"offline") return tr("Offline");
    return mode;
}

QString CampaignText::phase(CampaignPhase phase)
{
    switch (phase) {
    case CampaignPhase::Draft: return tr("Draft");
    case CampaignPhase::Scheduled: return tr("Scheduled");
    case CampaignPhase::Running: return tr("Running");
    case CampaignPhase::Finished: return tr("Finished");
    case CampaignPhase::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString CampaignText::storedStatus(const QString &status)
{
    if (status == u"draft") return tr("Draft");
    if (status == u"scheduled") return tr("Scheduled");
    if (status == u"cancelled") return tr("Cancelled");
    return status;
}

QString CampaignText::tier(const QString &tier)
{
    if (tier == u"newcomer") return tr("Newcomer");
    if (tier == u"regular") return tr("Regular");
    if (tier == u"core") return tr("Core");
    if (tier == u"backbone") return tr("Backbone");
    return tier;
}

QString CampaignText::segment(const QString &segment)
{
    if (segment == u"champions") return tr("Champions");
    if (segment == u"loyal") return tr("Loyal");
    if (segment == u"potential") return tr("Potential");
    if (segment == u"at_risk") return tr("At risk");
    if (segment == u"hibernating") return tr("Hibernating");
    return segment;
}

QString CampaignText::target(const Campaign &c)
{
    if (!c.targetTier.isEmpty())
        return tr("Tier: %1").arg(tier(c.targetTier));
    if (!c.targetSegment.isEmpty())
        return tr("Segment: %1").arg(segment(c.targetSegment));
    return tr("Everyone");
}

QString CampaignText::dateRange(const QDate &start, const QDate &end)
{
    const QLocale locale;
    if (!start.isValid() || !end.isValid())
        return none();
    if (start == end)
        return locale.toString(start, QLocale::ShortFormat);
    //: A date range: first day – last day
    return tr("%1 – %2").arg(locale.toString(start, QLocale::ShortFormat), locale.toString(end, QLocale::ShortFormat));
}

QString CampaignText::monthYear(const QDate &date)
{
    // Qt's month names read "十一月 2026" in Chinese; a Chinese date says 2026年11月.
    const QLocale locale;
    return locale.toString(date, locale.language() == QLocale::Chinese ? u"yyyy年M月"_s : u"MMMM yyyy"_s);
}

QString CampaignText::monthDay(const QDate &date)
{
    const QLocale locale;
    return locale.toString(date, locale.language() == QLocale::Chinese ? u"M月d日"_s : u"MMM d"_s);
}

QString CampaignText::money(double amount, int decimals)
{
    // The community's money is CNY for every user, so the symbol is always ¥; where it
    // goes and the grouping follow the locale ("¥12,500.00" in English and Chinese,
    // "12.500,00 ¥" in German). A loss reads "-¥3.50", not the accounting "(¥3.50)" that
    // some locales' currency format has.
    const QLocale locale;
    const QString text = locale.toCurrencyString(std::abs(amount), currencySymbol(), decimals);
    return amount < 0 && text != locale.toCurrencyString(0.0, currencySymbol(), decimals) ? locale.negativeSign() + text
                                                                                         : text;
}

QString CampaignText::currencySymbol()
{
    return u"¥"_s;
}

QString CampaignText::money(const std::optional<double> &amount, int decimals)
{
    return amount ? money(*amount, decimals) : none();
}

QString CampaignText::percent(const std::optional<double> &ratio, int decimals)
{
    if (!ratio)
        return none();
    return QLocale().toString(*ratio * 100.0, 'f', decimals) + u'%';
}

QString CampaignText::signedPercent(const std::optional<double> &ratio, int decimals)
{
    if (!ratio)
        return none();
    const QString digits = QLocale().toString(std::abs(*ratio) * 100.0, 'f', decimals);
    if (std::round(std::abs(*ratio) * 100.0 * std::pow(10.0, decimals)) == 0)
        return digits + u'%';
    return (*ratio > 0 ? u"+"_s : u"\u2212"_s) + digits + u'%';
}

QString CampaignText::count(qint64 n)
{
    return QLocale().toString(n);
}

QString CampaignText::none()
{
    return u"\u2014"_s;
}
