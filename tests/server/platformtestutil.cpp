#include "platformtestutil.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace PlatformTest {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QJsonObject mutation(const QString &entity, const QString &entityId, const QString &action,
                     qint64 baseVersion, const QJsonObject &payload, const QString &id)
{
    return QJsonObject{{u"id"_s, id.isEmpty() ? newId() : id},
                       {u"entity"_s, entity},
                       {u"entity_id"_s, entityId},
                       {u"action"_s, action},
                       {u"base_version"_s, baseVersion},
                       {u"payload"_s, payload}};
}

QJsonArray post(const TestHttp &http, const QString &token, const QJsonArray &list, QString *error)
{
    const HttpResult r = http.post(u"/v1/mutations"_s, compact(QJsonObject{{u"mutations"_s, list}}), token);
    const QJsonArray results = r.json().value(u"results"_s).toArray();
    if (r.status != 200 || results.size() != list.size()) {
        if (error)
            *error = u"POST /v1/mutations: HTTP %1 %2"_s.arg(r.status).arg(QString::fromUtf8(r.body.left(400)));
        return {};
    }
    return results;
}

QJsonObject apply(const TestHttp &http, const QString &token, const QJsonObject &m)
{
    const QJsonArray results = post(http, token, QJsonArray{m});
    return results.isEmpty() ? QJsonObject() : results.at(0).toObject();
}

QJsonObject entity(const TestHttp &http, const QString &token, const QString &entity, const QString &id)
{
    const HttpResult r = http.get(u"/v1/entities/%1/%2"_s.arg(entity, QString::fromLatin1(QUrl::toPercentEncoding(id))), token);
    return r.status == 200 ? r.json() : QJsonObject();
}

qint64 versionOf(const TestHttp &http, const QString &token, const QString &e, const QString &id)
{
    return entity(http, token, e, id).value(u"version"_s).toInteger(-1);
}

void applyChange(State &state, const QJsonObject &c)
{
    const Key key{c.value(u"entity"_s).toString(), c.value(u"id"_s).toString()};
    const qint64 version = c.value(u"version"_s).toInteger();
    auto it = state.find(key);
    if (it != state.end() && it->version > version)
        return;
    state.insert(key, Row{version, c.value(u"op"_s).toString() == u"delete"_s, c.value(u"data"_s).toObject()});
}

qint64 readFeed(const TestHttp &http, const QString &token, qint64 since, int limit, State &state,
                QString *error, int *pages)
{
    int n = 0;
    for (;;) {
        const HttpResult r = http.get(u"/v1/changes?since=%1&limit=%2"_s.arg(since).arg(limit), token);
        const QJsonObject page = r.json();
        if (r.status != 200 || !page.value(u"changes"_s).isArray() || !page.value(u"has_more"_s).isBool()) {
            *error = u"GET /v1/changes?since=%1: HTTP %2 %3"_s.arg(since).arg(r.status).arg(QString::fromUtf8(r.body.left(300)));
            return -1;
        }
        ++n;
        const QJsonArray changes = page.value(u"changes"_s).toArray();
        if (changes.size() > limit) {
            *error = u"page of %1 changes for limit %2"_s.arg(changes.size()).arg(limit);
            return -1;
        }
        qint64 last = since;
        for (const QJsonValue &v : changes) {
            const QJsonObject c = v.toObject();
            const qint64 seq = c.value(u"seq"_s).toInteger();
            if (seq <= last) {
                *error = u"seq %1 after %2 (not ascending)"_s.arg(seq).arg(last);
                return -1;
            }
            last = seq;
            const QString op = c.value(u"op"_s).toString();
            if (op != u"upsert"_s && op != u"delete"_s) {
                *error = u"change with op '%1'"_s.arg(op);
                return -1;
            }
            if (c.value(u"data"_s).toObject().value(u"id"_s).toString() != c.value(u"id"_s).toString()) {
                *error = u"change %1: data.id differs from id"_s.arg(seq);
                return -1;
            }
            applyChange(state, c);
        }
        const qint64 next = page.value(u"next_since"_s).toInteger(-1);
        if (next != last) {
            *error = u"next_since %1, expected %2"_s.arg(next).arg(last);
            return -1;
        }
        const bool more = page.value(u"has_more"_s).toBool();
        if (more && changes.size() != limit) {
            *error = u"has_more with a short page (%1 of %2)"_s.arg(changes.size()).arg(limit);
            return -1;
        }
        since = next;
        if (!more)
            break;
    }
    if (pages)
        *pages = n;
    return since;
}

qint64 readSnapshot(const TestHttp &http, const QString &token, int limit, State &state, QString *error,
                    const std::function<void(int)> &betweenPages)
{
    QString cursor;
    qint64 snapshotSeq = -1;
    QStringList seen;
    for (int page = 0;; ++page) {
        QUrlQuery q;
        q.addQueryItem(u"limit"_s, QString::number(limit));
        if (!cursor.isEmpty())
            q.addQueryItem(u"cursor"_s, cursor);
        const HttpResult r = http.get(u"/v1/snapshot?"_s + q.toString(QUrl::FullyEncoded), token);
        const QJsonObject o = r.json();
        if (r.status != 200) {
            *error = u"GET /v1/snapshot page %1: HTTP %2 %3"_s.arg(page).arg(r.status).arg(QString::fromUtf8(r.body.left(300)));
            return -1;
        }
        const qint64 seq = o.value(u"snapshot_seq"_s).toInteger(-1);
        if (snapshotSeq >= 0 && seq != snapshotSeq) {
            *error = u"snapshot_seq changed from %1 to %2"_s.arg(snapshotSeq).arg(seq);
            return -1;
        }
        snapshotSeq = seq;
        const QString name = o.value(u"entity"_s).toString();
        if (seen.isEmpty() || seen.last() != name) {
            if (seen.contains(name)) {
                *error = u"entity %1 came back after %2"_s.arg(name, seen.last());
                return -1;
            }
            seen << name;
        }
        QStringList columns;
        for (const QJsonValue &c : o.value(u"columns"_s).toArray())
            columns << c.toString();
        const QJsonArray rows = o.value(u"rows"_s).toArray();
        if (rows.size() > limit) {
            *error = u"%1 rows for limit %2"_s.arg(rows.size()).arg(limit);
            return -1;
        }
        for (const QJsonValue &rv : rows) {
            const QJsonArray row = rv.toArray();
            if (row.size() != columns.size()) {
                *error = u"%1 row with %2 values for %3 columns"_s.arg(name).arg(row.size()).arg(columns.size());
                return -1;
            }
            QJsonObject data;
            for (qsizetype i = 0; i < columns.size(); ++i)
                data.insert(columns[i], row[i]);
            const qint64 version = data.value(u"version"_s).toInteger();
            const Key key{name, data.value(u"id"_s).toString()};
            auto it = state.find(key);
            if (it == state.end() || it->version < version)
                state.insert(key, Row{version, false, data});
        }
        const bool more = o.value(u"has_more"_s).toBool();
        if (!more) {
            if (!o.value(u"next_cursor"_s).isNull()) {
                *error = u"last page has a next_cursor"_s;
                return -1;
            }
            break;
        }
        cursor = o.value(u"next_cursor"_s).toString();
        if (cursor.isEmpty()) {
            *error = u"has_more without next_cursor"_s;
            return -1;
        }
        if (betweenPages)
            betweenPages(page);
    }
    return snapshotSeq;
}

QString diff(const State &expected, const State &actual, bool liveOnly)
{
    const auto live = [liveOnly](const State &s) {
        if (!liveOnly)
            return s;
        State out;
        for (auto it = s.begin(); it != s.end(); ++it)
            if (!it->deleted)
                out.insert(it.key(), it.value());
        return out;
    };
    const State a = live(expected), b = live(actual);
    for (auto it = a.begin(); it != a.end(); ++it) {
        const auto other = b.constFind(it.key());
        const QString name = it.key().first + u'/' + it.key().second;
        if (other == b.cend())
            return u"%1 missing (of %2 expected, %3 present)"_s.arg(name).arg(a.size()).arg(b.size());
        if (!(*other == *it))
            return u"%1 differs:\n  expected v%2 %3 %4\n  actual   v%5 %6 %7"_s.arg(name)
                .arg(it->version).arg(it->deleted ? u"deleted"_s : u"live"_s, QString::fromUtf8(compact(it->data)))
                .arg(other->version).arg(other->deleted ? u"deleted"_s : u"live"_s, QString::fromUtf8(compact(other->data)));
    }
    for (auto it = b.begin(); it != b.end(); ++it)
        if (!a.contains(it.key()))
            return u"%1/%2 is extra"_s.arg(it.key().first, it.key().second);
    return {};
}

QStringList ids(const State &state, const QString &e, const std::function<bool(const QJsonObject &)> &pred)
{
    QStringList out;
    for (auto it = state.lowerBound(Key{e, QString()}); it != state.end() && it.key().first == e; ++it)
        if (!it->deleted && (!pred || pred(it->data)))
            out << it.key().second;
    return out;
}

QString problemObjectError(const QJsonObject &p, int status, const QString &slug)
{
    const QString type = p.value(u"type"_s).toString();
    if (!type.startsWith(u"urn:steward:problem:"_s))
        return u"problem type '%1' in %2"_s.arg(type, QString::fromUtf8(compact(p)));
    if (!slug.isEmpty() && type != u"urn:steward:problem:"_s + slug)
        return u"problem type %1, expected %2"_s.arg(type, slug);
    if (!p.value(u"title"_s).isString() || !p.value(u"detail"_s).isString())
        return u"problem without title/detail: "_s + QString::fromUtf8(compact(p));
    if (p.value(u"status"_s).toInteger(-1) != status || !p.value(u"status"_s).isDouble())
        return u"problem status %1, expected %2"_s.arg(p.value(u"status"_s).toInteger(-1)).arg(status);
    return {};
}

QString problemError(const HttpResult &r, int status, const QString &slug)
{
    if (r.status != status)
        return u"HTTP %1 (expected %2): %3 %4"_s.arg(r.status).arg(status).arg(r.networkError, QString::fromUtf8(r.body.left(300)));
    if (!r.contentType.startsWith("application/problem+json"))
        return u"Content-Type '%1' for HTTP %2"_s.arg(QString::fromLatin1(r.contentType)).arg(status);
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return u"problem body is not a JSON object: "_s + QString::fromUtf8(r.body.left(200));
    return problemObjectError(doc.object(), status, slug);
}

QString healthError(const TestHttp &http)
{
    const HttpResult r = http.get(u"/v1/health"_s);
    if (r.status != 200 || r.json().value(u"status"_s).toString() != u"ok"_s)
        return u"server no longer healthy: HTTP %1 %2 %3"_s.arg(r.status).arg(r.networkError, QString::fromUtf8(r.body.left(200)));
    return {};
}

const QList<QPair<QString, QString>> &allActions()
{
    static const QList<QPair<QString, QString>> all = [] {
        QList<QPair<QString, QString>> out;
        const QList<QPair<QString, QStringList>> table = {
            {u"moderation_item"_s, {u"approve"_s, u"reject"_s, u"escalate"_s, u"claim"_s, u"release"_s, u"hold"_s}},
            {u"member"_s, {u"award_points"_s, u"award_badge"_s, u"revoke_badge"_s, u"set_tier"_s, u"add_note"_s,
                           u"mute"_s, u"unmute"_s, u"ban"_s, u"unban"_s}},
            {u"group"_s, {u"add_admin"_s, u"remove_admin"_s}},
            {u"tier"_s, {u"create"_s, u"update"_s, u"delete"_s, u"reorder"_s}},
            {u"keyword_rule"_s, {u"create"_s, u"update"_s, u"delete"_s}},
            {u"campaign"_s, {u"create"_s, u"update"_s, u"delete"_s}},
            {u"budget"_s, {u"create"_s, u"update"_s, u"delete"_s}},
            {u"feedback"_s, {u"reply"_s, u"resolve"_s}},
        };
        for (const auto &[e, actions] : table)
            for (const QString &a : actions)
                out.append({e, a});
        return out;
    }();
    return all;
}

const QMap<QString, QStringList> &actionsOf(const QString &role)
{
    static const QMap<QString, QStringList> manager = [] {
        QMap<QString, QStringList> m;
        for (const auto &[e, a] : allActions())
            m[e] << a;
        return m;
    }();
    static const QMap<QString, QStringList> moderator = {
        {u"moderation_item"_s, {u"approve"_s, u"reject"_s, u"escalate"_s, u"claim"_s, u"release"_s, u"hold"_s}},
        {u"member"_s, {u"add_note"_s, u"mute"_s, u"unmute"_s, u"ban"_s, u"unban"_s}},
        {u"keyword_rule"_s, {u"create"_s, u"update"_s, u"delete"_s}},
        {u"feedback"_s, {u"reply"_s, u"resolve"_s}},
    };
    static const QMap<QString, QStringList> none;
    if (role == u"manager"_s)
        return manager;
    if (role == u"moderator"_s)
        return moderator;
    return none;
}

QString futureIso(qint64 secondsFromNow)
{
    return QDateTime::currentDateTimeUtc().addSecs(secondsFromNow).toString(Qt::ISODate);
}

} // namespace PlatformTest
