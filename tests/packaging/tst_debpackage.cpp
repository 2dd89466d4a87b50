// The Debian package as a user gets it: cpack builds the .deb from this build tree, the
// test reads its control fields and file list, unpacks it into a scratch root with
// `dpkg -x` (no root, no system changes) and runs the packaged binaries from there.
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, const QString &workDir = {}, int timeoutMs = 480000)
{
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

const QString appId = u"app.steward.Steward"_s;
} // namespace

class tst_DebPackage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void controlFields();
    void fileList();
    void packagedBinariesRun();
    void desktopEntryAndMetadataValidate();

private:
    QTemporaryDir m_work;
    QString m_deb;
    QString m_root;
};

void tst_DebPackage::initTestCase()
{
    QVERIFY(m_work.isValid());
    for (const char *tool : {"dpkg-deb", "dpkg-shlibdeps"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QFAIL(qPrintable(u"%1 is missing; scripts/install-deps.sh installs it (dpkg-dev)"_s.arg(QLatin1String(tool))));
    }
    const QString outDir = m_work.filePath(u"out"_s);
    const Run cpack = run(QStringLiteral(STEWARD_CPACK),
                          {u"-G"_s, u"DEB"_s, u"--config"_s, QStringLiteral(STEWARD_BINARY_DIR "/CPackConfig.cmake"),
                           u"-B"_s, outDir});
    QVERIFY2(cpack.exitCode == 0, QByteArray(cpack.out + cpack.err).constData());
    const QStringList debs = QDir(outDir).entryList({u"*.deb"_s}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = QDir(outDir).filePath(debs.constFirst());
    QVERIFY2(debs.constFirst().startsWith(u"steward_" STEWARD_PROJECT_VERSION ""_s), qPrintable(debs.constFirst()));

    m_root = m_work.filePath(u"root"_s);
    const Run unpack = run(u"dpkg"_s, {u"-x"_s, m_deb, m_root});
    QVERIFY2(unpack.exitCode == 0, unpack.err.constData());
}

void tst_DebPackage::controlFields()
{
    const Run fields = run(u"dpkg-deb"_s, {u"-f"_s, m_deb, u"Package"_s, u"Version"_s, u"Architecture"_s, u"Depends"_s});
    QCOMPARE(fields.exitCode, 0);
    const QString text = QString::fromUtf8(fields.out);
    QVERIFY2(text.contains(u"Package: steward\n"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Version: " STEWARD_PROJECT_VERSION ""_s), qPrintable(text));
    QVERIFY2(text.contains(u"Architecture: amd64"_s) || text.contains(u"Architecture: arm64"_s), qPrintable(text));
    // From dpkg-shlibdeps (the linked Qt and SQLite libraries) and from the plug-ins list.
    for (const QString &dep : {u"libqt6widgets6"_s, u"libqt6sql6"_s, u"libsqlite3-0"_s, u"libqt6sql6-sqlite"_s,
                               u"libqt6svg6"_s, u"qt6-translations-l10n"_s, u"fonts-wqy-microhei"_s})
        QVERIFY2(text.contains(dep), qPrintable(u"Depends lacks %1:\n%2"_s.arg(dep, text)));
}

void tst_DebPackage::fileList()
{
    for (const QString &path : {u"/usr/bin/steward"_s, u"/usr/bin/steward-platform"_s,
                                u"/usr/share/applications/%1.desktop"_s.arg(appId),
                                u"/usr/share/icons/hicolor/scalable/apps/%1.svg"_s.arg(appId),
                                u"/usr/share/metainfo/%1.metainfo.xml"_s.arg(appId),
                                u"/usr/share/doc/steward/README.md"_s}) {
        const QFileInfo info(m_root + path);
        QVERIFY2(info.exists() && info.size() > 0, qPrintable(path));
    }
    QVERIFY(QFileInfo(m_root + u"/usr/bin/steward"_s).isExecutable());
    // Nothing from the build machine's paths and no test programs in the package.
    const Run list = run(u"dpkg-deb"_s, {u"-c"_s, m_deb});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(!list.out.contains("tst_"));
    QVERIFY(!list.out.contains("/work/"));
}

void tst_DebPackage::packagedBinariesRun()
{
    const Run version = run(m_root + u"/usr/bin/steward"_s, {u"--version"_s}, {}, 60000);
    QVERIFY2(version.exitCode == 0, version.err.constData());
    QVERIFY2(version.out.contains(STEWARD_PROJECT_VERSION), version.out.constData());

    const Run help = run(m_root + u"/usr/bin/steward-platform"_s, {u"--help"_s}, {}, 60000);
    QVERIFY2(help.exitCode == 0, help.err.constData());
    QVERIFY(help.out.contains("--seed"));
}

void tst_DebPackage::desktopEntryAndMetadataValidate()
{
    const QString desktop = m_root + u"/usr/share/applications/%1.desktop"_s.arg(appId);
    const Run d = run(u"desktop-file-validate"_s, {desktop}, {}, 60000);
    QVERIFY2(d.exitCode == 0 && d.out.trimmed().isEmpty(), QByteArray(d.out + d.err).constData());

    const QString meta = m_root + u"/usr/share/metainfo/%1.metainfo.xml"_s.arg(appId);
    const Run a = run(u"appstreamcli"_s, {u"validate"_s, u"--no-net"_s, meta}, {}, 60000);
    QVERIFY2(a.exitCode == 0, QByteArray(a.out + a.err).constData());
}

QTEST_GUILESS_MAIN(tst_DebPackage)
#include "tst_debpackage.moc"
