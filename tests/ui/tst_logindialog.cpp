// The login dialog validates before it sends anything and shows the server's own words
// when it refuses; against the real reference server.

#include "cachefixture.h"
#include "logindialog.h"
#include "testserver.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLoginDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_cache = std::make_unique<CacheFixture>();
        QVERIFY(m_cache->open());
    }

    void cleanup() { m_cache.reset(); }

    void validation_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("insecure");
        QTest::addColumn<QString>("expected"); // a part of the message; empty: valid

        QTest::newRow("no server") << QString() << u"lin"_s << u"pw"_s << false << u"server URL"_s;
        QTest::newRow("ftp") << u"ftp://example.com"_s << u"lin"_s << u"pw"_s << false << u"https://"_s;
        QTest::newRow("plain http remote") << u"http://example.com"_s << u"lin"_s << u"pw"_s << false
                                           << u"unencrypted"_s;
        QTest::newRow("plain http remote on purpose") << u"http://example.com"_s << u"lin"_s << u"pw"_s
                                                      << true << QString();
        QTest::newRow("plain http loopback") << u"http://127.0.0.1:8080"_s << u"lin"_s << u"pw"_s << false
                                             << QString();
        QTest::newRow("localhost") << u"http://localhost:8080"_s << u"lin"_s << u"pw"_s << false << QString();
        QTest::newRow("https") << u"https://community.example.com"_s << u"lin"_s << u"pw"_s << false << QString();
        QTest::newRow("no user") << u"https://community.example.com"_s << QString() << u"pw"_s << false
                                 << u"username"_s;
        QTest::newRow("no password") << u"https://community.example.com"_s << u"lin"_s << QString() << false
                                     << u"password"_s;
    }

    void validation()
    {
        QFETCH(QString, server);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(bool, insecure);
        QFETCH(QString, expected);
        LoginDialog dialog(m_cache->account());
        dialog.findChild<QLineEdit *>(u"serverEdit"_s)->setText(server);
        dialog.findChild<QLineEdit *>(u"usernameEdit"_s)->setText(user);
        dialog.findChild<QLineEdit *>(u"passwordEdit"_s)->setText(password);
        dialog.findChild<QCheckBox *>(u"insecureCheck"_s)->setChecked(insecure);
        const QString problem = dialog.validationError();
        if (expected.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(expected), qPrintable(problem));

        if (!expected.isEmpty()) {
            // Pressing Log in shows the problem and sends nothing.
            dialog.show();
            QTest::mouseClick(dialog.findChild<QPushButton *>(u"loginOkButton"_s), Qt::LeftButton);
            QCOMPARE(dialog.errorText(), problem);
            QVERIFY(!m_cache->account()->isBusy());
            QVERIFY(dialog.isVisible());
        }
    }

    void passwordIsHidden()
    {
        LoginDialog dialog(m_cache->account());
        QCOMPARE(dialog.findChild<QLineEdit *>(u"passwordEdit"_s)->echoMode(), QLineEdit::Password);
    }

    void againstTheRealServer()
    {
        TestServer server;
        const QString started = server.start({}, 50);
        QVERIFY2(started.isEmpty(), qPrintable(started));

        LoginDialog dialog(m_cache->account());
        dialog.show();
        dialog.findChild<QLineEdit *>(u"serverEdit"_s)->setText(server.url().toString());
        dialog.findChild<QLineEdit *>(u"usernameEdit"_s)->setText(u"lin"_s);
        auto *password = dialog.findChild<QLineEdit *>(u"passwordEdit"_s);
        password->setText(u"hunter2-not-it"_s);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"loginOkButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 15000);
        QVERIFY(dialog.isVisible());
        QVERIFY(!m_cache->account()->isLoggedIn());
        QVERIFY2(!dialog.errorText().contains(u"hunter2"_s), "the password must never be echoed");

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        password->setText(u"steward-demo"_s);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"loginOkButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 15000);
        QVERIFY(m_cache->account()->isLoggedIn());
        QCOMPARE(m_cache->account()->role(), u"moderator"_s);
        QVERIFY(password->text().isEmpty());
        // The profile is remembered, the password is not.
        const auto profile = m_cache->account()->profile();
        QVERIFY(profile);
        QCOMPARE(profile->username, u"lin"_s);
    }

private:
    std::unique_ptr<CacheFixture> m_cache;
};

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
