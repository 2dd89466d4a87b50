#pragma once

#include "synctypes.h"

#include <QDialog>

class AccountService;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Profile, server and credentials. Validates locally (URL, plain HTTP to a remote host),
// then logs in through AccountService and shows the server's own explanation when it
// refuses. The password lives in the line edit only until the attempt ends.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)
public:
    explicit LoginDialog(AccountService *account, QWidget *parent = nullptr);

    // The profile the fields describe; validationError() is empty when it is usable.
    ConnectionProfile profile() const;
    QString validationError() const;
    QString errorText() const;

    // Fill the fields (the stored profile, or the command line's values).
    void setProfile(const ConnectionProfile &profile);

public Q_SLOTS:
    void accept() override;

private:
    void setBusy(bool busy);
    void showError(const QString &message);
    void updateButtons();

    AccountService *m_account = nullptr;
    QLineEdit *m_profileName = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_insecure = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
