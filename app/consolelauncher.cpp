#include "consolelauncher.h"

#include "accountservice.h"
#include "appsettings.h"
#include "cacherecovery.h"
#include "commandline.h"
#include "credentialstore.h"
#include "damagedcachedialog.h"
#include "mainwindow.h"
#include "sessionbinder.h"
#include "store.h"
#include "storenotifier.h"
#include "syncservice.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QStatusBar>
#include <cstdio>

using namespace Qt::StringLiterals;

int ConsoleLauncher::run(const CommandLineOptions &options, const QElapsedTimer &sinceStart)
{
    const QString dataDir = options.dataDir.isEmpty() ? Store::defaultDataDir() : options.dataDir;
    QDir().mkpath(dataDir);

    StoreNotifier notifier;
    Store store(&notifier);
    QString error;
    const QString cachePath = Store::cacheFilePath(dataDir, options.profileName);
    if (!store.open(cachePath, &error)) {
        // Damaged, truncated, not a cache, from a newer Steward: say so and offer a fresh
        // cache, keeping the old file (and carrying its unsynced changes over).
        const CacheRecovery::Diagnosis damage = CacheRecovery::diagnose(cachePath, error);
        if (damage.recoverable()) {
            DamagedCacheDialog dialog(damage);
            if (dialog.exec() != QDialog::Accepted || !dialog.recovered())
                return 1;
            error.clear();
        }
        if (!error.isEmpty() || !store.open(cachePath, &error)) {
            QMessageBox::critical(nullptr, tr("Steward"),
                                  tr("The local cache in %1 cannot be opened:\n%2").arg(QDir::toNativeSeparators(dataDir), error));
            return 1;
        }
    }

    CredentialStore credentials;
    AccountService account(&store, &credentials);
    SyncService sync(&store);
    sync.setSyncInterval(AppSettings::syncIntervalMinutes() * 60);
    const PaneContext context{&store, &sync, &account};

    SessionBinder binder(context);
    MainWindow window(context);

    if (qEnvironmentVariableIntValue("STEWARD_STARTUP_MARKER") == 1) {
        QObject::connect(&window, &MainWindow::firstPaneReady, &window, [&sinceStart] {
            std::printf("steward: ready %lld\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
        });
    }

    window.show();
    binder.start();

    // For the demo and automation only: --server/--user with STEWARD_PASSWORD logs in
    // without a dialog. The password is handed over once and not kept.
    const QString password = qEnvironmentVariable("STEWARD_PASSWORD");
    if (options.serverUrl.isValid() && !options.username.isEmpty() && !password.isEmpty()) {
        ConnectionProfile profile = account.profile().value_or(ConnectionProfile());
        profile.name = options.profileName;
        profile.serverUrl = options.serverUrl;
        profile.username = options.username;
        profile.insecure = options.insecure;
        QObject::connect(&account, &AccountService::loginFailed, &window, [&window](const QString &message) {
            window.statusBar()->showMessage(tr("Automatic log-in failed: %1").arg(message), 20000);
        });
        account.login(profile, password);
    } else {
        account.restoreSession();
    }
    return QApplication::exec();
}
