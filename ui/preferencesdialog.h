#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

// Language and sync interval, stored with AppSettings. Both apply at once: accept() saves
// them and announces what changed; the main window switches the language (see
// MainWindow::switchLanguage) and the sync service takes the new interval.
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
    // `language` as stored: "" (the system's), "en", "zh_CN" or "zh_TW".
    void languageChanged(const QString &language);

private:
    QComboBox *m_language = nullptr;
    QSpinBox *m_interval = nullptr;
};
