#pragma once

#include "synctypes.h"
#include "tierruleset.h"

// The outbox mutations that turn the cached tiers into the edited ones: deletions,
// creations, then one `reorder` per tier whose position changes (in ascending target
// position, so each lands where the server's renumbering will put it, and the cached
// orders match the server's without waiting for a pull), then `update` for the tiers
// whose name, rules, privileges or grace changed.
namespace TierChanges {
QList<Mutation> between(const TierRuleSet &cached, const TierRuleSet &edited);
}
