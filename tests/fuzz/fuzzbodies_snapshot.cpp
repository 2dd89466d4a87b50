#include "fuzzbodies.h"

#include "snapshotrows.h"
#include "synctypes.h"

#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
QString utf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// The cell as the Qt path sees it, for comparing with the simdjson one.
bool sameCell(simdjson::dom::element e, const QJsonValue &v, QString *why)
{
    using simdjson::dom::element_type;
    switch (e.type()) {
    case element_type::NULL_VALUE:
        return v.isNull();
    case element_type::BOOL:
        return v.isBool() && v.toBool() == bool(e.get_bool().value_unsafe());
    case element_type::STRING:
        return v.isString() && v.toString() == utf8(e.get_string().value_unsafe());
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE:
        return v.isDouble() && v.toDouble() == e.get_double().value_unsafe();
    case element_type::ARRAY:
    case element_type::OBJECT: {
        const QByteArray mine = snapshotCompactJson(e);
        const QByteArray theirs = v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                  : v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                                 : QByteArray();
        if (mine != theirs)
            *why = u"cache text %1 vs Qt's %2"_s.arg(QString::fromUtf8(mine.left(200)), QString::fromUtf8(theirs.left(200)));
        return mine == theirs;
    }
    }
    return false;
}
} // namespace

FuzzBodies::Outcome FuzzBodies::snapshot(const QByteArray &data)
{
    Outcome out;
    const std::optional<SnapshotPage> page = SnapshotPage::fromBody(data);
    out.tags << (page ? u"page"_s : u"rejected"_s);
    if (page) {
        out.check(page->parsedRows != nullptr, u"fromBody() page without its parsed rows"_s);
        out.check(page->rows.isEmpty(), u"fromBody() page also filled the QJsonArray rows"_s);
        out.check(!page->hasMore || !page->nextCursor.isEmpty(), u"has_more without a next_cursor"_s);
        qsizetype rows = 0;
        if (page->parsedRows) {
            for (simdjson::dom::element r : page->parsedRows->rows) {
                ++rows;
                simdjson::dom::array cells;
                if (r.get_array().get(cells) != simdjson::SUCCESS || cells.size() != size_t(page->columns.size())) {
                    out.check(false, u"row %1 is not an array of %2 cells"_s.arg(rows).arg(page->columns.size()));
                    continue;
                }
                for (simdjson::dom::element cell : cells) {
                    if (!cell.is_array() && !cell.is_object())
                        continue;
                    // What the cache stores for a JSON column: Qt's compact text of the cell.
                    const QJsonDocument back = QJsonDocument::fromJson(snapshotCompactJson(cell));
                    out.check(cell.is_array() ? back.isArray() : back.isObject(),
                              u"snapshotCompactJson() of a row %1 cell does not read back as the same kind"_s.arg(rows));
                }
            }
        }
        out.check(rows == page->rowCount, u"rowCount %1 but %2 rows"_s.arg(page->rowCount).arg(rows));
    }

    // The Qt path: the same checks, the same answers ("same checks as fromJson()").
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    const bool qtObject = error.error == QJsonParseError::NoError && doc.isObject();
    const std::optional<SnapshotPage> viaQt = qtObject ? SnapshotPage::fromJson(doc.object()) : std::nullopt;
    if (viaQt) {
        out.check(viaQt->rowCount == viaQt->rows.size(), u"fromJson(): rowCount is not rows.size()"_s);
        out.check(!viaQt->parsedRows, u"fromJson() page with simdjson rows"_s);
        out.check(!viaQt->hasMore || !viaQt->nextCursor.isEmpty(), u"fromJson(): has_more without a next_cursor"_s);
        for (const QJsonValue &r : viaQt->rows)
            out.check(r.isArray() && r.toArray().size() == viaQt->columns.size(), u"fromJson(): a row of the wrong width"_s);
    }

    // Compare when both JSON parsers read an object and no top-level key repeats (Qt keeps
    // the last of duplicates, simdjson's lookup the first: not a fault of either reader).
    simdjson::dom::parser parser;
    simdjson::dom::object top;
    if (!qtObject || parser.parse(data.constData(), size_t(data.size())).get_object().get(top) != simdjson::SUCCESS)
        return out;
    QSet<QString> keys;
    for (const simdjson::dom::key_value_pair kv : top) {
        const QString key = utf8(kv.key);
        if (keys.contains(key))
            return out;
        keys.insert(key);
    }
    out.check(page.has_value() == viaQt.has_value(),
              page ? u"fromBody() accepts a page that fromJson() rejects"_s : u"fromJson() accepts a page that fromBody() rejects"_s);
    if (!page || !viaQt)
        return out;
    out.check(page->snapshotSeq == viaQt->snapshotSeq, u"snapshot_seq differs between the parsers"_s);
    out.check(page->entity == viaQt->entity, u"entity differs between the parsers"_s);
    out.check(page->columns == viaQt->columns, u"columns differ between the parsers"_s);
    out.check(page->rowCount == viaQt->rowCount, u"row count differs between the parsers"_s);
    out.check(page->nextCursor == viaQt->nextCursor, u"next_cursor differs between the parsers"_s);
    out.check(page->hasMore == viaQt->hasMore, u"has_more differs between the parsers"_s);
    if (!out.failures.isEmpty() || !page->parsedRows)
        return out;
    qsizetype i = 0;
    for (simdjson::dom::element r : page->parsedRows->rows) {
        const QJsonArray theirs = viaQt->rows.at(i++).toArray();
        qsizetype j = 0;
        const simdjson::dom::array cells = r.get_array().value_unsafe();
        for (simdjson::dom::element cell : cells) {
            QString why;
            if (!sameCell(cell, theirs.at(j++), &why)) {
                out.check(false, u"row %1 cell %2 differs between the parsers %3"_s.arg(i).arg(j).arg(why));
                return out;
            }
        }
    }
    return out;
}
