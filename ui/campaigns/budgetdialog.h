#pragma once

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;

// A quarter's operations budget: the amount and a note. A new budget asks for its
// quarter ("2026Q3"); an existing one keeps it.
class BudgetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetDialog)
public:
    BudgetDialog(const QString &quarter, double amount, const QString &notes, bool isNew, QWidget *parent = nullptr);

    QString quarter() const;
    double amount() const;
    QString notes() const;
    QString error() const;
    void accept() override;

private:
    QLineEdit *m_quarter = nullptr;
    QDoubleSpinBox *m_amount = nullptr;
    QLineEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
};
