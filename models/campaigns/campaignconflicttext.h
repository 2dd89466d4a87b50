#pragma once

#include "synctypes.h"

#include <QCoreApplication>

// Both versions of a campaign or budget edit that conflicted, in words for the Sync
// pane: "You moved it to 17 Nov – 19 Nov" / "…: now 20 Nov – 25 Nov, budget ¥12,000".
// Used by ConflictWording for the `campaign` and `budget` entities.
class CampaignConflictText final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignConflictText)
public:
    // My side as a whole sentence; empty when the generic wording fits (not an update).
    static QString mine(const ConflictRecord &conflict);
    // The server's current values of the fields I changed ("20 Nov – 25 Nov, budget
    // ¥12,000"); empty when there is nothing to show.
    static QString theirState(const ConflictRecord &conflict);
};
