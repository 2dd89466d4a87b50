#pragma once

#include "keywordrulemodel.h"
#include "panecontext.h"
#include "panestate.h"

#include <QWidget>

class KeywordDryRun;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;

// Keyword rules: the list, and an editor for one rule — a word, a phrase or a regular
// expression in any language, its scope (boards, kinds) and action (flag, hold, suggest
// mute). A dry run shows how many cached items the rule would match, with the list, before
// it is saved; an invalid expression is reported at the field. Saving queues the rule in
// the outbox; it reaches every moderator through the platform.
class KeywordRuleEditor final : public QWidget, public PaneState
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeywordRuleEditor)
public:
    KeywordRuleEditor(const PaneContext &context, KeywordRuleModel *rules, QWidget *parent = nullptr);

    KeywordRuleRecord editedRule() const;
    void editRule(const KeywordRuleRecord &rule);
    KeywordDryRun *dryRun() const { return m_dryRun; }

    // The rule in the form as edited (not saved yet) and the rule it started from.
    QVariantMap saveState() const override;
    void restoreState(const QVariantMap &state) override;

public Q_SLOTS:
    void newRule();
    void startDryRun();
    void save();
    void removeRule();

private:
    QWidget *createForm();
    void validate();
    void showMessage(const QString &text, bool error);
    void setBoards(const QStringList &available, const QStringList &checked);

    PaneContext m_context;
    KeywordRuleModel *m_rules = nullptr;
    KeywordDryRun *m_dryRun = nullptr;
    KeywordRuleRecord m_original;
    QTableView *m_table = nullptr;
    QLineEdit *m_pattern = nullptr;
    QLabel *m_patternError = nullptr;
    QComboBox *m_kind = nullptr;
    QListWidget *m_boards = nullptr;
    QList<QCheckBox *> m_kinds;
    QComboBox *m_action = nullptr;
    QComboBox *m_label = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_dryRunButton = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_formTitle = nullptr;
    QLabel *m_dryRunSummary = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableView *m_dryRunTable = nullptr;
    QLabel *m_message = nullptr;
};
