#pragma once

#include "panecontext.h"
#include "paneregistry.h"

#include <QHash>
#include <QMainWindow>

class QAction;
class QListWidget;
class QStackedWidget;
class SyncStatusBar;

// The console's frame: a navigation bar of panes (built on first use), menus with
// shortcuts, and the sync status bar. Knows the services only through PaneContext.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(const PaneContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    const PaneRegistry &registry() const { return m_registry; }
    QString currentPaneId() const;
    // The pane's widget, building it when needed; nullptr for an unknown id.
    QWidget *pane(const QString &id);
    SyncStatusBar *syncStatusBar() const { return m_statusBar; }

public Q_SLOTS:
    void showPane(const QString &id);
    void showLoginDialog();
    void showPreferences();
    void logout();

Q_SIGNALS:
    // Emitted once, after the window is shown and its first pane has been built (and has
    // read its data from the cache) — the start-up benchmark's "usable window" moment.
    void firstPaneReady();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createMenus();
    void createNavigation();
    void updateSessionActions();
    void showAbout();

    PaneContext m_context;
    PaneRegistry m_registry;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    SyncStatusBar *m_statusBar = nullptr;
    QHash<QString, QWidget *> m_panes;
    QAction *m_syncNow = nullptr;
    QAction *m_login = nullptr;
    QAction *m_logout = nullptr;
    bool m_readyEmitted = false;
};
