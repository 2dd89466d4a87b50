#include "mainwindow.h"

#include "accountservice.h"
#include "appsettings.h"
#include "logindialog.h"
#include "preferencesdialog.h"
#include "syncservice.h"
#include "syncstatusbar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr int PaneIdRole = Qt::UserRole + 1;
}

MainWindow::MainWindow(const PaneContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Steward — community operations"));
    setWindowIcon(QIcon(u":/icons/steward.svg"_s));
    registerStandardPanes(m_registry);

    m_statusBar = new SyncStatusBar(m_context, this);
    setStatusBar(m_statusBar);
    connect(m_statusBar, &SyncStatusBar::conflictsClicked, this, [this] { showPane(u"sync"_s); });
    connect(m_statusBar, &SyncStatusBar::loginRequested, this, &MainWindow::showLoginDialog);

    createNavigation();
    createMenus();

    connect(m_context.account, &AccountService::loggedIn, this, &MainWindow::updateSessionActions);
    connect(m_context.account, &AccountService::loggedOut, this, &MainWindow::updateSessionActions);
    connect(m_context.account, &AccountService::accessTokenChanged, this, &MainWindow::updateSessionActions);
    updateSessionActions();

    resize(1180, 760);
    if (const QByteArray geometry = AppSettings::windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = AppSettings::windowState(); !state.isEmpty())
        restoreState(state);

    const QString last = AppSettings::lastPane();
    showPane(m_registry.indexOf(last) >= 0 ? last : m_registry.panes().value(0).id);
}

MainWindow::~MainWindow() = default;

void MainWindow::createNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    for (const PaneRegistry::Pane &pane : m_registry.panes()) {
        auto *item = new QListWidgetItem(QIcon(pane.iconPath), PaneRegistry::translatedTitle(pane), m_navigation);
        item->setData(PaneIdRole, pane.id);
        item->setSizeHint(QSize(0, 36));
    }
    m_navigation->setFixedWidth(qMax(150, m_navigation->sizeHintForColumn(0) + 24));
    // The current pane stays clearly marked even while the focus is elsewhere.
    m_navigation->setStyleSheet(u"QListWidget { background: palette(window); }"
                                "QListWidget::item { padding: 4px 8px; border-radius: 4px; }"
                                "QListWidget::item:selected { background: palette(highlight);"
                                " color: palette(highlighted-text); }"_s);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"paneStack"_s);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *separator = new QFrame(central);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showPane(item->data(PaneIdRole).toString());
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_syncNow = file->addAction(QIcon(u":/icons/sync.svg"_s), tr("&Sync now"));
    m_syncNow->setObjectName(u"syncNowAction"_s);
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_syncNow, &QAction::triggered, m_context.sync, &SyncService::syncNow);
    file->addSeparator();
    m_login = file->addAction(tr("&Log in…"), this, &MainWindow::showLoginDialog);
    m_login->setObjectName(u"loginAction"_s);
    m_logout = file->addAction(tr("Log &out"), this, &MainWindow::logout);
    m_logout->setObjectName(u"logoutAction"_s);
    file->addSeparator();
    QAction *preferences = file->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(u"preferencesAction"_s);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    int number = 1;
    for (const PaneRegistry::Pane &pane : m_registry.panes()) {
        QAction *action = view->addAction(QIcon(pane.iconPath), PaneRegistry::translatedTitle(pane));
        action->setObjectName(u"showPane_"_s + pane.id);
        if (number <= 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
        ++number;
        const QString id = pane.id;
        connect(action, &QAction::triggered, this, [this, id] { showPane(id); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Steward"), this, &MainWindow::showAbout);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QString MainWindow::currentPaneId() const
{
    QWidget *current = m_stack->currentWidget();
    return current ? m_panes.key(current) : QString();
}

QWidget *MainWindow::pane(const QString &id)
{
    if (QWidget *existing = m_panes.value(id))
        return existing;
    const int index = m_registry.indexOf(id);
    if (index < 0)
        return nullptr;
    const PaneRegistry::Pane &info = m_registry.panes().at(index);
    QWidget *widget = info.create(m_context, m_stack);
    widget->setObjectName(id + u"Pane"_s);
    m_stack->addWidget(widget);
    m_panes.insert(id, widget);
    return widget;
}

void MainWindow::showPane(const QString &id)
{
    QWidget *widget = pane(id);
    if (!widget)
        return;
    m_stack->setCurrentWidget(widget);
    const int row = m_registry.indexOf(id);
    if (m_navigation->currentRow() != row)
        m_navigation->setCurrentRow(row);
    AppSettings::setLastPane(id);
}

void MainWindow::showLoginDialog()
{
    auto *dialog = new LoginDialog(m_context.account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Window-modal and non-blocking: the cache stays browsable behind it on platforms
    // that allow it, and nothing waits on exec().
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::syncIntervalChanged, m_context.sync,
            [sync = m_context.sync](int minutes) { sync->setSyncInterval(minutes * 60); });
    dialog->open();
}

void MainWindow::logout()
{
    m_context.account->logout();
}

void MainWindow::updateSessionActions()
{
    const bool loggedIn = m_context.account->isLoggedIn();
    m_login->setVisible(!loggedIn);
    m_logout->setVisible(loggedIn);
    m_syncNow->setEnabled(loggedIn);
    m_syncNow->setToolTip(loggedIn ? tr("Push pending changes and pull the latest (F5)")
                                   : tr("Log in to sync"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Steward"),
                       tr("<h3>Steward %1</h3>"
                          "<p>The community-operations console: members, moderation, campaigns, "
                          "KPIs and reports, offline first.</p>"
                          "<p>Built with Qt %2, running on Qt %3.</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                                QString::fromLatin1(QT_VERSION_STR), QString::fromLatin1(qVersion())));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_readyEmitted)
        return;
    m_readyEmitted = true;
    // Queued: the first frame is painted before the moment is taken.
    QTimer::singleShot(0, this, &MainWindow::firstPaneReady);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::setWindowGeometry(saveGeometry());
    AppSettings::setWindowState(saveState());
    QMainWindow::closeEvent(event);
}
