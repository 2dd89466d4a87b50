#pragma once

#include "pointsimport.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class Store;

// Imports points awards from a sheet: choose the CSV, give the reason for rows without
// one, see every award it would queue and every problem (with its line) before anything
// happens. Import queues all awards in one transaction; a sheet with any problem cannot
// be imported until it is fixed, so nothing is ever half applied.
class PointsImportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PointsImportDialog(Store *store, QWidget *parent = nullptr);

    // Reads and checks a sheet (the file chooser calls it; tests call it directly).
    void loadFile(const QString &path);
    const PointsImport &import() const { return m_import; }
    int queuedCount() const { return m_queued; }

private:
    void chooseFile();
    void recheck();
    void showResult();
    void importNow();

    Store *m_store = nullptr;
    QString m_path;
    PointsImport m_import;
    int m_queued = 0;
    QLineEdit *m_file = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_preview = nullptr;
    QListWidget *m_problems = nullptr;
    QLabel *m_problemsTitle = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_importButton = nullptr;
};
