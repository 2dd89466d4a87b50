#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The entity names of the change feed and the columns of each in the snapshot's row form.
// Column order is the contract of /v1/snapshot; every column is a top-level field of the
// entity's JSON (docs/entities.md).
namespace EntityColumns {
const QStringList &entities();
bool isEntity(const QString &name);
const QStringList &columns(const QString &entity);
// A JSON string literal, quotes included.
QByteArray jsonString(const QString &s);
} // namespace EntityColumns
