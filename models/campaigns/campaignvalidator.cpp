#include "campaignvalidator.h"

#include "campaign.h"
#include "quarter.h"

#include <QSet>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr int maxName = 500;
constexpr double maxMoney = 1e11;
constexpr qint64 maxCount = 999'999'999'999;

bool figuresOk(const CampaignFigures &f)
{
    return f.participants >= 0 && f.newMembers >= 0 && f.conversions >= 0 && f.revenue >= 0
        && f.participants < maxCount && f.newMembers < maxCount && f.conversions < maxCount
        && f.revenue < maxMoney && std::isfinite(f.revenue);
}
} // namespace

CampaignValidator::Errors CampaignValidator::validate(const Campaign &c)
{
    Errors e;
    const QString name = c.name.trimmed();
    if (name.isEmpty())
        e.insert(Field::Name, tr("Give the campaign a name."));
    else if (name.size() > maxName)
        e.insert(Field::Name, tr("A name has at most %1 characters.").arg(maxName));
    if (!CampaignIds::types().contains(c.type))
        e.insert(Field::Type, tr("Choose a type."));
    if (c.mode != u"online" && c.mode != u"offline")
        e.insert(Field::Mode, tr("Choose online or offline."));
    else if (c.isOffline() && c.place.trimmed().isEmpty())
        e.insert(Field::Place, tr("An offline campaign needs a place."));
    if (!c.startDate.isValid())
        e.insert(Field::StartDate, tr("Choose the first day."));
    if (!c.endDate.isValid())
        e.insert(Field::EndDate, tr("Choose the last day."));
    else if (c.startDate.isValid() && c.endDate < c.startDate)
        e.insert(Field::EndDate, tr("The last day is before the first day."));
    if (c.owner.trimmed().isEmpty())
        e.insert(Field::Owner, tr("Name the owner (a username)."));
    if (!(c.budget >= 0) || c.budget >= maxMoney)
        e.insert(Field::Budget, tr("The budget is an amount of 0 or more."));
    if (!(c.cost >= 0) || c.cost >= maxMoney)
        e.insert(Field::Cost, tr("The cost is an amount of 0 or more."));
    if (!c.targetTier.isEmpty() && !c.targetSegment.isEmpty())
        e.insert(Field::Target, tr("Aim at a tier or at a segment, not both."));
    if (!figuresOk(c.goals))
        e.insert(Field::Goals, tr("Goals are numbers of 0 or more."));
    if (c.results && !figuresOk(*c.results))
        e.insert(Field::Results, tr("Results are numbers of 0 or more."));
    if (c.variants.size() == 1) {
        e.insert(Field::Variants, tr("An A/B test needs at least two variants."));
    } else {
        QSet<QString> names;
        for (const CampaignVariant &v : c.variants) {
            const QString n = v.name.trimmed();
            if (n.isEmpty()) {
                e.insert(Field::Variants, tr("Every variant needs a name."));
                break;
            }
            if (names.contains(n)) {
                e.insert(Field::Variants, tr("Two variants are both called “%1”.").arg(n));
                break;
            }
            names.insert(n);
            if (v.exposures < 0 || v.conversions < 0 || v.conversions > v.exposures) {
                e.insert(Field::Variants, tr("Variant “%1” has more conversions than exposures.").arg(n));
                break;
            }
        }
    }
    if (!CampaignIds::storedStatuses().contains(c.status))
        e.insert(Field::Status, tr("Choose draft, scheduled or cancelled."));
    if (c.notes.size() > 20000)
        e.insert(Field::Notes, tr("Notes have at most 20,000 characters."));
    return e;
}

QString CampaignValidator::validateBudget(const QString &quarter, double amount)
{
    if (!Quarter::parse(quarter))
        return tr("“%1” is not a quarter like 2026Q3.").arg(quarter);
    if (!(amount >= 0) || amount >= maxMoney)
        return tr("The budget is an amount of 0 or more.");
    return {};
}
