#include "fuzzbodies.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// Every seed of tests/fuzz/corpus and every input the fuzzers once broke on
// (tests/fuzz/regressions), through the same bodies as the fuzz targets: the invariants
// must hold for each. A file named TAGS_description (TAGS joined by '+') must also come
// out as those tags, e.g. page_members.json is a snapshot page the parser accepts and
// error+GB18030 … a sheet it refuses.
class tst_FuzzRegressions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyTargetHasSeeds_data();
    void everyTargetHasSeeds();
    void inputs_data();
    void inputs();
};

namespace {
using Body = FuzzBodies::Outcome (*)(const QByteArray &);
const QList<std::pair<QString, Body>> &targets()
{
    static const QList<std::pair<QString, Body>> list = {
        {u"snapshot"_s, &FuzzBodies::snapshot}, {u"apijson"_s, &FuzzBodies::apiJson},
        {u"apierror"_s, &FuzzBodies::apiError}, {u"keywords"_s, &FuzzBodies::keywords},
        {u"csv"_s, &FuzzBodies::csv}};
    return list;
}

QString fuzzDir()
{
    return QStringLiteral(STEWARD_SOURCE_DIR "/tests/fuzz");
}
} // namespace

void tst_FuzzRegressions::everyTargetHasSeeds_data()
{
    QTest::addColumn<QString>("target");
    for (const auto &t : targets())
        QTest::newRow(qPrintable(t.first)) << t.first;
}

void tst_FuzzRegressions::everyTargetHasSeeds()
{
    QFETCH(QString, target);
    const QStringList seeds = QDir(fuzzDir() + u"/corpus/"_s + target).entryList(QDir::Files);
    QVERIFY2(seeds.size() >= 5, qPrintable(u"only %1 seeds for %2"_s.arg(seeds.size()).arg(target)));
    for (const QString &s : seeds)
        QVERIFY2(s.contains(u'_'), qPrintable(u"seed %1 does not name its expected tags"_s.arg(s)));
}

void tst_FuzzRegressions::inputs_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    for (const QString folder : {u"corpus"_s, u"regressions"_s}) {
        for (const auto &t : targets()) {
            const QDir dir(fuzzDir() + u'/' + folder + u'/' + t.first);
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
                QTest::newRow(qPrintable(folder + u'/' + t.first + u'/' + name)) << t.first << dir.filePath(name);
        }
    }
}

void tst_FuzzRegressions::inputs()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray data = file.readAll();
    Body body = nullptr;
    for (const auto &t : targets()) {
        if (t.first == target)
            body = t.second;
    }
    QVERIFY(body);
    const FuzzBodies::Outcome outcome = body(data);
    QVERIFY2(outcome.failures.isEmpty(), qPrintable(outcome.failures.join(u"; "_s)));
    const QString name = QFileInfo(path).fileName();
    if (!name.contains(u'_'))
        return;
    const QStringList expected = name.left(name.indexOf(u'_')).split(u'+');
    for (const QString &tag : expected) {
        QVERIFY2(outcome.tags.contains(tag),
                 qPrintable(u"expected %1, got %2"_s.arg(expected.join(u'+'), outcome.tags.join(u'+'))));
    }
}

QTEST_GUILESS_MAIN(tst_FuzzRegressions)
#include "tst_fuzzregressions.moc"
