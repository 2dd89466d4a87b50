#pragma once

#include "reportblocks.h"
#include "reportcharts.h"
#include "reportdata.h"
#include "reportdocument.h"
#include "reportlanguage.h"
#include "reportoptions.h"
#include "reportstyle.h"

#include <memory>

// Writes the report: turns the cache's figures (ReportData) into the report's blocks in
// the report's language. Every figure printed is formatted from ReportData as it is, and
// every piece of user text (community, campaign names and notes, member names, narrative)
// is drawn as plain text or through ReportNarrative, so markup in it prints as text.
class ReportComposer final
{
public:
    ReportComposer(const ReportData &data, ReportOptions options);

    std::unique_ptr<ReportDocument> compose();

    static QString sectionTitle(const QString &id, const ReportLanguage &language);
    // The PDF's title: "Quarterly operations report — Q3 2026".
    QString documentTitle() const;

private:
    QString t(const char *source) const { return m_lang.tr(source); }
    // `source` from QT_TRANSLATE_N_NOOP("Report", …), with %Ln for n.
    QString tn(const char *source, qint64 n) const { return m_lang.trn(source, n); }
    QString sentences(const QStringList &parts) const { return m_lang.sentences(parts); }

    // Building blocks.
    void sectionStart(const QString &id);
    void heading(const QString &text);
    void paragraph(const QString &text);
    void note(const QString &text);
    void narrative(const QString &section, const QString &heading, const QString &missing);
    std::unique_ptr<TableBlock> table(QList<TableBlock::Column> columns) const;
    void add(std::unique_ptr<ReportBlock> block, double before = 0, double after = 0);
    std::unique_ptr<LineChartBlock> lineChart(const QList<QDate> &dates, double heightPoints) const;

    // Sections (reportcomposer*.cpp).
    void summary();
    void growth();
    void activity();
    void tiers();
    void points();
    void moderation();
    void campaigns();
    void anomalies();
    void plan();

    // Words for the cache's identifiers.
    QString channelName(const QString &id) const;
    QString tierName(const ReportTier &tier) const;
    QString metricName(const QString &id) const;
    QString campaignTypeName(const QString &id) const;
    QString phaseName(CampaignPhase phase) const;
    QString statusName(const QString &id) const;
    QString labelName(const QString &id) const;
    QString causeText(const ReportCause &cause) const;
    QString abOutcome(const AbTestResult &result) const;
    QString pValue(const std::optional<double> &p) const;

    // Formatting shared by the sections.
    QString count(qint64 value) const { return m_lang.number(value); }
    QString change(double current, double previous) const;         // relative
    QString sumChange(qint64 current, qint64 previous) const;      // sums, per day when a quarter is partial
    QString rateChange(double current, double previous) const;     // percentage points
    QString previousLabel() const;
    bool comparableSums() const;

    const ReportData &m_data;
    ReportOptions m_options;
    ReportLanguage m_lang;
    ReportStyle m_style;
    std::unique_ptr<ReportDocument> m_doc;
    int m_sectionNumber = 0;
};
