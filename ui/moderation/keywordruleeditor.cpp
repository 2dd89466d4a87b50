#include "keywordruleeditor.h"

#include "accountservice.h"
#include "keyworddryrun.h"
#include "moderationfacets.h"
#include "store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const QString kErrorStyle = u"QLineEdit { border: 1px solid #c0392b; border-radius: 3px; padding: 2px; }"_s;
}

KeywordRuleEditor::KeywordRuleEditor(const PaneContext &context, KeywordRuleModel *rules, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_rules(rules)
{
    m_dryRun = new KeywordDryRun(m_context.store, this);

    m_table = new QTableView(this);
    m_table->setObjectName(u"ruleTable"_s);
    m_table->setModel(m_rules);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *h = m_table->horizontalHeader();
    h->setStretchLastSection(true);
    h->resizeSection(KeywordRuleModel::PatternColumn, 200);
    h->resizeSection(KeywordRuleModel::KindColumn, 120);
    h->resizeSection(KeywordRuleModel::ScopeColumn, 170);
    h->resizeSection(KeywordRuleModel::ActionColumn, 110);
    h->resizeSection(KeywordRuleModel::LabelColumn, 70);
    h->resizeSection(KeywordRuleModel::EnabledColumn, 60);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            editRule(m_rules->ruleAt(current.row()));
    });
    connect(m_rules, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the rule being edited selected after the cache changed under it.
        const int row = m_original.id.isEmpty() ? -1 : m_rules->rowOf(m_original.id);
        if (row >= 0) {
            QSignalBlocker block(m_table->selectionModel());
            m_table->selectRow(row);
        }
    });

    auto *newButton = new QPushButton(tr("New rule"), this);
    newButton->setObjectName(u"newRuleButton"_s);
    connect(newButton, &QPushButton::clicked, this, &KeywordRuleEditor::newRule);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addStretch(1);
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(8, 8, 0, 8);
    listLayout->addWidget(m_table, 1);
    listLayout->addLayout(listButtons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"ruleSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(list);
    splitter->addWidget(createForm());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_dryRun, &KeywordDryRun::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setMaximum(int(qMin<qint64>(total, INT_MAX)));
        m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
    });
    connect(m_dryRun, &KeywordDryRun::finished, this, [this] {
        m_progress->hide();
        m_dryRunButton->setText(tr("Dry run"));
        const KeywordDryRun::Result &r = m_dryRun->result();
        const QLocale locale;
        if (!r.error.isEmpty())
            m_dryRunSummary->setText(r.error);
        else if (r.cancelled)
            m_dryRunSummary->setText(tr("Dry run cancelled."));
        else if (r.matched > r.hits.size())
            m_dryRunSummary->setText(tr("Would match %1 of %Ln cached items in scope; the first %2 are listed.", nullptr,
                                        int(qMin<qint64>(r.scanned, INT_MAX)))
                                         .arg(locale.toString(r.matched), locale.toString(r.hits.size())));
        else
            m_dryRunSummary->setText(tr("Would match %1 of %Ln cached items in scope.", nullptr,
                                        int(qMin<qint64>(r.scanned, INT_MAX)))
                                         .arg(locale.toString(r.matched)));
    });
    newRule();
}

QWidget *KeywordRuleEditor::createForm()
{
    auto *box = new QWidget(this);
    m_formTitle = new QLabel(box);
    QFont bold = m_formTitle->font();
    bold.setBold(true);
    m_formTitle->setFont(bold);

    m_pattern = new QLineEdit(box);
    m_pattern->setObjectName(u"rulePattern"_s);
    m_pattern->setPlaceholderText(tr("e.g. 加微信, free download, https?://bit\\.ly/\\w+"));
    m_patternError = new QLabel(box);
    m_patternError->setObjectName(u"rulePatternError"_s);
    m_patternError->setTextFormat(Qt::PlainText);
    m_patternError->setWordWrap(true);
    m_patternError->setStyleSheet(u"color: #c0392b;"_s);
    m_patternError->hide();
    auto *patternBox = new QVBoxLayout;
    patternBox->setSpacing(2);
    patternBox->addWidget(m_pattern);
    patternBox->addWidget(m_patternError);

    m_kind = new QComboBox(box);
    m_kind->setObjectName(u"ruleKind"_s);
    m_kind->addItem(KeywordRuleModel::kindName(KeywordMatcher::Kind::Word), int(KeywordMatcher::Kind::Word));
    m_kind->addItem(KeywordRuleModel::kindName(KeywordMatcher::Kind::Phrase), int(KeywordMatcher::Kind::Phrase));
    m_kind->addItem(KeywordRuleModel::kindName(KeywordMatcher::Kind::Regex), int(KeywordMatcher::Kind::Regex));
    m_kind->setToolTip(tr("Word: whole words only. Phrase: anywhere in the text. Both ignore case; "
                          "Chinese text matches anywhere."));

    m_boards = new QListWidget(box);
    m_boards->setObjectName(u"ruleBoards"_s);
    m_boards->setMaximumHeight(110);
    m_boards->setToolTip(tr("Check the boards the rule applies to; none checked means every board."));
    auto *kinds = new QHBoxLayout;
    for (const QString &k : ModerationFacets::kinds()) {
        auto *check = new QCheckBox(ModerationFacets::kindName(k), box);
        check->setObjectName(u"ruleKind_"_s + k);
        check->setProperty("kind", k);
        m_kinds << check;
        kinds->addWidget(check);
    }
    kinds->addStretch(1);

    m_action = new QComboBox(box);
    m_action->setObjectName(u"ruleAction"_s);
    for (const QString &a : {u"flag"_s, u"hold"_s, u"suggest_mute"_s})
        m_action->addItem(ModerationFacets::ruleActionName(a), a);
    m_action->setToolTip(tr("Hold: the item stays hidden on the platform until a moderator decides."));
    m_label = new QComboBox(box);
    m_label->setObjectName(u"ruleLabel"_s);
    m_label->addItem(tr("No label"), QString());
    for (const QString &l : ModerationFacets::aiLabels())
        m_label->addItem(ModerationFacets::labelName(l), l);
    m_enabled = new QCheckBox(tr("Enabled"), box);
    m_enabled->setObjectName(u"ruleEnabled"_s);
    m_note = new QLineEdit(box);
    m_note->setObjectName(u"ruleNote"_s);
    m_note->setPlaceholderText(tr("Why the rule exists (for other moderators)"));

    auto *form = new QFormLayout;
    form->addRow(tr("Pattern"), patternBox);
    form->addRow(tr("Match"), m_kind);
    form->addRow(tr("Boards"), m_boards);
    form->addRow(tr("Kinds"), kinds);
    form->addRow(tr("Action"), m_action);
    form->addRow(tr("Label"), m_label);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("Note"), m_note);

    m_dryRunButton = new QPushButton(tr("Dry run"), box);
    m_dryRunButton->setObjectName(u"dryRunButton"_s);
    m_dryRunButton->setToolTip(tr("Try the rule on every cached item before it goes live"));
    m_save = new QPushButton(tr("Save rule"), box);
    m_save->setObjectName(u"saveRuleButton"_s);
    m_save->setDefault(true);
    m_delete = new QPushButton(tr("Delete rule"), box);
    m_delete->setObjectName(u"deleteRuleButton"_s);
    connect(m_dryRunButton, &QPushButton::clicked, this, [this] {
        if (m_dryRun->isRunning())
            m_dryRun->cancel();
        else
            startDryRun();
    });
    connect(m_save, &QPushButton::clicked, this, &KeywordRuleEditor::save);
    connect(m_delete, &QPushButton::clicked, this, &KeywordRuleEditor::removeRule);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_dryRunButton);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_save);

    m_message = new QLabel(box);
    m_message->setObjectName(u"ruleMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    m_dryRunSummary = new QLabel(box);
    m_dryRunSummary->setObjectName(u"dryRunSummary"_s);
    m_dryRunSummary->setTextFormat(Qt::PlainText);
    m_dryRunSummary->setWordWrap(true);
    m_progress = new QProgressBar(box);
    m_progress->setObjectName(u"dryRunProgress"_s);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->hide();
    m_dryRunTable = new QTableView(box);
    m_dryRunTable->setObjectName(u"dryRunTable"_s);
    m_dryRunTable->setModel(m_dryRun);
    m_dryRunTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dryRunTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dryRunTable->setAlternatingRowColors(true);
    m_dryRunTable->setWordWrap(false);
    m_dryRunTable->verticalHeader()->hide();
    m_dryRunTable->horizontalHeader()->resizeSection(KeywordDryRun::ItemColumn, 160);
    m_dryRunTable->horizontalHeader()->resizeSection(KeywordDryRun::MatchColumn, 240);
    m_dryRunTable->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 8, 8, 8);
    layout->addWidget(m_formTitle);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_dryRunSummary);
    layout->addWidget(m_progress);
    layout->addWidget(m_dryRunTable, 1);

    connect(m_pattern, &QLineEdit::textChanged, this, &KeywordRuleEditor::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &KeywordRuleEditor::validate);
    return box;
}

void KeywordRuleEditor::setBoards(const QStringList &available, const QStringList &checked)
{
    m_boards->clear();
    QStringList all = available;
    for (const QString &b : checked)
        if (!all.contains(b))
            all << b;
    for (const QString &b : std::as_const(all)) {
        auto *item = new QListWidgetItem(b, m_boards);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(b) ? Qt::Checked : Qt::Unchecked);
    }
}

KeywordRuleRecord KeywordRuleEditor::editedRule() const
{
    KeywordRuleRecord r = m_original;
    r.pattern = m_pattern->text();
    r.kind = KeywordMatcher::Kind(m_kind->currentData().toInt());
    r.boards.clear();
    for (int i = 0; i < m_boards->count(); ++i)
        if (m_boards->item(i)->checkState() == Qt::Checked)
            r.boards << m_boards->item(i)->text();
    r.kinds.clear();
    for (QCheckBox *c : m_kinds)
        if (c->isChecked())
            r.kinds << c->property("kind").toString();
    r.action = m_action->currentData().toString();
    r.label = m_label->currentData().toString();
    r.enabled = m_enabled->isChecked();
    r.note = m_note->text();
    return r;
}

void KeywordRuleEditor::editRule(const KeywordRuleRecord &rule)
{
    m_original = rule;
    m_formTitle->setText(rule.id.isEmpty() ? tr("New rule")
                                           : rule.createdBy.isEmpty() ? tr("Edit rule")
                                                                      : tr("Edit rule (created by %1)").arg(rule.createdBy));
    m_pattern->setText(rule.pattern);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(rule.kind))));
    setBoards(ModerationFacets::boards(*m_context.store), rule.boards);
    for (QCheckBox *c : std::as_const(m_kinds))
        c->setChecked(rule.kinds.contains(c->property("kind").toString()));
    m_action->setCurrentIndex(qMax(0, m_action->findData(rule.action)));
    int label = m_label->findData(rule.label);
    if (label < 0 && !rule.label.isEmpty()) {
        m_label->addItem(rule.label, rule.label);
        label = m_label->count() - 1;
    }
    m_label->setCurrentIndex(qMax(0, label));
    m_enabled->setChecked(rule.enabled);
    m_note->setText(rule.note);
    m_delete->setEnabled(!rule.id.isEmpty());
    m_dryRun->clear();
    m_dryRunSummary->clear();
    m_message->clear();
    validate();
}

QVariantMap KeywordRuleEditor::saveState() const
{
    return {{u"original"_s, QVariant::fromValue(m_original)}, {u"edited"_s, QVariant::fromValue(editedRule())}};
}

void KeywordRuleEditor::restoreState(const QVariantMap &state)
{
    if (!state.contains(u"original"_s) || !state.contains(u"edited"_s))
        return;
    const auto original = state.value(u"original"_s).value<KeywordRuleRecord>();
    const int row = original.id.isEmpty() ? -1 : m_rules->rowOf(original.id);
    {
        const QSignalBlocker block(m_table->selectionModel());
        if (row >= 0)
            m_table->selectRow(row);
        else
            m_table->selectionModel()->clearSelection();
    }
    // The edited copy keeps the original's id and author, so the form's title and
    // buttons read as before; the original is what a save compares against.
    editRule(state.value(u"edited"_s).value<KeywordRuleRecord>());
    m_original = original;
    validate();
}

void KeywordRuleEditor::newRule()
{
    m_table->selectionModel()->clearSelection();
    KeywordRuleRecord fresh;
    fresh.kind = KeywordMatcher::Kind::Phrase;
    editRule(fresh);
    m_pattern->setFocus();
}

void KeywordRuleEditor::validate()
{
    const KeywordRuleRecord r = editedRule();
    const QString error = r.pattern.trimmed().isEmpty() ? QString() : KeywordMatcher::validate(r.toRule());
    m_patternError->setText(error);
    m_patternError->setVisible(!error.isEmpty());
    m_pattern->setStyleSheet(error.isEmpty() ? QString() : kErrorStyle);
    m_pattern->setToolTip(error);
    const bool usable = error.isEmpty() && !r.pattern.trimmed().isEmpty();
    const bool allowed = m_context.account->role().isEmpty() || m_context.account->canDo(u"keyword_rule"_s, u"create"_s);
    m_save->setEnabled(usable && allowed);
    m_delete->setEnabled(!m_original.id.isEmpty() && allowed);
    m_dryRunButton->setEnabled(usable);
}

void KeywordRuleEditor::startDryRun()
{
    const KeywordRuleRecord r = editedRule();
    m_dryRunSummary->setText(tr("Trying the rule on the cached items…"));
    m_progress->setValue(0);
    m_progress->show();
    m_dryRunButton->setText(tr("Cancel dry run"));
    m_dryRun->start(r.toRule());
}

void KeywordRuleEditor::save()
{
    const KeywordRuleRecord r = editedRule();
    QString error;
    const QString id = m_rules->save(r, &error);
    if (id.isEmpty()) {
        // A pattern problem belongs at the field.
        if (!KeywordMatcher::validate(r.toRule()).isEmpty()) {
            m_patternError->setText(error);
            m_patternError->show();
        }
        showMessage(error, true);
        return;
    }
    showMessage(tr("Saved — pending sync. Every moderator gets the rule after the next sync."), false);
    m_rules->reload();
    const int row = m_rules->rowOf(id);
    if (row >= 0) {
        m_table->selectRow(row);
        editRule(m_rules->ruleAt(row));
        showMessage(tr("Saved — pending sync. Every moderator gets the rule after the next sync."), false);
    }
}

void KeywordRuleEditor::removeRule()
{
    if (m_original.id.isEmpty())
        return;
    QString error;
    if (!m_rules->remove(m_original.id, &error)) {
        showMessage(error, true);
        return;
    }
    newRule();
    showMessage(tr("Rule deleted — pending sync."), false);
}

void KeywordRuleEditor::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #c0392b;"_s : QString());
}
