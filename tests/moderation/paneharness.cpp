#include "paneharness.h"

#include <QSignalSpy>

bool PaneHarness::syncWith(const QUrl &url, const QString &token, QString *message)
{
    m_sync->setServerUrl(url);
    m_sync->setAccessToken(token);
    QSignalSpy finished(m_sync.get(), &SyncService::syncFinished);
    m_sync->syncNow();
    if (!finished.wait(90000))
        return false;
    if (message)
        *message = finished.last().at(1).toString();
    return finished.last().at(0).toBool();
}
