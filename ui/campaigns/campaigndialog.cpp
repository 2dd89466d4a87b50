#include "campaigndialog.h"

#include "campaigntext.h"

#include <QCompleter>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int MaxCount = 2'000'000'000;

QSpinBox *countBox(QWidget *parent, const QString &objectName)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(0, MaxCount);
    box->setGroupSeparatorShown(true);
    box->setAlignment(Qt::AlignRight);
    return box;
}

QDoubleSpinBox *moneyBox(QWidget *parent, const QString &objectName)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(0, 9'999'999'999.0);
    box->setDecimals(2);
    box->setGroupSeparatorShown(true);
    box->setPrefix(CampaignText::tr("¥"));
    box->setAlignment(Qt::AlignRight);
    box->setSingleStep(1000);
    return box;
}
} // namespace

CampaignDialog::CampaignDialog(const Campaign &campaign, bool isNew, const QStringList &owners,
                               const QHash<QString, qint64> &segmentSizes, QWidget *parent)
    : QDialog(parent)
    , m_original(campaign)
    , m_owners(owners)
    , m_segmentSizes(segmentSizes)
{
    setObjectName(u"campaignDialog"_s);
    setWindowTitle(isNew ? tr("New campaign") : tr("Edit campaign"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"campaignDialogTabs"_s);
    m_tabs->addTab(createPlanPage(), tr("Plan"));
    m_tabs->addTab(createResultsPage(), tr("Goals and results"));
    m_tabs->addTab(createAbPage(), tr("A/B test"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(isNew ? tr("Create") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CampaignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CampaignDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    // Fill the fields.
    m_name->setText(campaign.name);
    m_type->setCurrentIndex(std::max(0, m_type->findData(campaign.type)));
    (campaign.isOffline() ? m_offline : m_online)->setChecked(true);
    m_place->setText(campaign.place);
    m_start->setDate(campaign.startDate.isValid() ? campaign.startDate : QDate::currentDate());
    m_end->setDate(campaign.endDate.isValid() ? campaign.endDate : m_start->date());
    m_status->setCurrentIndex(std::max(0, m_status->findData(campaign.status)));
    m_owner->setText(campaign.owner);
    m_target->setCurrentIndex(std::max(0, m_target->findData(campaign.targetKey())));
    m_budget->setValue(campaign.budget);
    m_notes->setPlainText(campaign.notes);
    m_goalParticipants->setValue(int(std::min<qint64>(campaign.goals.participants, MaxCount)));
    m_goalNewMembers->setValue(int(std::min<qint64>(campaign.goals.newMembers, MaxCount)));
    m_goalConversions->setValue(int(std::min<qint64>(campaign.goals.conversions, MaxCount)));
    m_goalRevenue->setValue(campaign.goals.revenue);
    m_hasResults->setChecked(campaign.results.has_value());
    const CampaignFigures r = campaign.results.value_or(CampaignFigures());
    m_participants->setValue(int(std::min<qint64>(r.participants, MaxCount)));
    m_newMembers->setValue(int(std::min<qint64>(r.newMembers, MaxCount)));
    m_conversions->setValue(int(std::min<qint64>(r.conversions, MaxCount)));
    m_revenue->setValue(r.revenue);
    m_cost->setValue(campaign.cost);
    for (const CampaignVariant &v : campaign.variants)
        addVariantRow(v);
    updatePlace();
    resize(620, 560);
}

QLabel *CampaignDialog::errorLabel(CampaignValidator::Field field, Page page, QWidget *focus)
{
    auto *label = new QLabel(this);
    label->setObjectName(u"campaignError_%1"_s.arg(int(field)));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #b00020;"_s);
    label->hide();
    m_errors.insert(field, {label, page, focus});
    return label;
}

QWidget *CampaignDialog::createPlanPage()
{
    using F = CampaignValidator::Field;
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addField = [&](const QString &label, QWidget *field, F error) {
        auto *box = new QWidget(page);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(field);
        v->addWidget(errorLabel(error, PlanPage, field));
        form->addRow(label, box);
    };

    m_name = new QLineEdit(page);
    m_name->setObjectName(u"campaignName"_s);
    m_name->setMaxLength(500);
    m_name->setPlaceholderText(tr("e.g. Python coding contest"));
    addField(tr("&Name:"), m_name, F::Name);

    m_type = new QComboBox(page);
    m_type->setObjectName(u"campaignType"_s);
    for (const QString &t : CampaignIds::types())
        m_type->addItem(CampaignText::type(t), t);
    addField(tr("&Type:"), m_type, F::Type);

    auto *where = new QWidget(page);
    auto *whereLayout = new QHBoxLayout(where);
    whereLayout->setContentsMargins(0, 0, 0, 0);
    m_online = new QRadioButton(CampaignText::mode(u"online"_s), where);
    m_online->setObjectName(u"campaignOnline"_s);
    m_offline = new QRadioButton(CampaignText::mode(u"offline"_s), where);
    m_offline->setObjectName(u"campaignOffline"_s);
    m_place = new QLineEdit(where);
    m_place->setObjectName(u"campaignPlace"_s);
    m_place->setPlaceholderText(tr("Place, e.g. Beijing · Zhongguancun"));
    whereLayout->addWidget(m_online);
    whereLayout->addWidget(m_offline);
    whereLayout->addWidget(m_place, 1);
    connect(m_offline, &QRadioButton::toggled, this, &CampaignDialog::updatePlace);
    addField(tr("Where:"), where, F::Place);
    m_errors[F::Place].focus = m_place;
    m_errors.insert(F::Mode, m_errors.value(F::Place)); // the same row

    auto *dates = new QWidget(page);
    auto *datesLayout = new QHBoxLayout(dates);
    datesLayout->setContentsMargins(0, 0, 0, 0);
    m_start = new QDateEdit(dates);
    m_start->setObjectName(u"campaignStart"_s);
    m_start->setCalendarPopup(true);
    m_end = new QDateEdit(dates);
    m_end->setObjectName(u"campaignEnd"_s);
    m_end->setCalendarPopup(true);
    for (QDateEdit *e : {m_start, m_end}) {
        e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        e->setMinimumDate(QDate(2000, 1, 1));
        e->setMaximumDate(QDate(2100, 12, 31));
    }
    datesLayout->addWidget(m_start);
    datesLayout->addWidget(new QLabel(tr("to"), dates));
    datesLayout->addWidget(m_end);
    datesLayout->addStretch(1);
    // A first day after the last pushes the last day along.
    connect(m_start, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        if (m_end->date() < d)
            m_end->setDate(d);
    });
    addField(tr("&Dates:"), dates, F::EndDate);
    m_errors[F::EndDate].focus = m_end;
    m_errors.insert(F::StartDate, {m_errors.value(F::EndDate).label, PlanPage, m_start});

    m_status = new QComboBox(page);
    m_status->setObjectName(u"campaignStatus"_s);
    for (const QString &s : CampaignIds::storedStatuses())
        m_status->addItem(CampaignText::storedStatus(s), s);
    m_status->setToolTip(tr("Draft, scheduled and cancelled are set here; a scheduled campaign is "
                            "running between its dates and finished after them."));
    addField(tr("&Status:"), m_status, F::Status);

    m_owner = new QLineEdit(page);
    m_owner->setObjectName(u"campaignOwner"_s);
    auto *completer = new QCompleter(m_owners, m_owner);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_owner->setCompleter(completer);
    addField(tr("&Owner:"), m_owner, F::Owner);

    m_target = new QComboBox(page);
    m_target->setObjectName(u"campaignTarget"_s);
    m_target->addItem(tr("Everyone"), QString());
    for (const QString &t : CampaignIds::tiers())
        m_target->addItem(tr("Tier: %1").arg(CampaignText::tier(t)), QString(u"tier:"_s + t));
    for (const QString &s : CampaignIds::segments()) {
        const QString label = m_segmentSizes.contains(s)
            //: %1 is a segment, %2 its number of members
            ? tr("Segment: %1 (%Ln members)", nullptr, int(qMin<qint64>(m_segmentSizes.value(s), INT_MAX)))
                  .arg(CampaignText::segment(s))
            : tr("Segment: %1").arg(CampaignText::segment(s));
        m_target->addItem(label, QString(u"segment:"_s + s));
    }
    addField(tr("&Audience:"), m_target, F::Target);

    m_budget = moneyBox(page, u"campaignBudget"_s);
    addField(tr("&Budget:"), m_budget, F::Budget);

    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(u"campaignNotes"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    addField(tr("N&otes:"), m_notes, F::Notes);
    return page;
}

QWidget *CampaignDialog::createResultsPage()
{
    using F = CampaignValidator::Field;
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    auto *goals = new QGroupBox(tr("Goals"), page);
    auto *goalForm = new QFormLayout(goals);
    m_goalParticipants = countBox(goals, u"goalParticipants"_s);
    m_goalNewMembers = countBox(goals, u"goalNewMembers"_s);
    m_goalConversions = countBox(goals, u"goalConversions"_s);
    m_goalRevenue = moneyBox(goals, u"goalRevenue"_s);
    goalForm->addRow(tr("Participants:"), m_goalParticipants);
    goalForm->addRow(tr("New members:"), m_goalNewMembers);
    goalForm->addRow(tr("Conversions:"), m_goalConversions);
    goalForm->addRow(tr("Revenue:"), m_goalRevenue);
    goalForm->addRow(errorLabel(F::Goals, ResultsPage, m_goalParticipants));
    layout->addWidget(goals);

    m_hasResults = new QGroupBox(tr("Results recorded"), page);
    m_hasResults->setObjectName(u"campaignHasResults"_s);
    m_hasResults->setCheckable(true);
    auto *resultForm = new QFormLayout(m_hasResults);
    m_participants = countBox(m_hasResults, u"resultParticipants"_s);
    m_newMembers = countBox(m_hasResults, u"resultNewMembers"_s);
    m_conversions = countBox(m_hasResults, u"resultConversions"_s);
    m_revenue = moneyBox(m_hasResults, u"resultRevenue"_s);
    resultForm->addRow(tr("Participants:"), m_participants);
    resultForm->addRow(tr("New members:"), m_newMembers);
    resultForm->addRow(tr("Conversions:"), m_conversions);
    resultForm->addRow(tr("Revenue:"), m_revenue);
    resultForm->addRow(errorLabel(F::Results, ResultsPage, m_participants));
    layout->addWidget(m_hasResults);

    auto *costBox = new QGroupBox(tr("Money spent"), page);
    auto *costForm = new QFormLayout(costBox);
    m_cost = moneyBox(costBox, u"campaignCost"_s);
    costForm->addRow(tr("Actual cost:"), m_cost);
    costForm->addRow(errorLabel(F::Cost, ResultsPage, m_cost));
    layout->addWidget(costBox);
    layout->addStretch(1);
    return page;
}

QWidget *CampaignDialog::createAbPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *hint = new QLabel(tr("Test two or more variants of the campaign (a banner, a headline). The first "
                               "is the control, A. Update exposures and conversions as the test runs."),
                            page);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_variants = new QTableWidget(0, 3, page);
    m_variants->setObjectName(u"campaignVariants"_s);
    m_variants->setHorizontalHeaderLabels({tr("Variant"), tr("Exposures"), tr("Conversions")});
    m_variants->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_variants->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_variants->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_variants->verticalHeader()->setDefaultSectionSize(m_variants->verticalHeader()->defaultSectionSize() + 4);
    layout->addWidget(m_variants, 1);
    layout->addWidget(errorLabel(CampaignValidator::Field::Variants, AbTestPage, m_variants));
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add variant"), page);
    add->setObjectName(u"addVariant"_s);
    auto *remove = new QPushButton(tr("Remove variant"), page);
    remove->setObjectName(u"removeVariant"_s);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        const int n = m_variants->rowCount();
        addVariantRow({n < 26 ? QString(QChar(char16_t(u'A' + n))) : QString::number(n + 1), 0, 0});
        m_variants->setCurrentCell(n, 0);
        m_variants->editItem(m_variants->item(n, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_variants->currentRow();
        if (row >= 0)
            m_variants->removeRow(row);
    });
    return page;
}

void CampaignDialog::addVariantRow(const CampaignVariant &variant)
{
    const int row = m_variants->rowCount();
    m_variants->insertRow(row);
    m_variants->setItem(row, 0, new QTableWidgetItem(variant.name));
    auto *exposures = countBox(m_variants, u"variantExposures_%1"_s.arg(row));
    exposures->setValue(int(std::min<qint64>(variant.exposures, MaxCount)));
    auto *conversions = countBox(m_variants, u"variantConversions_%1"_s.arg(row));
    conversions->setValue(int(std::min<qint64>(variant.conversions, MaxCount)));
    m_variants->setCellWidget(row, 1, exposures);
    m_variants->setCellWidget(row, 2, conversions);
}

void CampaignDialog::updatePlace()
{
    m_place->setEnabled(m_offline->isChecked());
}

Campaign CampaignDialog::campaign() const
{
    Campaign c = m_original;
    c.name = m_name->text().trimmed();
    c.type = m_type->currentData().toString();
    c.mode = m_offline->isChecked() ? u"offline"_s : u"online"_s;
    c.place = c.isOffline() ? m_place->text().trimmed() : QString();
    c.startDate = m_start->date();
    c.endDate = m_end->date();
    c.status = m_status->currentData().toString();
    c.owner = m_owner->text().trimmed();
    const QString target = m_target->currentData().toString();
    c.targetTier = target.startsWith(u"tier:"_s) ? target.mid(5) : QString();
    c.targetSegment = target.startsWith(u"segment:"_s) ? target.mid(8) : QString();
    c.budget = m_budget->value();
    c.notes = m_notes->toPlainText().trimmed();
    c.goals = {m_goalParticipants->value(), m_goalNewMembers->value(), m_goalConversions->value(), m_goalRevenue->value()};
    if (m_hasResults->isChecked())
        c.results = CampaignFigures{m_participants->value(), m_newMembers->value(), m_conversions->value(), m_revenue->value()};
    else
        c.results.reset();
    c.cost = m_cost->value();
    c.variants.clear();
    for (int row = 0; row < m_variants->rowCount(); ++row) {
        const QTableWidgetItem *name = m_variants->item(row, 0);
        const auto *exposures = qobject_cast<QSpinBox *>(m_variants->cellWidget(row, 1));
        const auto *conversions = qobject_cast<QSpinBox *>(m_variants->cellWidget(row, 2));
        c.variants.append({name ? name->text().trimmed() : QString(), exposures ? exposures->value() : 0,
                           conversions ? conversions->value() : 0});
    }
    return c;
}

void CampaignDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

bool CampaignDialog::validate()
{
    const CampaignValidator::Errors errors = CampaignValidator::validate(campaign());
    for (const ErrorSlot &slot : std::as_const(m_errors)) {
        slot.label->clear();
        slot.label->hide();
    }
    const ErrorSlot *first = nullptr;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        const ErrorSlot slot = m_errors.value(it.key());
        if (!slot.label)
            continue;
        // Two fields may share a row (start and end dates): show both sentences.
        const QString text = slot.label->text().isEmpty() ? it.value() : slot.label->text() + u'\n' + it.value();
        slot.label->setText(text);
        slot.label->show();
        if (!first)
            first = &m_errors[it.key()];
    }
    if (first) {
        showPage(first->page);
        if (first->focus)
            first->focus->setFocus();
    }
    return errors.isEmpty();
}

QString CampaignDialog::errorAt(CampaignValidator::Field field) const
{
    const ErrorSlot slot = m_errors.value(field);
    return slot.label && slot.label->isVisibleTo(const_cast<CampaignDialog *>(this)) ? slot.label->text() : QString();
}

void CampaignDialog::accept()
{
    if (validate())
        QDialog::accept();
}
