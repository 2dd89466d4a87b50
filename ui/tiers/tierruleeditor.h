#pragma once

#include "tierruleset.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

// Edits one tier: name, how its conditions combine (all / any), the conditions over
// points, active days, posts, helpful answers, tenure and spend, the demotion grace
// period and the privileges (one a line). Every edit is reported at once.
class TierRuleEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TierRuleEditor)
public:
    explicit TierRuleEditor(QWidget *parent = nullptr);

    // `lowest`: the lowest tier takes everyone and has no conditions.
    void setTier(const TierDefinition &tier, bool lowest);
    const TierDefinition &tier() const { return m_tier; }
    void setReadOnly(bool readOnly);
    // Row `row`'s value box (tests).
    void setConditionValue(int row, double value);

Q_SIGNALS:
    void tierEdited(const TierDefinition &tier);

private:
    void rebuildConditions();
    void addConditionRow(const TierCondition &c);
    void collect();

    TierDefinition m_tier;
    bool m_lowest = false;
    bool m_loading = false;
    bool m_readOnly = false;
    QLineEdit *m_name = nullptr;
    QComboBox *m_op = nullptr;
    QTableWidget *m_conditions = nullptr;
    QPushButton *m_addCondition = nullptr;
    QLabel *m_lowestNote = nullptr;
    QSpinBox *m_grace = nullptr;
    QPlainTextEdit *m_privileges = nullptr;
};
