#include "fuzzbodies.h"

#include "apireply.h"
#include "synctypes.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

// Each reader's contract from docs/routes.md, written out again independently: a reader
// must accept exactly the objects that have its fields with their types, and hand back
// what they hold.
namespace {
bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && d == std::trunc(d) && d >= -0x1p63 && d < 0x1p63;
}
bool isId(const QJsonValue &v)
{
    return v.isString() || isInteger(v);
}
QString idText(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString::number(qint64(v.toDouble()));
}

bool validChange(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    const QJsonValue op = o.value("op"_L1);
    return v.isObject() && isInteger(o.value("seq"_L1)) && o.value("entity"_L1).isString() && isId(o.value("id"_L1))
        && isInteger(o.value("version"_L1))
        && ((op == u"upsert"_s && o.value("data"_L1).isObject()) || op == u"delete"_s);
}

void checkChanges(const QJsonObject &o, FuzzBodies::Outcome &out)
{
    const auto page = ChangesPage::fromJson(o);
    const QJsonArray list = o.value("changes"_L1).toArray();
    bool valid = o.value("changes"_L1).isArray() && isInteger(o.value("next_since"_L1)) && o.value("has_more"_L1).isBool();
    for (const QJsonValue &c : list)
        valid = valid && validChange(c);
    out.check(page.has_value() == valid, page ? u"ChangesPage accepts an object outside the contract"_s
                                              : u"ChangesPage rejects a valid object"_s);
    if (!page || !valid)
        return;
    out.tags << u"changes"_s;
    out.check(page->nextSince == qint64(o.value("next_since"_L1).toDouble()), u"next_since not kept"_s);
    out.check(page->hasMore == o.value("has_more"_L1).toBool(), u"has_more not kept"_s);
    out.check(page->changes.size() == list.size(), u"%1 changes read of %2"_s.arg(page->changes.size()).arg(list.size()));
    for (qsizetype i = 0; i < qMin(list.size(), page->changes.size()); ++i) {
        const QJsonObject c = list.at(i).toObject();
        const Change &mine = page->changes.at(i);
        out.check(mine.seq == qint64(c.value("seq"_L1).toDouble()) && mine.version == qint64(c.value("version"_L1).toDouble())
                      && mine.entity == c.value("entity"_L1).toString() && mine.id == idText(c.value("id"_L1))
                      && (mine.op == Change::Op::Upsert) == (c.value("op"_L1) == u"upsert"_s)
                      && (mine.op == Change::Op::Delete || mine.data == c.value("data"_L1).toObject()),
                  u"change %1 not read as sent"_s.arg(i));
    }
}

void checkMutationResult(const QJsonObject &o, FuzzBodies::Outcome &out, const QString &where)
{
    const auto r = MutationResult::fromJson(o);
    const QString status = o.value("status"_L1).toString();
    const QJsonObject state = o.value("server_state"_L1).toObject();
    const bool applied = status == u"applied"_s || status == u"duplicate"_s;
    const bool valid = o.value("id"_L1).isString() && o.value("status"_L1).isString()
        && ((applied && isInteger(o.value("version"_L1))) || status == u"rejected"_s
            || (status == u"conflict"_s && isInteger(state.value("version"_L1))));
    out.check(r.has_value() == valid, r ? where + u": MutationResult accepts an object outside the contract"_s
                                        : where + u": MutationResult rejects a valid object"_s);
    if (!r || !valid)
        return;
    out.tags << u"mutation"_s;
    using S = MutationResult::Status;
    const S expected = status == u"applied"_s ? S::Applied : status == u"duplicate"_s ? S::Duplicate
                     : status == u"conflict"_s ? S::Conflict : S::Rejected;
    out.check(r->status == expected, where + u": status not kept"_s);
    out.check(r->id == o.value("id"_L1).toString(), where + u": id not kept"_s);
    out.check(!applied || r->version == qint64(o.value("version"_L1).toDouble()), where + u": version not kept"_s);
    if (r->status == S::Conflict) {
        out.check(r->serverVersion == qint64(state.value("version"_L1).toDouble()), where + u": server version not kept"_s);
        // nullopt means "deleted on the server": only when data is not an object.
        out.check(r->serverData.has_value() == state.value("data"_L1).isObject(), where + u": server data presence wrong"_s);
    } else {
        out.check(!r->serverData, where + u": server data outside a conflict"_s);
    }
}

void checkEntityState(const QJsonObject &o, FuzzBodies::Outcome &out)
{
    const auto s = EntityState::fromJson(o);
    const QJsonValue deleted = o.value("deleted"_L1);
    const bool valid = o.value("entity"_L1).isString() && isId(o.value("id"_L1)) && isInteger(o.value("version"_L1))
        && deleted.isBool() && (deleted.toBool() || o.value("data"_L1).isObject());
    out.check(s.has_value() == valid, s ? u"EntityState accepts an object outside the contract"_s
                                        : u"EntityState rejects a valid object"_s);
    if (!s || !valid)
        return;
    out.tags << u"entity"_s;
    out.check(s->id == idText(o.value("id"_L1)) && s->deleted == deleted.toBool()
                  && s->version == qint64(o.value("version"_L1).toDouble()),
              u"EntityState not read as sent"_s);
}

void checkSmallReaders(const QJsonObject &o, FuzzBodies::Outcome &out)
{
    const auto login = LoginInfo::fromJson(o);
    const bool loginValid = o.value("access_token"_L1).isString() && !o.value("access_token"_L1).toString().isEmpty()
        && o.value("role"_L1).isString();
    out.check(login.has_value() == loginValid, u"LoginInfo accepts or rejects against the contract"_s);
    if (login && loginValid) {
        out.tags << u"login"_s;
        out.check(login->accessToken == o.value("access_token"_L1).toString(), u"token not kept"_s);
    }
    const auto me = MeInfo::fromJson(o);
    const bool meValid = o.value("username"_L1).isString() && o.value("role"_L1).isString()
        && o.value("allowed_actions"_L1).isObject();
    out.check(me.has_value() == meValid, u"MeInfo accepts or rejects against the contract"_s);
    if (me && meValid) {
        out.tags << u"me"_s;
        out.check(me->allowedActions == o.value("allowed_actions"_L1).toObject(), u"allowed_actions not kept"_s);
    }
    const auto health = HealthInfo::fromJson(o);
    const bool healthValid = o.value("status"_L1).isString() && isInteger(o.value("seq"_L1));
    out.check(health.has_value() == healthValid, u"HealthInfo accepts or rejects against the contract"_s);
    if (health && healthValid) {
        out.tags << u"health"_s;
        out.check(health->seq == qint64(o.value("seq"_L1).toDouble()), u"health seq not kept"_s);
    }
}
} // namespace

FuzzBodies::Outcome FuzzBodies::apiJson(const QByteArray &data)
{
    Outcome out;
    // What ApiReply does with a 2xx body.
    QJsonObject o;
    const ApiError error = ApiReply::parseObject(data, 200, &o);
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    out.check(error.isError() == !doc.isObject(), u"parseObject() error and QJsonDocument disagree"_s);
    if (error) {
        out.check(error.kind() == ApiError::Kind::BadResponse && error.httpStatus() == 200 && !error.detail().isEmpty(),
                  u"an unreadable body is not a BadResponse with a detail"_s);
        out.check(o.isEmpty(), u"parseObject() filled the object on an error"_s);
        out.tags << u"rejected"_s;
        return out;
    }
    out.check(o == doc.object(), u"parseObject() object differs from the document's"_s);

    checkChanges(o, out);
    checkMutationResult(o, out, u"object"_s);
    checkEntityState(o, out);
    checkSmallReaders(o, out);
    // POST /v1/mutations: {"results":[...]}, each read on its own.
    const QJsonArray results = o.value("results"_L1).toArray();
    for (qsizetype i = 0; i < results.size() && i < 64; ++i)
        checkMutationResult(results.at(i).toObject(), out, u"result %1"_s.arg(i));
    if (out.tags.isEmpty())
        out.tags << u"rejected"_s;
    return out;
}
