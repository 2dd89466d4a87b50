#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Store;

// The values the queue's filters offer: boards and languages found in the cache, and the
// platform's fixed statuses, kinds and AI labels with their names in the user's language.
class ModerationFacets final
{
    Q_DECLARE_TR_FUNCTIONS(ModerationFacets)
public:
    static QStringList boards(const Store &store);
    static QStringList languages(const Store &store);
    static const QStringList &statuses();  // pending, approved, rejected, escalated
    static const QStringList &kinds();     // post, comment, profile
    static const QStringList &aiLabels();  // spam, abuse, ads, nsfw, off_topic, misinformation
    static QString statusName(const QString &status);
    static QString kindName(const QString &kind);
    static QString labelName(const QString &label);
    static QString languageName(const QString &language);
    static QString tierName(const QString &tier); // newcomer, regular, core, backbone
    static QString ruleActionName(const QString &action); // flag, hold, suggest_mute
};
