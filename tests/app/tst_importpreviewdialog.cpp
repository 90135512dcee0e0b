#include "databasedump.h"
#include "dialogs/importpreviewdialog.h"
#include "exchange/notesexporter.h"
#include "models/importpreviewmodel.h"
#include "sharingfixtures.h"
#include "storage/peerrepository.h"
#include "testsupport.h"
#include "util/inerttext.h"
#include "views/sharedpartsview.h"
#include "widgets/safetextbrowser.h"
#include "workspacefixture.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>
#include <QUndoStack>

using namespace rw;

namespace {

// Clicks a check or radio button on its indicator: a click in the middle of a
// wide button misses the part that reacts.
void clickButton(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

} // namespace

namespace {

// A classmate's file: notes on two catalog programs and on a program of their
// own, plus their ratings and ranks.
QString classmateFile(const QTemporaryDir &dir)
{
    test::TempDatabase source;
    using K = NoteTarget::Kind;
    test::addOwnNote(source.db(), K::Program, QStringLiteral("mgh-im"),
                     QStringLiteral("Strong primary care\nSecond line"));
    test::addOwnNote(source.db(), K::Track, QStringLiteral("umass-im.primary-care"),
                     QStringLiteral("Friendly residents"));
    const QString own = test::addUserProgram(source.db(), QStringLiteral("Tufts Internal Medicine"),
                                             QStringLiteral("Tufts Medical Center"),
                                             {{QStringLiteral("Categorical"), {}}});
    test::addOwnNote(source.db(), K::Program, own, QStringLiteral("Not in the catalog"));
    test::addRankingData(source.db());
    ExportOptions options;
    options.author = QStringLiteral("Alex Kim");
    options.ratings = options.ranks = true;
    const QString path = dir.filePath(QStringLiteral("alex.rwnotes"));
    auto summary = NotesExporter(source.db()).exportTo(path, options);
    if (!summary)
        qFatal("export failed: %s", qPrintable(summary.message()));
    return path;
}

int countPeerNotes(Database &db)
{
    return test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM notes WHERE peer_id IS NOT NULL"))
        .toInt();
}

} // namespace

class TestImportPreviewDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void previewsThenImportsUndoably()
    {
        QTemporaryDir dir;
        const QString path = classmateFile(dir);
        test::TempWorkspace w;
        test::TempDatabase &target = w.temp;
        const QString before = test::databaseDump(target.db());
        QUndoStack &undo = *w.workspace.undoStack();
        ImportPreviewDialog dialog(&w.workspace, path);
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.isFileValid());

        // Matched and unmatched items, with the reason, before anything is written.
        QCOMPARE(dialog.model()->rowCount(), 3);
        QCOMPARE(dialog.summaryLabel()->text(),
                 QStringLiteral("2 matched · 1 not in your programs — 2 new · 0 updated · 0 "
                                "unchanged"));
        QCOMPARE(dialog.peerNameEdit()->text(), QStringLiteral("Alex Kim"));
        const QAbstractItemModel *rows = dialog.itemView()->model();
        QStringList how;
        for (int row = 0; row < rows->rowCount(); ++row)
            how.append(rows->index(row, ImportPreviewModel::HowColumn).data().toString());
        QCOMPARE(how,
                 (QStringList {QStringLiteral("Key"), QStringLiteral("Key"),
                               QStringLiteral("No match")}));
        QCOMPARE(rows->index(2, ImportPreviewModel::ChangeColumn).data().toString(),
                 QStringLiteral("Skipped"));
        QCOMPARE(test::databaseDump(target.db()), before);

        // The shared ratings and ranks are shown, for information.
        QVERIFY(dialog.sharedView());
        QVERIFY(dialog.sharedView()->topLevelItemCount() >= 2);

        // Adding unmatched programs changes the plan.
        clickButton(dialog.addUnmatchedButton());
        QCOMPARE(dialog.summaryLabel()->text(),
                 QStringLiteral("2 matched · 1 not in your programs — 3 new · 0 updated · 0 "
                                "unchanged"));
        QCOMPARE(rows->index(2, ImportPreviewModel::ChangeColumn).data().toString(),
                 QStringLiteral("New, with its program added"));

        // The filter shows only what does not match.
        dialog.showFilter()->setCurrentIndex(1);
        QCOMPARE(rows->rowCount(), 1);
        dialog.showFilter()->setCurrentIndex(0);
        QCOMPARE(rows->rowCount(), 3);

        // A bad name blocks the import; a good one re-plans.
        dialog.peerNameEdit()->selectAll();
        QTest::keyClicks(dialog.peerNameEdit(), QStringLiteral(" "));
        QVERIFY(!dialog.importButton()->isEnabled());
        dialog.peerNameEdit()->clear();
        QTest::keyClicks(dialog.peerNameEdit(), QStringLiteral("Alex from Tufts"));
        QVERIFY(dialog.importButton()->isEnabled());
        dialog.refreshPreview();
        QCOMPARE(dialog.preview().peerName, QStringLiteral("Alex from Tufts"));

        QSignalSpy imported(&dialog, &ImportPreviewDialog::imported);
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.at(0).at(0).toString(), QStringLiteral("Alex from Tufts"));
        QCOMPARE(countPeerNotes(target.db()), 3);
        QCOMPARE(PeerRepository(target.db()).peers()->at(0).name,
                 QStringLiteral("Alex from Tufts"));

        // One undo step takes it all back, added program included; redo brings it again.
        QCOMPARE(undo.count(), 1);
        undo.undo();
        QCOMPARE(test::databaseDump(target.db()), before);
        undo.redo();
        QCOMPARE(countPeerNotes(target.db()), 3);
        QCOMPARE(PeerRepository(target.db()).peers()->size(), 1);
    }

    void showsHostileTextInertly()
    {
        test::TempWorkspace w;
        ImportPreviewDialog dialog(
            &w.workspace, test::dataPath(QStringLiteral("notes/good/hostile-text.rwnotes")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.isFileValid());
        // The author's name loses its direction and control characters.
        QCOMPARE(dialog.peerNameEdit()->text(), QStringLiteral("Mallory evil"));

        QTableView *view = dialog.itemView();
        view->setCurrentIndex(view->model()->index(0, 0));
        const QString shown = dialog.noteView()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("<img src=\"file:///etc/passwd\">")),
                 qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("⟦U+202E⟧!dlrow olleh⟦U+202C⟧")));
        QVERIFY(shown.contains(QStringLiteral("␛[31mred")));
        QVERIFY(!shown.contains(QChar(0x202E)));
        QVERIFY(!shown.contains(QChar(0x1B)));
        // Nothing was turned into markup: no image, no link.
        const QString html = dialog.noteView()->document()->toHtml();
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("<a href")));
        // Table cells carry no active characters either.
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            for (int column = 0; column < ImportPreviewModel::ColumnCount; ++column) {
                const QString cell = view->model()->index(row, column).data().toString();
                QVERIFY2(!InertText::hasActiveCharacters(cell), qPrintable(cell));
            }
        }
        // The unmatched track's name is shown with its override made visible.
        QVERIFY(view->model()->index(1, 0).data().toString().contains(QStringLiteral("⟦U+202E⟧")));
    }

    void refusesABadFileAndWritesNothing()
    {
        test::TempWorkspace w;
        test::TempDatabase &target = w.temp;
        const QString before = test::databaseDump(target.db());
        ImportPreviewDialog dialog(
            &w.workspace, test::dataPath(QStringLiteral("notes/bad/duplicate-ids.rwnotes")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.isFileValid());
        QVERIFY(dialog.errorMessage().contains(QStringLiteral("items[1].id")));
        QVERIFY(!dialog.importButton());
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QCOMPARE(buttons->buttons().size(), 1);
        bool shown = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            shown = shown || label->text().contains(QStringLiteral("is used by two items"));
        QVERIFY(shown);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(w.workspace.undoStack()->count(), 0);
        QCOMPARE(test::databaseDump(target.db()), before);
    }

    void importsWithTheKeyboard()
    {
        QTemporaryDir dir;
        const QString path = classmateFile(dir);
        test::TempWorkspace w;
        test::TempDatabase &target = w.temp;
        ImportPreviewDialog dialog(&w.workspace, path);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.peerNameEdit()->setFocus();
        QTest::keyClick(dialog.peerNameEdit(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(countPeerNotes(target.db()), 2);
    }

    void reimportShowsUnchanged()
    {
        QTemporaryDir dir;
        const QString path = classmateFile(dir);
        test::TempWorkspace w;
        {
            ImportPreviewDialog first(&w.workspace, path);
            first.accept();
        }
        ImportPreviewDialog again(&w.workspace, path);
        QCOMPARE(again.preview().counts.unchanged, 2);
        QVERIFY(again.summaryLabel()->text().contains(QStringLiteral("0 new")));
        bool notice = false;
        for (QLabel *label : again.findChildren<QLabel *>())
            notice = notice || label->text().contains(QStringLiteral("updates their notes"));
        QVERIFY(notice);
    }
};

QTEST_MAIN(TestImportPreviewDialog)
#include "tst_importpreviewdialog.moc"
