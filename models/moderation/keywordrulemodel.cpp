#include "keywordrulemodel.h"

#include "moderationfacets.h"
#include "store.h"
#include "storenotifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        if (e.isString() && !e.toString().isEmpty())
            out << e.toString();
    return out;
}
} // namespace

KeywordMatcher::Rule KeywordRuleRecord::toRule() const
{
    return {id, kind, pattern, boards, kinds, action, label};
}

KeywordRuleRecord KeywordRuleRecord::fromJson(const QJsonObject &o)
{
    KeywordRuleRecord r;
    r.id = o.value(u"id"_s).toString();
    r.pattern = o.value(u"pattern"_s).toString();
    r.kind = KeywordMatcher::kindFrom(o.value(u"is_regex"_s).toBool(), o.value(u"whole_word"_s).toBool());
    r.boards = strings(o.value(u"boards"_s));
    r.kinds = strings(o.value(u"kinds"_s));
    r.action = o.value(u"action"_s).toString();
    r.label = o.value(u"label"_s).toString();
    r.enabled = o.value(u"enabled"_s).toBool(true);
    r.note = o.value(u"note"_s).toString();
    r.createdBy = o.value(u"created_by"_s).toString();
    r.createdAt = o.value(u"created_at"_s).toString();
    return r;
}

QJsonObject KeywordRuleRecord::payload(const KeywordRuleRecord *before) const
{
    const auto nullable = [](const QString &s) { return s.trimmed().isEmpty() ? QJsonValue() : QJsonValue(s.trimmed()); };
    const QJsonObject all{
        {u"pattern"_s, kind == KeywordMatcher::Kind::Regex ? pattern : pattern.trimmed()},
        {u"is_regex"_s, kind == KeywordMatcher::Kind::Regex},
        {u"whole_word"_s, kind == KeywordMatcher::Kind::Word},
        {u"boards"_s, QJsonArray::fromStringList(boards)},
        {u"kinds"_s, QJsonArray::fromStringList(kinds)},
        {u"action"_s, action},
        {u"label"_s, nullable(label)},
        {u"enabled"_s, enabled},
        {u"note"_s, nullable(note)},
    };
    if (!before)
        return all;
    const QJsonObject old = before->payload();
    QJsonObject changed;
    for (auto it = all.begin(); it != all.end(); ++it)
        if (old.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    return changed;
}

KeywordRuleModel::KeywordRuleModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    if (StoreNotifier *n = store->notifier()) {
        const auto queue = [this] {
            if (m_reloadQueued)
                return;
            m_reloadQueued = true;
            QTimer::singleShot(0, this, &KeywordRuleModel::reload);
        };
        connect(n, &StoreNotifier::entitiesChanged, this, [queue](const QStringList &entities) {
            if (entities.contains(u"keyword_rule"_s))
                queue();
        });
        connect(n, &StoreNotifier::outboxChanged, this, queue);
    }
    reload();
}

void KeywordRuleModel::reload()
{
    m_reloadQueued = false;
    QList<KeywordRuleRecord> rows;
    QSqlQuery q(m_store->database());
    if (q.exec(u"SELECT id, EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'keyword_rule' AND o.entity_id = k.id) "
               "FROM keyword_rule k ORDER BY created_at, rid"_s)) {
        while (q.next()) {
            if (const auto o = m_store->entity(u"keyword_rule"_s, q.value(0).toString())) {
                KeywordRuleRecord r = KeywordRuleRecord::fromJson(*o);
                r.pendingSync = q.value(1).toBool();
                rows.append(r);
            }
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT rulesChanged();
}

int KeywordRuleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KeywordRuleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KeywordRuleModel::kindName(KeywordMatcher::Kind kind)
{
    switch (kind) {
    case KeywordMatcher::Kind::Word: return tr("Word");
    case KeywordMatcher::Kind::Phrase: return tr("Phrase");
    case KeywordMatcher::Kind::Regex: return tr("Regular expression");
    }
    return {};
}

QString KeywordRuleModel::scopeText(const KeywordRuleRecord &rule)
{
    QStringList kinds;
    for (const QString &k : rule.kinds)
        kinds << ModerationFacets::kindName(k);
    const QString where = rule.boards.isEmpty() ? tr("all boards") : rule.boards.join(u", "_s);
    const QString what = kinds.isEmpty() ? tr("all kinds") : kinds.join(u", "_s);
    return tr("%1; %2").arg(where, what);
}

QVariant KeywordRuleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KeywordRuleRecord &r = m_rows.at(index.row());
    switch (role) {
    case RuleIdRole: return r.id;
    case PendingSyncRole: return r.pendingSync;
    case EnabledRole: return r.enabled;
    case Qt::ToolTipRole: return r.note.isEmpty() ? QVariant() : QVariant(r.note);
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case PatternColumn: return r.pattern;
    case KindColumn: return kindName(r.kind);
    case ScopeColumn: return scopeText(r);
    case ActionColumn: return ModerationFacets::ruleActionName(r.action);
    case LabelColumn: return ModerationFacets::labelName(r.label);
    case EnabledColumn: return r.enabled ? tr("On") : tr("Off");
    case SyncColumn: return r.pendingSync ? tr("Pending sync") : QString();
    default: return {};
    }
}

QVariant KeywordRuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PatternColumn: return tr("Pattern");
    case KindColumn: return tr("Match");
    case ScopeColumn: return tr("Scope");
    case ActionColumn: return tr("Action");
    case LabelColumn: return tr("Label");
    case EnabledColumn: return tr("Enabled");
    case SyncColumn: return tr("Sync");
    default: return {};
    }
}

int KeywordRuleModel::rowOf(const QString &ruleId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == ruleId)
            return i;
    return -1;
}

KeywordMatcher KeywordRuleModel::enabledMatcher() const
{
    QList<KeywordMatcher::Rule> rules;
    for (const KeywordRuleRecord &r : m_rows)
        if (r.enabled)
            rules << r.toRule();
    return KeywordMatcher(rules);
}

QString KeywordRuleModel::save(const KeywordRuleRecord &rule, QString *error)
{
    const QString problem = KeywordMatcher::validate(rule.toRule());
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }
    Mutation m;
    m.entity = u"keyword_rule"_s;
    const int row = rule.id.isEmpty() ? -1 : rowOf(rule.id);
    if (row < 0) {
        m.entityId = rule.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : rule.id;
        m.action = u"create"_s;
        m.payload = rule.payload();
    } else {
        m.entityId = rule.id;
        m.action = u"update"_s;
        m.payload = rule.payload(&m_rows.at(row));
        if (m.payload.isEmpty())
            return rule.id; // nothing changed
    }
    if (m_store->enqueue(m, error).isEmpty())
        return {};
    return m.entityId;
}

bool KeywordRuleModel::remove(const QString &ruleId, QString *error)
{
    Mutation m;
    m.entity = u"keyword_rule"_s;
    m.entityId = ruleId;
    m.action = u"delete"_s;
    return !m_store->enqueue(m, error).isEmpty();
}
