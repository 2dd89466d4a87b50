#include "paneregistry.h"

#include "auditlogview.h"
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
    registry.add({u"sync"_s, QT_TRANSLATE_NOOP("PaneRegistry", "Sync"), u":/icons/sync.svg"_s,
                  PaneRegistry::factory<SyncView>()});
    registry.add({u"audit"_s, QT_TRANSLATE_NOOP("PaneRegistry", "Audit log"), u":/icons/audit.svg"_s,
                  PaneRegistry::factory<AuditLogView>()});
}
