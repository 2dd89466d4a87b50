#include "identifierdelegate.h"

#include "displaynames.h"

IdentifierDelegate::IdentifierDelegate(Kind kind, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_kind(kind)
{
}

QString IdentifierDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    if (value.userType() != QMetaType::QString)
        return QStyledItemDelegate::displayText(value, locale);
    const QString id = value.toString();
    switch (m_kind) {
    case Kind::Entity: return DisplayNames::entity(id);
    case Kind::Action: return DisplayNames::action(id);
    case Kind::Role: return DisplayNames::role(id);
    }
    return id;
}
