#include "fuzzbodies.h"

#include "csvreader.h"

using namespace Qt::StringLiterals;

namespace {
// Lines of the decoded text as the reader counts them: CRLF, LF and CR each end one.
int lineCount(const QString &text)
{
    int lines = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            ++i;
        if (text.at(i) == u'\r' || text.at(i) == u'\n')
            ++lines;
    }
    return lines;
}

// The records written back as RFC 4180 CSV (comma; quotes around any field holding a
// delimiter, a quote, a line break or a byte-order mark).
QByteArray written(const QList<CsvReader::Record> &records)
{
    QString out;
    for (const CsvReader::Record &r : records) {
        QStringList fields;
        for (QString f : r.fields) {
            const bool quote = f.contains(u',') || f.contains(u';') || f.contains(u'\t') || f.contains(u'"')
                || f.contains(u'\n') || f.contains(u'\r') || f.contains(QChar(0xFEFF));
            if (quote)
                f = u'"' + f.replace(u"\""_s, u"\"\""_s) + u'"';
            fields << f;
        }
        out += fields.join(u',') + u"\r\n"_s;
    }
    return out.toUtf8();
}
} // namespace

FuzzBodies::Outcome FuzzBodies::csv(const QByteArray &data)
{
    Outcome out;
    const CsvReader::Result result = CsvReader::read(data);
    out.tags << (result.ok() ? u"ok"_s : u"error"_s);
    out.check(result.ok() || result.errorLine > 0, u"an error without a line"_s);
    out.check(!result.ok() || result.errorLine == 0, u"a line for no error"_s);
    out.check(result.encoding == u"UTF-8"_s || result.encoding == u"GB18030"_s, u"encoding "_s + result.encoding);
    out.check(result.delimiter == u',' || result.delimiter == u';' || result.delimiter == u'\t', u"an odd delimiter"_s);
    if (result.ok())
        out.tags << result.encoding;

    QString encoding;
    bool decoded = false;
    const QString text = CsvReader::decode(data, &encoding, &decoded);
    out.check(decoded || !result.ok(), u"read() succeeded on undecodable bytes"_s);
    out.check(!decoded || encoding == result.encoding, u"read() and decode() disagree on the encoding"_s);
    const int lines = decoded ? lineCount(text) : 1;
    out.check(result.errorLine <= lines, u"error on line %1 of %2"_s.arg(result.errorLine).arg(lines));

    int previous = 0;
    for (const CsvReader::Record &r : result.records) {
        out.check(r.line > previous && r.line <= lines, u"record on line %1 after line %2 (of %3)"_s.arg(r.line).arg(previous).arg(lines));
        previous = r.line;
        // "blank lines are skipped"
        out.check(!(r.fields.size() == 1 && r.fields.constFirst().isEmpty()), u"a blank record on line %1"_s.arg(r.line));
        if (!out.failures.isEmpty())
            return out;
    }

    // What was read, written back as plain CSV, reads again as the same fields.
    if (!result.ok() || result.records.isEmpty())
        return out;
    for (const CsvReader::Record &r : result.records) {
        for (const QString &f : r.fields) {
            if (hasLoneSurrogate(f))
                return out; // not representable in UTF-8
        }
    }
    const CsvReader::Result again = CsvReader::read(written(result.records));
    out.check(again.ok() && again.encoding == u"UTF-8"_s && again.records.size() == result.records.size(),
              u"written back, the records do not read again: %1"_s.arg(again.error));
    for (qsizetype i = 0; i < qMin(again.records.size(), result.records.size()); ++i) {
        if (again.records.at(i).fields != result.records.at(i).fields) {
            out.check(false, u"record %1 changed when written back and read again"_s.arg(i));
            break;
        }
    }
    return out;
}
