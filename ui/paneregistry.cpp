#include "paneregistry.h"

#include "auditlogview.h"
#include "campaignsview.h"
#include "kpipane.h"
#include "memberspane.h"
#include "moderationpane.h"
#include "reportspane.h"
#include "syncview.h"

using namespace Qt::StringLiterals;

int PaneRegistry::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_panes.size(); ++i) {
        if (m_panes.at(i).id == id)
            return int(i);
    }
    return -1;
}

QString PaneRegistry::translatedTitle(const Pane &pane)
{
    return QCoreApplication::translate("PaneRegistry", pane.title);
}

void registerStandardPanes(PaneRegistry &registry)
{
    registry.add({u"moderation"_s, QT_TRANSLATE_NOOP("PaneRegistry", "Moderation"), u":/icons/moderation.svg"_s,
                  PaneRegistry::factory<ModerationPane>()});
    registry.add({u"members"_s, QT_TRANSLATE_NOOP("PaneRegistry", "Members"), u":/icons/members.svg"_s,
                  PaneRegistry::factory<MembersPane>()});
    registry.add({u"campaigns"_s, QT_TRANSLATE_NOOP("PaneRegistry", "Campaigns"), u":/icons/campaigns.svg"_s,
                  PaneRegistry::factory<CampaignsView>()});
    registry.add({u"kpi"_s, QT_TRANSLATE_NOOP("PaneRegistry", "KPI"), u":/icons/kpi.svg"_s,
                  PaneRegistry::factory<KpiPane>()});
    registry.add({u"reports"_s, QT_TRANSLATE_NOOP("PaneRegistry", "Reports"), u":/icons/report.svg"_s,
                  PaneRegistry::factory<ReportsPane>()});
    registry.add({u"sync"_s, QT_TRANSLATE_NOOP("PaneRegistry", "Sync"), u":/icons/sync.svg"_s,
                  PaneRegistry::factory<SyncView>()});
    registry.add({u"audit"_s, QT_TRANSLATE_NOOP("PaneRegistry", "Audit log"), u":/icons/audit.svg"_s,
                  PaneRegistry::factory<AuditLogView>()});
}
