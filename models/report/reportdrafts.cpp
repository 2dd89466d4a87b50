#include "reportdrafts.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

ReportDrafts::ReportDrafts(QSqlDatabase db)
    : m_db(std::move(db))
{
}

const QStringList &ReportDrafts::sections()
{
    static const QStringList names = {u"problems"_s, u"plan"_s};
    return names;
}

QHash<QString, QString> ReportDrafts::drafts(const QString &quarter, const QString &language, QString *error) const
{
    QHash<QString, QString> out;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT section, html FROM report_draft WHERE quarter = ? AND language = ?"_s);
    q.addBindValue(quarter);
    q.addBindValue(language);
    if (!q.exec()) {
        if (error)
            *error = tr("Could not read the report drafts: %1").arg(q.lastError().text());
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

QString ReportDrafts::draft(const QString &quarter, const QString &language, const QString &section) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT html FROM report_draft WHERE quarter = ? AND language = ? AND section = ?"_s);
    q.addBindValue(quarter);
    q.addBindValue(language);
    q.addBindValue(section);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QDateTime ReportDrafts::savedAt(const QString &quarter, const QString &language, const QString &section) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT updated_at FROM report_draft WHERE quarter = ? AND language = ? AND section = ?"_s);
    q.addBindValue(quarter);
    q.addBindValue(language);
    q.addBindValue(section);
    return q.exec() && q.next() ? QDateTime::fromString(q.value(0).toString(), Qt::ISODate) : QDateTime();
}

bool ReportDrafts::save(const QString &quarter, const QString &language, const QString &section, const QString &html,
                        QString *error)
{
    QSqlQuery q(m_db);
    if (html.trimmed().isEmpty()) {
        q.prepare(u"DELETE FROM report_draft WHERE quarter = ? AND language = ? AND section = ?"_s);
        q.addBindValue(quarter);
        q.addBindValue(language);
        q.addBindValue(section);
    } else {
        q.prepare(u"INSERT INTO report_draft(quarter, language, section, html, updated_at) VALUES (?, ?, ?, ?, ?) "
                  "ON CONFLICT(quarter, language, section) DO UPDATE SET html = excluded.html, "
                  "updated_at = excluded.updated_at"_s);
        q.addBindValue(quarter);
        q.addBindValue(language);
        q.addBindValue(section);
        q.addBindValue(html);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    }
    if (!q.exec()) {
        if (error)
            *error = tr("Could not save the report draft: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

QString ReportDrafts::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value FROM report_setting WHERE key = ?"_s);
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : fallback;
}

bool ReportDrafts::setSetting(const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO report_setting(key, value) VALUES (?, ?) "
              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        if (error)
            *error = tr("Could not save the report settings: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}
