#include "dialogs/recoverydialog.h"
#include "testsupport.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace rw;

namespace {

RecoveryDialog::Candidate candidate(const QString &name, const QDateTime &created, bool usable)
{
    BackupInfo backup;
    backup.fileName = name;
    backup.path = QStringLiteral("/data/backups/") + name;
    backup.created = created;
    backup.reason = QStringLiteral("daily");
    backup.bytes = 240 * 1024;
    return {backup, usable, usable ? QString() : QStringLiteral("damaged")};
}

DatabaseHealth damagedHealth()
{
    DatabaseHealth health;
    health.verdict = DatabaseHealth::Verdict::Damaged;
    health.path = QStringLiteral("/data/<b>rankwise</b>.sqlite");
    health.message = QStringLiteral("“/data/<b>rankwise</b>.sqlite” is damaged: SQLite cannot "
                                    "read it (database disk image is malformed).");
    health.problems = {QStringLiteral("Page 12: btreeInitPage() returns error code 11")};
    return health;
}

QList<RecoveryDialog::Candidate> threeBackups()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return {candidate(QStringLiteral("newest.bak"), now, false),
            candidate(QStringLiteral("middle.bak"), now.addDays(-1), true),
            candidate(QStringLiteral("oldest.bak"), now.addDays(-5), true)};
}

} // namespace

class TestRecoveryDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void saysWhatAndWhereAsPlainText()
    {
        RecoveryDialog dialog(damagedHealth(), threeBackups());
        bool found = false;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral("/data/<b>rankwise</b>.sqlite"))) {
                QCOMPARE(label->textFormat(), Qt::PlainText);
                found = true;
            }
            if (label->text().contains(QStringLiteral("rankwise</b>.damaged-")))
                QCOMPARE(label->textFormat(), Qt::PlainText);
        }
        QVERIFY(found);
        QCOMPARE(dialog.backupList()->accessibleName(), QStringLiteral("Backups"));
    }

    void preselectsTheNewestGoodBackup()
    {
        RecoveryDialog dialog(damagedHealth(), threeBackups());
        QCOMPARE(dialog.backupList()->count(), 3);
        QCOMPARE(dialog.backupList()->currentRow(), 1);
        QVERIFY(!(dialog.backupList()->item(0)->flags() & Qt::ItemIsEnabled));
        QVERIFY(dialog.backupList()->item(0)->text().contains(QStringLiteral("damaged")));
        QVERIFY(dialog.backupList()->item(1)->text().startsWith(QStringLiteral("Yesterday")));
        QVERIFY(dialog.restoreButton()->isEnabled());
        QVERIFY(dialog.restoreButton()->isDefault());
        QCOMPARE(dialog.selectedBackup()->fileName, QStringLiteral("middle.bak"));
    }

    void keyboardChoosesAndRestores()
    {
        RecoveryDialog dialog(damagedHealth(), threeBackups());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(QApplication::focusWidget(), dialog.backupList());
        QTest::keyClick(dialog.backupList(), Qt::Key_Down);
        QCOMPARE(dialog.selectedBackup()->fileName, QStringLiteral("oldest.bak"));
        // The damaged one cannot be chosen.
        QTest::keyClick(dialog.backupList(), Qt::Key_Up);
        QTest::keyClick(dialog.backupList(), Qt::Key_Up);
        QCOMPARE(dialog.selectedBackup()->fileName, QStringLiteral("middle.bak"));
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.choice(), RecoveryDialog::Choice::Restore);
    }

    void escapeQuits()
    {
        RecoveryDialog dialog(damagedHealth(), threeBackups());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.choice(), RecoveryDialog::Choice::Quit);
    }

    void startEmpty()
    {
        RecoveryDialog dialog(damagedHealth(), threeBackups());
        dialog.show();
        dialog.startEmptyButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.choice(), RecoveryDialog::Choice::StartEmpty);
    }

    void withoutBackupsOnlyStartEmptyOrQuit()
    {
        RecoveryDialog dialog(damagedHealth(), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.backupList()->isVisible());
        QVERIFY(!dialog.restoreButton()->isEnabled());
        QVERIFY(dialog.quitButton()->isDefault());
        QVERIFY(!dialog.selectedBackup());
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.choice(), RecoveryDialog::Choice::Quit);
    }

    void allBackupsDamaged()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        RecoveryDialog dialog(damagedHealth(), {candidate(QStringLiteral("a.bak"), now, false)});
        QVERIFY(!dialog.restoreButton()->isEnabled());
        QVERIFY(!dialog.selectedBackup());
    }
};

QTEST_MAIN(TestRecoveryDialog)
#include "tst_recoverydialog.moc"
