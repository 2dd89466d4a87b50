#pragma once

#include "synctypes.h"

#include <QDate>

struct Campaign;

// The outbox mutations of the campaigns pane (docs/openapi.yaml: campaign create /
// update / delete, budget create / update). Store::enqueue() fills the base version.
namespace CampaignMutations {
// A new campaign with a fresh UUID; every field in the payload.
Mutation create(const Campaign &campaign);
// Only the fields that changed between `before` and `after`; nullopt when none did.
std::optional<Mutation> update(const Campaign &before, const Campaign &after);
// Moving or stretching in the calendar or timeline: start_date and end_date only.
Mutation reschedule(const QString &campaignId, const QDate &start, const QDate &end);
Mutation remove(const QString &campaignId);
// `exists`: the quarter has a budget already (update), else create.
Mutation setBudget(const QString &quarter, double amount, const QString &notes, bool exists);
} // namespace CampaignMutations
