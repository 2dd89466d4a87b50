#include "memberactiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MemberActionDialog::MemberActionDialog(Kind kind, const QString &who, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
{
    setObjectName(u"memberActionDialog"_s);
    auto *form = new QFormLayout;
    auto *whoLabel = new QLabel(who, this);
    whoLabel->setTextFormat(Qt::PlainText);
    whoLabel->setWordWrap(true);
    form->addRow(tr("Members:"), whoLabel);
    switch (kind) {
    case Kind::Points:
        setWindowTitle(tr("Award or deduct points"));
        m_points = new QSpinBox(this);
        m_points->setObjectName(u"actionPoints"_s);
        m_points->setRange(-1000000, 1000000);
        m_points->setValue(10);
        m_points->setToolTip(tr("A negative number deducts points."));
        form->addRow(tr("Points:"), m_points);
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(u"actionReason"_s);
        m_reason->setPlaceholderText(tr("e.g. Helpful answers in the Python group"));
        form->addRow(tr("Reason:"), m_reason);
        break;
    case Kind::Badge: {
        setWindowTitle(tr("Award or revoke a badge"));
        m_choice = new QComboBox(this);
        m_choice->setObjectName(u"actionChoice"_s);
        form->addRow(tr("Badge:"), m_choice);
        m_award = new QRadioButton(tr("Award"), this);
        m_revoke = new QRadioButton(tr("Revoke"), this);
        m_award->setChecked(true);
        m_revoke->setObjectName(u"actionRevoke"_s);
        auto *row = new QHBoxLayout;
        row->addWidget(m_award);
        row->addWidget(m_revoke);
        row->addStretch();
        form->addRow(QString(), row);
        break;
    }
    case Kind::Tier:
        setWindowTitle(tr("Set the tier"));
        m_choice = new QComboBox(this);
        m_choice->setObjectName(u"actionChoice"_s);
        form->addRow(tr("Tier:"), m_choice);
        m_lock = new QCheckBox(tr("Lock it (re-evaluation leaves it alone)"), this);
        m_lock->setObjectName(u"actionLock"_s);
        m_lock->setChecked(true);
        form->addRow(QString(), m_lock);
        break;
    case Kind::Mute:
        setWindowTitle(tr("Mute"));
        m_duration = new QComboBox(this);
        m_duration->setObjectName(u"actionDuration"_s);
        m_duration->addItem(tr("1 hour"), 3600);
        m_duration->addItem(tr("24 hours"), 24 * 3600);
        m_duration->addItem(tr("3 days"), 3 * 24 * 3600);
        m_duration->addItem(tr("7 days"), 7 * 24 * 3600);
        m_duration->addItem(tr("30 days"), 30 * 24 * 3600);
        m_duration->setCurrentIndex(1);
        form->addRow(tr("For:"), m_duration);
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(u"actionReason"_s);
        m_reason->setPlaceholderText(tr("Optional, shown in the audit log"));
        form->addRow(tr("Reason:"), m_reason);
        break;
    case Kind::Note:
        setWindowTitle(tr("Add a note"));
        m_note = new QPlainTextEdit(this);
        m_note->setObjectName(u"actionNote"_s);
        m_note->setPlaceholderText(tr("Visible to managers and moderators only"));
        m_note->setTabChangesFocus(true);
        form->addRow(tr("Note:"), m_note);
        break;
    }
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"actionHint"_s);
    m_hint->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Queue change"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    if (m_points)
        connect(m_points, &QSpinBox::valueChanged, this, &MemberActionDialog::validate);
    if (m_reason)
        connect(m_reason, &QLineEdit::textChanged, this, &MemberActionDialog::validate);
    if (m_note)
        connect(m_note, &QPlainTextEdit::textChanged, this, &MemberActionDialog::validate);
    if (m_choice)
        connect(m_choice, &QComboBox::currentIndexChanged, this, &MemberActionDialog::validate);
    setMinimumWidth(420);
    validate();
}

void MemberActionDialog::setChoices(const Choices &choices)
{
    if (!m_choice)
        return;
    m_choice->clear();
    for (const auto &[id, name] : choices)
        m_choice->addItem(name, id);
    validate();
}

void MemberActionDialog::validate()
{
    QString why;
    if (m_kind == Kind::Points && m_points->value() == 0)
        why = tr("Enter a number of points other than 0.");
    else if (m_kind == Kind::Points && m_reason->text().trimmed().isEmpty())
        why = tr("Every award needs a reason; the member sees it in the ledger.");
    else if (m_choice && m_choice->currentIndex() < 0)
        why = tr("Nothing to choose from yet; sync first.");
    else if (m_kind == Kind::Note && m_note->toPlainText().trimmed().isEmpty())
        why = tr("Write the note.");
    m_hint->setText(why.isEmpty() ? tr("The change is queued at once and sent with the next sync.") : why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

qint64 MemberActionDialog::points() const { return m_points ? m_points->value() : 0; }
QString MemberActionDialog::reason() const { return m_reason ? m_reason->text().trimmed() : QString(); }
QString MemberActionDialog::choice() const { return m_choice ? m_choice->currentData().toString() : QString(); }
bool MemberActionDialog::revoke() const { return m_revoke && m_revoke->isChecked(); }
bool MemberActionDialog::locked() const { return m_lock && m_lock->isChecked(); }
QString MemberActionDialog::noteText() const { return m_note ? m_note->toPlainText().trimmed() : QString(); }

QDateTime MemberActionDialog::muteUntil() const
{
    return m_duration ? QDateTime::currentDateTimeUtc().addSecs(m_duration->currentData().toLongLong()) : QDateTime();
}
