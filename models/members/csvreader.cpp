#include "csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CsvReader", text);
}

QChar detectDelimiter(const QString &text)
{
    // The first line outside quotes decides: the most frequent of , ; TAB (comma on a tie).
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++comma;
        else if (!quoted && c == u';')
            ++semicolon;
        else if (!quoted && c == u'\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return u';';
    if (tab > comma && tab > semicolon)
        return u'\t';
    return u',';
}
} // namespace

QString CsvReader::decode(const QByteArray &data, QString *encoding, bool *ok)
{
    *ok = true;
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8(bytes);
        if (!utf8.hasError()) {
            *encoding = u"UTF-8"_s;
            return text;
        }
    }
    // Excel and WPS on a Chinese Windows save "CSV" in the system code page.
    QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
    if (gb.isValid()) {
        QString text = gb(bytes);
        if (!gb.hasError()) {
            *encoding = u"GB18030"_s;
            return text;
        }
    }
    *ok = false;
    return {};
}

CsvReader::Result CsvReader::read(const QByteArray &data)
{
    Result result;
    bool decoded = false;
    const QString text = decode(data, &result.encoding, &decoded);
    if (!decoded) {
        result.error = tr("The file is neither UTF-8 nor GB18030 text.");
        result.errorLine = 1;
        return result;
    }
    if (text.contains(QChar(u'\0'))) {
        result.error = tr("The file holds binary data (a NUL character), not text.");
        result.errorLine = 1 + int(text.left(text.indexOf(QChar(u'\0'))).count(u'\n'));
        return result;
    }
    result.delimiter = detectDelimiter(text);
    const QChar delimiter = result.delimiter;

    Record record;
    QString field;
    int line = 1;
    record.line = 1;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool afterQuote = false; // a quoted field just closed: only a delimiter or line end may follow
    int quoteStartLine = 0;
    const auto endField = [&] {
        record.fields << field;
        field.clear();
        fieldWasQuoted = false;
        afterQuote = false;
    };
    const auto endRecord = [&] {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.constFirst().isEmpty();
        if (!blank)
            result.records.append(record);
        record = Record();
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < n && text.at(i + 1) == u'\n')))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == delimiter) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            record.line = line;
        } else if (c == u'"' && field.isEmpty() && !fieldWasQuoted && !afterQuote) {
            inQuotes = true;
            fieldWasQuoted = true;
            quoteStartLine = line;
        } else if (afterQuote) {
            if (c == u' ' || c == u'\t')
                continue; // "text" , next — spaces after a closing quote are harmless
            result.error = tr("Line %1: text after a closing quote; put the whole field in quotes and "
                              "double any quote inside it.").arg(line);
            result.errorLine = line;
            return result;
        } else {
            field += c; // a quote inside an unquoted field is taken literally
        }
    }
    if (inQuotes) {
        result.error = tr("Line %1: a quoted field is never closed.").arg(quoteStartLine);
        result.errorLine = quoteStartLine;
        return result;
    }
    if (!field.isEmpty() || !record.fields.isEmpty() || fieldWasQuoted)
        endRecord();
    return result;
}
