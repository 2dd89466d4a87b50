#include "fulltext.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace FullText {

bool isCjk(char32_t ch)
{
    return (ch >= 0x2E80 && ch <= 0x2FDF)     // radicals
        || (ch >= 0x3040 && ch <= 0x31FF)     // kana, bopomofo, CJK strokes
        || (ch >= 0x3400 && ch <= 0x4DBF)     // extension A
        || (ch >= 0x4E00 && ch <= 0x9FFF)     // unified ideographs
        || (ch >= 0xAC00 && ch <= 0xD7AF)     // hangul syllables
        || (ch >= 0xF900 && ch <= 0xFAFF)     // compatibility ideographs
        || (ch >= 0x20000 && ch <= 0x3134F);  // extensions B..G
}

namespace {
bool isWordChar(char32_t ch)
{
    return QChar::isLetterOrNumber(ch) || QChar::category(ch) == QChar::Mark_NonSpacing;
}

void appendCodePoint(QString &out, char32_t ch)
{
    if (QChar::requiresSurrogates(ch)) {
        out += QChar(QChar::highSurrogate(ch));
        out += QChar(QChar::lowSurrogate(ch));
    } else {
        out += QChar(char16_t(ch));
    }
}

// One search term (text between spaces) as an FTS5 phrase, or empty.
QString phraseFor(QStringView term)
{
    QStringList tokens;
    QString word;
    bool lastIsWord = false;
    const auto flush = [&] {
        if (!word.isEmpty()) {
            tokens << word;
            word.clear();
            lastIsWord = true;
        }
    };
    for (char32_t ch : term.toUcs4()) {
        if (isCjk(ch)) {
            flush();
            QString t;
            appendCodePoint(t, ch);
            tokens << t;
            lastIsWord = false;
        } else if (isWordChar(ch)) {
            appendCodePoint(word, ch);
        } else {
            flush();
        }
    }
    flush();
    if (tokens.isEmpty())
        return {};
    // Tokens hold only letters and digits, so quoting them is safe. A trailing word is a
    // prefix ("ali" finds "alice"); single CJK characters are whole tokens already.
    return u"\""_s + tokens.join(u' ') + u"\""_s + (lastIsWord ? u"*"_s : QString());
}
} // namespace

QString indexText(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 2);
    bool lastWasCjk = false;
    for (char32_t ch : text.toUcs4()) {
        const bool cjk = isCjk(ch);
        if (cjk || lastWasCjk)
            out += u' ';
        appendCodePoint(out, ch);
        lastWasCjk = cjk;
    }
    return out;
}

QString matchExpression(QStringView query)
{
    QStringList phrases;
    const auto terms = query.split(u' ', Qt::SkipEmptyParts);
    for (QStringView term : terms) {
        const QString p = phraseFor(term.trimmed());
        if (!p.isEmpty())
            phrases << p;
    }
    return phrases.join(u" AND "_s);
}

} // namespace FullText
