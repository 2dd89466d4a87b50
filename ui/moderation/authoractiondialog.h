#pragma once

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QLineEdit;

// Mute the author for a duration, or ban them: the choice and a reason (required for a
// ban, which also asks for a second look at who is affected).
class AuthorActionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthorActionDialog)
public:
    enum class Mode { Mute, Ban };
    AuthorActionDialog(Mode mode, const QString &authorName, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QDateTime mutedUntil() const; // Mute: from now
    int muteHours() const;
    void setMuteHours(int hours);
    QString reason() const;
    void setReason(const QString &reason);

private:
    Mode m_mode;
    QComboBox *m_duration = nullptr;
    QLineEdit *m_reason = nullptr;
};
