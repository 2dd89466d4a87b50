#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// A CSV reader for sheets people make by hand or export from Excel/WPS: RFC 4180 quoting
// (delimiters, quotes and line breaks inside quoted fields), a UTF-8 byte-order mark,
// CRLF/LF/CR line ends, comma, semicolon or tab as the delimiter (whichever the first line
// uses), and UTF-8 or — failing that — GB18030 text. Widget-free and Store-free; safe on
// any bytes (it only ever reads forwards over the decoded text, never allocates per byte
// of garbage beyond the fields themselves), so it can be fuzzed through read().
class CsvReader final
{
public:
    struct Record {
        QStringList fields;
        int line = 0; // 1-based line of the file where the record starts
    };
    struct Result {
        QList<Record> records;   // blank lines are skipped
        QString error;           // empty when the whole file was read
        int errorLine = 0;
        QString encoding = QStringLiteral("UTF-8");
        QChar delimiter = u',';
        bool ok() const { return error.isEmpty(); }
    };

    // The whole file. Never throws or crashes, whatever the bytes.
    static Result read(const QByteArray &data);
    // The text as read() decodes it (BOM removed); sets *encoding. Empty on undecodable input.
    static QString decode(const QByteArray &data, QString *encoding, bool *ok);
};
