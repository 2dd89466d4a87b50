#pragma once

#include <QObject>

// The sync status the status bar shows.
namespace SyncStatus {
Q_NAMESPACE
enum class State {
    Idle,         // nothing running; last sync fine (or never ran)
    Syncing,      // pushing or pulling
    Offline,      // the server cannot be reached; retried periodically
    AuthRequired, // the token was refused: log in again (the outbox is kept)
};
Q_ENUM_NS(State)
} // namespace SyncStatus
