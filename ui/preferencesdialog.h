#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

// Language and sync interval, stored with AppSettings. The language applies at the next
// start (every window is built in one language); the interval applies at once.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QString language() const;
    int syncIntervalMinutes() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void syncIntervalChanged(int minutes);

private:
    QComboBox *m_language = nullptr;
    QSpinBox *m_interval = nullptr;
    QLabel *m_restartNote = nullptr;
};
