#include "entitytables.h"

#include "snapshotrows.h"

#include <QJsonDocument>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {
EntityTables::Type typeFor(const QString &declared)
{
    const QString t = declared.toUpper();
    if (t == u"JSON_TEXT"_s) return EntityTables::Type::Json;
    if (t == u"BOOLEAN"_s) return EntityTables::Type::Bool;
    if (t == u"INTEGER"_s) return EntityTables::Type::Integer;
    if (t == u"REAL"_s) return EntityTables::Type::Real;
    return EntityTables::Type::Text;
}

QString quoted(const QString &name)
{
    return u"\""_s + name + u"\""_s;
}

QByteArray compact(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}
} // namespace

EntityTables::EntityTables(sqlite3 *db)
    : m_db(db)
{
}

EntityTables::~EntityTables() = default;

const QStringList &EntityTables::entities()
{
    static const QStringList names = {
        u"tier"_s, u"badge"_s, u"group"_s, u"member"_s, u"points_entry"_s,
        u"moderation_item"_s, u"keyword_rule"_s, u"feedback"_s, u"campaign"_s, u"budget"_s,
        u"metric_day"_s, u"retention_cohort"_s, u"audit_entry"_s,
    };
    return names;
}

QString EntityTables::tableFor(const QString &entity)
{
    if (entity == u"group"_s)
        return u"study_group"_s; // GROUP is an SQL keyword
    return entities().contains(entity) ? entity : QString();
}

bool EntityTables::init(QString *error)
{
    m_tables.clear();
    for (const QString &entity : entities()) {
        Table t;
        t.table = tableFor(entity);
        SqliteStatement info(m_db, u"PRAGMA table_info(%1)"_s.arg(quoted(t.table)));
        while (info.step() && info.hasRow()) {
            const QString name = info.columnText(1);
            if (name == u"rid"_s || name.startsWith(u"local_"_s))
                continue; // the console's own columns never come from the server
            if (name == u"id"_s) t.idIndex = int(t.columns.size());
            if (name == u"version"_s) t.versionIndex = int(t.columns.size());
            t.columns.append({name, typeFor(info.columnText(2))});
        }
        if (t.idIndex < 0 || t.versionIndex < 0) {
            if (error)
                *error = u"cache table %1 lacks id/version"_s.arg(t.table);
            return false;
        }
        m_tables.insert(entity, std::make_shared<Table>(std::move(t)));
    }
    return true;
}

const QList<EntityTables::Column> &EntityTables::columns(const QString &entity) const
{
    static const QList<Column> none;
    const auto it = m_tables.constFind(entity);
    return it == m_tables.cend() ? none : (*it)->columns;
}

bool EntityTables::prepare(const QString &entity, Table &t, QString *error)
{
    Q_UNUSED(entity)
    QStringList names, marks, sets;
    for (const Column &c : std::as_const(t.columns)) {
        names << quoted(c.name);
        marks << u"?"_s;
        if (c.name != u"id"_s)
            sets << u"%1 = excluded.%1"_s.arg(quoted(c.name));
    }
    const QString insert = u"INSERT INTO %1(%2) VALUES (%3) ON CONFLICT(id) DO UPDATE SET %4"_s
                               .arg(quoted(t.table), names.join(u','), marks.join(u','), sets.join(u','));
    t.upsertNewer = std::make_unique<SqliteStatement>(
        m_db, insert + u" WHERE excluded.version >= %1.version"_s.arg(quoted(t.table)));
    t.upsertAlways = std::make_unique<SqliteStatement>(m_db, insert);
    t.select = std::make_unique<SqliteStatement>(
        m_db, u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(names.join(u','), quoted(t.table)));
    t.del = std::make_unique<SqliteStatement>(m_db, u"DELETE FROM %1 WHERE id = ?"_s.arg(quoted(t.table)));
    t.version = std::make_unique<SqliteStatement>(m_db, u"SELECT version FROM %1 WHERE id = ?"_s.arg(quoted(t.table)));
    if (t.columns.size() <= 64) {
        // Numbered parameters: ?N is column N-1, as bindRow() binds them.
        QStringList differs;
        for (int i = 0; i < t.columns.size(); ++i)
            differs << u"%1 IS NOT ?%2"_s.arg(quoted(t.columns.at(i).name)).arg(i + 1);
        t.probe = std::make_unique<SqliteStatement>(
            m_db, u"SELECT version > ?%1, %2 FROM %3 WHERE id = ?%4"_s.arg(t.versionIndex + 1)
                      .arg(differs.join(u", "_s), quoted(t.table))
                      .arg(t.idIndex + 1));
        if (!t.probe->isValid()) {
            if (error)
                *error = t.probe->errorString();
            return false;
        }
    }
    {
        SqliteStatement triggers(m_db, u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?"_s);
        triggers.bindText(0, t.table);
        t.staged = triggers.step() && triggers.hasRow() && triggers.columnInt(0) > 0;
    }
    if (t.staged) {
        // Untyped columns (no affinity) keep every bound value exactly as bound; the
        // real table's affinity applies when the page is copied over, as for a direct bind.
        const QString stage = u"temp."_s + quoted(u"stage_"_s + t.table);
        t.stageCreate = u"CREATE TEMP TABLE IF NOT EXISTS %1(%2)"_s.arg(quoted(u"stage_"_s + t.table), names.join(u','));
        if (!createStage(t, error))
            return false;
        t.stageInsert = std::make_unique<SqliteStatement>(
            m_db, u"INSERT INTO %1(%2) VALUES (%3)"_s.arg(stage, names.join(u','), marks.join(u',')));
        t.stageFlush = std::make_unique<SqliteStatement>(
            m_db, u"INSERT INTO %1(%2) SELECT %2 FROM %3 WHERE true ORDER BY rowid ON CONFLICT(id) DO UPDATE SET %4"
                  " WHERE excluded.version >= %1.version"_s
                      .arg(quoted(t.table), names.join(u','), stage, sets.join(u',')));
        t.stageClear = std::make_unique<SqliteStatement>(m_db, u"DELETE FROM %1"_s.arg(stage));
        for (const auto *s : {t.stageInsert.get(), t.stageFlush.get(), t.stageClear.get()}) {
            if (!s->isValid()) {
                if (error)
                    *error = s->errorString();
                return false;
            }
        }
    }
    for (const auto *s : {t.upsertNewer.get(), t.upsertAlways.get(), t.select.get(), t.del.get(), t.version.get()}) {
        if (!s->isValid()) {
            if (error)
                *error = s->errorString();
            return false;
        }
    }
    return true;
}

EntityTables::Table *EntityTables::table(const QString &entity, QString *error)
{
    const auto it = m_tables.find(entity);
    if (it == m_tables.end()) {
        if (error)
            *error = u"unknown entity '%1'"_s.arg(entity);
        return nullptr;
    }
    Table &t = **it;
    if (!t.upsertNewer && !prepare(entity, t, error))
        return nullptr;
    return &t;
}

void EntityTables::bindValue(SqliteStatement &s, int i, Type type, const QJsonValue &v) const
{
    if (v.isNull() || v.isUndefined()) {
        s.bindNull(i);
        return;
    }
    switch (type) {
    case Type::Json:
        if (v.isArray() || v.isObject())
            s.bindText(i, compact(v));
        else
            s.bindNull(i); // a scalar where a list belongs: treat as absent
        return;
    case Type::Bool:
        s.bindInt(i, v.isBool() ? v.toBool() : v.toDouble() != 0);
        return;
    case Type::Integer:
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (d >= -0x1p63 && d < 0x1p63 && d == double(qint64(d))) // range first: the cast is UB outside it
                s.bindInt(i, qint64(d));
            else
                s.bindDouble(i, d);
        } else if (v.isBool()) {
            s.bindInt(i, v.toBool());
        } else {
            s.bindText(i, v.toString());
        }
        return;
    case Type::Real:
        if (v.isDouble())
            s.bindDouble(i, v.toDouble());
        else
            s.bindText(i, v.toString());
        return;
    case Type::Text:
        if (v.isString())
            s.bindText(i, v.toString());
        else if (v.isDouble())
            s.bindText(i, QString::number(v.toDouble(), 'g', 17));
        else if (v.isBool())
            s.bindText(i, v.toBool() ? "true"_ba : "false"_ba);
        else
            s.bindText(i, compact(v));
        return;
    }
}

// Mirrors bindValue() for the QJsonValue the Qt parser would have made of `v`: Qt holds
// every number as a double, toString() of a non-string is empty, toDouble() of a
// non-number is 0.
void EntityTables::bindElement(SqliteStatement &s, int i, Type type, const simdjson::dom::element &v) const
{
    using simdjson::dom::element_type;
    const element_type kind = v.type();
    if (kind == element_type::NULL_VALUE) {
        s.bindNull(i);
        return;
    }
    const bool isNumber = kind == element_type::INT64 || kind == element_type::UINT64 || kind == element_type::DOUBLE;
    const bool isContainer = kind == element_type::ARRAY || kind == element_type::OBJECT;
    const auto number = [&] { return double(v.get_double().value_unsafe()); };
    const auto string = [&] { return std::string_view(v.get_string().value_unsafe()); };
    switch (type) {
    case Type::Json:
        if (isContainer)
            s.bindText(i, snapshotCompactJson(v));
        else
            s.bindNull(i);
        return;
    case Type::Bool:
        s.bindInt(i, kind == element_type::BOOL ? bool(v.get_bool().value_unsafe()) : isNumber && number() != 0);
        return;
    case Type::Integer:
        if (isNumber) {
            const double d = number();
            if (d >= -0x1p63 && d < 0x1p63 && d == double(qint64(d))) // range first: the cast is UB outside it
                s.bindInt(i, qint64(d));
            else
                s.bindDouble(i, d);
        } else if (kind == element_type::BOOL) {
            s.bindInt(i, bool(v.get_bool().value_unsafe()));
        } else if (kind == element_type::STRING) {
            const std::string_view t = string();
            s.bindText(i, t.data(), qsizetype(t.size()));
        } else {
            s.bindText(i, "", 0);
        }
        return;
    case Type::Real:
        if (isNumber) {
            s.bindDouble(i, number());
        } else if (kind == element_type::STRING) {
            const std::string_view t = string();
            s.bindText(i, t.data(), qsizetype(t.size()));
        } else {
            s.bindText(i, "", 0);
        }
        return;
    case Type::Text:
        if (kind == element_type::STRING) {
            const std::string_view t = string();
            s.bindText(i, t.data(), qsizetype(t.size()));
        } else if (isNumber) {
            s.bindText(i, QString::number(number(), 'g', 17));
        } else if (kind == element_type::BOOL) {
            s.bindText(i, v.get_bool().value_unsafe() ? "true"_ba : "false"_ba);
        } else {
            s.bindText(i, snapshotCompactJson(v));
        }
        return;
    }
}

bool EntityTables::bindAndStep(SqliteStatement &s, const Table &t, const QJsonObject &data,
                               qint64 version, QString *error)
{
    bindRow(s, t, data, version);
    const bool ok = s.step();
    if (!ok && error)
        *error = s.errorString();
    s.reset();
    return ok;
}

void EntityTables::bindRow(SqliteStatement &s, const Table &t, const QJsonObject &data, qint64 version, quint64 only)
{
    for (int i = 0; i < t.columns.size(); ++i) {
        if (i != t.idIndex && i < 64 && !(only & (quint64(1) << i)))
            continue;
        if (i == t.versionIndex)
            s.bindInt(i, version);
        else
            bindValue(s, i, t.columns[i].type, data.value(t.columns[i].name));
    }
}

bool EntityTables::upsertServer(const QString &entity, const QJsonObject &data, qint64 version, QString *error)
{
    Table *t = table(entity, error);
    if (!t)
        return false;
    if (!t->probe)
        return bindAndStep(*t->upsertNewer, *t, data, version, error);
    // Compare in SQL, so each column's affinity applies to the new value as it would
    // when stored.
    SqliteStatement &probe = *t->probe;
    bindRow(probe, *t, data, version);
    if (!probe.step()) {
        if (error)
            *error = probe.errorString();
        probe.reset();
        return false;
    }
    if (!probe.hasRow()) { // not cached: insert
        probe.reset();
        return bindAndStep(*t->upsertNewer, *t, data, version, error);
    }
    const bool cachedIsNewer = probe.columnInt(0) != 0;
    quint64 changed = 0;
    for (int i = 0; i < t->columns.size(); ++i) {
        if (i != t->idIndex && probe.columnInt(i + 1) != 0)
            changed |= quint64(1) << i;
    }
    probe.reset();
    if (cachedIsNewer || changed == 0)
        return true; // an older or identical row: nothing to write
    std::unique_ptr<SqliteStatement> &update = t->updates[changed];
    if (!update) {
        QStringList sets;
        for (int i = 0; i < t->columns.size(); ++i) {
            if (changed & (quint64(1) << i))
                sets << u"%1 = ?%2"_s.arg(quoted(t->columns.at(i).name)).arg(i + 1);
        }
        update = std::make_unique<SqliteStatement>(
            m_db, u"UPDATE %1 SET %2 WHERE id = ?%3"_s.arg(quoted(t->table), sets.join(u", "_s)).arg(t->idIndex + 1));
        if (!update->isValid()) {
            if (error)
                *error = update->errorString();
            t->updates.erase(changed);
            return false;
        }
    }
    bindRow(*update, *t, data, version, changed);
    const bool ok = update->step();
    if (!ok && error)
        *error = update->errorString();
    update->reset();
    return ok;
}

bool EntityTables::write(const QString &entity, const QJsonObject &data, qint64 version, QString *error)
{
    Table *t = table(entity, error);
    return t && bindAndStep(*t->upsertAlways, *t, data, version, error);
}

QList<int> EntityTables::columnMap(const QString &entity, const QStringList &serverColumns) const
{
    QList<int> map;
    for (const Column &c : columns(entity))
        map.append(int(serverColumns.indexOf(c.name)));
    return map;
}

bool EntityTables::upsertServerRow(const QString &entity, const QList<int> &map, const QJsonArray &row,
                                   QString *error)
{
    Table *t = table(entity, error);
    if (!t)
        return false;
    SqliteStatement &s = t->staged ? *t->stageInsert : *t->upsertNewer;
    for (int i = 0; i < t->columns.size(); ++i) {
        const int from = map.value(i, -1);
        bindValue(s, i, t->columns[i].type, from < 0 ? QJsonValue() : row.at(from));
    }
    const bool ok = s.step();
    if (!ok && error)
        *error = s.errorString();
    s.reset();
    return ok;
}

bool EntityTables::createStage(const Table &t, QString *error)
{
    // Also after a rolled-back transaction that created it (statements re-prepare).
    SqliteStatement create(m_db, t.stageCreate);
    if (create.isValid() && create.step())
        return true;
    if (error)
        *error = create.errorString();
    return false;
}

bool EntityTables::beginRows(const QString &entity, QString *error)
{
    Table *t = table(entity, error);
    if (!t)
        return false;
    if (!t->staged)
        return true;
    if (!createStage(*t, error))
        return false;
    const bool ok = t->stageClear->step();
    if (!ok && error)
        *error = t->stageClear->errorString();
    t->stageClear->reset();
    return ok;
}

bool EntityTables::upsertServerRow(const QString &entity, const QList<int> &map,
                                   const std::vector<simdjson::dom::element> &cells, QString *error)
{
    Table *t = table(entity, error);
    if (!t)
        return false;
    SqliteStatement &s = t->staged ? *t->stageInsert : *t->upsertNewer;
    for (int i = 0; i < t->columns.size(); ++i) {
        const int from = map.value(i, -1);
        if (from < 0 || size_t(from) >= cells.size())
            s.bindNull(i);
        else
            bindElement(s, i, t->columns[i].type, cells[size_t(from)]);
    }
    const bool ok = s.step();
    if (!ok && error)
        *error = s.errorString();
    s.reset();
    return ok;
}

bool EntityTables::flushRows(const QString &entity, QString *error)
{
    Table *t = table(entity, error);
    if (!t)
        return false;
    if (!t->staged)
        return true;
    bool ok = t->stageFlush->step();
    if (!ok && error)
        *error = t->stageFlush->errorString();
    t->stageFlush->reset();
    const bool cleared = t->stageClear->step();
    if (!cleared && ok && error)
        *error = t->stageClear->errorString();
    t->stageClear->reset();
    return ok && cleared;
}

bool EntityTables::remove(const QString &entity, const QString &id, QString *error)
{
    Table *t = table(entity, error);
    if (!t)
        return false;
    t->del->bindText(0, id);
    const bool ok = t->del->step();
    if (!ok && error)
        *error = t->del->errorString();
    t->del->reset();
    return ok;
}

std::optional<QJsonObject> EntityTables::load(const QString &entity, const QString &id) const
{
    auto *self = const_cast<EntityTables *>(this); // statements are caches, not state
    Table *t = self->table(entity, nullptr);
    if (!t)
        return std::nullopt;
    SqliteStatement &s = *t->select;
    s.bindText(0, id);
    std::optional<QJsonObject> out;
    if (s.step() && s.hasRow()) {
        QJsonObject o;
        for (int i = 0; i < t->columns.size(); ++i) {
            const Column &c = t->columns[i];
            if (s.columnIsNull(i)) {
                o.insert(c.name, QJsonValue::Null);
                continue;
            }
            switch (c.type) {
            case Type::Text: o.insert(c.name, s.columnText(i)); break;
            case Type::Integer:
                if (s.columnType(i) == SQLITE_FLOAT)
                    o.insert(c.name, s.columnDouble(i));
                else
                    o.insert(c.name, s.columnInt(i));
                break;
            case Type::Real: o.insert(c.name, s.columnDouble(i)); break;
            case Type::Bool: o.insert(c.name, s.columnInt(i) != 0); break;
            case Type::Json: {
                const QJsonDocument doc = QJsonDocument::fromJson(s.columnUtf8(i));
                o.insert(c.name, doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
                break;
            }
            }
        }
        out = o;
    }
    s.reset();
    return out;
}

qint64 EntityTables::version(const QString &entity, const QString &id) const
{
    auto *self = const_cast<EntityTables *>(this);
    Table *t = self->table(entity, nullptr);
    if (!t)
        return 0;
    t->version->bindText(0, id);
    const qint64 v = t->version->step() && t->version->hasRow() ? t->version->columnInt(0) : 0;
    t->version->reset();
    return v;
}
