#include "problem.h"

#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Problem {

QJsonObject make(int status, const QString &slug, const QString &title, const QString &detail)
{
    return QJsonObject{
        {u"type"_s, QString(u"urn:steward:problem:"_s + slug)},
        {u"title"_s, title},
        {u"status"_s, status},
        {u"detail"_s, detail},
    };
}

QByteArray body(int status, const QString &slug, const QString &title, const QString &detail)
{
    return QJsonDocument(make(status, slug, title, detail)).toJson(QJsonDocument::Compact);
}

} // namespace Problem
