// The quarterly report as a PDF, read back as a reader's tools read it (poppler-utils):
// page count, contents with the right page numbers, key figures equal to the cache's,
// user text printed as typed, the Chinese text layer round-tripping through an embedded
// TrueType font, and tables repeating their header row on every page they span.
#include "pdftext.h"
#include "reportblocks.h"
#include "reportcomposer.h"
#include "reportdocument.h"
#include "reportexporter.h"
#include "reportfixture.h"
#include "reportlanguage.h"
#include "reportnarrative.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

using namespace Qt::StringLiterals;

class TestReportPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pagesContentsAndMetadata();
    void keyFiguresEqualTheCache();
    void userTextPrintsAsText();
    void chineseTextLayerRoundTrips();
    void sectionsCanBeLeftOut();
    void tableHeaderRepeatsOnEveryPage();
    void narrativeKeepsOnlyBoldItalicAndLists();
    void unwritableFileIsAClearError();
    void countsAgreeWithTheirNouns();

private:
    QString exportReport(ReportOptions options, const QString &name);
    ReportOptions optionsFor(const QString &language) const;

    std::unique_ptr<ReportFixture> m_fixture;
    QTemporaryDir m_out;
};

void TestReportPdf::initTestCase()
{
    if (!PdfText::available())
        QSKIP("poppler-utils (pdftotext, pdfinfo, pdffonts) are not installed");
    QVERIFY(m_out.isValid());
}

void TestReportPdf::init()
{
    m_fixture = std::make_unique<ReportFixture>();
    QVERIFY(m_fixture->open());
}

void TestReportPdf::cleanup()
{
    m_fixture.reset();
}

ReportOptions TestReportPdf::optionsFor(const QString &language) const
{
    ReportOptions options;
    options.quarter = {2026, 3};
    options.language = language;
    options.communityName = u"Riverside <Learners> & Co"_s;
    return options;
}

QString TestReportPdf::exportReport(ReportOptions options, const QString &name)
{
    const QString path = m_out.filePath(name);
    const QString error = ReportExporter::exportPdf(m_fixture->cacheFile(), options, path);
    if (!error.isEmpty())
        qWarning("export: %s", qPrintable(error));
    return error.isEmpty() ? path : QString();
}

void TestReportPdf::pagesContentsAndMetadata()
{
    const ReportOptions options = optionsFor(u"en"_s);
    const QString pdf = exportReport(options, u"en.pdf"_s);
    QVERIFY(!pdf.isEmpty());
    const ReportExporter::Result composed = ReportExporter::compose(m_fixture->store()->database(), options);
    QVERIFY(composed.document);
    const int pages = PdfText::pages(pdf);
    QCOMPARE(pages, composed.document->pageCount());
    QVERIFY2(pages >= 11, "cover, contents and nine sections each starting a page");
    QCOMPARE(PdfText::info(pdf, u"Title"_s), u"Quarterly operations report — Q3 2026"_s);
    QVERIFY(PdfText::info(pdf, u"Creator"_s).startsWith(u"Steward"_s));

    const QString cover = PdfText::flat(pdf, 1);
    QVERIFY(cover.contains(u"Quarterly operations report"_s));
    QVERIFY(cover.contains(u"Q3 2026 · 1 July 2026 – 30 September 2026"_s));

    // The contents list every section with the page it starts on.
    const QString contents = PdfText::flat(pdf, 2);
    QVERIFY(contents.contains(u"Contents"_s));
    const QList<ReportDocument::TocEntry> toc = composed.document->contents();
    QCOMPARE(toc.size(), ReportOptions::allSections().size());
    int previousPage = 2;
    for (const ReportDocument::TocEntry &entry : toc) {
        QVERIFY2(contents.contains(entry.title.simplified() + u" "_s + QString::number(entry.page)), qPrintable(entry.title));
        QVERIFY(entry.page > previousPage);
        previousPage = entry.page;
        const QString page = PdfText::flat(pdf, entry.page);
        QVERIFY2(page.contains(entry.title.simplified()), qPrintable(entry.title));
        QVERIFY2(page.contains(u"Page %1 of %2"_s.arg(entry.page).arg(pages)), qPrintable(page.left(200)));
        QVERIFY(page.contains(u"Riverside <Learners> & Co"_s)); // the header
    }
    for (const QString &id : ReportOptions::allSections())
        QVERIFY(contents.contains(ReportComposer::sectionTitle(id, ReportLanguage(u"en"_s))));
}

void TestReportPdf::keyFiguresEqualTheCache()
{
    const QString pdf = exportReport(optionsFor(u"en"_s), u"figures.pdf"_s);
    QVERIFY(!pdf.isEmpty());
    // The cache's figures for 2026Q3, from the fixture's formulas (not from the report's code).
    qint64 members = ReportFixture::membersBefore(), joins = 0, wechat = 0, posts = 0, decisions = 0, violations = 0;
    double dau = 0;
    for (QDate d = ReportFixture::firstDay(); d <= ReportFixture::lastDay(); d = d.addDays(1)) {
        members += ReportFixture::newMembers(d);
        if (d.month() < 7)
            continue;
        joins += ReportFixture::newMembers(d);
        wechat += ReportFixture::wechat(d);
        posts += ReportFixture::posts(d);
        decisions += ReportFixture::decisions(d);
        violations += ReportFixture::violations(d);
        dau += double(ReportFixture::dau(d));
    }
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    // The summary's sentence, then the tiles (pdftotext reads a row of tiles label by label,
    // then value by value).
    const QString summary = PdfText::flat(pdf, 3);
    QVERIFY2(summary.contains(u"In Q3 2026 the community reached %1 members, %2 of them new this quarter. "
                              "Daily active members averaged %3"_s
                                  .arg(en.toString(members), en.toString(joins), en.toString(dau / 92, 'f', 0))),
             qPrintable(summary));
    QVERIFY(summary.contains(u"Moderators made %1 decisions, and %2% of them found a violation."_s
                                 .arg(en.toString(decisions), en.toString(100.0 * violations / decisions, 'f', 1))));
    QVERIFY(summary.contains(u"Members at quarter end New members Average daily active members %1 %2 %3 "_s
                                 .arg(en.toString(members), en.toString(joins), en.toString(dau / 92, 'f', 0))));
    QVERIFY(summary.contains(u" %1 "_s.arg(en.toString(posts))));
    QVERIFY(summary.contains(u"Violation rate Median time to decision Campaign ROI %1% 34 min 25.0%"_s
                                 .arg(en.toString(100.0 * violations / decisions, 'f', 1))));

    const QString all = PdfText::flat(pdf);
    QVERIFY(all.contains(u"WeChat "_s + en.toString(wechat)));
    QVERIFY(all.contains(u"The quarter's campaign budget was ¥20,000.00. Campaigns spent ¥12,500.00"_s));
    QVERIFY(all.contains(u"Members earned 145 points and redeemed 100 points, in 7 ledger entries of 5 members."_s));
    QVERIFY(all.contains(u"leave out the 500 points of opening balances"_s));
    QVERIFY(all.contains(u"All weeks (pooled) 910 50.0% 30.0% 20.0%"_s));
    QVERIFY(all.contains(u"Active Star 活跃之星 10"_s));
    QVERIFY(all.contains(u"2026-08-12 Daily active members 3,000"_s)); // the anomaly
}

void TestReportPdf::userTextPrintsAsText()
{
    ReportOptions options = optionsFor(u"en"_s);
    options.narratives.insert(u"plan"_s, u"<p>Keep <b>core</b> members &lt;i&gt;engaged&lt;/i&gt;</p>"_s);
    const QString pdf = exportReport(options, u"markup.pdf"_s);
    QVERIFY(!pdf.isEmpty());
    const QString all = PdfText::flat(pdf);
    QVERIFY2(all.contains(ReportFixture::markupCampaign().simplified()), qPrintable(all));
    QVERIFY(all.contains(ReportFixture::markupNote()));
    QVERIFY(all.contains(u"Riverside <Learners> & Co"_s));
    QVERIFY(all.contains(u"Keep core members <i>engaged</i>"_s));
}

void TestReportPdf::chineseTextLayerRoundTrips()
{
    ReportOptions options = optionsFor(u"zh_CN"_s);
    options.communityName = u"学习者社区"_s;
    const QString problem = u"核心成员留存下降 12.5%，心手骨干 0123456789。"_s;
    options.narratives.insert(u"problems"_s, u"<p>"_s + problem + u"</p>"_s);
    const QString pdf = exportReport(options, u"zh_CN.pdf"_s);
    QVERIFY(!pdf.isEmpty());

    const QStringList fonts = PdfText::fonts(pdf);
    bool embeddedCjk = false;
    for (const QString &row : fonts) {
        QVERIFY2(!row.contains(u"Noto"_s), qPrintable(row)); // the CFF font with the broken text layer
        const QStringList cells = row.simplified().split(u' ');
        if (row.contains(u"WenQuanYi"_s) && cells.size() > 4 && cells.at(cells.size() - 5) == u"yes")
            embeddedCjk = true;
    }
    QVERIFY2(embeddedCjk, qPrintable(fonts.join(u'\n')));

    const QString text = PdfText::text(pdf);
    QVERIFY2(text.contains(problem), qPrintable(text.left(400)));
    QVERIFY(text.contains(ReportFixture::chineseCampaign()));
    QVERIFY(text.contains(u"学习者社区"_s));
    QVERIFY(text.contains(u"林小明"_s));
    QVERIFY(text.contains(u"活跃之星"_s));
    QVERIFY(text.contains(u"优质贡献者"_s));
    qint64 members = ReportFixture::membersBefore();
    for (QDate d = ReportFixture::firstDay(); d <= ReportFixture::lastDay(); d = d.addDays(1))
        members += ReportFixture::newMembers(d);
    QVERIFY(text.contains(QLocale(u"zh_CN"_s).toString(members)));
    // No Kangxi radicals (U+2F00–U+2FDF) or CJK radicals supplement standing in for 心手骨干.
    for (const QChar c : text)
        QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(QString(c)));
}

void TestReportPdf::sectionsCanBeLeftOut()
{
    ReportOptions options = optionsFor(u"en"_s);
    options.sections = {u"summary"_s};
    const QString pdf = exportReport(options, u"summary.pdf"_s);
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(PdfText::pages(pdf), 3);
    const QString all = PdfText::flat(pdf);
    QVERIFY(all.contains(u"1 Executive summary"_s));
    QVERIFY(!all.contains(u"Anomalies and likely causes"_s));
}

void TestReportPdf::tableHeaderRepeatsOnEveryPage()
{
    const ReportStyle style;
    ReportDocument document(style, {u"Title"_s, u"Community"_s, u"Period"_s, {}, u"Contents"_s, u"Page %1 of %2"_s});
    auto title = std::make_unique<TextBlock>(u"1 Long table"_s, style.font(17, true), Qt::black);
    title->tocTitle = u"1 Long table"_s;
    title->setStartsPage(true);
    document.add(std::move(title));
    auto table = std::make_unique<TableBlock>(QList<TableBlock::Column>{{u"Row label"_s, 2}, {u"Value"_s, 1, Qt::AlignRight}},
                                              style.font(8.5), style.font(8.5, true));
    for (int i = 0; i < 150; ++i)
        table->addRow({u"row %1"_s.arg(i), QString::number(i * 7)});
    document.add(std::move(table));
    document.paginate();
    QVERIFY(document.pageCount() >= 5);
    const QString pdf = m_out.filePath(u"table.pdf"_s);
    QString error;
    QVERIFY2(document.writePdf(pdf, u"Table"_s, &error), qPrintable(error));
    QCOMPARE(PdfText::pages(pdf), document.pageCount());
    int rows = 0;
    for (int page = 3; page <= document.pageCount(); ++page) {
        const QString text = PdfText::flat(pdf, page);
        QVERIFY2(text.contains(u"Row label Value"_s), qPrintable(u"page %1"_s.arg(page)));
        // Every row whole on one page: its label and value together.
        for (int i = 0; i < 150; ++i) {
            if (text.contains(u"row %1 %2 "_s.arg(i).arg(i * 7)))
                ++rows;
        }
    }
    QCOMPARE(rows, 150);
}

void TestReportPdf::narrativeKeepsOnlyBoldItalicAndLists()
{
    const QString html = u"<p>Plan <b>bold</b> <i>italic</i> <a href=\"https://example.com\">link</a>"
                         "<img src=\"file:///etc/hostname\"/></p><ul><li>one</li><li>two</li></ul>"
                         "<p style=\"font-size:40pt\">big</p>"_s;
    const auto document = ReportNarrative::document(html, ReportStyle());
    QVERIFY(document);
    QCOMPARE(document->toPlainText(), u"Plan bold italic link\none\ntwo\nbig"_s);
    int lists = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        lists += block.textList() != nullptr;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            QVERIFY(!format.isImageFormat());
            QVERIFY(!format.isAnchor());
            QVERIFY(!format.hasProperty(QTextFormat::FontPointSize));
            if (it.fragment().text() == u"bold")
                QCOMPARE(format.fontWeight(), int(QFont::Bold));
            if (it.fragment().text() == u"italic")
                QVERIFY(format.fontItalic());
        }
    }
    QCOMPARE(lists, 2);
    QVERIFY(!ReportNarrative::document(u"<p>  </p>"_s, ReportStyle()));
}

void TestReportPdf::unwritableFileIsAClearError()
{
    const QString path = u"/nonexistent-steward-dir/report.pdf"_s;
    const QString error = ReportExporter::exportPdf(m_fixture->cacheFile(), optionsFor(u"en"_s), path);
    QVERIFY2(error.contains(path), qPrintable(error));
}

QTEST_MAIN(TestReportPdf)
void TestReportPdf::countsAgreeWithTheirNouns()
{
    // English takes its plural forms from the plurals catalogue; Chinese has one form.
    const ReportLanguage en(u"en"_s);
    QVERIFY(en.hasTranslations());
    QCOMPARE(en.trn(QT_TRANSLATE_N_NOOP("Report", "%Ln campaigns, %1 spent"), 1).arg(u"¥5.00"_s), u"1 campaign, ¥5.00 spent"_s);
    QCOMPARE(en.trn(QT_TRANSLATE_N_NOOP("Report", "%Ln campaigns, %1 spent"), 0).arg(u"¥0.00"_s), u"0 campaigns, ¥0.00 spent"_s);
    QCOMPARE(en.trn(QT_TRANSLATE_N_NOOP("Report", "%Ln are muted or banned."), 1), u"1 is muted or banned."_s);
    QCOMPARE(en.trn(QT_TRANSLATE_N_NOOP("Report", "%Ln members"), 1234567), u"1,234,567 members"_s);
    // Beyond int: still the plural, with every digit.
    QCOMPARE(en.trn(QT_TRANSLATE_N_NOOP("Report", "%Ln points"), 5'000'000'000LL), u"5,000,000,000 points"_s);
    QCOMPARE(en.sentences({u"One."_s, u"Two."_s}), u"One. Two."_s);

    const ReportLanguage cn(u"zh_CN"_s);
    QCOMPARE(cn.trn(QT_TRANSLATE_N_NOOP("Report", "%Ln campaigns, %1 spent"), 1).arg(u"¥5.00"_s), u"1 个活动，花费 ¥5.00"_s);
    QCOMPARE(cn.sentences({u"一。"_s, u"二。"_s}), u"一。二。"_s);
    const ReportLanguage tw(u"zh_TW"_s);
    QCOMPARE(tw.trn(QT_TRANSLATE_N_NOOP("Report", "%Ln members"), 1234), u"1,234 名成員"_s);

    // In the PDF: sentences with one count each, run together with a space in English.
    const QString pdf = exportReport(optionsFor(u"en"_s), u"counts.pdf"_s);
    QVERIFY(!pdf.isEmpty());
    const QString all = PdfText::flat(pdf);
    QVERIFY2(!all.contains(u" 1 members"_s) && !all.contains(u" 1 campaigns"_s) && !all.contains(u" 1 decisions"_s)
                 && !all.contains(u" 1 items"_s) && !all.contains(u" 1 daily figures"_s) && !all.contains(u" 1 are "_s),
             qPrintable(all));
    QVERIFY(all.contains(u"The cache holds 40 members. 12 of them entered their current tier during the quarter. "
                         "2 are muted or banned."_s));
}

#include "tst_reportpdf.moc"
