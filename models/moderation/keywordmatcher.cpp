#include "keywordmatcher.h"

#include "fulltext.h"

#include <QDeadlineTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// PCRE2's own limits, lowered for every rule: a runaway match stops with "no match"
// after this much work instead of the library defaults (10,000,000 steps).
const QString kLimits = u"(*LIMIT_MATCH=1000000)(*LIMIT_DEPTH=5000)(*LIMIT_HEAP=20000)"_s;
// Every call to PCRE2 is bounded by the limits above; these bound the number of calls
// (empty matches advance one position at a time) and the time of one match().
constexpr int kMaxIterations = 20'000;
constexpr int kTimeBudgetMs = 200;
const QString kCjkClass = u"[\\p{Han}\\p{Hiragana}\\p{Katakana}\\p{Hangul}\\p{Bopomofo}]"_s;
constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// A Latin (non-CJK) letter or digit at the pattern's edge needs a word boundary there.
bool needsBoundary(QStringView pattern, bool atStart)
{
    if (pattern.isEmpty())
        return false;
    const QList<uint> ucs = (atStart ? pattern.left(2) : pattern.right(2)).toUcs4();
    if (ucs.isEmpty())
        return false;
    const char32_t ch = atStart ? ucs.constFirst() : ucs.constLast();
    return !FullText::isCjk(ch) && (QChar::isLetterOrNumber(ch) || ch == U'_');
}

// QRegularExpression::escape() writes NUL as "\0", which takes the digits after it into
// an octal escape ("\0" then "1" reads as \01): NUL is written as \x{0} here instead.
QString escaped(const QString &word)
{
    QStringList pieces = word.split(QChar(u'\0'));
    for (QString &piece : pieces)
        piece = QRegularExpression::escape(piece);
    return pieces.join(u"\\x{0}"_s);
}

// Words of the pattern escaped and joined so any run of white space matches a space.
QString literalExpression(QStringView pattern)
{
    QStringList parts;
    for (const QStringView part : pattern.split(u' ', Qt::SkipEmptyParts)) {
        // Tabs and other white space inside the pattern count as spaces too.
        QString word;
        for (const QChar c : part) {
            if (c.isSpace()) {
                if (!word.isEmpty())
                    parts << escaped(word);
                word.clear();
            } else {
                word += c;
            }
        }
        if (!word.isEmpty())
            parts << escaped(word);
    }
    return parts.join(u"\\s+"_s);
}

// A copy that PCRE2 accepts as UTF-16: lone surrogates become U+FFFD (same length, so
// offsets stay those of the caller's text), cut at `limit` without splitting a pair.
QString sanitized(QStringView text, qsizetype limit)
{
    qsizetype n = qMin(text.size(), limit);
    if (n > 0 && n < text.size() && text.at(n - 1).isHighSurrogate())
        --n;
    QString out = text.left(n).toString();
    QChar *d = out.data();
    for (qsizetype i = 0; i < n; ++i) {
        if (d[i].isHighSurrogate() && i + 1 < n && d[i + 1].isLowSurrogate()) {
            ++i;
        } else if (d[i].isSurrogate()) {
            d[i] = QChar(QChar::ReplacementCharacter);
        }
    }
    return out;
}

bool containsCaseInsensitive(const QStringList &list, const QString &value)
{
    return std::any_of(list.cbegin(), list.cend(),
                       [&](const QString &s) { return s.compare(value, Qt::CaseInsensitive) == 0; });
}
} // namespace

KeywordMatcher::KeywordMatcher(const QList<Rule> &rules)
    : m_rules(rules)
{
    m_compiled.reserve(rules.size());
    for (const Rule &r : rules)
        m_compiled.append(compile(r));
}

KeywordMatcher::Kind KeywordMatcher::kindFrom(bool isRegex, bool wholeWord)
{
    return isRegex ? Kind::Regex : wholeWord ? Kind::Word : Kind::Phrase;
}

KeywordMatcher::Compiled KeywordMatcher::compile(const Rule &rule)
{
    Compiled c;
    const QString pattern = rule.kind == Kind::Regex ? rule.pattern : rule.pattern.trimmed();
    if (pattern.trimmed().isEmpty()) {
        c.error = tr("Enter a word, a phrase or a regular expression.");
        return c;
    }
    if (pattern.size() > MaxPatternLength) {
        c.error = tr("The pattern is %1 characters long; at most %2 are allowed.")
                      .arg(pattern.size()).arg(MaxPatternLength);
        return c;
    }
    QString expression;
    if (rule.kind == Kind::Regex) {
        // Start-of-pattern settings could raise the limits set above.
        if (pattern.startsWith(u"(*"_s)) {
            c.error = tr("Settings such as (*LIMIT_MATCH=…) at the start of an expression are not allowed.");
            return c;
        }
        expression = pattern;
    } else {
        expression = literalExpression(pattern);
        if (rule.kind == Kind::Word) {
            // A neighbouring letter or digit continues the word, unless it is CJK (no
            // spaces between words there): "qq群" is a word in "加qq群", not in "myqq群".
            if (needsBoundary(pattern, true))
                expression.prepend(u"(?<!(?!"_s + kCjkClass + u")[\\p{L}\\p{N}_])"_s);
            if (needsBoundary(pattern, false))
                expression.append(u"(?!(?!"_s + kCjkClass + u")[\\p{L}\\p{N}_])"_s);
        }
    }
    c.re = QRegularExpression(kLimits + expression, kOptions);
    if (!c.re.isValid()) {
        const qsizetype at = qMax<qsizetype>(0, c.re.patternErrorOffset() - kLimits.size());
        c.error = tr("Not a valid regular expression: %1 (at character %2).").arg(c.re.errorString()).arg(at + 1);
        c.re = QRegularExpression();
        return c;
    }
    c.re.optimize();
    return c;
}

QString KeywordMatcher::validate(const Rule &rule)
{
    return compile(rule).error;
}

QString KeywordMatcher::error(int rule) const
{
    return rule >= 0 && rule < m_compiled.size() ? m_compiled.at(rule).error : QString();
}

bool KeywordMatcher::isValid(int rule) const
{
    return rule >= 0 && rule < m_compiled.size() && m_compiled.at(rule).error.isEmpty();
}

bool KeywordMatcher::appliesTo(int rule, const QString &board, const QString &kind) const
{
    if (rule < 0 || rule >= m_rules.size())
        return false;
    const Rule &r = m_rules.at(rule);
    if (!board.isEmpty() && !r.boards.isEmpty() && !containsCaseInsensitive(r.boards, board))
        return false;
    if (!kind.isEmpty() && !r.kinds.isEmpty() && !containsCaseInsensitive(r.kinds, kind))
        return false;
    return true;
}

void KeywordMatcher::collect(int rule, QStringView text, QList<Span> &out) const
{
    if (!isValid(rule) || text.isEmpty())
        return;
    const QString subject = sanitized(text, MaxTextLength);
    const QDeadlineTimer deadline(kTimeBudgetMs);
    QRegularExpressionMatchIterator it = m_compiled.at(rule).re.globalMatch(subject);
    for (int n = 0; it.hasNext() && out.size() < MaxSpans && n < kMaxIterations && !deadline.hasExpired(); ++n) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength() > 0)
            out.append({m.capturedStart(), m.capturedLength(), rule});
    }
}

QList<KeywordMatcher::Span> KeywordMatcher::match(QStringView text, const QString &board, const QString &kind) const
{
    QList<Span> out;
    for (int i = 0; i < m_rules.size() && out.size() < MaxSpans; ++i) {
        if (appliesTo(i, board, kind))
            collect(i, text, out);
    }
    std::stable_sort(out.begin(), out.end(), [](const Span &a, const Span &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    return out;
}

QList<KeywordMatcher::Span> KeywordMatcher::matchRule(int rule, QStringView text) const
{
    QList<Span> out;
    collect(rule, text, out);
    return out;
}

bool KeywordMatcher::matchesAny(int rule, QStringView text) const
{
    if (!isValid(rule) || text.isEmpty())
        return false;
    const QString subject = sanitized(text, MaxTextLength);
    const QDeadlineTimer deadline(kTimeBudgetMs);
    QRegularExpressionMatchIterator it = m_compiled.at(rule).re.globalMatch(subject);
    for (int n = 0; it.hasNext() && n < kMaxIterations && !deadline.hasExpired(); ++n) {
        if (it.next().capturedLength() > 0)
            return true;
    }
    return false;
}

QList<KeywordMatcher::Span> KeywordMatcher::merged(QList<Span> spans)
{
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    QList<Span> out;
    for (const Span &s : std::as_const(spans)) {
        if (s.length <= 0)
            continue;
        if (!out.isEmpty() && s.start <= out.last().start + out.last().length) {
            Span &last = out.last();
            last.length = qMax(last.start + last.length, s.start + s.length) - last.start;
        } else {
            out.append(s);
        }
    }
    return out;
}
