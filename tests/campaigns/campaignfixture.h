#pragma once

#include "campaign.h"
#include "store.h"

#include <QJsonObject>

// Campaign and budget rows written into a cache the way sync writes them (a change
// page), and a manager's profile that may edit campaigns.
namespace CampaignFixture {
Campaign campaign(const QString &id, const QString &name, const QDate &start, const QDate &end,
                  const QString &status = QStringLiteral("scheduled"));
void apply(Store &store, const QList<Campaign> &campaigns, const QList<Budget> &budgets = {});
// A profile as after a login; the manager may edit campaigns and budgets.
void setRole(Store &store, const QString &username, const QString &role);
// Four campaigns around 2026-11-20 and the 2026Q4 budget.
QList<Campaign> sample();
Budget sampleBudget();
inline QDate today() { return QDate(2026, 11, 20); }
} // namespace CampaignFixture
