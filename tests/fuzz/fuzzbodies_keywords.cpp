#include "fuzzbodies.h"

#include "keywordmatcher.h"

#include <QElapsedTimer>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

// The input, as UTF-8 text:
//   rule lines (≤ 8) KIND:BOARDS:KINDS:PATTERN  KIND w(ord), p(hrase) or r(egex); BOARDS and
//                                               KINDS comma-separated, empty for all; a line
//                                               without three colons is a phrase pattern
//   a line "--BOARD:KIND"                       the scope to match in (empty: everything)
//   the text                                    everything after that line
// In patterns and the text, \uXXXX is one UTF-16 unit, so lone surrogates can be written.
// Without a "--" line every line is a rule and the whole input is also the text.
namespace {
using Rule = KeywordMatcher::Rule;
using Span = KeywordMatcher::Span;
constexpr int kMaxRules = 8;

QString unescaped(const QString &s)
{
    static const QRegularExpression unit(u"\\\\u([0-9A-Fa-f]{4})"_s);
    if (!s.contains(u"\\u"_s))
        return s;
    QString out;
    qsizetype last = 0;
    for (auto it = unit.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        out += QChar(char16_t(m.capturedView(1).toUShort(nullptr, 16)));
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    return out;
}

Rule parseRule(const QString &line, int index)
{
    Rule r;
    r.id = QString::number(index);
    const QStringList parts = line.split(u':');
    if (parts.size() < 4) {
        r.pattern = unescaped(line);
        return r;
    }
    const QString kind = parts.at(0).trimmed();
    r.kind = kind.startsWith(u'w') ? KeywordMatcher::Kind::Word
           : kind.startsWith(u'r') ? KeywordMatcher::Kind::Regex : KeywordMatcher::Kind::Phrase;
    r.boards = parts.at(1).split(u',', Qt::SkipEmptyParts);
    r.kinds = parts.at(2).split(u',', Qt::SkipEmptyParts);
    r.pattern = unescaped(QStringList(parts.mid(3)).join(u':'));
    return r;
}

// For messages: control characters and surrogates as \uXXXX.
QString visible(QStringView s)
{
    QString out;
    for (const QChar c : s)
        out += c.unicode() < 0x20 || c.isSurrogate() ? u"\\u%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0')) : QString(c);
    return out;
}

bool isAsciiWordChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
}
} // namespace

FuzzBodies::Outcome FuzzBodies::keywords(const QByteArray &data)
{
    Outcome out;
    const QString input = QString::fromUtf8(data);
    QList<Rule> rules;
    QString text = unescaped(input);
    QString board, kind;
    qsizetype pos = 0;
    while (pos <= input.size()) {
        qsizetype eol = input.indexOf(u'\n', pos);
        if (eol < 0)
            eol = input.size();
        const QString line = input.mid(pos, eol - pos);
        pos = eol + 1;
        if (line.startsWith(u"--"_s)) {
            const QStringList scope = line.mid(2).split(u':');
            board = scope.value(0).trimmed();
            kind = scope.value(1).trimmed();
            text = unescaped(input.mid(pos));
            break;
        }
        if (!line.isEmpty() && rules.size() < kMaxRules)
            rules << parseRule(line, int(rules.size()));
    }

    const KeywordMatcher matcher(rules);
    bool allValid = true;
    for (int i = 0; i < rules.size(); ++i) {
        const Rule &r = rules.at(i);
        const QString error = KeywordMatcher::validate(r);
        const QString at = u"rule %1: "_s.arg(i);
        out.check(error == matcher.error(i), at + u"validate() and the matcher disagree"_s);
        out.check(matcher.isValid(i) == error.isEmpty(), at + u"isValid() and error() disagree"_s);
        allValid = allValid && error.isEmpty();
        const QString trimmed = r.pattern.trimmed();
        const qsizetype length = r.kind == KeywordMatcher::Kind::Regex ? r.pattern.size() : trimmed.size();
        if (trimmed.isEmpty() || length > KeywordMatcher::MaxPatternLength)
            out.check(!error.isEmpty(), at + u"an empty or too long pattern compiles"_s);
        if (r.kind == KeywordMatcher::Kind::Regex && r.pattern.startsWith(u"(*"_s))
            out.check(!error.isEmpty(), at + u"a (* setting at the start compiles"_s);
        // A word or a phrase is text, not syntax: it always compiles (PCRE2 refuses only
        // malformed UTF-16).
        if (r.kind != KeywordMatcher::Kind::Regex && !trimmed.isEmpty() && length <= KeywordMatcher::MaxPatternLength
            && !hasLoneSurrogate(r.pattern))
            out.check(error.isEmpty(), at + u"a word or phrase does not compile: "_s + error);
    }
    out.tags << (allValid ? u"valid"_s : u"invalid"_s);

    const qsizetype limit = qMin(text.size(), KeywordMatcher::MaxTextLength);
    QString subject = text;
    for (qsizetype i = 0; i < subject.size(); ++i) {
        if (subject.at(i).isHighSurrogate() && i + 1 < subject.size() && subject.at(i + 1).isLowSurrogate())
            ++i;
        else if (subject.at(i).isSurrogate())
            subject[i] = QChar(QChar::ReplacementCharacter);
    }
    const QList<Span> spans = matcher.match(text, board, kind);
    out.tags << (spans.isEmpty() ? u"nomatch"_s : u"match"_s);
    out.check(spans.size() <= KeywordMatcher::MaxSpans, u"more than MaxSpans spans"_s);
    for (qsizetype s = 0; s < spans.size(); ++s) {
        const Span &span = spans.at(s);
        const QString at = u"span %1 (%2+%3, rule %4): "_s.arg(s).arg(span.start).arg(span.length).arg(span.rule);
        out.check(span.start >= 0 && span.length > 0 && span.start + span.length <= limit, at + u"outside the text"_s);
        out.check(matcher.isValid(span.rule), at + u"from an invalid rule"_s);
        out.check(matcher.appliesTo(span.rule, board, kind), at + u"from a rule out of scope"_s);
        if (s > 0) {
            const Span &prev = spans.at(s - 1);
            out.check(prev.start < span.start || (prev.start == span.start && prev.length >= span.length),
                      at + u"not sorted by start"_s);
        }
        if (!out.failures.isEmpty())
            return out;
        const Rule &r = rules.at(span.rule);
        const QString pattern = r.pattern.trimmed();
        static const QRegularExpression space(u"\\s"_s);
        if (r.kind == KeywordMatcher::Kind::Regex || pattern.contains(space) || hasLoneSurrogate(pattern))
            continue;
        // A word or a phrase without spaces matches itself, in any case (in the text as
        // the matcher sees it: lone surrogates are U+FFFD there).
        const QStringView found = QStringView(subject).mid(span.start, span.length);
        out.check(found.compare(pattern, Qt::CaseInsensitive) == 0,
                  at + u"matched \"%1\" for the pattern \"%2\""_s.arg(visible(found), visible(pattern)));
        if (r.kind == KeywordMatcher::Kind::Word) {
            // Whole words: an ASCII letter or digit at the pattern's edge is never continued.
            if (isAsciiWordChar(pattern.front()) && span.start > 0)
                out.check(!isAsciiWordChar(subject.at(span.start - 1)), at + u"a word matched inside a word (start)"_s);
            const qsizetype end = span.start + span.length;
            if (isAsciiWordChar(pattern.back()) && end < limit)
                out.check(!isAsciiWordChar(subject.at(end)), at + u"a word matched inside a word (end)"_s);
        }
    }

    // merged(): the same characters, as disjoint, non-touching spans in order.
    const QList<Span> merged = KeywordMatcher::merged(spans);
    QList<bool> before(limit + 1, false), after(limit + 1, false);
    for (const Span &s : spans)
        std::fill(before.begin() + s.start, before.begin() + s.start + s.length, true);
    for (qsizetype m = 0; m < merged.size(); ++m) {
        const Span &s = merged.at(m);
        out.check(s.length > 0 && s.start >= 0 && s.start + s.length <= limit, u"merged span outside the text"_s);
        if (m > 0)
            out.check(s.start > merged.at(m - 1).start + merged.at(m - 1).length, u"merged spans overlap or touch"_s);
        if (!out.failures.isEmpty())
            return out;
        std::fill(after.begin() + s.start, after.begin() + s.start + s.length, true);
    }
    out.check(before == after, u"merged() covers other characters than the spans"_s);

    // One rule at a time, scope ignored: the global match's spans never overlap, and
    // matchesAny() agrees with matchRule() when neither call ran long enough for the
    // 200 ms budget to cut it short (a busy machine may stall either one).
    for (int i = 0; i < rules.size(); ++i) {
        QElapsedTimer timer;
        timer.start();
        const QList<Span> own = matcher.matchRule(i, text);
        const qint64 ruleMs = timer.restart();
        const bool any = matcher.matchesAny(i, text);
        const bool uncut = ruleMs < 150 && timer.elapsed() < 150;
        for (qsizetype s = 0; s < own.size(); ++s) {
            out.check(own.at(s).rule == i && own.at(s).length > 0, u"matchRule(%1) span of another rule"_s.arg(i));
            if (s > 0)
                out.check(own.at(s).start >= own.at(s - 1).start + own.at(s - 1).length,
                          u"matchRule(%1) spans overlap"_s.arg(i));
        }
        if (uncut)
            out.check(any == !own.isEmpty(), u"matchesAny(%1) and matchRule() disagree"_s.arg(i));
    }
    return out;
}
