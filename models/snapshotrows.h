#pragma once

#include <simdjson.h>

#include <QByteArray>
#include <vector>

// The rows of a snapshot page parsed by SnapshotPage::fromBody(): simdjson's DOM over the
// reply body, kept alive with the page, so each cell is bound into SQLite straight from
// the parsed UTF-8 without a QJsonValue tree in between. Internal to models/.
struct SnapshotRowsJson {
    simdjson::dom::parser parser;
    simdjson::dom::array rows;
};

// Qt's compact JSON text of an array/object cell: the same bytes the QJsonDocument path
// stores (Qt orders object keys and formats numbers its own way).
QByteArray snapshotCompactJson(simdjson::dom::element value);
