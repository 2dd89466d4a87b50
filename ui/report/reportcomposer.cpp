#include "reportcomposer.h"

#include "reportnarrative.h"

#include <QTextDocument>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
using S = ReportStyle;
}

ReportComposer::ReportComposer(const ReportData &data, ReportOptions options)
    : m_data(data)
    , m_options(std::move(options))
    , m_lang(m_options.language)
    , m_style(m_lang.isChinese())
{
}

QString ReportComposer::sectionTitle(const QString &id, const ReportLanguage &language)
{
    if (id == u"summary")
        { static const char *const title = QT_TRANSLATE_NOOP("Report", "Executive summary"); return language.tr(title); }
    if (id == u"growth")
        { static const char *const title = QT_TRANSLATE_NOOP("Report", "Member growth and channels"); return language.tr(title); }
    if (id == u"activity")
        { static const char *const title = QT_TRANSLATE_NOOP("Report", "Activity and retention"); return language.tr(title); }
    if (id == u"tiers")
        { static const char *const title = QT_TRANSLATE_NOOP("Report", "Member tiers"); return language.tr(title); }
    if (id == u"points")
        { static const char *const title = QT_TRANSLATE_NOOP("Report", "Points and badges"); return language.tr(title); }
    if (id == u"moderation")
        { static const char *const title = QT_TRANSLATE_NOOP("Report", "Content and moderation"); return language.tr(title); }
    if (id == u"campaigns")
        { static const char *const title = QT_TRANSLATE_NOOP("Report", "Campaigns"); return language.tr(title); }
    if (id == u"anomalies")
        { static const char *const title = QT_TRANSLATE_NOOP("Report", "Anomalies and likely causes"); return language.tr(title); }
    if (id == u"plan")
        { static const char *const title = QT_TRANSLATE_NOOP("Report", "Next quarter's plan"); return language.tr(title); }
    return id;
}

QString ReportComposer::documentTitle() const
{
    //: The PDF's title: %1 is the quarter ("Q3 2026").
    return t(QT_TRANSLATE_NOOP("Report", "Quarterly operations report — %1")).arg(m_lang.quarter(m_data.quarter));
}

std::unique_ptr<ReportDocument> ReportComposer::compose()
{
    const Quarter q = m_data.quarter;
    ReportDocument::Cover cover;
    cover.title = t(QT_TRANSLATE_NOOP("Report", "Quarterly operations report"));
    cover.community = m_options.communityName;
    cover.period = m_lang.quarter(q) + u" · "_s + m_lang.longDate(q.firstDay()) + u" – "_s + m_lang.longDate(q.lastDay());
    if (!m_data.current.isComplete()) {
        //: On the cover of a report for a quarter the cache does not fully cover. %1, %2: dates; %3, %4: numbers of days.
        cover.facts << t(QT_TRANSLATE_NOOP("Report", "Partial quarter: the cache's daily figures cover %1 to %2 (%3 of %4 days)."))
                           .arg(m_lang.longDate(m_data.current.firstDate), m_lang.longDate(m_data.current.lastDate),
                                count(m_data.current.daysCovered), count(m_data.current.daysInQuarter));
    }
    //: %1 is a date.
    cover.facts << t(QT_TRANSLATE_NOOP("Report", "Figures from the local cache; data through %1."))
                       .arg(m_lang.longDate(m_data.dataLast));
    //: %1 is the previous quarter ("Q2 2026").
    cover.facts << t(QT_TRANSLATE_NOOP("Report", "Changes compare with %1.")).arg(previousLabel());
    cover.contentsTitle = t(QT_TRANSLATE_NOOP("Report", "Contents"));
    //: Page footer: %1 is the page, %2 the number of pages.
    cover.pageWord = t(QT_TRANSLATE_NOOP("Report", "Page %1 of %2"));
    m_doc = std::make_unique<ReportDocument>(m_style, cover);
    m_doc->setHeader(m_options.communityName, cover.title + u" · "_s + m_lang.quarter(q));

    m_sectionNumber = 0;
    for (const QString &id : ReportOptions::allSections()) {
        if (!m_options.sections.contains(id))
            continue;
        sectionStart(id);
        if (id == u"summary")
            summary();
        else if (id == u"growth")
            growth();
        else if (id == u"activity")
            activity();
        else if (id == u"tiers")
            tiers();
        else if (id == u"points")
            points();
        else if (id == u"moderation")
            moderation();
        else if (id == u"campaigns")
            campaigns();
        else if (id == u"anomalies")
            anomalies();
        else if (id == u"plan")
            plan();
    }
    m_doc->paginate();
    return std::move(m_doc);
}

// --- Building blocks ---------------------------------------------------------------------

void ReportComposer::add(std::unique_ptr<ReportBlock> block, double before, double after)
{
    block->spaceBefore = before;
    block->spaceAfter = after;
    m_doc->add(std::move(block));
}

void ReportComposer::sectionStart(const QString &id)
{
    ++m_sectionNumber;
    const QString title = QString::number(m_sectionNumber) + u"  "_s + sectionTitle(id, m_lang);
    auto block = std::make_unique<TextBlock>(title, m_style.font(17, true), S::accent());
    block->setStartsPage(true);
    block->setKeepWithNext(true);
    block->tocTitle = title;
    add(std::move(block), 0, S::pt(10));
}

void ReportComposer::heading(const QString &text)
{
    auto block = std::make_unique<TextBlock>(text, m_style.font(11.5, true), S::ink());
    block->setKeepWithNext(true);
    add(std::move(block), S::pt(14), S::pt(6));
}

void ReportComposer::paragraph(const QString &text)
{
    add(std::make_unique<TextBlock>(text, m_style.bodyFont(), S::ink()), S::pt(2), S::pt(6));
}

void ReportComposer::note(const QString &text)
{
    auto block = std::make_unique<TextBlock>(text, m_style.font(8), S::muted());
    block->keepWithPrevious = true;
    add(std::move(block), S::pt(2), S::pt(4));
}

void ReportComposer::narrative(const QString &section, const QString &title, const QString &missing)
{
    heading(title);
    if (auto document = ReportNarrative::document(m_options.narratives.value(section), m_style)) {
        add(std::make_unique<RichTextBlock>(std::move(document)), S::pt(2), S::pt(6));
        return;
    }
    auto block = std::make_unique<TextBlock>(missing, m_style.font(9.5, false, true), S::muted());
    block->setBar(S::rule());
    add(std::move(block), S::pt(2), S::pt(6));
}

std::unique_ptr<TableBlock> ReportComposer::table(QList<TableBlock::Column> columns) const
{
    return std::make_unique<TableBlock>(std::move(columns), m_style.font(8.5), m_style.font(8.5, true));
}

std::unique_ptr<LineChartBlock> ReportComposer::lineChart(const QList<QDate> &dates, double heightPoints) const
{
    const ReportLanguage lang = m_lang;
    return std::make_unique<LineChartBlock>(
        dates, m_style.font(7.5), [lang](double v) { return lang.number(qint64(std::llround(v))); },
        [lang](const QDate &d) { return lang.monthDay(d); }, S::pt(heightPoints));
}

// --- Formatting --------------------------------------------------------------------------

QString ReportComposer::previousLabel() const
{
    return m_lang.quarter(m_data.quarter.previous());
}

bool ReportComposer::comparableSums() const
{
    return m_data.current.isComplete() && m_data.previous.isComplete();
}

QString ReportComposer::change(double current, double previous) const
{
    if (!m_data.previous.hasData())
        return m_lang.dash();
    return m_lang.relativeChange(KpiAnalytics::compare(current, previous));
}

QString ReportComposer::sumChange(qint64 current, qint64 previous) const
{
    if (!m_data.previous.hasData() || !m_data.current.hasData())
        return m_lang.dash();
    if (comparableSums())
        return m_lang.relativeChange(KpiAnalytics::compare(double(current), double(previous)));
    // A partly covered quarter: compare the daily rate instead of the totals.
    const auto perDay = KpiAnalytics::compare(double(current) / m_data.current.daysCovered,
                                              double(previous) / m_data.previous.daysCovered);
    //: A change of a daily average, when a quarter is only partly in the cache; %1 is "+4.2%".
    return t(QT_TRANSLATE_NOOP("Report", "%1 per day")).arg(m_lang.relativeChange(perDay));
}

QString ReportComposer::rateChange(double current, double previous) const
{
    if (!m_data.previous.hasData())
        return m_lang.dash();
    return m_lang.pointsChange(KpiAnalytics::compare(current, previous));
}

// --- Words for identifiers ---------------------------------------------------------------

QString ReportComposer::channelName(const QString &id) const
{
    if (id == u"organic")
        return t(QT_TRANSLATE_NOOP("Report", "Organic"));
    if (id == u"search")
        return t(QT_TRANSLATE_NOOP("Report", "Search"));
    if (id == u"wechat")
        return t(QT_TRANSLATE_NOOP("Report", "WeChat"));
    if (id == u"weibo")
        return t(QT_TRANSLATE_NOOP("Report", "Weibo"));
    if (id == u"referral")
        return t(QT_TRANSLATE_NOOP("Report", "Referral"));
    if (id == u"campaign")
        return t(QT_TRANSLATE_NOOP("Report", "Campaign"));
    if (id == u"app")
        return t(QT_TRANSLATE_NOOP("Report", "Mobile app"));
    return id;
}

QString ReportComposer::tierName(const ReportTier &tier) const
{
    // The glossary's names (DESIGN.md §2): newcomer 新手, regular 普通, core 核心, backbone 骨干.
    if (tier.id == u"newcomer")
        return t(QT_TRANSLATE_NOOP("Report", "Newcomer"));
    if (tier.id == u"regular")
        return t(QT_TRANSLATE_NOOP("Report", "Regular"));
    if (tier.id == u"core")
        return t(QT_TRANSLATE_NOOP("Report", "Core"));
    if (tier.id == u"backbone")
        return t(QT_TRANSLATE_NOOP("Report", "Backbone"));
    return tier.name.isEmpty() ? tier.id : tier.name;
}

QString ReportComposer::metricName(const QString &id) const
{
    if (id == u"dau")
        return t(QT_TRANSLATE_NOOP("Report", "Daily active members"));
    if (id == u"new_members")
        return t(QT_TRANSLATE_NOOP("Report", "New members"));
    if (id == u"posts")
        return t(QT_TRANSLATE_NOOP("Report", "Posts"));
    if (id == u"reports")
        return t(QT_TRANSLATE_NOOP("Report", "Member reports"));
    return id;
}

QString ReportComposer::campaignTypeName(const QString &id) const
{
    if (id == u"contest")
        return t(QT_TRANSLATE_NOOP("Report", "Contest"));
    if (id == u"topic_discussion")
        return t(QT_TRANSLATE_NOOP("Report", "Topic discussion"));
    if (id == u"qa")
        return t(QT_TRANSLATE_NOOP("Report", "Q&A"));
    if (id == u"vote")
        return t(QT_TRANSLATE_NOOP("Report", "Vote"));
    if (id == u"lottery")
        return t(QT_TRANSLATE_NOOP("Report", "Lottery"));
    if (id == u"holiday_theme")
        return t(QT_TRANSLATE_NOOP("Report", "Holiday theme"));
    if (id == u"salon")
        return t(QT_TRANSLATE_NOOP("Report", "Salon"));
    if (id == u"live_session")
        return t(QT_TRANSLATE_NOOP("Report", "Live session"));
    return id;
}

QString ReportComposer::phaseName(CampaignPhase phase) const
{
    switch (phase) {
    case CampaignPhase::Draft:
        return t(QT_TRANSLATE_NOOP("Report", "Draft"));
    case CampaignPhase::Scheduled:
        return t(QT_TRANSLATE_NOOP("Report", "Scheduled"));
    case CampaignPhase::Running:
        return t(QT_TRANSLATE_NOOP("Report", "Running"));
    case CampaignPhase::Finished:
        return t(QT_TRANSLATE_NOOP("Report", "Finished"));
    case CampaignPhase::Cancelled:
        return t(QT_TRANSLATE_NOOP("Report", "Cancelled"));
    }
    return {};
}

QString ReportComposer::statusName(const QString &id) const
{
    if (id == u"pending")
        return t(QT_TRANSLATE_NOOP("Report", "Pending"));
    if (id == u"approved")
        return t(QT_TRANSLATE_NOOP("Report", "Approved"));
    if (id == u"rejected")
        return t(QT_TRANSLATE_NOOP("Report", "Rejected"));
    if (id == u"escalated")
        return t(QT_TRANSLATE_NOOP("Report", "Escalated"));
    return id;
}

QString ReportComposer::labelName(const QString &id) const
{
    if (id == u"spam")
        return t(QT_TRANSLATE_NOOP("Report", "Spam"));
    if (id == u"abuse")
        return t(QT_TRANSLATE_NOOP("Report", "Abuse"));
    if (id == u"ads")
        return t(QT_TRANSLATE_NOOP("Report", "Advertising"));
    if (id == u"nsfw")
        return t(QT_TRANSLATE_NOOP("Report", "Not safe for work"));
    if (id == u"off_topic")
        return t(QT_TRANSLATE_NOOP("Report", "Off topic"));
    if (id == u"misinformation")
        return t(QT_TRANSLATE_NOOP("Report", "Misinformation"));
    return id;
}
