#include "campaigncard.h"

#include "abtest.h"
#include "campaignmetrics.h"
#include "campaignmodel.h"
#include "campaignpalette.h"
#include "campaigntext.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel *plainLabel(QWidget *parent, const QString &objectName = {})
{
    auto *l = new QLabel(parent);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!objectName.isEmpty())
        l->setObjectName(objectName);
    return l;
}

void clearGrid(QGridLayout *grid)
{
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QString points(double difference)
{
    // A difference of rates in percentage points, signed.
    const QString digits = QLocale().toString(std::abs(difference) * 100.0, 'f', 2);
    const QString sign = difference > 0 ? u"+"_s : difference < 0 ? u"\u2212"_s : QString();
    return CampaignCard::tr("%1 pts").arg(sign + digits);
}
} // namespace

CampaignCard::CampaignCard(CampaignModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"campaignCard"_s);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the card wraps to its width
    m_content = new QWidget(scroll);
    scroll->setWidget(m_content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(6);

    m_empty = new QLabel(tr("Select a campaign in the list, the calendar or the timeline to see its card."), m_content);
    m_empty->setObjectName(u"cardEmpty"_s);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);

    m_title = plainLabel(m_content, u"cardTitle"_s);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);

    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(m_content);
    m_status->setObjectName(u"cardStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    statusRow->addWidget(m_status);
    m_summary = plainLabel(m_content, u"cardSummary"_s);
    statusRow->addWidget(m_summary, 1);
    layout->addLayout(statusRow);

    m_facts = plainLabel(m_content, u"cardFacts"_s);
    layout->addWidget(m_facts);

    m_warnings = plainLabel(m_content, u"cardWarnings"_s);
    QPalette warn = m_warnings->palette();
    warn.setColor(QPalette::WindowText, CampaignPalette::warning().darker(120));
    m_warnings->setPalette(warn);
    layout->addWidget(m_warnings);

    addSection(tr("Goals and results"));
    m_noResults = plainLabel(m_content, u"cardNoResults"_s);
    layout->addWidget(m_noResults);
    m_resultsBox = new QWidget(m_content);
    m_resultsGrid = new QGridLayout(m_resultsBox);
    m_resultsGrid->setContentsMargins(0, 0, 0, 0);
    m_resultsGrid->setHorizontalSpacing(10);
    layout->addWidget(m_resultsBox);
    m_returns = plainLabel(m_content, u"cardReturns"_s);
    layout->addWidget(m_returns);

    m_abBox = new QWidget(m_content);
    auto *abLayout = new QVBoxLayout(m_abBox);
    abLayout->setContentsMargins(0, 0, 0, 0);
    auto *abTitle = plainLabel(m_abBox);
    abTitle->setText(tr("A/B test"));
    QFont bold = font();
    bold.setBold(true);
    abTitle->setFont(bold);
    abLayout->addSpacing(6);
    abLayout->addWidget(abTitle);
    auto *abGridBox = new QWidget(m_abBox);
    m_abGrid = new QGridLayout(abGridBox);
    m_abGrid->setContentsMargins(0, 0, 0, 0);
    m_abGrid->setHorizontalSpacing(10);
    abLayout->addWidget(abGridBox);
    m_abVerdict = plainLabel(m_abBox, u"cardAbVerdict"_s);
    m_abVerdict->setFont(bold);
    abLayout->addWidget(m_abVerdict);
    m_abDetail = plainLabel(m_abBox, u"cardAbDetail"_s);
    abLayout->addWidget(m_abDetail);
    layout->addWidget(m_abBox);

    m_notesTitle = addSection(tr("Notes"));
    m_notes = plainLabel(m_content, u"cardNotes"_s);
    layout->addWidget(m_notes);

    auto *buttons = new QHBoxLayout;
    m_edit = new QPushButton(tr("Edit…"), m_content);
    m_edit->setObjectName(u"cardEdit"_s);
    m_results = new QPushButton(tr("Record results…"), m_content);
    m_results->setObjectName(u"cardRecordResults"_s);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_results);
    buttons->addStretch(1);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_id); });
    connect(m_results, &QPushButton::clicked, this, [this] { Q_EMIT resultsRequested(m_id); });
    connect(model, &QAbstractItemModel::modelReset, this, &CampaignCard::refresh);
    refresh();
}

QLabel *CampaignCard::addSection(const QString &title)
{
    auto *label = plainLabel(m_content);
    label->setText(title);
    QFont bold = font();
    bold.setBold(true);
    label->setFont(bold);
    auto *layout = static_cast<QVBoxLayout *>(m_content->layout());
    layout->addSpacing(6);
    layout->addWidget(label);
    m_sectionTitles.append(label);
    return label;
}

void CampaignCard::setEditable(bool editable)
{
    m_editable = editable;
    refresh();
}

void CampaignCard::showCampaign(const QString &id)
{
    m_id = id;
    refresh();
}

void CampaignCard::refresh()
{
    const auto c = m_id.isEmpty() ? std::nullopt : m_model->campaign(m_id);
    m_empty->setVisible(!c);
    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_status, m_summary, m_facts, m_noResults,
                                                       m_resultsBox, m_returns, m_edit, m_results})
        w->setVisible(bool(c));
    for (QLabel *l : std::as_const(m_sectionTitles))
        l->setVisible(bool(c));
    if (!c) {
        m_warnings->hide();
        m_abBox->hide();
        m_notes->hide();
        return;
    }
    const QLocale locale;
    const CampaignPhase phase = CampaignPhases::of(*c, m_model->today());
    m_title->setText(c->name);
    const QColor chip = CampaignPalette::phaseColor(phase);
    m_status->setText(CampaignText::phase(phase));
    m_status->setStyleSheet(u"QLabel { background: %1; color: white; border-radius: 3px; padding: 1px 6px; }"_s
                                .arg(chip.name()));
    QString summary = CampaignText::type(c->type) + u" · "_s + CampaignText::mode(c->mode);
    if (c->isOffline() && !c->place.isEmpty())
        summary += u" · "_s + c->place;
    if (c->pendingSync)
        summary += u" · "_s + tr("not synced yet");
    m_summary->setText(summary);

    QStringList facts;
    const int days = c->durationDays();
    facts << (days == 1 ? tr("Dates: %1 (1 day)").arg(CampaignText::dateRange(c->startDate, c->endDate))
                        : tr("Dates: %1 (%2 days)").arg(CampaignText::dateRange(c->startDate, c->endDate)).arg(days));
    facts << tr("Audience: %1").arg(CampaignText::target(*c));
    facts << tr("Owner: %1").arg(c->owner);
    const auto used = c->budget > 0 ? std::optional<double>(c->cost / c->budget) : std::nullopt;
    facts << (used ? tr("Budget: %1 · spent %2 (%3)").arg(CampaignText::money(c->budget, 0), CampaignText::money(c->cost, 0),
                                                        CampaignText::percent(used))
                   : tr("Budget: %1 · spent %2").arg(CampaignText::money(c->budget, 0), CampaignText::money(c->cost, 0)));
    m_facts->setText(facts.join(u'\n'));

    const QStringList warnings = m_model->warningsFor(c->id);
    m_warnings->setVisible(!warnings.isEmpty());
    QStringList marked;
    for (const QString &w : warnings)
        marked << u"\u26A0 "_s + w;
    m_warnings->setText(marked.join(u'\n'));

    fillResults(*c);
    fillAbTest(*c);

    m_notesTitle->setVisible(!c->notes.trimmed().isEmpty());
    m_notes->setVisible(!c->notes.trimmed().isEmpty());
    m_notes->setText(c->notes);
    m_edit->setVisible(m_editable);
    m_results->setVisible(m_editable);
}

void CampaignCard::fillResults(const Campaign &c)
{
    clearGrid(m_resultsGrid);
    const bool has = c.results.has_value();
    m_noResults->setVisible(!has);
    m_noResults->setText(CampaignPhases::of(c, m_model->today()) == CampaignPhase::Finished
                             ? tr("No results recorded yet. Record them so the ROI can be worked out.")
                             : tr("No results yet."));
    QFont bold = font();
    bold.setBold(true);
    const QStringList headers{QString(), tr("Goal"), tr("Actual"), tr("Met")};
    for (int col = 0; col < headers.size(); ++col) {
        auto *h = plainLabel(m_resultsBox);
        h->setText(headers.at(col));
        h->setFont(bold);
        h->setWordWrap(false);
        h->setAlignment(col == 0 ? Qt::AlignLeft : Qt::AlignRight);
        m_resultsGrid->addWidget(h, 0, col);
    }
    struct Line {
        QString name;
        double goal;
        std::optional<double> actual;
        bool money;
    };
    const std::optional<CampaignFigures> &r = c.results;
    const QList<Line> lines = {
        {tr("Participants"), double(c.goals.participants), r ? std::optional<double>(double(r->participants)) : std::nullopt, false},
        {tr("New members"), double(c.goals.newMembers), r ? std::optional<double>(double(r->newMembers)) : std::nullopt, false},
        {tr("Conversions"), double(c.goals.conversions), r ? std::optional<double>(double(r->conversions)) : std::nullopt, false},
        {tr("Revenue"), c.goals.revenue, r ? std::optional<double>(r->revenue) : std::nullopt, true},
    };
    int row = 1;
    for (const Line &line : lines) {
        const auto cell = [this](const QString &text, Qt::Alignment align) {
            auto *l = plainLabel(m_resultsBox);
            l->setText(text);
            l->setAlignment(align);
            l->setWordWrap(align & Qt::AlignLeft); // figures never break
            return l;
        };
        const auto fmt = [&line](const std::optional<double> &v) {
            if (!v)
                return CampaignText::none();
            return line.money ? CampaignText::money(*v, 0) : CampaignText::count(qint64(*v));
        };
        m_resultsGrid->addWidget(cell(line.name, Qt::AlignLeft), row, 0);
        m_resultsGrid->addWidget(cell(line.goal > 0 ? fmt(line.goal) : CampaignText::none(), Qt::AlignRight), row, 1);
        m_resultsGrid->addWidget(cell(fmt(line.actual), Qt::AlignRight), row, 2);
        const auto met = line.actual ? CampaignMetrics::attainment(*line.actual, line.goal) : std::nullopt;
        QLabel *metLabel = cell(CampaignText::percent(met), Qt::AlignRight);
        if (met && *met < 1.0)
            metLabel->setStyleSheet(u"color: #a04040;"_s);
        m_resultsGrid->addWidget(metLabel, row, 3);
        ++row;
    }
    m_resultsGrid->setColumnStretch(0, 1);

    const CampaignMetrics::Summary m = CampaignMetrics::of(c);
    if (!has) {
        m_returns->setText(QString());
        m_returns->hide();
        return;
    }
    m_returns->show();
    m_returns->setText(QStringList{
        tr("ROI: %1 (revenue minus cost, over cost)").arg(CampaignText::signedPercent(m.roi)),
        tr("Cost per participant: %1").arg(CampaignText::money(m.costPerParticipant)),
        tr("Cost per new member: %1").arg(CampaignText::money(m.costPerNewMember)),
        tr("Goals met: %1 on average").arg(CampaignText::percent(m.goalAttainment)),
    }.join(u'\n'));
}

void CampaignCard::fillAbTest(const Campaign &c)
{
    clearGrid(m_abGrid);
    m_abBox->setVisible(!c.variants.isEmpty());
    if (c.variants.isEmpty())
        return;
    QFont bold = font();
    bold.setBold(true);
    const QStringList headers{tr("Variant"), tr("Conversions / exposures"), tr("Rate")};
    for (int col = 0; col < headers.size(); ++col) {
        auto *h = plainLabel(m_abBox);
        h->setText(headers.at(col));
        h->setFont(bold);
        h->setWordWrap(false);
        h->setAlignment(col == 0 ? Qt::AlignLeft : Qt::AlignRight);
        m_abGrid->addWidget(h, 0, col);
    }
    for (int i = 0; i < c.variants.size(); ++i) {
        const CampaignVariant &v = c.variants.at(i);
        const QString letter = i < 26 ? QString(QChar(char16_t(u'A' + i))) : QString::number(i + 1);
        const QStringList cells{letter + u"  "_s + v.name,
                                tr("%1 / %2").arg(CampaignText::count(v.conversions), CampaignText::count(v.exposures)),
                                v.exposures > 0 ? CampaignText::percent(double(v.conversions) / double(v.exposures), 2)
                                                : CampaignText::none()};
        for (int col = 0; col < cells.size(); ++col) {
            auto *l = plainLabel(m_abBox);
            l->setText(cells.at(col));
            l->setAlignment(col == 0 ? Qt::AlignLeft : Qt::AlignRight);
            l->setWordWrap(col == 0); // figures never break
            m_abGrid->addWidget(l, i + 1, col);
        }
    }
    m_abGrid->setColumnStretch(0, 1);

    const QList<AbTestResult> tests = AbTest::compareAll(c.variants);
    QStringList verdicts, details;
    for (const AbTestResult &t : tests) {
        verdicts << (tests.size() > 1 ? tr("%1 vs %2: ").arg(t.labelB, t.labelA) : QString()) + t.wording();
        if (t.difference) {
            details << tr("%1 − %2: %3 (95% CI %4 to %5), z = %6, %7")
                           .arg(t.labelB, t.labelA, points(*t.difference), points(*t.ciLow), points(*t.ciHigh),
                                QLocale().toString(*t.z, 'f', 2), AbTest::formatP(*t.pValue));
        }
    }
    m_abVerdict->setText(verdicts.join(u'\n'));
    const bool significant = std::any_of(tests.cbegin(), tests.cend(), [](const AbTestResult &t) { return t.isSignificant(); });
    m_abVerdict->setStyleSheet(significant ? u"color: #2e7d32;"_s : QString());
    details << tr("Two-proportion z-test, two-sided, significant below p = 0.05. “More exposures needed” "
                  "assumes the rates seen so far are the true ones and asks for 80% power, exposures split evenly.");
    m_abDetail->setText(details.join(u'\n'));
}
