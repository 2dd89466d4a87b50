#include "keywordmatcher.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

// Words, phrases and regular expressions in Chinese and English; scope; invalid
// expressions; and inputs that must never hang or crash (the fuzzer's ground).
class tst_KeywordMatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matches_data();
    void matches();
    void scopeLimitsRules();
    void invalidRegexSaysWhere();
    void spansAreSortedAndMerged();
    void catastrophicPatternGivesUp();
    void hostileInputIsSafe();
    void lengthLimits();
};

using Kind = KeywordMatcher::Kind;
Q_DECLARE_METATYPE(KeywordMatcher::Kind)

void tst_KeywordMatcher::matches_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // matched substrings, in order

    QTest::newRow("word, whole word only") << Kind::Word << u"spam"_s << u"Spam here, no spammer"_s
                                           << QStringList{u"Spam"_s};
    QTest::newRow("phrase, anywhere") << Kind::Phrase << u"spam"_s << u"Spam here, no spammer"_s
                                      << QStringList{u"Spam"_s, u"spam"_s};
    QTest::newRow("phrase, spaces match any white space") << Kind::Phrase << u"free  course download"_s
                                                         << u"get a FREE course\n download now"_s
                                                         << QStringList{u"FREE course\n download"_s};
    QTest::newRow("word, Chinese has no word boundaries") << Kind::Word << u"加微信"_s << u"请加微信abc领取"_s
                                                          << QStringList{u"加微信"_s};
    QTest::newRow("phrase, Chinese") << Kind::Phrase << u"代写"_s << u"专业代写论文，代写作业"_s
                                     << QStringList{u"代写"_s, u"代写"_s};
    QTest::newRow("word, mixed Chinese and Latin edge") << Kind::Word << u"qq群"_s << u"加qq群 123"_s
                                                       << QStringList{u"qq群"_s};
    QTest::newRow("word, Latin edge inside a longer word") << Kind::Word << u"qq群"_s << u"myqq群"_s
                                                          << QStringList{};
    QTest::newRow("regex, alternation in Chinese") << Kind::Regex << u"日赚|日結|日结"_s << u"日赚千元，日结工资"_s
                                                   << QStringList{u"日赚"_s, u"日结"_s};
    QTest::newRow("regex, short links") << Kind::Regex << u"https?://(t\\.cn|bit\\.ly)/\\w+"_s
                                        << u"see http://bit.ly/abc and https://example.com"_s
                                        << QStringList{u"http://bit.ly/abc"_s};
    QTest::newRow("regex ignores case") << Kind::Regex << u"casino\\d+"_s << u"CASINO88 online"_s
                                        << QStringList{u"CASINO88"_s};
    QTest::newRow("regex, empty matches are skipped") << Kind::Regex << u"x*"_s << u"abxxc"_s
                                                      << QStringList{u"xx"_s};
    QTest::newRow("markup is just text") << Kind::Phrase << u"<script"_s << u"<p><SCRIPT>alert(1)</script>"_s
                                         << QStringList{u"<SCRIPT"_s};
    QTest::newRow("traditional Chinese") << Kind::Phrase << u"滾出"_s << u"你給我滾出去"_s << QStringList{u"滾出"_s};
}

void tst_KeywordMatcher::matches()
{
    QFETCH(Kind, kind);
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const KeywordMatcher matcher({{u"r1"_s, kind, pattern, {}, {}, u"flag"_s, u"spam"_s}});
    QVERIFY2(matcher.isValid(0), qPrintable(matcher.error(0)));
    QStringList found;
    for (const KeywordMatcher::Span &s : matcher.match(text)) {
        QCOMPARE(s.rule, 0);
        found << text.mid(s.start, s.length);
    }
    QCOMPARE(found, expected);
    QCOMPARE(matcher.matchesAny(0, text), !expected.isEmpty());
}

void tst_KeywordMatcher::scopeLimitsRules()
{
    const KeywordMatcher matcher({{u"a"_s, Kind::Phrase, u"广告"_s, {u"Python"_s}, {}, u"flag"_s, {}},
                                  {u"b"_s, Kind::Phrase, u"广告"_s, {}, {u"comment"_s}, u"hold"_s, {}},
                                  {u"c"_s, Kind::Phrase, u"广告"_s, {}, {}, u"suggest_mute"_s, {}}});
    const QString text = u"这是广告"_s;
    const auto rulesOf = [&](const QString &board, const QString &kind) {
        QList<int> rules;
        for (const auto &s : matcher.match(text, board, kind))
            rules << s.rule;
        std::sort(rules.begin(), rules.end());
        return rules;
    };
    QCOMPARE(rulesOf(u"python"_s, u"post"_s), (QList<int>{0, 2}));   // board names ignore case
    QCOMPARE(rulesOf(u"Career"_s, u"comment"_s), (QList<int>{1, 2}));
    QCOMPARE(rulesOf(u"Career"_s, u"post"_s), (QList<int>{2}));
    QCOMPARE(rulesOf(QString(), QString()), (QList<int>{0, 1, 2})); // no scope given: every rule
}

void tst_KeywordMatcher::invalidRegexSaysWhere()
{
    const KeywordMatcher::Rule bad{u"x"_s, Kind::Regex, u"free (course"_s, {}, {}, u"flag"_s, {}};
    const QString error = KeywordMatcher::validate(bad);
    QVERIFY(error.startsWith(u"Not a valid regular expression"_s));
    QVERIFY2(error.contains(u"character 13"_s), qPrintable(error)); // the end, where ")" is missing
    const KeywordMatcher matcher({bad});
    QVERIFY(!matcher.isValid(0));
    QVERIFY(matcher.match(u"free (course"_s).isEmpty());

    // The same text as a phrase is fine: brackets are literal there.
    QVERIFY(KeywordMatcher::validate({u"x"_s, Kind::Phrase, u"free (course"_s, {}, {}, u"flag"_s, {}}).isEmpty());
    QVERIFY(!KeywordMatcher::validate({u"x"_s, Kind::Phrase, u"   "_s, {}, {}, u"flag"_s, {}}).isEmpty());
    QVERIFY(KeywordMatcher::validate({u"x"_s, Kind::Regex, u"(*LIMIT_MATCH=99999999)a"_s, {}, {}, u"flag"_s, {}})
                .contains(u"not allowed"_s));
}

void tst_KeywordMatcher::spansAreSortedAndMerged()
{
    const KeywordMatcher matcher({{u"1"_s, Kind::Phrase, u"免费领取"_s, {}, {}, u"flag"_s, {}},
                                  {u"2"_s, Kind::Phrase, u"领取优惠"_s, {}, {}, u"flag"_s, {}},
                                  {u"3"_s, Kind::Word, u"coupon"_s, {}, {}, u"flag"_s, {}}});
    const QString text = u"免费领取优惠券 coupon"_s;
    const auto spans = matcher.match(text);
    QCOMPARE(spans.size(), 3);
    QCOMPARE(spans.at(0).start, 0);
    QCOMPARE(spans.at(1).start, 2);
    const auto merged = KeywordMatcher::merged(spans);
    QCOMPARE(merged.size(), 2);
    QCOMPARE(text.mid(merged.at(0).start, merged.at(0).length), u"免费领取优惠"_s);
    QCOMPARE(text.mid(merged.at(1).start, merged.at(1).length), u"coupon"_s);
}

void tst_KeywordMatcher::catastrophicPatternGivesUp()
{
    const KeywordMatcher matcher({{u"evil"_s, Kind::Regex, u"(a+)+$"_s, {}, {}, u"flag"_s, {}},
                                  {u"evil2"_s, Kind::Regex, u"(x|x|xx)*y"_s, {}, {}, u"flag"_s, {}}});
    QVERIFY(matcher.isValid(0));
    const QString text = QString(40, u'a') + u'!' + QString(5000, u'x');
    QElapsedTimer timer;
    timer.start();
    const auto spans = matcher.match(text);
    // Without the limits this takes longer than the universe has left.
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(spans.isEmpty());
}

void tst_KeywordMatcher::hostileInputIsSafe()
{
    QString lone;
    lone += QChar(0xD800);        // a lone high surrogate
    lone += u"加微信"_s;
    lone += QChar(0xDC00);        // a lone low surrogate
    lone += QChar(0);
    lone += u"加微信"_s;
    const KeywordMatcher matcher({{u"1"_s, Kind::Phrase, u"加微信"_s, {}, {}, u"flag"_s, {}},
                                  {u"2"_s, Kind::Regex, u"\\x{FFFD}"_s, {}, {}, u"flag"_s, {}}});
    const auto spans = matcher.match(lone);
    int rule0 = 0;
    for (const auto &s : spans) {
        QVERIFY(s.start >= 0 && s.start + s.length <= lone.size());
        rule0 += s.rule == 0;
    }
    QCOMPARE(rule0, 2); // the surrogates do not stop the other matches
    QCOMPARE(spans.size(), 4); // and each lone one reads as U+FFFD, at its own offset
    // Empty text, empty rule list, out-of-range rule indexes.
    QVERIFY(matcher.match(QString()).isEmpty());
    QVERIFY(KeywordMatcher().match(u"anything"_s).isEmpty());
    QVERIFY(matcher.matchRule(7, u"加微信"_s).isEmpty());
    QVERIFY(!matcher.appliesTo(-1, {}, {}));
    // A text cut in the middle of a surrogate pair at the length limit.
    QString longText(KeywordMatcher::MaxTextLength - 1, u'a');
    longText += QString::fromUcs4(U"\U0001F600");
    const KeywordMatcher letters({{u"3"_s, Kind::Regex, u"a+$"_s, {}, {}, u"flag"_s, {}}});
    const auto cut = letters.match(longText);
    QCOMPARE(cut.size(), 1);
    QCOMPARE(cut.first().length, KeywordMatcher::MaxTextLength - 1);
}

void tst_KeywordMatcher::lengthLimits()
{
    const QString longPattern(KeywordMatcher::MaxPatternLength + 1, u'a');
    QVERIFY(KeywordMatcher::validate({u"x"_s, Kind::Phrase, longPattern, {}, {}, u"flag"_s, {}}).contains(u"at most"_s));
    const KeywordMatcher matcher({{u"1"_s, Kind::Regex, u"a"_s, {}, {}, u"flag"_s, {}}});
    const auto spans = matcher.match(QString(KeywordMatcher::MaxTextLength * 2, u'a'));
    QCOMPARE(spans.size(), KeywordMatcher::MaxSpans);
}

QTEST_GUILESS_MAIN(tst_KeywordMatcher)
#include "tst_keywordmatcher.moc"
