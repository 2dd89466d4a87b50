#pragma once

#include "campaignphase.h"

#include <QColor>
#include <QString>

// The colours of campaigns in the calendar, the timeline and the card: one hue per type
// (the legend), muted for drafts and cancelled campaigns, so a glance tells what kind of
// activity fills a week and whether it is really going ahead.
namespace CampaignPalette {
QColor typeColor(const QString &type);
// The bar's fill for a campaign of `type` in `phase`.
QColor fill(const QString &type, CampaignPhase phase);
QColor text(const QColor &fill); // black or white, whichever reads better
QColor phaseColor(CampaignPhase phase); // the status chip
QColor warning();
QColor today();
} // namespace CampaignPalette
