#include "databasedump.h"
#include "dialogs/importcsvdialog.h"
#include "listfixtures.h"
#include "models/csvcolumnsmodel.h"
#include "models/csvrowsmodel.h"
#include "testsupport.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace rw;

namespace {

// A workspace over a database with the export fixture (six catalog tracks on
// the list "Main", criteria Teaching and Location).
struct Fixture
{
    test::TempDatabase temp;
    Workspace workspace;
    QTemporaryDir dir;

    Fixture()
    {
        test::ExportFixture fixture(temp.db(), 0);
        const QString path = temp.path();
        temp.close();
        workspace.setDatabase(std::move(Database::open(path).value()));
    }
    ~Fixture() { workspace.closeDatabase(); }
    QString csv(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        test::writeFile(path, bytes);
        return path;
    }
    QString dump() { return test::databaseDump(*workspace.database()); }
};

void show(QDialog &dialog)
{
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        qFatal("dialog not exposed");
}

QStringList problems(const ImportCsvDialog &dialog)
{
    QStringList texts;
    for (int i = 0; i < dialog.problemList()->count(); ++i)
        texts.append(dialog.problemList()->item(i)->text());
    return texts;
}

const QByteArray kGood = "Rank,Program,Track,NRMP Code,Teaching,Call,Comments\n"
                         "2,UMass Internal Medicine Residency,Primary Care,,4,3,nice\n"
                         "1,Lakeside IM,,1234140C0,5,,\n"
                         "3,Massachusetts General Hospital Internal Medicine Residency,"
                         "Categorical,,2,4,\n";

} // namespace

// The spreadsheet import preview: columns and roles, rows and outcomes,
// problems with their place, and Import as one undo step.
class TestImportCsvDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void previewThenImportAsOneUndoStep()
    {
        Fixture f;
        const QString before = f.dump();
        ImportCsvDialog dialog(&f.workspace, f.csv(QStringLiteral("My Spreadsheet.csv"), kGood));
        QAbstractItemModelTester columnsTester(dialog.columnsModel());
        QAbstractItemModelTester rowsTester(dialog.rowsModel());
        show(dialog);

        CsvColumnsModel *columns = dialog.columnsModel();
        QCOMPARE(columns->rowCount(), 7);
        auto role = [&](int row) {
            return columns->index(row, CsvColumnsModel::RoleColumn).data().toString();
        };
        QCOMPARE(role(0), QStringLiteral("Rank"));
        QCOMPARE(role(3), QStringLiteral("NRMP code"));
        QCOMPARE(role(4), QStringLiteral("Rating criterion (existing)"));
        QCOMPARE(role(5), QStringLiteral("Rating criterion (new)"));
        QCOMPARE(role(6), QStringLiteral("Ignored"));
        QVERIFY(columns->index(6, CsvColumnsModel::ReasonColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("“nice”")));
        CsvRowsModel *rows = dialog.rowsModel();
        QCOMPARE(rows->rowCount(), 3);
        QCOMPARE(rows->index(0, CsvRowsModel::OutcomeColumn).data().toString(),
                 QStringLiteral("Matched by names"));
        QCOMPARE(rows->index(1, CsvRowsModel::OutcomeColumn).data().toString(),
                 QStringLiteral("New program of your own"));
        QCOMPARE(rows->index(1, CsvRowsModel::HereColumn).data().toString(),
                 QStringLiteral("Lakeside IM — Categorical (no institution in the file: the "
                                "program's name stands in)"));

        // A Rank column: the rows go on a new list named after the file.
        QVERIFY(dialog.listBox()->isChecked());
        QCOMPARE(dialog.listNameBox()->currentText(), QStringLiteral("My Spreadsheet"));
        QVERIFY(dialog.summaryLabel()->text().contains(
            QStringLiteral("Creates the list “My Spreadsheet” with 3 rank(s).")));
        QVERIFY(dialog.problemList()->isHidden());
        QVERIFY(dialog.importButton()->isEnabled());
        QCOMPARE(f.dump(), before); // a preview writes nothing

        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QUndoStack *stack = f.workspace.undoStack();
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->undoText(), QStringLiteral("Import \u2068My Spreadsheet.csv\u2069"));
        const QString after = f.dump();
        QVERIFY(after != before);
        QCOMPARE(RankListRepository(*f.workspace.database())
                     .entries(RankListRepository(*f.workspace.database())
                                  .byName(QStringLiteral("My Spreadsheet"))
                                  ->id)
                     ->constFirst()
                     .programName,
                 QStringLiteral("Lakeside IM"));

        stack->undo();
        QCOMPARE(f.dump(), before);
        stack->redo();
        QCOMPARE(f.dump(), after);
    }

    void problemsShowTheirPlaceAndBlockTheImport()
    {
        Fixture f;
        const QString before = f.dump();
        ImportCsvDialog dialog(&f.workspace,
                               f.csv(QStringLiteral("bad.csv"),
                                     "Program,Teaching,NRMP Code\n"
                                     "UMass Internal Medicine Residency,4,\n"
                                     "Lakeside IM,7,1234140C0\n"
                                     "Other IM,3,1234140C0\n"));
        show(dialog);
        QCOMPARE(problems(dialog),
                 QStringList({QStringLiteral("line 3, column 2: “7” is not a rating of "
                                             "“Teaching”: use a whole number from 1 to 5, or "
                                             "leave the cell blank"),
                              QStringLiteral("line 4, column 3: the NRMP code 1234140C0 is also "
                                             "on line 3; each track has its own code")}));
        QVERIFY(dialog.problemList()->isVisible());
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(dialog.rowsModel()
                    ->index(1, CsvRowsModel::OutcomeColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Problem: “7”")));
        QVERIFY(!dialog.rowsModel()
                     ->index(1, CsvRowsModel::OutcomeColumn)
                     .data(Qt::DecorationRole)
                     .isNull());
        // Choosing a problem shows its row.
        dialog.problemList()->setCurrentRow(1);
        QCOMPARE(dialog.rowsView()->currentIndex().row(), 2);

        // The user says the column of 7s is not a criterion, through the role editor.
        const QModelIndex teaching = dialog.columnsModel()->index(1, CsvColumnsModel::RoleColumn);
        // Any edit trigger opens the role editor; becoming current is one.
        dialog.columnsView()->setCurrentIndex(teaching);
        auto *editor = dialog.columnsView()->viewport()->findChild<QComboBox *>();
        QVERIFY(editor);
        editor->setCurrentIndex(editor->findData(int(CsvRole::Ignored)));
        QTest::keyClick(editor, Qt::Key_Tab);
        QTRY_COMPARE(dialog.plan().columns.at(1).role, CsvRole::Ignored);
        QCOMPARE(problems(dialog).size(), 1);
        QVERIFY(problems(dialog).constFirst().startsWith(QStringLiteral("line 4, column 3")));
        QVERIFY(!dialog.importButton()->isEnabled());
        QCOMPARE(f.dump(), before);
    }

    void anUnreadableFileSaysWhere()
    {
        Fixture f;
        ImportCsvDialog dialog(&f.workspace,
                               f.csv(QStringLiteral("quote.csv"), "Program,Teaching\n\"MGH,4\n"));
        show(dialog);
        QCOMPARE(problems(dialog).size(), 1);
        QVERIFY2(problems(dialog).constFirst().contains(
                     QStringLiteral("line 2, column 1: the quote that opens this field is never "
                                    "closed")),
                 qPrintable(problems(dialog).constFirst()));
        QCOMPARE(dialog.columnsModel()->rowCount(), 0);
        QVERIFY(!dialog.importButton()->isEnabled());
    }

    void anExistingListIsReplacedAndNoListIsAChoice()
    {
        Fixture f;
        ImportCsvDialog dialog(&f.workspace, f.csv(QStringLiteral("x.csv"), kGood));
        show(dialog);
        QVERIFY(dialog.listNameBox()->findText(QStringLiteral("Main")) >= 0);
        dialog.listNameBox()->setEditText(QStringLiteral("main"));
        QTRY_VERIFY(dialog.summaryLabel()->text().contains(
            QStringLiteral("Replaces the order of the list “Main”")));
        QTest::mouseClick(dialog.listBox(), Qt::LeftButton, {},
                          QPoint(6, dialog.listBox()->height() / 2));
        QVERIFY(!dialog.listNameBox()->isEnabled());
        QVERIFY(dialog.plan().listName.isEmpty());
        QVERIFY(
            dialog.summaryLabel()->text().contains(QStringLiteral("The Rank column is not used")));
        QVERIFY(dialog.importButton()->isEnabled());
        QSignalSpy imported(&dialog, &ImportCsvDialog::imported);
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.at(0).at(0).toString(), QString());
        // The list is as it was.
        QCOMPARE(RankListRepository(*f.workspace.database()).all()->size(), 1);
    }
};

QTEST_MAIN(TestImportCsvDialog)
#include "tst_importcsvdialog.moc"
