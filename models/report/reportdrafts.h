#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

// The report's narrative drafts and settings in the cache (local tables, never synced).
// A draft belongs to a quarter ("2026Q3"), a report language ("en", "zh_CN", "zh_TW") and
// a section ("problems", "plan"); its text is the editor's rich text.
class ReportDrafts final
{
    Q_DECLARE_TR_FUNCTIONS(ReportDrafts)
public:
    explicit ReportDrafts(QSqlDatabase db);

    static const QStringList &sections(); // "problems", "plan"
    static constexpr auto CommunityNameKey = "community_name";

    // section -> rich text; sections without a draft are absent. Empty on error.
    QHash<QString, QString> drafts(const QString &quarter, const QString &language, QString *error = nullptr) const;
    QString draft(const QString &quarter, const QString &language, const QString &section) const;
    QDateTime savedAt(const QString &quarter, const QString &language, const QString &section) const;
    // An empty text removes the draft.
    bool save(const QString &quarter, const QString &language, const QString &section, const QString &html,
              QString *error = nullptr);

    QString setting(const QString &key, const QString &fallback = {}) const;
    bool setSetting(const QString &key, const QString &value, QString *error = nullptr);

private:
    QSqlDatabase m_db;
};
