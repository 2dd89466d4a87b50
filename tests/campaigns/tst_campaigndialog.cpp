#include "campaigndialog.h"
#include "campaignfixture.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using F = CampaignValidator::Field;

// The create/edit dialog: every field round-trips, and problems show at their fields
// (switching to their page) instead of closing the dialog.
class tst_CampaignDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void errorsAtTheFields();
};

void tst_CampaignDialog::roundTrip()
{
    const Campaign original = CampaignFixture::sample().at(0);
    CampaignDialog dialog(original, false, {u"manager"_s, u"chen"_s});
    const Campaign same = dialog.campaign();
    QVERIFY(Campaign::changedFields(original, same).isEmpty());

    dialog.findChild<QLineEdit *>(u"campaignName"_s)->setText(u"Python 挑战赛 2026"_s);
    dialog.findChild<QRadioButton *>(u"campaignOffline"_s)->setChecked(true);
    dialog.findChild<QLineEdit *>(u"campaignPlace"_s)->setText(u"上海·徐汇"_s);
    auto *target = dialog.findChild<QComboBox *>(u"campaignTarget"_s);
    target->setCurrentIndex(target->findData(u"segment:at_risk"_s));
    dialog.findChild<QDoubleSpinBox *>(u"campaignCost"_s)->setValue(9000);
    const Campaign edited = dialog.campaign();
    QCOMPARE(edited.name, u"Python 挑战赛 2026"_s);
    QCOMPARE(edited.mode, u"offline"_s);
    QCOMPARE(edited.place, u"上海·徐汇"_s);
    QCOMPARE(edited.targetSegment, u"at_risk"_s);
    QVERIFY(edited.targetTier.isEmpty());
    QCOMPARE(edited.variants, original.variants);
    QCOMPARE(Campaign::changedFields(original, edited).keys(),
             (QStringList{u"cost"_s, u"mode"_s, u"name"_s, u"place"_s, u"target_segment"_s}));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.accept();
    QCOMPARE(accepted.size(), 1);
}

void tst_CampaignDialog::errorsAtTheFields()
{
    Campaign c;
    c.type = u"contest"_s;
    c.startDate = QDate(2026, 12, 1);
    c.endDate = QDate(2026, 12, 3);
    CampaignDialog dialog(c, true, {});
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.findChild<QRadioButton *>(u"campaignOffline"_s)->setChecked(true);
    dialog.findChild<QDateEdit *>(u"campaignEnd"_s)->setDate(QDate(2026, 11, 28));
    dialog.accept();
    QCOMPARE(accepted.size(), 0);
    QCOMPARE(dialog.errorAt(F::Name), u"Give the campaign a name."_s);
    QCOMPARE(dialog.errorAt(F::Place), u"An offline campaign needs a place."_s);
    QCOMPARE(dialog.errorAt(F::EndDate), u"The last day is before the first day."_s);
    QCOMPARE(dialog.errorAt(F::Owner), u"Name the owner (a username)."_s);
    QCOMPARE(dialog.findChild<QTabWidget *>(u"campaignDialogTabs"_s)->currentIndex(), int(CampaignDialog::PlanPage));

    // Fix the plan; a single A/B variant is still wrong, on its own page.
    dialog.findChild<QLineEdit *>(u"campaignName"_s)->setText(u"Shenzhen Career Meetup"_s);
    dialog.findChild<QLineEdit *>(u"campaignPlace"_s)->setText(u"Shenzhen · Nanshan"_s);
    dialog.findChild<QDateEdit *>(u"campaignEnd"_s)->setDate(QDate(2026, 12, 1));
    dialog.findChild<QLineEdit *>(u"campaignOwner"_s)->setText(u"chen"_s);
    auto *variants = dialog.findChild<QTableWidget *>(u"campaignVariants"_s);
    QTest::mouseClick(dialog.findChild<QWidget *>(u"addVariant"_s), Qt::LeftButton);
    QCOMPARE(variants->rowCount(), 1);
    dialog.accept();
    QCOMPARE(accepted.size(), 0);
    QVERIFY(dialog.errorAt(F::Name).isEmpty());
    QCOMPARE(dialog.errorAt(F::Variants), u"An A/B test needs at least two variants."_s);
    QCOMPARE(dialog.findChild<QTabWidget *>(u"campaignDialogTabs"_s)->currentIndex(), int(CampaignDialog::AbTestPage));

    QTest::mouseClick(dialog.findChild<QWidget *>(u"addVariant"_s), Qt::LeftButton);
    qobject_cast<QSpinBox *>(variants->cellWidget(1, 1))->setValue(100);
    qobject_cast<QSpinBox *>(variants->cellWidget(1, 2))->setValue(7);
    dialog.findChild<QGroupBox *>(u"campaignHasResults"_s)->setChecked(true);
    dialog.findChild<QSpinBox *>(u"resultParticipants"_s)->setValue(64);
    dialog.accept();
    QCOMPARE(accepted.size(), 1);
    const Campaign done = dialog.campaign();
    QCOMPARE(done.variants.size(), 2);
    QCOMPARE(done.variants.at(1), (CampaignVariant{u"B"_s, 100, 7}));
    QVERIFY(done.results);
    QCOMPARE(done.results->participants, 64);
    QCOMPARE(done.owner, u"chen"_s);
}

QTEST_MAIN(tst_CampaignDialog)
#include "tst_campaigndialog.moc"
