#pragma once

#include "panecontext.h"
#include "paneregistry.h"

#include <QHash>
#include <QMainWindow>
#include <QVariantMap>

class QAction;
class QListWidget;
class QMenu;
class QStackedWidget;
class SyncStatusBar;

// The console's frame: a navigation bar of panes (built on first use), menus with
// shortcuts, and the sync status bar. Knows the services only through PaneContext.
// A language switch (QEvent::LanguageChange) retranslates the frame in place and
// rebuilds the panes, each carrying its state over (PaneState); the shown pane, the
// geometry and the status bar stay as they are.
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
    // The Preferences dialog's language choice ("" = the system's): asks first when a
    // pane is busy with work a rebuild would stop, then swaps the translators.
    void switchLanguage(const QString &language);

Q_SIGNALS:
    // After a language change has reached the whole window (frame and panes).
    void retranslated();
    // Emitted once, after the window is shown and its first pane has been built (and has
    // read its data from the cache) — the start-up benchmark's "usable window" moment.
    void firstPaneReady();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createMenus();
    void retranslateMenus();
    void createNavigation();
    void retranslate();
    void rebuildPanes();
    void updateSessionActions();
    void showAbout();

    PaneContext m_context;
    PaneRegistry m_registry;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    SyncStatusBar *m_statusBar = nullptr;
    QHash<QString, QWidget *> m_panes;
    // States of panes dropped by a rebuild and not shown since; applied when built again.
    QHash<QString, QVariantMap> m_paneStates;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_syncNow = nullptr;
    QAction *m_login = nullptr;
    QAction *m_logout = nullptr;
    QAction *m_preferences = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    QList<QAction *> m_paneActions;
    bool m_readyEmitted = false;
    bool m_retranslatePending = false;
};
