#include "dialogs/programdialog.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace rw;

namespace {

QPushButton *okButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestProgramDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void validatesAsYouType()
    {
        ProgramDialog dialog(ProgramDialog::Mode::Add);
        dialog.show();
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog.problem().contains(QStringLiteral("name")));
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Lakeside IM"));
        QTest::keyClicks(dialog.institutionEdit(), QStringLiteral("Lakeside Hospital"));
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(dialog.problem().isEmpty());

        // A malformed NRMP code names the track and the expected form.
        QTest::keyClicks(dialog.trackCodeEdit(0), QStringLiteral("1234140"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog.problem().contains(QStringLiteral("Categorical")));
        QVERIFY(dialog.problem().contains(QStringLiteral("four digits")));
        QTest::keyClicks(dialog.trackCodeEdit(0), QStringLiteral("c0"));
        QVERIFY(okButton(dialog)->isEnabled());

        dialog.addTrackRow();
        QCOMPARE(dialog.trackCount(), 2);
        QVERIFY(!okButton(dialog)->isEnabled()); // the new track has no name
        QTest::keyClicks(dialog.trackNameEdit(1), QStringLiteral("categorical"));
        QVERIFY(dialog.problem().contains(QStringLiteral("twice")));
        dialog.trackNameEdit(1)->setText(QStringLiteral("Primary Care"));
        dialog.trackTypeBox(1)->setCurrentIndex(
            dialog.trackTypeBox(1)->findData(QStringLiteral("primary-care")));
        QVERIFY(okButton(dialog)->isEnabled());

        const Program program = dialog.program();
        QCOMPARE(program.name, QStringLiteral("Lakeside IM"));
        QCOMPARE(program.specialty, QStringLiteral("Internal Medicine"));
        QCOMPARE(program.tracks.size(), 2);
        QCOMPARE(program.tracks.at(0).nrmpCode, QStringLiteral("1234140c0"));
        QCOMPARE(program.tracks.at(1).type, TrackType::PrimaryCare);
    }

    void refusalKeepsTheDialogOpen()
    {
        ProgramDialog dialog(ProgramDialog::Mode::Add);
        dialog.show();
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("X"));
        QTest::keyClicks(dialog.institutionEdit(), QStringLiteral("Y"));
        int calls = 0;
        dialog.setApply([&](const Program &) -> Status {
            ++calls;
            return Error::conflict(QStringLiteral("The NRMP code 1234140C0 already belongs to "
                                                  "the track “mgh-im.categorical”."));
        });
        okButton(dialog)->click();
        QCOMPARE(calls, 1);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.problem().contains(QStringLiteral("already belongs")));
        // Changing anything re-validates and lets the user try again.
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("2"));
        QVERIFY(okButton(dialog)->isEnabled());
        dialog.setApply([&](const Program &) -> Status { return {}; });
        okButton(dialog)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void editKeepsWhatTheFormDoesNotShow()
    {
        Program program;
        program.key = QStringLiteral("my-x");
        program.name = QStringLiteral("X");
        program.institutionName = QStringLiteral("Y");
        program.ambulatoryMonths = {10, 12};
        Track track;
        track.key = QStringLiteral("my-x.categorical");
        track.name = QStringLiteral("Categorical");
        program.tracks = {track};
        ProgramDialog dialog(ProgramDialog::Mode::Edit);
        dialog.setProgram(program);
        QCOMPARE(dialog.trackCount(), 0); // tracks are edited one by one
        dialog.nameEdit()->setText(QStringLiteral("X renamed"));
        const Program edited = dialog.program();
        QCOMPARE(edited.key, program.key);
        QCOMPARE(edited.name, QStringLiteral("X renamed"));
        QCOMPARE(edited.ambulatoryMonths, program.ambulatoryMonths);
        QCOMPARE(edited.tracks.size(), 1);
    }
};

QTEST_MAIN(TestProgramDialog)
#include "tst_programdialog.moc"
