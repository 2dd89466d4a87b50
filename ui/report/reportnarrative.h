#pragma once

#include "reportstyle.h"

#include <QString>
#include <memory>

class QTextDocument;

// The narrative sections as the report prints them. The editor's rich text is rebuilt
// into a fresh document that keeps only paragraphs, bold, italic and lists: no images or
// links (nothing is loaded from disk or the network), no fonts or sizes of its own.
namespace ReportNarrative {
// nullptr when the text is empty.
std::unique_ptr<QTextDocument> document(const QString &html, const ReportStyle &style);
bool isEmpty(const QString &html);
}
