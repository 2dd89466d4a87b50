#include "moderationfilterbar.h"

#include "moderationfacets.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr int TypingPauseMs = 200;
const QString kAllStatuses = u"*"_s;

// The width a combo box needs to show its current entry whole, in this language and font.
void fitCurrentEntry(QComboBox *combo)
{
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    option.frame = combo->hasFrame();
    option.currentText = combo->currentText();
    const QFontMetrics fm = combo->fontMetrics();
    const QSize text(fm.horizontalAdvance(combo->currentText()) + 2, fm.height());
    combo->setMinimumWidth(combo->style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, combo).width());
}

QComboBox *makeCombo(const QString &objectName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    // Wide enough for its longest entry when there is room; in a narrow window it shrinks,
    // but never below its current entry ("任意语言" was cut to "任意语" by a fixed 64 px).
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    QObject::connect(combo, &QComboBox::currentIndexChanged, combo, [combo] { fitCurrentEntry(combo); });
    return combo;
}
} // namespace

ModerationFilterBar::ModerationFilterBar(QWidget *parent)
    : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"queueSearch"_s);
    m_search->setPlaceholderText(tr("Search titles and text (中文 or English)"));
    m_search->setClearButtonEnabled(true);

    m_status = makeCombo(u"statusFilter"_s, this);
    m_status->addItem(tr("Any status"), kAllStatuses);
    for (const QString &s : ModerationFacets::statuses())
        m_status->addItem(ModerationFacets::statusName(s), s);
    m_status->setCurrentIndex(1); // pending

    m_kind = makeCombo(u"kindFilter"_s, this);
    m_kind->addItem(tr("Any kind"), QString());
    for (const QString &k : ModerationFacets::kinds())
        m_kind->addItem(ModerationFacets::kindName(k), k);

    m_label = makeCombo(u"labelFilter"_s, this);
    m_label->addItem(tr("Any AI label"), QString());
    for (const QString &l : ModerationFacets::aiLabels())
        m_label->addItem(ModerationFacets::labelName(l), l);

    const auto makeScore = [this](const QString &name, double value) {
        auto *box = new QDoubleSpinBox(this);
        box->setObjectName(name);
        box->setRange(0, 1);
        box->setSingleStep(0.05);
        box->setDecimals(2);
        box->setValue(value);
        box->setKeyboardTracking(false);
        return box;
    };
    m_minScore = makeScore(u"minScoreFilter"_s, 0);
    m_maxScore = makeScore(u"maxScoreFilter"_s, 1);

    m_reports = makeCombo(u"reportsFilter"_s, this);
    m_reports->addItem(tr("Reports: any"), 0);
    m_reports->addItem(tr("Has reports"), 1);
    m_reports->addItem(tr("Reported twice or more"), 2);

    m_board = makeCombo(u"boardFilter"_s, this);
    m_language = makeCombo(u"languageFilter"_s, this);
    setBoards({});
    setLanguages({});

    m_claim = makeCombo(u"claimFilter"_s, this);
    m_claim->addItem(tr("Claims: any"), int(ModerationFilter::Claim::Any));
    m_claim->addItem(tr("Claimed by me"), int(ModerationFilter::Claim::ByMe));
    m_claim->addItem(tr("Unclaimed"), int(ModerationFilter::Claim::Unclaimed));

    auto *clear = new QPushButton(tr("Clear filters"), this);
    clear->setObjectName(u"clearFilters"_s);
    connect(clear, &QPushButton::clicked, this, [this] {
        ModerationFilter f;
        f.statuses = {u"pending"_s};
        setFilter(f);
        emitChanged();
    });

    // Three rows: in two, the filters of the second row needed more than the centre column
    // has at the default window size, and the combo boxes were cut (zh_CN, 1180 px).
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_search, 1);
    top->addWidget(m_status);
    top->addWidget(m_kind);
    auto *middle = new QHBoxLayout;
    middle->setContentsMargins(0, 0, 0, 0);
    middle->addWidget(m_label);
    middle->addWidget(m_reports);
    middle->addWidget(m_board);
    middle->addWidget(m_language);
    middle->addStretch(1);
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    auto *scoreLabel = new QLabel(tr("AI score"), this);
    bottom->addWidget(scoreLabel);
    bottom->addWidget(m_minScore);
    bottom->addWidget(new QLabel(u"–"_s, this));
    bottom->addWidget(m_maxScore);
    bottom->addWidget(m_claim);
    bottom->addStretch(1);
    bottom->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(middle);
    layout->addLayout(bottom);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(TypingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &ModerationFilterBar::emitChanged);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ModerationFilterBar::emitChanged);
    for (QComboBox *combo : {m_status, m_kind, m_label, m_reports, m_board, m_language, m_claim})
        connect(combo, &QComboBox::currentIndexChanged, this, &ModerationFilterBar::emitChanged);
    for (QDoubleSpinBox *box : {m_minScore, m_maxScore})
        connect(box, &QDoubleSpinBox::valueChanged, this, &ModerationFilterBar::emitChanged);
}

void ModerationFilterBar::setBoards(const QStringList &boards)
{
    const QString current = m_board->currentData().toString();
    const bool silent = std::exchange(m_silent, true);
    m_board->clear();
    m_board->addItem(tr("Any board"), QString());
    for (const QString &b : boards)
        m_board->addItem(b, b);
    if (!current.isEmpty() && !boards.contains(current))
        m_board->addItem(current, current);
    selectData(m_board, current);
    m_silent = silent;
}

void ModerationFilterBar::setLanguages(const QStringList &languages)
{
    const QString current = m_language->currentData().toString();
    const bool silent = std::exchange(m_silent, true);
    m_language->clear();
    m_language->addItem(tr("Any language"), QString());
    for (const QString &l : languages)
        m_language->addItem(ModerationFacets::languageName(l), l);
    if (!current.isEmpty() && !languages.contains(current))
        m_language->addItem(ModerationFacets::languageName(current), current);
    selectData(m_language, current);
    m_silent = silent;
}

void ModerationFilterBar::selectData(QComboBox *combo, const QString &value)
{
    int i = combo->findData(value);
    if (i < 0 && !value.isEmpty()) {
        combo->addItem(value, value);
        i = combo->count() - 1;
    }
    combo->setCurrentIndex(qMax(0, i));
}

ModerationFilter ModerationFilterBar::filter() const
{
    ModerationFilter f;
    const QString status = m_status->currentData().toString();
    if (status != kAllStatuses)
        f.statuses = {status};
    f.kind = m_kind->currentData().toString();
    f.aiLabel = m_label->currentData().toString();
    if (m_minScore->value() > 0)
        f.minScore = m_minScore->value();
    if (m_maxScore->value() < 1)
        f.maxScore = m_maxScore->value();
    f.minReports = m_reports->currentData().toInt();
    f.board = m_board->currentData().toString();
    f.language = m_language->currentData().toString();
    f.claim = ModerationFilter::Claim(m_claim->currentData().toInt());
    f.text = m_search->text().trimmed();
    return f;
}

void ModerationFilterBar::setFilter(const ModerationFilter &f)
{
    const bool silent = std::exchange(m_silent, true);
    m_typing->stop();
    m_search->setText(f.text);
    m_typing->stop();
    selectData(m_status, f.statuses.size() == 1 ? f.statuses.first() : kAllStatuses);
    selectData(m_kind, f.kind);
    selectData(m_label, f.aiLabel);
    m_minScore->setValue(f.minScore.value_or(0));
    m_maxScore->setValue(f.maxScore.value_or(1));
    const int reports = m_reports->findData(qMin(f.minReports, 2));
    m_reports->setCurrentIndex(qMax(0, reports));
    selectData(m_board, f.board);
    selectData(m_language, f.language);
    m_claim->setCurrentIndex(qMax(0, m_claim->findData(int(f.claim))));
    m_silent = silent;
}

void ModerationFilterBar::emitChanged()
{
    if (m_silent)
        return;
    m_typing->stop();
    Q_EMIT filterChanged(filter());
}
