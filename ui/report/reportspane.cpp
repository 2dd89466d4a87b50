#include "reportspane.h"

#include "narrativeeditor.h"
#include "reportdatabuilder.h"
#include "reportdrafts.h"
#include "reportexporter.h"
#include "reportlanguage.h"
#include "reportpreview.h"
#include "store.h"
#include "storenotifier.h"
#include "localeformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMinPreviewWidth = 420;
constexpr int kMaxPreviewWidth = 960;
constexpr int kSaveDelayMs = 800;
}

ReportsPane::ReportsPane(const PaneContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_cacheFile(context.store ? context.store->filePath() : QString())
{
    setObjectName(u"reportsPane"_s);
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &ReportsPane::saveDrafts);
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    connect(m_previewTimer, &QTimer::timeout, this, &ReportsPane::refreshPreview);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"reportTabs"_s);
    m_tabs->setDocumentMode(true);
    m_preview = new ReportPreview(m_tabs);
    m_preview->setMessage(tr("The preview appears here."));
    m_tabs->addTab(m_preview, tr("Preview"));
    const QHash<QString, QPair<QString, QString>> narratives = {
        {u"problems"_s, {tr("Problems and causes"),
                         tr("What went wrong this quarter and why: the anomalies above in your own words, "
                            "incidents, missed goals …")}},
        {u"plan"_s, {tr("Next quarter's plan"),
                     tr("Goals, campaigns and changes for the next quarter. The report adds the forecast.")}},
    };
    for (const QString &section : ReportDrafts::sections()) {
        auto *editor = new NarrativeEditor(narratives.value(section).second, m_tabs);
        editor->setObjectName(u"narrative_"_s + section);
        m_narratives.insert(section, editor);
        m_tabs->addTab(editor, narratives.value(section).first);
        connect(editor, &NarrativeEditor::edited, this, &ReportsPane::scheduleSave);
    }

    auto *splitter = new QSplitter(this);
    splitter->addWidget(createSettings());
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(&m_previewWatcher, &QFutureWatcher<Preview>::finished, this, &ReportsPane::showPreview);
    connect(&m_exportWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_exportWatcher.result();
        m_export->setEnabled(true);
        if (error.isEmpty())
            setStatus(tr("Saved %1.").arg(QDir::toNativeSeparators(m_exportPath)));
        else
            setStatus(error);
        Q_EMIT exportFinished(m_exportPath, error);
    });
    if (m_context.store && m_context.store->notifier()) {
        connect(m_context.store->notifier(), &StoreNotifier::entitiesChanged, this, [this](const QStringList &entities) {
            if (entities.contains(u"metric_day"_s))
                reloadQuarters();
            schedulePreview(2000);
        });
    }
    reloadQuarters();
    loadDrafts();
}

ReportsPane::~ReportsPane()
{
    saveDrafts();
    m_previewWatcher.waitForFinished();
    m_exportWatcher.waitForFinished();
}

QWidget *ReportsPane::createSettings()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(u"reportSettings"_s);
    m_quarter = new QComboBox(panel);
    m_quarter->setObjectName(u"reportQuarter"_s);
    m_language = new QComboBox(panel);
    m_language->setObjectName(u"reportLanguage"_s);
    for (const QString &code : ReportLanguage::codes())
        m_language->addItem(ReportLanguage::displayName(code), code);
    m_community = new QLineEdit(panel);
    m_community->setObjectName(u"reportCommunity"_s);
    m_community->setClearButtonEnabled(true);
    if (m_context.store) {
        const ReportDrafts drafts(m_context.store->database());
        m_community->setText(drafts.setting(QString::fromLatin1(ReportDrafts::CommunityNameKey)));
        m_community->setPlaceholderText(ReportExporter::defaultCommunityName(m_context.store->database()));
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Quarter:"), m_quarter);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Community:"), m_community);

    auto *sections = new QGroupBox(tr("Sections"), panel);
    auto *sectionLayout = new QVBoxLayout(sections);
    for (const QString &id : ReportOptions::allSections()) {
        auto *box = new QCheckBox(sections);
        box->setObjectName(u"section_"_s + id);
        box->setChecked(true);
        m_sections.insert(id, box);
        sectionLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this] { schedulePreview(300); });
    }
    // Section names as the console's language says them (the report may print in another).
    const QStringList names = {tr("Executive summary"), tr("Member growth and channels"), tr("Activity and retention"),
                               tr("Member tiers"), tr("Points and badges"), tr("Content and moderation"),
                               tr("Campaigns"), tr("Anomalies and likely causes"), tr("Next quarter's plan")};
    for (qsizetype i = 0; i < ReportOptions::allSections().size(); ++i)
        m_sections.value(ReportOptions::allSections().at(i))->setText(names.value(i));

    m_refresh = new QPushButton(tr("&Update preview"), panel);
    m_refresh->setObjectName(u"reportRefresh"_s);
    m_export = new QPushButton(tr("&Export PDF…"), panel);
    m_export->setObjectName(u"reportExport"_s);
    m_export->setDefault(true);
    m_status = new QLabel(panel);
    m_status->setObjectName(u"reportStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(panel);
    layout->addLayout(form);
    layout->addWidget(sections);
    layout->addWidget(m_refresh);
    layout->addWidget(m_export);
    layout->addWidget(m_status);
    layout->addStretch(1);
    panel->setMinimumWidth(260);
    panel->setMaximumWidth(380);

    connect(m_quarter, &QComboBox::currentIndexChanged, this, [this] {
        loadDrafts();
        schedulePreview(100);
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        loadDrafts();
        schedulePreview(100);
    });
    connect(m_community, &QLineEdit::editingFinished, this, [this] {
        if (!m_context.store)
            return;
        QString error;
        ReportDrafts(m_context.store->database())
            .setSetting(QString::fromLatin1(ReportDrafts::CommunityNameKey), m_community->text().trimmed(), &error);
        if (!error.isEmpty())
            setStatus(error);
        schedulePreview(100);
    });
    connect(m_refresh, &QPushButton::clicked, this, &ReportsPane::refreshPreview);
    connect(m_export, &QPushButton::clicked, this, &ReportsPane::chooseExportFile);
    return panel;
}

void ReportsPane::reloadQuarters()
{
    if (!m_context.store)
        return;
    const QString current = m_quarter->currentData().toString();
    QString error;
    const ReportDataBuilder builder(m_context.store->database());
    const QList<Quarter> quarters = builder.quarters(&error);
    const QSignalBlocker blocker(m_quarter);
    m_quarter->clear();
    for (const Quarter &q : quarters)
        m_quarter->addItem(q.displayName(), q.id());
    // The newest finished quarter is the one a quarterly report is usually about.
    int index = m_quarter->findData(current);
    if (index < 0 && quarters.size() > 1 && quarters.first().lastDay() > builder.lastDataDay())
        index = 1;
    m_quarter->setCurrentIndex(std::max(0, index));
    const bool any = !quarters.isEmpty();
    m_export->setEnabled(any);
    m_refresh->setEnabled(any);
    if (!error.isEmpty())
        setStatus(error);
    else if (!any)
        m_preview->setMessage(tr("The cache holds no daily figures yet. Sync with the platform, then come back."));
}

ReportOptions ReportsPane::options() const
{
    ReportOptions options;
    options.quarter = Quarter::parse(m_quarter->currentData().toString()).value_or(Quarter());
    options.language = m_language->currentData().toString();
    options.sections.clear();
    for (const QString &id : ReportOptions::allSections()) {
        if (m_sections.value(id)->isChecked())
            options.sections << id;
    }
    for (auto it = m_narratives.cbegin(); it != m_narratives.cend(); ++it)
        options.narratives.insert(it.key(), it.value()->html());
    options.communityName = m_community->text().trimmed();
    if (options.communityName.isEmpty())
        options.communityName = m_community->placeholderText();
    return options;
}

bool ReportsPane::selectQuarter(const QString &id)
{
    const int index = m_quarter->findData(id);
    if (index >= 0)
        m_quarter->setCurrentIndex(index);
    return index >= 0;
}

bool ReportsPane::selectLanguage(const QString &code)
{
    const int index = m_language->findData(code);
    if (index >= 0)
        m_language->setCurrentIndex(index);
    return index >= 0;
}

void ReportsPane::setSectionChecked(const QString &id, bool checked)
{
    if (QCheckBox *box = m_sections.value(id))
        box->setChecked(checked);
}

void ReportsPane::loadDrafts()
{
    if (!m_context.store)
        return;
    // The editors' text belongs to the quarter and language they were loaded for.
    saveDrafts();
    const QString quarter = m_quarter->currentData().toString();
    const QString language = m_language->currentData().toString();
    m_draftKey = quarter + u'/' + language;
    const ReportDrafts drafts(m_context.store->database());
    QString error;
    const QHash<QString, QString> texts = drafts.drafts(quarter, language, &error);
    for (auto it = m_narratives.cbegin(); it != m_narratives.cend(); ++it) {
        it.value()->setHtml(texts.value(it.key()));
        const QDateTime saved = drafts.savedAt(quarter, language, it.key());
        it.value()->setStatus(saved.isValid()
                                  ? tr("Draft for %1 in %2, saved %3.")
                                        .arg(m_quarter->currentText(), m_language->currentText(),
                                             LocaleFormat::dateTime(saved.toLocalTime()))
                                  : tr("Draft for %1 in %2.").arg(m_quarter->currentText(), m_language->currentText()));
    }
    if (!error.isEmpty())
        setStatus(error);
}

void ReportsPane::scheduleSave()
{
    m_saveTimer->start();
    schedulePreview(1500);
}

void ReportsPane::saveDrafts()
{
    m_saveTimer->stop();
    if (!m_context.store || m_draftKey.isEmpty())
        return;
    const QString quarter = m_draftKey.section(u'/', 0, 0);
    const QString language = m_draftKey.section(u'/', 1);
    ReportDrafts drafts(m_context.store->database());
    for (auto it = m_narratives.cbegin(); it != m_narratives.cend(); ++it) {
        const QString html = it.value()->html();
        if (html == drafts.draft(quarter, language, it.key()))
            continue;
        QString error;
        if (drafts.save(quarter, language, it.key(), html, &error))
            it.value()->setStatus(tr("Draft saved %1.").arg(LocaleFormat::time(QTime::currentTime())));
        else
            it.value()->setStatus(error);
    }
}

void ReportsPane::schedulePreview(int delayMs)
{
    m_previewStale = true;
    if (isVisible())
        m_previewTimer->start(delayMs);
}

void ReportsPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_previewStale && !m_previewWatcher.isRunning())
        m_previewTimer->start(0);
}

void ReportsPane::refreshPreview()
{
    m_previewTimer->stop();
    if (m_cacheFile.isEmpty() || m_quarter->count() == 0)
        return;
    if (m_previewWatcher.isRunning()) {
        m_previewAgain = true; // one more run with the newest options when this one ends
        return;
    }
    m_previewStale = false;
    m_refresh->setEnabled(false);
    if (m_preview->pageCount() == 0)
        m_preview->setMessage(tr("Rendering the report…"));
    setStatus(tr("Rendering the report…"));
    const QString file = m_cacheFile;
    const ReportOptions opts = options();
    // Pages as wide as the preview shows them, without a horizontal scroll bar.
    const int shown = std::clamp(m_preview->viewport()->width() - 48, kMinPreviewWidth, kMaxPreviewWidth);
    const int width = int(shown * devicePixelRatioF());
    const qreal ratio = devicePixelRatioF();
    m_previewWatcher.setFuture(QtConcurrent::run([file, opts, width, ratio] {
        Preview preview;
        Store store;
        if (!store.open(file, &preview.error))
            return preview;
        const ReportExporter::Result result = ReportExporter::compose(store.database(), opts);
        if (!result.document) {
            preview.error = result.error;
            return preview;
        }
        for (int i = 0; i < result.document->pageCount(); ++i) {
            QImage page = result.document->pageImage(i, width);
            page.setDevicePixelRatio(ratio);
            preview.pages.append(page);
        }
        return preview;
    }));
}

void ReportsPane::showPreview()
{
    const Preview preview = m_previewWatcher.result();
    m_refresh->setEnabled(m_quarter->count() > 0);
    if (preview.error.isEmpty()) {
        m_preview->setPages(preview.pages);
        setStatus(tr("%Ln pages.", nullptr, int(preview.pages.size())));
    } else {
        m_preview->setMessage(preview.error);
        setStatus(preview.error);
    }
    Q_EMIT previewReady(int(preview.pages.size()), preview.error);
    if (m_previewAgain) {
        m_previewAgain = false;
        refreshPreview();
    }
}

void ReportsPane::chooseExportFile()
{
    const ReportOptions opts = options();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = u"report-%1-%2.pdf"_s.arg(opts.quarter.id(), opts.language);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the report"), QDir(folder).filePath(name),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportTo(path.endsWith(u".pdf"_s, Qt::CaseInsensitive) ? path : path + u".pdf"_s);
}

void ReportsPane::exportTo(const QString &path)
{
    if (m_exportWatcher.isRunning() || m_cacheFile.isEmpty())
        return;
    saveDrafts();
    m_exportPath = path;
    m_export->setEnabled(false);
    setStatus(tr("Exporting…"));
    const QString file = m_cacheFile;
    const ReportOptions opts = options();
    m_exportWatcher.setFuture(QtConcurrent::run([file, opts, path] { return ReportExporter::exportPdf(file, opts, path); }));
}

QVariantMap ReportsPane::saveState() const
{
    QStringList sections;
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it) {
        if (it.value()->isChecked())
            sections << it.key();
    }
    return {{u"quarter"_s, m_quarter->currentData()}, {u"language"_s, m_language->currentData()},
            {u"sections"_s, sections}, {u"community"_s, m_community->text()}, {u"tab"_s, m_tabs->currentIndex()}};
}

void ReportsPane::restoreState(const QVariantMap &state)
{
    if (state.isEmpty())
        return;
    selectQuarter(state.value(u"quarter"_s).toString());
    selectLanguage(state.value(u"language"_s).toString());
    const QStringList sections = state.value(u"sections"_s).toStringList();
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
        it.value()->setChecked(sections.contains(it.key()));
    if (state.value(u"community"_s).toString() != m_community->text()) {
        m_community->setText(state.value(u"community"_s).toString());
        Q_EMIT m_community->editingFinished(); // stored as when the field loses the focus
    }
    m_tabs->setCurrentIndex(state.value(u"tab"_s).toInt());
}

bool ReportsPane::isBusy() const
{
    return m_previewWatcher.isRunning() || m_exportWatcher.isRunning();
}

int ReportsPane::previewPageCount() const
{
    return m_preview->pageCount();
}

void ReportsPane::setStatus(const QString &text)
{
    m_status->setText(text);
}
