#pragma once

#include "keywordmatcher.h"

#include <QAbstractTableModel>
#include <QJsonObject>

class Store;

// One keyword rule as the platform stores it (docs/entities.md, keyword_rule).
struct KeywordRuleRecord {
    QString id;           // empty: not created yet
    QString pattern;
    KeywordMatcher::Kind kind = KeywordMatcher::Kind::Phrase;
    QStringList boards;   // empty: every board
    QStringList kinds;    // empty: every kind
    QString action = QStringLiteral("flag");
    QString label;
    bool enabled = true;
    QString note;
    QString createdBy, createdAt;
    bool pendingSync = false;

    KeywordMatcher::Rule toRule() const;
    static KeywordRuleRecord fromJson(const QJsonObject &o);
    // The editable fields as a create/update payload (update: only those that differ from `before`).
    QJsonObject payload(const KeywordRuleRecord *before = nullptr) const;
};

// The cached keyword rules (a few dozen at most, so all in memory), with their pending-sync
// marks. Saving and deleting go through the outbox like every change; the model follows
// the cache (StoreNotifier).
class KeywordRuleModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PatternColumn, KindColumn, ScopeColumn, ActionColumn, LabelColumn, EnabledColumn,
                  SyncColumn, ColumnCount };
    enum Role { RuleIdRole = Qt::UserRole + 1, PendingSyncRole, EnabledRole };

    explicit KeywordRuleModel(Store *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    KeywordRuleRecord ruleAt(int row) const { return m_rows.value(row); }
    int rowOf(const QString &ruleId) const;
    // The enabled rules, compiled (the detail panel's highlighting).
    KeywordMatcher enabledMatcher() const;

    // Validates (KeywordMatcher::validate) and queues create or update; returns the rule id
    // (new for a created rule) or an empty string and *error.
    QString save(const KeywordRuleRecord &rule, QString *error = nullptr);
    bool remove(const QString &ruleId, QString *error = nullptr);

    static QString kindName(KeywordMatcher::Kind kind);
    static QString scopeText(const KeywordRuleRecord &rule);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void rulesChanged();

private:
    Store *m_store = nullptr;
    QList<KeywordRuleRecord> m_rows;
    bool m_reloadQueued = false;
};
