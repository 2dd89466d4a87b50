#include "pdftext.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

bool PdfText::available()
{
    for (const QString &tool : {u"pdftotext"_s, u"pdfinfo"_s, u"pdffonts"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            return false;
    }
    return true;
}

QString PdfText::text(const QString &pdf, int page)
{
    QStringList args{u"-enc"_s, u"UTF-8"_s};
    if (page > 0)
        args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    args << pdf << u"-"_s;
    return run(u"pdftotext"_s, args);
}

QString PdfText::flat(const QString &pdf, int page)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text(pdf, page).replace(space, u" "_s);
}

int PdfText::pages(const QString &pdf)
{
    return info(pdf, u"Pages"_s).toInt();
}

QString PdfText::info(const QString &pdf, const QString &field)
{
    const QStringList lines = run(u"pdfinfo"_s, {u"-enc"_s, u"UTF-8"_s, pdf}).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(field + u':'))
            return line.mid(field.size() + 1).trimmed();
    }
    return {};
}

QStringList PdfText::fonts(const QString &pdf)
{
    QStringList rows = run(u"pdffonts"_s, {pdf}).split(u'\n', Qt::SkipEmptyParts);
    return rows.mid(2); // the header and its rule
}
