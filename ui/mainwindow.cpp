#include "mainwindow.h"

#include "accountservice.h"
#include "appsettings.h"
#include "logindialog.h"
#include "panestate.h"
#include "preferencesdialog.h"
#include "syncservice.h"
#include "syncstatusbar.h"
#include "translationloader.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <utility>

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
    // Texts are set in retranslateMenus(), which a language switch runs again.
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_syncNow = m_fileMenu->addAction(QIcon(u":/icons/sync.svg"_s), QString());
    m_syncNow->setObjectName(u"syncNowAction"_s);
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_syncNow, &QAction::triggered, m_context.sync, &SyncService::syncNow);
    m_fileMenu->addSeparator();
    m_login = m_fileMenu->addAction(QString(), this, &MainWindow::showLoginDialog);
    m_login->setObjectName(u"loginAction"_s);
    m_logout = m_fileMenu->addAction(QString(), this, &MainWindow::logout);
    m_logout->setObjectName(u"logoutAction"_s);
    m_fileMenu->addSeparator();
    m_preferences = m_fileMenu->addAction(QString(), this, &MainWindow::showPreferences);
    m_preferences->setObjectName(u"preferencesAction"_s);
    m_preferences->setShortcut(QKeySequence::Preferences);
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setObjectName(u"quitAction"_s);
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(u"viewMenu"_s);
    int number = 1;
    for (const PaneRegistry::Pane &pane : m_registry.panes()) {
        QAction *action = m_viewMenu->addAction(QIcon(pane.iconPath), QString());
        action->setObjectName(u"showPane_"_s + pane.id);
        if (number <= 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
        ++number;
        const QString id = pane.id;
        connect(action, &QAction::triggered, this, [this, id] { showPane(id); });
        m_paneActions.append(action);
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(u"helpMenu"_s);
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_about->setObjectName(u"aboutAction"_s);
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    retranslateMenus();
}

void MainWindow::retranslateMenus()
{
    m_fileMenu->setTitle(tr("&File"));
    m_syncNow->setText(tr("&Sync now"));
    m_login->setText(tr("&Log in…"));
    m_logout->setText(tr("Log &out"));
    m_preferences->setText(tr("&Preferences…"));
    m_quit->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    const QList<PaneRegistry::Pane> &panes = m_registry.panes();
    for (qsizetype i = 0; i < panes.size() && i < m_paneActions.size(); ++i)
        m_paneActions.at(i)->setText(PaneRegistry::translatedTitle(panes.at(i)));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Steward"));
    m_aboutQt->setText(tr("About &Qt"));
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
    // What the pane held before a language switch rebuilt it.
    if (const QVariantMap state = m_paneStates.take(id); !state.isEmpty()) {
        if (auto *keeper = dynamic_cast<PaneState *>(widget))
            keeper->restoreState(state);
    }
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
    connect(dialog, &PreferencesDialog::languageChanged, this, &MainWindow::switchLanguage);
    dialog->open();
}

void MainWindow::switchLanguage(const QString &language)
{
    QStringList busy;
    for (QWidget *widget : std::as_const(m_panes)) {
        if (const auto *keeper = dynamic_cast<const PaneState *>(widget))
            busy += keeper->busyWork();
    }
    if (!busy.isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Switch language"),
                        tr("Switching the language now rebuilds the window, which stops:"), QMessageBox::NoButton, this);
        box.setObjectName(u"switchLanguageQuestion"_s);
        box.setInformativeText(u"• "_s + busy.join(u"\n• "_s));
        QPushButton *now = box.addButton(tr("Switch now"), QMessageBox::AcceptRole);
        QPushButton *later = box.addButton(tr("At next start"), QMessageBox::RejectRole);
        box.setDefaultButton(later);
        box.exec();
        if (box.clickedButton() != now) {
            statusBar()->showMessage(tr("The new language applies when Steward starts again."), 10000);
            return;
        }
    }
    // The translators send LanguageChange, which changeEvent() turns into retranslate().
    TranslationLoader::switchTo(language);
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

void MainWindow::changeEvent(QEvent *event)
{
    // Removing and installing translators sends one LanguageChange each: rebuild once,
    // after all of them, and outside the event delivery that walks the children.
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending) {
        m_retranslatePending = true;
        QMetaObject::invokeMethod(this, &MainWindow::retranslate, Qt::QueuedConnection);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_retranslatePending = false;
    setWindowTitle(tr("Steward — community operations"));
    retranslateMenus();
    updateSessionActions();
    const QList<PaneRegistry::Pane> &panes = m_registry.panes();
    for (int row = 0; row < m_navigation->count() && row < panes.size(); ++row)
        m_navigation->item(row)->setText(PaneRegistry::translatedTitle(panes.at(row)));
    m_navigation->setFixedWidth(qMax(150, m_navigation->sizeHintForColumn(0) + 24));
    // The status bar retranslates itself on the same event; the panes are built anew.
    rebuildPanes();
    Q_EMIT retranslated();
}

void MainWindow::rebuildPanes()
{
    const QString current = currentPaneId();
    const bool hadFocus = m_stack->isAncestorOf(QApplication::focusWidget());
    // Old panes go first: their destructors finish their work (a report pane saves its
    // drafts) before their successors read the cache.
    const QHash<QString, QWidget *> old = std::exchange(m_panes, {});
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        if (const auto *keeper = dynamic_cast<const PaneState *>(it.value()))
            m_paneStates.insert(it.key(), keeper->saveState());
        m_stack->removeWidget(it.value());
        delete it.value();
    }
    // The shown pane is built now; the others when they are next shown (the same
    // lazy building as at start), from the state kept in m_paneStates.
    if (!current.isEmpty())
        showPane(current);
    // The keyboard stays with the pane (its old widgets, which had it, are gone).
    if (hadFocus || !QApplication::focusWidget()) {
        if (QWidget *widget = m_stack->currentWidget())
            widget->setFocus();
    }
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
