#include "campaignphase.h"

#include "campaign.h"

using namespace Qt::StringLiterals;

namespace CampaignPhases {
CampaignPhase of(const QString &storedStatus, const QDate &start, const QDate &end, const QDate &today)
{
    if (storedStatus == u"cancelled")
        return CampaignPhase::Cancelled;
    if (storedStatus != u"scheduled")
        return CampaignPhase::Draft; // draft, or a status of a newer server: not running
    if (!start.isValid() || !end.isValid() || !today.isValid() || today < start)
        return CampaignPhase::Scheduled;
    return today <= end ? CampaignPhase::Running : CampaignPhase::Finished;
}

CampaignPhase of(const Campaign &campaign, const QDate &today)
{
    return of(campaign.status, campaign.startDate, campaign.endDate, today);
}

QString id(CampaignPhase phase)
{
    switch (phase) {
    case CampaignPhase::Draft: return u"draft"_s;
    case CampaignPhase::Scheduled: return u"scheduled"_s;
    case CampaignPhase::Running: return u"running"_s;
    case CampaignPhase::Finished: return u"finished"_s;
    case CampaignPhase::Cancelled: return u"cancelled"_s;
    }
    return {};
}
} // namespace CampaignPhases
