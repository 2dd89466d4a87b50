#pragma once

#include <QDateTime>
#include <QDialog>
#include <QList>
#include <utility>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

// Asks what one member action needs — points and a reason, a badge, a tier and its lock,
// a mute's length, a note — for one member or a selection. It only asks; the members
// view queues the change.
class MemberActionDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Points, Badge, Tier, Mute, Note };
    using Choices = QList<std::pair<QString, QString>>;
    // `who`: "Wang Wei (@wangwei)" or "12 members".
    MemberActionDialog(Kind kind, const QString &who, QWidget *parent = nullptr);

    void setChoices(const Choices &choices); // badges or tiers
    Kind kind() const { return m_kind; }
    qint64 points() const;
    QString reason() const;
    QString choice() const;      // badge or tier id
    bool revoke() const;         // badge: revoke instead of award
    bool locked() const;         // tier: lock it
    QDateTime muteUntil() const; // from now
    QString noteText() const;

private:
    void validate();

    Kind m_kind;
    QSpinBox *m_points = nullptr;
    QLineEdit *m_reason = nullptr;
    QComboBox *m_choice = nullptr;
    QRadioButton *m_award = nullptr;
    QRadioButton *m_revoke = nullptr;
    QCheckBox *m_lock = nullptr;
    QComboBox *m_duration = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
