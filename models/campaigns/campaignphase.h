#pragma once

#include <QDate>
#include <QString>

struct Campaign;

// Where a campaign stands. Draft, scheduled and cancelled are set by hand (the stored
// status); a scheduled campaign is running from its first day to its last and finished
// after it. A draft never runs, whatever its dates: it is not approved.
enum class CampaignPhase { Draft, Scheduled, Running, Finished, Cancelled };

namespace CampaignPhases {
// Pure: `today` is passed in (the community's date), so tests pick any day.
CampaignPhase of(const QString &storedStatus, const QDate &start, const QDate &end, const QDate &today);
CampaignPhase of(const Campaign &campaign, const QDate &today);
QString id(CampaignPhase phase); // "draft", "scheduled", "running", "finished", "cancelled"
} // namespace CampaignPhases
