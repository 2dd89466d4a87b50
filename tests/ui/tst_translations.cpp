// The shipped translations are complete: every message of the sources is translated,
// none is left over from text that no longer exists, and placeholders survive.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
struct Problems {
    QStringList unfinished;
    QStringList vanished;
    QStringList placeholders;
    QString parseError;
};

QSet<QString> placeholdersIn(const QString &text)
{
    static const QRegularExpression re(u"%(\\d+|n)"_s);
    QSet<QString> found;
    for (const auto &m : re.globalMatch(text))
        found.insert(m.captured(0));
    return found;
}

Problems check(const QString &path)
{
    Problems problems;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems.parseError = file.errorString();
        return problems;
    }
    QXmlStreamReader xml(&file);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(u"type"_s).toString();
            const QString where = context + u": "_s + source;
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == u"vanished" || type == u"obsolete")
                problems.vanished << where;
            else if (type == u"unfinished" || text.trimmed().isEmpty())
                problems.unfinished << where;
            else if (placeholdersIn(source) != placeholdersIn(text))
                problems.placeholders << where;
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
        QTest::newRow("zh_CN") << u"zh_CN"_s;
        QTest::newRow("zh_TW") << u"zh_TW"_s;
    }

    // The .ts files as they are in the repository.
    void shipped()
    {
        QFETCH(QString, language);
        const QString path = QStringLiteral(STEWARD_SOURCE_DIR "/translations/steward_%1.ts").arg(language);
        const Problems p = check(path);
        QVERIFY2(p.parseError.isEmpty(), qPrintable(p.parseError));
        QVERIFY2(p.unfinished.isEmpty(), qPrintable(u"untranslated:\n  "_s + describe(p.unfinished)));
        QVERIFY2(p.vanished.isEmpty(), qPrintable(u"obsolete:\n  "_s + describe(p.vanished)));
        QVERIFY2(p.placeholders.isEmpty(), qPrintable(u"placeholders differ:\n  "_s + describe(p.placeholders)));
    }

    void upToDateWithSources_data() { shipped_data(); }

    // lupdate over today's sources into a copy: new text shows up as unfinished, text
    // that left the sources as vanished — so a forgotten update fails here, not in a
    // Chinese user's window.
    void upToDateWithSources()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        const QString source = QStringLiteral(STEWARD_SOURCE_DIR "/translations/steward_%1.ts").arg(language);
        const QString copy = dir.filePath(u"steward_%1.ts"_s.arg(language));
        QVERIFY(QFile::copy(source, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        const QDir root(QStringLiteral(STEWARD_SOURCE_DIR));
        lupdate.start(QStringLiteral(STEWARD_LUPDATE),
                      {u"-silent"_s, u"-locations"_s, u"none"_s, root.filePath(u"app"_s),
                       root.filePath(u"ui"_s), root.filePath(u"models"_s), u"-ts"_s, copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        const Problems p = check(copy);
        QVERIFY2(p.parseError.isEmpty(), qPrintable(p.parseError));
        QVERIFY2(p.unfinished.isEmpty(),
                 qPrintable(u"not in the .ts yet (run the update_translations target and translate):\n  "_s
                            + describe(p.unfinished)));
        QVERIFY2(p.vanished.isEmpty(), qPrintable(u"no longer in the sources:\n  "_s + describe(p.vanished)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
