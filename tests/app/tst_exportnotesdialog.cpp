#include "dialogs/exportnotesdialog.h"
#include "exchange/notesfilereader.h"
#include "settings/appsettings.h"
#include "sharingfixtures.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

namespace {

// Clicks a check or radio button on its indicator: a click in the middle of a
// wide button misses the part that reacts.
void clickButton(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

} // namespace

class TestExportNotesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void exportsChosenProgramsPrivateByDefault()
    {
        Settings::sharingAuthor.remove();
        test::TempDatabase temp;
        using K = NoteTarget::Kind;
        test::addOwnNote(temp.db(), K::Program, QStringLiteral("mgh-im"), QStringLiteral("mgh"));
        test::addOwnNote(temp.db(), K::Track, QStringLiteral("umass-im.primary-care"),
                         QStringLiteral("umass"));
        test::addRankingData(temp.db());

        ExportNotesDialog dialog(temp.db(), {QStringLiteral("umass-im")});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The main window's selection arrives ticked; nothing private is ticked.
        QVERIFY(dialog.chosenButton()->isChecked());
        QCOMPARE(dialog.summaryLabel()->text(),
                 QStringLiteral("1 note(s) on 1 program(s) will be shared. Give your name to "
                                "export."));
        for (QCheckBox *box :
             {dialog.ratingsBox(), dialog.ranksBox(), dialog.weightsBox(), dialog.listsBox()})
            QVERIFY(!box->isChecked());
        // Without a name there is no export.
        QVERIFY(dialog.authorEdit()->text().isEmpty());
        QVERIFY(!dialog.exportButton()->isEnabled());

        clickButton(dialog.allButton());
        QTRY_VERIFY(dialog.summaryLabel()->text().startsWith(
            QStringLiteral("2 note(s) on 2 program(s) will be shared.")));
        QVERIFY(!dialog.programList()->isEnabled());
        // On the list "Main": both programs have a track there.
        QVERIFY(dialog.listButton()->isEnabled());
        clickButton(dialog.listButton());
        QTRY_VERIFY(dialog.listCombo()->isEnabled());
        QCOMPARE(dialog.listCombo()->currentText(), QStringLiteral("Main"));

        clickButton(dialog.chosenButton());
        QTest::keyClicks(dialog.authorEdit(), QStringLiteral("Alex Kim"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared"));
        dialog.setOutputPath(path);
        QTRY_VERIFY(dialog.exportButton()->isEnabled());
        QSignalSpy exported(&dialog, &ExportNotesDialog::exported);
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(exported.size(), 1);

        // The suffix is added, the name remembered, nothing private written.
        auto file = NotesFileReader::readFile(path + QStringLiteral(".rwnotes"));
        QVERIFY2(file.ok(), test::why(file).constData());
        QCOMPARE(file->items.size(), 1);
        QCOMPARE(file->items.at(0).body, QStringLiteral("umass"));
        QCOMPARE(file->exportedBy, QStringLiteral("Alex Kim"));
        QVERIFY(!file->hasPrivateParts());
        QCOMPARE(Settings::sharingAuthor.get(), QStringLiteral("Alex Kim"));
    }

    void includesWhatIsTicked()
    {
        Settings::sharingAuthor.set(QStringLiteral("Alex"));
        test::TempDatabase temp;
        test::addOwnNote(temp.db(), NoteTarget::Kind::Program, QStringLiteral("mgh-im"),
                         QStringLiteral("mgh"));
        test::addRankingData(temp.db());
        ExportNotesDialog dialog(temp.db(), {});
        QVERIFY(dialog.allButton()->isChecked());
        QCOMPARE(dialog.authorEdit()->text(), QStringLiteral("Alex"));
        dialog.ratingsBox()->setChecked(true);
        dialog.ranksBox()->setChecked(true);
        QTemporaryDir dir;
        dialog.setOutputPath(dir.filePath(QStringLiteral("x.rwnotes")));
        // Enter exports.
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.authorEdit()->setFocus();
        QTRY_VERIFY(dialog.exportButton()->isEnabled());
        QTest::keyClick(dialog.authorEdit(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto file = NotesFileReader::readFile(dir.filePath(QStringLiteral("x.rwnotes")));
        QVERIFY(file.ok());
        QCOMPARE(file->ratings.size(), 2);
        QCOMPARE(file->lists.size(), 1);
        QVERIFY(file->criteria.isEmpty());
    }

    void refusesABadName()
    {
        test::TempDatabase temp;
        ExportNotesDialog dialog(temp.db(), {});
        dialog.authorEdit()->setText(QStringLiteral("Eve\u202E"));
        QTRY_VERIFY(!dialog.exportButton()->isEnabled());
    }
};

QTEST_MAIN(TestExportNotesDialog)
#include "tst_exportnotesdialog.moc"
