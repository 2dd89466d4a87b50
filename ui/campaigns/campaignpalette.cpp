#include "campaignpalette.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace CampaignPalette {
QColor typeColor(const QString &type)
{
    // Colour-blind-safe qualitative palette (Okabe–Ito family), readable with white text.
    static const QHash<QString, QColor> colors = {
        {u"contest"_s, QColor(0x0072B2)},       {u"topic_discussion"_s, QColor(0x009E73)},
        {u"qa"_s, QColor(0x56B4E9).darker(135)}, {u"vote"_s, QColor(0xCC79A7).darker(120)},
        {u"lottery"_s, QColor(0xE69F00).darker(120)}, {u"holiday_theme"_s, QColor(0xD55E00)},
        {u"salon"_s, QColor(0x6A4C93)},         {u"live_session"_s, QColor(0x3B5B7A)},
    };
    return colors.value(type, QColor(0x607080));
}

QColor fill(const QString &type, CampaignPhase phase)
{
    QColor c = typeColor(type);
    switch (phase) {
    case CampaignPhase::Draft:
        return QColor::fromHsl(c.hslHue(), int(c.hslSaturation() * 0.45), 205);
    case CampaignPhase::Cancelled:
        return QColor(0xc8c8c8);
    case CampaignPhase::Finished:
        return QColor::fromHsl(c.hslHue(), int(c.hslSaturation() * 0.6), std::min(170, c.lightness() + 40));
    default:
        return c;
    }
}

QColor text(const QColor &fill)
{
    const double luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return luminance > 0.55 ? QColor(0x202020) : QColor(Qt::white);
}

QColor phaseColor(CampaignPhase phase)
{
    switch (phase) {
    case CampaignPhase::Draft: return QColor(0x8a8f98);
    case CampaignPhase::Scheduled: return QColor(0x2f6db5);
    case CampaignPhase::Running: return QColor(0x2e8b57);
    case CampaignPhase::Finished: return QColor(0x5a5f66);
    case CampaignPhase::Cancelled: return QColor(0xa04040);
    }
    return QColor(Qt::gray);
}

QColor warning()
{
    return QColor(0xc77700);
}

QColor today()
{
    return QColor(0xd03030);
}
} // namespace CampaignPalette
