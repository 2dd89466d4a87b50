#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

struct Campaign;

// What is wrong with a campaign before it goes to the outbox, field by field, in words
// the dialog shows next to the field. Mirrors the platform's checks
// (server/payloadschema.cpp, CampaignCreatePayload) and adds the planner's own: an
// offline campaign needs a place, A/B variants come at least in pairs.
class CampaignValidator final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignValidator)
public:
    enum class Field { Name, Type, Mode, Place, StartDate, EndDate, Owner, Budget, Cost, Target,
                       Goals, Results, Variants, Status, Notes };
    using Errors = QMap<Field, QString>;
    static Errors validate(const Campaign &campaign);
    // A quarter's budget: empty when fine.
    static QString validateBudget(const QString &quarter, double amount);
};
