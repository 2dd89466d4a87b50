#pragma once

#include <QStyledItemDelegate>

// Shows a platform identifier ("moderation_item", "award_points", "moderator") in the
// user's words via DisplayNames, leaving the model's data — and so sorting, filtering
// and tests — on the stable identifier.
class IdentifierDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Kind { Entity, Action, Role };
    explicit IdentifierDelegate(Kind kind, QObject *parent = nullptr);

    QString displayText(const QVariant &value, const QLocale &locale) const override;

private:
    Kind m_kind;
};
