#include "preferencesdialog.h"

#include "appsettings.h"
#include "translationloader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
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

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Sync every:"), m_interval);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"preferencesButtons"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
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
    // Also when the stored choice stays but the running language differs (started with
    // --lang, say).
    const QLocale chosen = language().isEmpty() ? QLocale::system() : QLocale(language());
    const bool languageChosen = language() != AppSettings::language()
            || TranslationLoader::catalogueFor(chosen) != TranslationLoader::currentCatalogue();
    AppSettings::setLanguage(language());
    if (syncIntervalMinutes() != AppSettings::syncIntervalMinutes()) {
        AppSettings::setSyncIntervalMinutes(syncIntervalMinutes());
        Q_EMIT syncIntervalChanged(syncIntervalMinutes());
    }
    // Closed first: the switch rebuilds the main window's panes, and may ask first when
    // a pane is busy; neither should happen behind this dialog.
    QDialog::accept();
    if (languageChosen)
        Q_EMIT languageChanged(language());
}
