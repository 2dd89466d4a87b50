#pragma once

#include "campaign.h"

#include <QList>
#include <QSqlDatabase>

// Reads campaigns and budgets from a cache connection: the GUI thread's
// (Store::database()) or a worker's own. A community has dozens to a few hundred
// campaigns, so they are read whole (a millisecond or two), not paged.
namespace CampaignRepository {
// By start date, then name. Marks campaigns with unsent outbox changes. Empty on error
// (and *error set).
QList<Campaign> campaigns(const QSqlDatabase &db, QString *error = nullptr);
QList<Budget> budgets(const QSqlDatabase &db, QString *error = nullptr);
} // namespace CampaignRepository
