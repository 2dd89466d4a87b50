#pragma once

#include <QString>
#include <QStringList>

// Reads a PDF back the way a reader's tools do, with poppler-utils.
namespace PdfText {
bool available(); // pdftotext, pdfinfo and pdffonts are installed
// The text layer of one page (1-based) or of all pages (page 0).
QString text(const QString &pdf, int page = 0);
// Text with line breaks and runs of spaces collapsed to single spaces.
QString flat(const QString &pdf, int page = 0);
int pages(const QString &pdf);
QString info(const QString &pdf, const QString &field); // "Title", "Creator"
// pdffonts' table rows (name, type, encoding, emb, sub, uni, object).
QStringList fonts(const QString &pdf);
}
