#include "tierruleeditor.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum ConditionColumn { FieldColumn, CmpColumn, ValueColumn, RemoveColumn, ConditionColumnCount };
const char *const kCmpLabels[] = {"≥", ">", "≤", "<", "="};
} // namespace

TierRuleEditor::TierRuleEditor(QWidget *parent)
    : QWidget(parent)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"tierName"_s);
    m_op = new QComboBox(this);
    m_op->setObjectName(u"tierOp"_s);
    m_op->addItem(tr("all of these conditions (AND)"), false);
    m_op->addItem(tr("any of these conditions (OR)"), true);
    m_conditions = new QTableWidget(0, ConditionColumnCount, this);
    m_conditions->setObjectName(u"tierConditions"_s);
    m_conditions->setHorizontalHeaderLabels({tr("Figure"), tr("Comparison"), tr("Value"), QString()});
    m_conditions->verticalHeader()->hide();
    m_conditions->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::Stretch);
    m_conditions->horizontalHeader()->setSectionResizeMode(CmpColumn, QHeaderView::ResizeToContents);
    m_conditions->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::ResizeToContents);
    m_conditions->horizontalHeader()->setSectionResizeMode(RemoveColumn, QHeaderView::ResizeToContents);
    m_conditions->setSelectionMode(QAbstractItemView::NoSelection);
    m_conditions->setMinimumHeight(130);
    m_addCondition = new QPushButton(tr("Add condition"), this);
    m_addCondition->setObjectName(u"addCondition"_s);
    m_lowestNote = new QLabel(tr("The lowest tier has no conditions: every member starts here."), this);
    m_lowestNote->setWordWrap(true);
    m_grace = new QSpinBox(this);
    m_grace->setObjectName(u"tierGrace"_s);
    m_grace->setRange(0, 3650);
    // "1 day", "30 days": the suffix follows the value.
    connect(m_grace, &QSpinBox::valueChanged, this,
            [this](int days) { m_grace->setSuffix(tr(" days", "after a number", days)); });
    m_grace->setSuffix(tr(" days", "after a number", m_grace->value()));
    m_grace->setToolTip(tr("A member below this tier's rules keeps the tier until this many days after they last "
                           "qualified (or entered the tier). Promotion is always immediate."));
    m_privileges = new QPlainTextEdit(this);
    m_privileges->setObjectName(u"tierPrivileges"_s);
    m_privileges->setPlaceholderText(tr("One privilege a line"));
    m_privileges->setMaximumHeight(110);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Members qualify with:"), m_op);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_lowestNote);
    layout->addWidget(m_conditions, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addCondition);
    buttons->addStretch();
    layout->addLayout(buttons);
    auto *form2 = new QFormLayout;
    form2->addRow(tr("Demotion &grace:"), m_grace);
    form2->addRow(tr("&Privileges:"), m_privileges);
    layout->addLayout(form2);

    connect(m_name, &QLineEdit::textEdited, this, &TierRuleEditor::collect);
    connect(m_op, &QComboBox::currentIndexChanged, this, &TierRuleEditor::collect);
    connect(m_grace, &QSpinBox::valueChanged, this, &TierRuleEditor::collect);
    connect(m_privileges, &QPlainTextEdit::textChanged, this, &TierRuleEditor::collect);
    connect(m_addCondition, &QPushButton::clicked, this, [this] {
        addConditionRow({TierCondition::Points, TierCondition::Ge, 0});
        collect();
    });
    setEnabled(false);
}

void TierRuleEditor::setTier(const TierDefinition &tier, bool lowest)
{
    m_loading = true;
    m_tier = tier;
    m_lowest = lowest;
    setEnabled(true);
    m_name->setText(tier.name);
    m_op->setCurrentIndex(tier.anyOf ? 1 : 0);
    m_grace->setValue(tier.demotionGraceDays);
    m_privileges->setPlainText(tier.privileges.join(u'\n'));
    rebuildConditions();
    m_loading = false;
    setReadOnly(m_readOnly);
}

void TierRuleEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_name->setReadOnly(readOnly);
    m_privileges->setReadOnly(readOnly);
    m_op->setEnabled(!readOnly && !m_lowest);
    m_grace->setEnabled(!readOnly);
    m_addCondition->setVisible(!m_lowest);
    m_addCondition->setEnabled(!readOnly);
    m_conditions->setVisible(!m_lowest);
    m_lowestNote->setVisible(m_lowest);
}

void TierRuleEditor::rebuildConditions()
{
    m_conditions->setRowCount(0);
    for (const TierCondition &c : std::as_const(m_tier.conditions))
        addConditionRow(c);
}

void TierRuleEditor::addConditionRow(const TierCondition &c)
{
    const int row = m_conditions->rowCount();
    m_conditions->insertRow(row);
    auto *field = new QComboBox;
    for (int f = 0; f < TierCondition::FieldCount; ++f)
        field->addItem(TierRuleSet::fieldName(TierCondition::Field(f)), f);
    field->setCurrentIndex(c.field);
    auto *cmp = new QComboBox;
    for (int k = 0; k < TierCondition::CmpCount; ++k)
        cmp->addItem(QString::fromUtf8(kCmpLabels[k]), k);
    cmp->setCurrentIndex(c.cmp);
    auto *value = new QDoubleSpinBox;
    value->setObjectName(u"conditionValue%1"_s.arg(row));
    value->setRange(0, 1e9);
    value->setDecimals(c.field == TierCondition::SpendTotal ? 2 : 0);
    value->setValue(c.value);
    value->setKeyboardTracking(true);
    auto *remove = new QToolButton;
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Remove this condition"));
    for (QWidget *w : {static_cast<QWidget *>(field), static_cast<QWidget *>(cmp), static_cast<QWidget *>(value),
                       static_cast<QWidget *>(remove)})
        w->setEnabled(!m_readOnly);
    m_conditions->setCellWidget(row, FieldColumn, field);
    m_conditions->setCellWidget(row, CmpColumn, cmp);
    m_conditions->setCellWidget(row, ValueColumn, value);
    m_conditions->setCellWidget(row, RemoveColumn, remove);
    connect(field, &QComboBox::currentIndexChanged, this, [this, field, value] {
        value->setDecimals(field->currentData().toInt() == TierCondition::SpendTotal ? 2 : 0);
        collect();
    });
    connect(cmp, &QComboBox::currentIndexChanged, this, &TierRuleEditor::collect);
    connect(value, &QDoubleSpinBox::valueChanged, this, &TierRuleEditor::collect);
    connect(remove, &QToolButton::clicked, this, [this, remove] {
        for (int r = 0; r < m_conditions->rowCount(); ++r) {
            if (m_conditions->cellWidget(r, RemoveColumn) == remove) {
                m_conditions->removeRow(r);
                break;
            }
        }
        collect();
    });
}

void TierRuleEditor::setConditionValue(int row, double value)
{
    if (auto *box = qobject_cast<QDoubleSpinBox *>(m_conditions->cellWidget(row, ValueColumn)))
        box->setValue(value);
}

void TierRuleEditor::collect()
{
    if (m_loading || m_readOnly)
        return;
    m_tier.name = m_name->text().trimmed();
    m_tier.anyOf = m_op->currentData().toBool();
    m_tier.demotionGraceDays = m_grace->value();
    QStringList privileges;
    for (const QString &line : m_privileges->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            privileges << line.trimmed();
    }
    m_tier.privileges = privileges;
    m_tier.conditions.clear();
    if (!m_lowest) {
        for (int r = 0; r < m_conditions->rowCount(); ++r) {
            const auto *field = qobject_cast<QComboBox *>(m_conditions->cellWidget(r, FieldColumn));
            const auto *cmp = qobject_cast<QComboBox *>(m_conditions->cellWidget(r, CmpColumn));
            const auto *value = qobject_cast<QDoubleSpinBox *>(m_conditions->cellWidget(r, ValueColumn));
            if (field && cmp && value)
                m_tier.conditions.append({TierCondition::Field(field->currentData().toInt()),
                                          TierCondition::Cmp(cmp->currentData().toInt()), value->value()});
        }
    }
    Q_EMIT tierEdited(m_tier);
}
