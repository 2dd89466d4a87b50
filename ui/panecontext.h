#pragma once

class AccountService;
class Store;
class SyncService;

// What a pane may use: the GUI thread's cache (read through item models and Store's
// typed methods, never SQL), the sync facade and the session. Owned by main().
struct PaneContext {
    Store *store = nullptr;
    SyncService *sync = nullptr;
    AccountService *account = nullptr;
};
