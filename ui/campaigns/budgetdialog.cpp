#include "budgetdialog.h"

#include "campaigntext.h"
#include "campaignvalidator.h"
#include "quarter.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

BudgetDialog::BudgetDialog(const QString &quarter, double amount, const QString &notes, bool isNew, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"budgetDialog"_s);
    const auto q = Quarter::parse(quarter);
    setWindowTitle(isNew ? tr("New quarter budget") : tr("Budget for %1").arg(q ? q->displayName() : quarter));
    auto *form = new QFormLayout;
    m_quarter = new QLineEdit(quarter, this);
    m_quarter->setObjectName(u"budgetQuarter"_s);
    m_quarter->setPlaceholderText(u"2026Q3"_s);
    m_quarter->setReadOnly(!isNew);
    form->addRow(tr("&Quarter:"), m_quarter);
    m_amount = new QDoubleSpinBox(this);
    m_amount->setObjectName(u"budgetAmount"_s);
    m_amount->setRange(0, 9'999'999'999.0);
    m_amount->setDecimals(2);
    m_amount->setGroupSeparatorShown(true);
    m_amount->setPrefix(CampaignText::tr("¥"));
    m_amount->setSingleStep(1000);
    m_amount->setValue(amount);
    form->addRow(tr("&Amount:"), m_amount);
    m_notes = new QLineEdit(notes, this);
    m_notes->setObjectName(u"budgetNotes"_s);
    form->addRow(tr("&Notes:"), m_notes);
    m_error = new QLabel(this);
    m_error->setObjectName(u"budgetError"_s);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &BudgetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BudgetDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    (isNew ? static_cast<QWidget *>(m_quarter) : m_amount)->setFocus();
}

QString BudgetDialog::quarter() const
{
    return m_quarter->text().trimmed().toUpper();
}

double BudgetDialog::amount() const
{
    return m_amount->value();
}

QString BudgetDialog::notes() const
{
    return m_notes->text().trimmed();
}

QString BudgetDialog::error() const
{
    return m_error->text();
}

void BudgetDialog::accept()
{
    const QString problem = CampaignValidator::validateBudget(quarter(), amount());
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}
