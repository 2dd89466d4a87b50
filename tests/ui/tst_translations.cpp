// The shipped translations are complete: every message of the sources is translated,
// none is left over from text that no longer exists, and placeholders survive. English,
// the source language, ships a catalogue of plural forms only: every message that counts
// something has its singular and plural form there, never "(s)".

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
struct Problems {
    QStringList unfinished;
    QStringList vanished;
    QStringList placeholders;
    QStringList pluralForms; // numerus messages with the wrong number or kind of forms
    int numerus = 0;
    int messages = 0;
    QString parseError;
};

// %1, %n and their localized forms %L1, %Ln.
QSet<QString> placeholdersIn(const QString &text)
{
    static const QRegularExpression re(u"%L?(\\d+|n)"_s);
    QSet<QString> found;
    for (const auto &m : re.globalMatch(text))
        found.insert(m.captured(0));
    return found;
}

// pluralForms: how many forms a numerus message has in this language (English 2, Chinese 1).
Problems check(const QString &path, int pluralForms)
{
    Problems problems;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems.parseError = file.errorString();
        return problems;
    }
    QXmlStreamReader xml(&file);
    QString context, source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            ++problems.messages;
            numerus = xml.attributes().value(u"numerus"_s) == u"yes";
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(u"type"_s).toString();
            const QString where = context + u": "_s + source;
            QStringList forms;
            QString text;
            if (numerus) {
                ++problems.numerus;
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        forms << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
                text = forms.join(u'\n');
            } else {
                text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
            const bool emptyForm = std::any_of(forms.cbegin(), forms.cend(),
                                               [](const QString &f) { return f.trimmed().isEmpty(); });
            if (type == u"vanished" || type == u"obsolete")
                problems.vanished << where;
            else if (type == u"unfinished" || text.trimmed().isEmpty() || emptyForm)
                problems.unfinished << where;
            else if (std::any_of(forms.cbegin(), forms.cend(),
                                 [&](const QString &f) { return placeholdersIn(source) != placeholdersIn(f); })
                     || (!numerus && placeholdersIn(source) != placeholdersIn(text)))
                problems.placeholders << where;
            else if (numerus && (forms.size() != pluralForms || text.contains(u"(s)"_s) || text.contains(u"(es)"_s)))
                problems.pluralForms << where;
        }
    }
    if (xml.hasError())
        problems.parseError = xml.errorString();
    return problems;
}

QString describe(const QStringList &list)
{
    return list.mid(0, 20).join(u"\n  "_s) + (list.size() > 20 ? u"\n  …"_s : QString());
}
}

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shipped_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::addColumn<bool>("pluralOnly"); // English: the plural forms, nothing else
        QTest::newRow("zh_CN") << u"zh_CN"_s << 1 << false;
        QTest::newRow("zh_TW") << u"zh_TW"_s << 1 << false;
        QTest::newRow("en") << u"en"_s << 2 << true;
    }

    // The .ts files as they are in the repository.
    void shipped()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        QFETCH(bool, pluralOnly);
        const QString path = QStringLiteral(STEWARD_SOURCE_DIR "/translations/steward_%1.ts").arg(language);
        const Problems p = check(path, pluralForms);
        QVERIFY2(p.parseError.isEmpty(), qPrintable(p.parseError));
        QVERIFY2(p.unfinished.isEmpty(), qPrintable(u"untranslated:\n  "_s + describe(p.unfinished)));
        QVERIFY2(p.vanished.isEmpty(), qPrintable(u"obsolete:\n  "_s + describe(p.vanished)));
        QVERIFY2(p.placeholders.isEmpty(), qPrintable(u"placeholders differ:\n  "_s + describe(p.placeholders)));
        QVERIFY2(p.pluralForms.isEmpty(),
                 qPrintable(u"plural forms (%1 expected, no \"(s)\"):\n  "_s.arg(pluralForms) + describe(p.pluralForms)));
        // The sources count things in many messages; a catalogue without them is broken.
        QVERIFY2(p.numerus >= 20, qPrintable(u"only %1 plural messages"_s.arg(p.numerus)));
        if (pluralOnly)
            QCOMPARE(p.numerus, p.messages);
    }

    void upToDateWithSources_data() { shipped_data(); }

    // lupdate over today's sources into a copy: new text shows up as unfinished, text
    // that left the sources as vanished — so a forgotten update fails here, not in a
    // Chinese user's window.
    void upToDateWithSources()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        QFETCH(bool, pluralOnly);
        QTemporaryDir dir;
        const QString source = QStringLiteral(STEWARD_SOURCE_DIR "/translations/steward_%1.ts").arg(language);
        const QString copy = dir.filePath(u"steward_%1.ts"_s.arg(language));
        QVERIFY(QFile::copy(source, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        const QDir root(QStringLiteral(STEWARD_SOURCE_DIR));
        QStringList arguments{u"-silent"_s, u"-locations"_s, u"none"_s};
        if (pluralOnly)
            arguments << u"-pluralonly"_s;
        arguments << root.filePath(u"app"_s) << root.filePath(u"ui"_s) << root.filePath(u"models"_s) << u"-ts"_s << copy;
        lupdate.start(QStringLiteral(STEWARD_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(120000));
        const QString output = QString::fromLocal8Bit(lupdate.readAll());
        QVERIFY2(lupdate.exitCode() == 0, qPrintable(output));
        // Text lupdate saw but could not file under a context never reaches a catalogue:
        // a local tr() in a free function, or a marker inside a call named tr().
        QStringList lost;
        for (const QString &line : output.split(u'\n')) {
            if (line.contains(u"cannot be called without context"_s) || line.contains(u"Discarding unconsumed meta data"_s))
                lost << line.trimmed();
        }
        QVERIFY2(lost.isEmpty(), qPrintable(u"text lupdate cannot file, so never translated:\n  "_s + lost.join(u"\n  "_s)));
        const Problems p = check(copy, pluralForms);
        QVERIFY2(p.parseError.isEmpty(), qPrintable(p.parseError));
        QVERIFY2(p.unfinished.isEmpty(),
                 qPrintable(u"not in the .ts yet (run the update_translations target and translate):\n  "_s
                            + describe(p.unfinished)));
        QVERIFY2(p.vanished.isEmpty(), qPrintable(u"no longer in the sources:\n  "_s + describe(p.vanished)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
