#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>

// Keyword rules compiled into one matcher: words, phrases and regular expressions in any
// language, each limited to a scope (boards, item kinds). No widgets, no Store: it is
// called from the detail panel, from dry runs on a worker thread and from a fuzzer.
//
// Safe on any input: patterns and texts are length-limited, nothing recurses, and every
// expression carries PCRE2's own match and depth limits, so a catastrophic pattern such
// as (a+)+$ gives up (no match) instead of running for minutes.
//
// Matching is case-insensitive. A word rule matches whole words (Latin scripts; CJK
// characters have no word boundaries and match anywhere), a phrase rule matches the text
// anywhere; in both, a run of spaces in the pattern matches any run of white space.
class KeywordMatcher final
{
    Q_DECLARE_TR_FUNCTIONS(KeywordMatcher)
public:
    enum class Kind { Word, Phrase, Regex };
    struct Rule {
        QString id;
        Kind kind = Kind::Phrase;
        QString pattern;
        QStringList boards; // empty: every board
        QStringList kinds;  // post, comment, profile; empty: every kind
        QString action;     // flag, hold, suggest_mute (carried, not interpreted)
        QString label;
    };
    struct Span {
        qsizetype start = 0;  // UTF-16 offsets into the text given to match()
        qsizetype length = 0;
        int rule = -1;        // index into rules()
        bool operator==(const Span &) const = default;
    };

    static constexpr qsizetype MaxPatternLength = 500;   // the platform's limit too
    static constexpr qsizetype MaxTextLength = 100'000;  // longer texts are matched up to here
    static constexpr int MaxSpans = 2000;                // per match() call

    KeywordMatcher() = default;
    // Compiles every rule; rules that do not compile are kept (so indexes stay stable)
    // but never match, and error(i) says why.
    explicit KeywordMatcher(const QList<Rule> &rules);

    // Empty when `rule` compiles, else a sentence for the pattern field (with the
    // position of the problem for a regular expression).
    static QString validate(const Rule &rule);
    // The rule's kind and is_regex/whole_word as stored on the platform.
    static Kind kindFrom(bool isRegex, bool wholeWord);

    const QList<Rule> &rules() const { return m_rules; }
    QString error(int rule) const;
    bool isValid(int rule) const;
    bool appliesTo(int rule, const QString &board, const QString &kind) const;

    // Matches of every rule in scope (empty board/kind: every rule), sorted by start.
    // Spans of different rules may overlap; merged() joins them for highlighting.
    QList<Span> match(QStringView text, const QString &board = {}, const QString &kind = {}) const;
    // Matches of one rule, ignoring its scope.
    QList<Span> matchRule(int rule, QStringView text) const;
    bool matchesAny(int rule, QStringView text) const;
    // Overlapping or touching spans joined (rule: the first one's).
    static QList<Span> merged(QList<Span> spans);

private:
    struct Compiled {
        QRegularExpression re;
        QString error;
    };
    static Compiled compile(const Rule &rule);
    void collect(int rule, QStringView text, QList<Span> &out) const;

    QList<Rule> m_rules;
    QList<Compiled> m_compiled;
};
