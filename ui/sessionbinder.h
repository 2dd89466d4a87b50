#pragma once

#include "panecontext.h"

#include <QObject>

// Keeps the sync facade in step with the session: a new token (login or a restored
// session) points SyncService at the profile's server and syncs; a refused token or a
// log-out stops talking to the server. The cache stays usable throughout.
class SessionBinder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionBinder)
public:
    explicit SessionBinder(const PaneContext &context, QObject *parent = nullptr);

    // Points the sync facade at the stored profile's server (no token yet) and starts it.
    void start();

private:
    void applyToken(const QString &token);
    void applyProfile();

    PaneContext m_context;
};
