#include "synctypes.h"

#include "snapshotrows.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

// Strict readers: a wrong type is a bad response, never a silent default.
namespace {
// A whole number in qint64's range. Converting any other double to qint64 is undefined
// behaviour, so the range is checked before the cast, never by it.
bool isWholeInt64(double d)
{
    return d >= -0x1p63 && d < 0x1p63 && d == double(qint64(d));
}
bool isInt(const QJsonValue &v)
{
    return v.isDouble() && isWholeInt64(v.toDouble());
}
std::optional<QString> str(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return std::nullopt;
    return v.toString();
}
std::optional<qint64> integer(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (!isInt(v))
        return std::nullopt;
    return qint64(v.toDouble());
}
// Ids may be numbers in hand-written data; the feed sends strings.
std::optional<QString> idValue(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (isInt(v))
        return QString::number(qint64(v.toDouble()));
    return std::nullopt;
}
} // namespace

std::optional<Change> Change::fromJson(const QJsonObject &o)
{
    const auto seq = integer(o, "seq"_L1);
    const auto entity = str(o, "entity"_L1);
    const auto id = idValue(o.value("id"_L1));
    const auto op = str(o, "op"_L1);
    const auto version = integer(o, "version"_L1);
    if (!seq || !entity || !id || !op || !version)
        return std::nullopt;
    if (*op != u"upsert"_s && *op != u"delete"_s)
        return std::nullopt;
    const QJsonValue data = o.value("data"_L1);
    if (*op == u"upsert"_s && !data.isObject())
        return std::nullopt;
    Change c;
    c.seq = *seq;
    c.entity = *entity;
    c.id = *id;
    c.op = *op == u"upsert"_s ? Op::Upsert : Op::Delete;
    c.version = *version;
    c.data = data.toObject();
    return c;
}

std::optional<ChangesPage> ChangesPage::fromJson(const QJsonObject &o)
{
    const QJsonValue list = o.value("changes"_L1);
    const auto next = integer(o, "next_since"_L1);
    if (!list.isArray() || !next || !o.value("has_more"_L1).isBool())
        return std::nullopt;
    ChangesPage p;
    p.nextSince = *next;
    p.hasMore = o.value("has_more"_L1).toBool();
    const QJsonArray a = list.toArray();
    p.changes.reserve(a.size());
    for (const QJsonValue &v : a) {
        auto c = Change::fromJson(v.toObject());
        if (!v.isObject() || !c)
            return std::nullopt;
        p.changes.append(std::move(*c));
    }
    return p;
}

std::optional<SnapshotPage> SnapshotPage::fromJson(const QJsonObject &o)
{
    const auto seq = integer(o, "snapshot_seq"_L1);
    const auto entity = str(o, "entity"_L1);
    const QJsonValue columns = o.value("columns"_L1);
    const QJsonValue rows = o.value("rows"_L1);
    const QJsonValue next = o.value("next_cursor"_L1);
    if (!seq || !entity || !columns.isArray() || !rows.isArray() || !o.value("has_more"_L1).isBool())
        return std::nullopt;
    if (!next.isString() && !next.isNull())
        return std::nullopt;
    SnapshotPage p;
    p.snapshotSeq = *seq;
    p.entity = *entity;
    for (const QJsonValue &c : columns.toArray()) {
        if (!c.isString())
            return std::nullopt;
        p.columns.append(c.toString());
    }
    p.rows = rows.toArray();
    for (const QJsonValue &r : std::as_const(p.rows)) {
        if (!r.isArray() || r.toArray().size() != p.columns.size())
            return std::nullopt;
    }
    p.rowCount = p.rows.size();
    p.nextCursor = next.toString();
    p.hasMore = o.value("has_more"_L1).toBool();
    if (p.hasMore && p.nextCursor.isEmpty())
        return std::nullopt;
    return p;
}

namespace {
// A JSON number holding an integer, as isInt() accepts it (Qt reads every number as double).
std::optional<qint64> jsonInt(simdjson::dom::element e)
{
    double d = 0;
    if (!e.is_number() || e.get_double().get(d) != simdjson::SUCCESS || !isWholeInt64(d))
        return std::nullopt;
    return qint64(d);
}
QString jsonString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}
} // namespace

QByteArray snapshotCompactJson(simdjson::dom::element value)
{
    const std::string text = simdjson::minify(value);
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), qsizetype(text.size())));
    return doc.toJson(QJsonDocument::Compact);
}

std::optional<SnapshotPage> SnapshotPage::fromBody(const QByteArray &body)
{
    auto parsed = std::make_shared<SnapshotRowsJson>();
    simdjson::dom::object o;
    if (parsed->parser.parse(body.constData(), size_t(body.size())).get_object().get(o) != simdjson::SUCCESS)
        return std::nullopt;
    simdjson::dom::element seq, entity, columns, rows, next, hasMore;
    if (o["snapshot_seq"].get(seq) || o["entity"].get(entity) || o["columns"].get(columns)
        || o["rows"].get(rows) || o["next_cursor"].get(next) || o["has_more"].get(hasMore))
        return std::nullopt;
    const auto seqValue = jsonInt(seq);
    std::string_view entityText;
    simdjson::dom::array columnList;
    bool more = false;
    if (!seqValue || entity.get_string().get(entityText) || columns.get_array().get(columnList)
        || rows.get_array().get(parsed->rows) || hasMore.get_bool().get(more))
        return std::nullopt;
    if (!next.is_string() && !next.is_null())
        return std::nullopt;
    SnapshotPage p;
    p.snapshotSeq = *seqValue;
    p.entity = jsonString(entityText);
    for (simdjson::dom::element c : columnList) {
        std::string_view name;
        if (c.get_string().get(name))
            return std::nullopt;
        p.columns.append(jsonString(name));
    }
    const size_t width = size_t(p.columns.size());
    for (simdjson::dom::element r : parsed->rows) {
        simdjson::dom::array cells;
        if (r.get_array().get(cells) || cells.size() != width)
            return std::nullopt;
        ++p.rowCount;
    }
    if (next.is_string())
        p.nextCursor = jsonString(std::string_view(next));
    p.hasMore = more;
    if (p.hasMore && p.nextCursor.isEmpty())
        return std::nullopt;
    p.parsedRows = std::move(parsed);
    return p;
}

std::optional<HealthInfo> HealthInfo::fromJson(const QJsonObject &o)
{
    const auto status = str(o, "status"_L1);
    const auto seq = integer(o, "seq"_L1);
    if (!status || !seq)
        return std::nullopt;
    HealthInfo h;
    h.status = *status;
    h.seq = *seq;
    h.version = o.value("version"_L1).toString();
    h.timeZone = o.value("timezone"_L1).toString();
    h.serverTime = QDateTime::fromString(o.value("server_time"_L1).toString(), Qt::ISODate);
    return h;
}

std::optional<LoginInfo> LoginInfo::fromJson(const QJsonObject &o)
{
    const auto token = str(o, "access_token"_L1);
    const auto role = str(o, "role"_L1);
    if (!token || token->isEmpty() || !role)
        return std::nullopt;
    LoginInfo l;
    l.accessToken = *token;
    l.role = *role;
    l.expiresAt = QDateTime::fromString(o.value("expires_at"_L1).toString(), Qt::ISODate);
    return l;
}

std::optional<MeInfo> MeInfo::fromJson(const QJsonObject &o)
{
    const auto user = str(o, "username"_L1);
    const auto role = str(o, "role"_L1);
    const QJsonValue allowed = o.value("allowed_actions"_L1);
    if (!user || !role || !allowed.isObject())
        return std::nullopt;
    return MeInfo{*user, *role, allowed.toObject()};
}

std::optional<EntityState> EntityState::fromJson(const QJsonObject &o)
{
    const auto entity = str(o, "entity"_L1);
    const auto id = idValue(o.value("id"_L1));
    const auto version = integer(o, "version"_L1);
    const QJsonValue deleted = o.value("deleted"_L1);
    const QJsonValue data = o.value("data"_L1);
    if (!entity || !id || !version || !deleted.isBool())
        return std::nullopt;
    if (!deleted.toBool() && !data.isObject())
        return std::nullopt;
    return EntityState{*entity, *id, *version, deleted.toBool(), data.toObject()};
}

QJsonObject Mutation::toJson() const
{
    return QJsonObject{{u"id"_s, id},
                       {u"entity"_s, entity},
                       {u"entity_id"_s, entityId},
                       {u"action"_s, action},
                       {u"base_version"_s, baseVersion},
                       {u"payload"_s, payload}};
}

std::optional<MutationResult> MutationResult::fromJson(const QJsonObject &o)
{
    const auto id = str(o, "id"_L1);
    const auto status = str(o, "status"_L1);
    if (!id || !status)
        return std::nullopt;
    static const QHash<QString, Status> statuses = {
        {u"applied"_s, Status::Applied}, {u"duplicate"_s, Status::Duplicate},
        {u"conflict"_s, Status::Conflict}, {u"rejected"_s, Status::Rejected}};
    const auto it = statuses.constFind(*status);
    if (it == statuses.cend())
        return std::nullopt;
    MutationResult r;
    r.id = *id;
    r.status = *it;
    r.entity = o.value("entity"_L1).toString();
    r.entityId = idValue(o.value("entity_id"_L1)).value_or(QString());
    r.problem = o.value("problem"_L1).toObject();
    if (r.status == Status::Applied || r.status == Status::Duplicate) {
        const auto v = integer(o, "version"_L1);
        if (!v)
            return std::nullopt;
        r.version = *v;
    } else if (r.status == Status::Conflict) {
        const QJsonObject state = o.value("server_state"_L1).toObject();
        const auto v = integer(state, "version"_L1);
        if (!v)
            return std::nullopt;
        r.serverVersion = *v;
        if (state.value("data"_L1).isObject())
            r.serverData = state.value("data"_L1).toObject();
        r.changedBy = state.value("changed_by"_L1).toString();
        r.changedAt = state.value("changed_at"_L1).toString();
    }
    return r;
}
