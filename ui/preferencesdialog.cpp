#include "preferencesdialog.h"

#include "appsettings.h"
#include "translationloader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));

    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(TranslationLoader::displayName(QString()), QString());
    for (const QString &code : AppSettings::supportedLanguages())
        m_language->addItem(TranslationLoader::displayName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings::language())));

    m_interval = new QSpinBox(this);
    m_interval->setObjectName(u"syncIntervalSpin"_s);
    m_interval->setRange(0, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Only when I press Sync now"));
    m_interval->setValue(AppSettings::syncIntervalMinutes());

    m_restartNote = new QLabel(tr("A new language takes effect when Steward starts again."), this);
    m_restartNote->setObjectName(u"restartNote"_s);
    m_restartNote->setWordWrap(true);
    m_restartNote->setVisible(false);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_restartNote->setVisible(language() != AppSettings::language());
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Sync every:"), m_interval);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_restartNote);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

int PreferencesDialog::syncIntervalMinutes() const
{
    return m_interval->value();
}

void PreferencesDialog::accept()
{
    AppSettings::setLanguage(language());
    if (syncIntervalMinutes() != AppSettings::syncIntervalMinutes()) {
        AppSettings::setSyncIntervalMinutes(syncIntervalMinutes());
        Q_EMIT syncIntervalChanged(syncIntervalMinutes());
    }
    QDialog::accept();
}
