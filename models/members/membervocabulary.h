#pragma once

#include <QList>
#include <QString>
#include <utility>

class Store;

// The values the member filters and actions offer, as (id, shown name) pairs.
namespace MemberVocabulary {
using Choices = QList<std::pair<QString, QString>>;
Choices tiers(Store *store);     // from the cached tier definitions, lowest first
Choices channels();
Choices statuses();
Choices segments();
Choices groups(Store *store);    // study groups by name
} // namespace MemberVocabulary
