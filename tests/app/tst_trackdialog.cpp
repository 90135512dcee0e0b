#include "dialogs/trackdialog.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace rw;

class TestTrackDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void checksTheNrmpCode()
    {
        TrackDialog dialog(QStringLiteral("Lakeside"), true);
        dialog.show();
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Preliminary"));
        QVERIFY(ok->isEnabled());
        QTest::keyClicks(dialog.codeEdit(), QStringLiteral("12341400"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.problem().contains(QStringLiteral("“12341400”")));
        dialog.codeEdit()->setText(QStringLiteral("1234140p1"));
        QVERIFY(ok->isEnabled());
        dialog.typeBox()->setCurrentIndex(
            dialog.typeBox()->findData(QStringLiteral("preliminary")));
        const Track track = dialog.track();
        QCOMPARE(track.nrmpCode, QStringLiteral("1234140P1"));
        QCOMPARE(track.type, TrackType::Preliminary);
    }

    void editsKeepTheKey()
    {
        Track track;
        track.key = QStringLiteral("my-x.prelim");
        track.name = QStringLiteral("Prelim");
        track.type = TrackType::Preliminary;
        track.positions = 4;
        TrackDialog dialog(QStringLiteral("X"), false);
        dialog.setTrack(track);
        QCOMPARE(dialog.typeBox()->currentData().toString(), QStringLiteral("preliminary"));
        QCOMPARE(dialog.track().key, track.key);
        QCOMPARE(dialog.track().positions, 4);
    }
};

QTEST_MAIN(TestTrackDialog)
#include "tst_trackdialog.moc"
