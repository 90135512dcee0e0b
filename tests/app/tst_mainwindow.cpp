#include "dialogs/exportpdfdialog.h"
#include "dialogs/importcsvdialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/programdialog.h"
#include "guihelpers.h"
#include "icons.h"
#include "mainwindow.h"
#include "models/programtreemodel.h"
#include "pages/browsepage.h"
#include "pages/comparepage.h"
#include "pages/rankpage.h"
#include "rank/ranklistmodel.h"
#include "rank/ranklistpanel.h"
#include "rank/rankworkspace.h"
#include "recentdatabases.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "testsupport.h"
#include "views/comparisonview.h"
#include "views/notespanel.h"
#include "views/programdetailsview.h"
#include "widgets/noteeditor.h"
#include "widgets/safetextbrowser.h"
#include "workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace rw;

namespace {

std::unique_ptr<MainWindow> openWindow(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        qFatal("cannot open %s", qPrintable(db.message()));
    auto window = std::make_unique<MainWindow>(std::move(db.value()));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("window not exposed");
    return window;
}

// Window shortcuts need the window active again after a dialog closed.
void activate(QWidget *window)
{
    window->activateWindow();
    QApplication::setActiveWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
}

QModelIndex rowFor(QTreeView *view, const QString &key)
{
    const QModelIndexList found =
        view->model()->match(view->model()->index(0, 0), ProgramTreeModel::KeyRole, key, 1,
                             Qt::MatchExactly | Qt::MatchRecursive);
    return found.value(0);
}

void click(QTreeView *view, const QModelIndex &index, Qt::KeyboardModifiers modifiers = {})
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers,
                      view->visualRect(index).center());
}

// The notes as another program would see them now, without closing the window.
int storedNotes(const QString &path, const QString &where = QStringLiteral("1 = 1"))
{
    auto reader = Database::open(path, Database::Mode::ReadOnly);
    if (!reader)
        return -1;
    return test::scalar(**reader, QStringLiteral("SELECT count(*) FROM notes WHERE ") + where)
        .toInt();
}

QString detailsText(MainWindow &window)
{
    return window.detailsView()->browser()->toPlainText();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QString freshDatabase()
    {
        m_temp = std::make_unique<test::TempDatabase>();
        const QString path = m_temp->path();
        m_temp->close();
        return path;
    }
    std::unique_ptr<test::TempDatabase> m_temp;

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }
    void init() { QSettings().clear(); }

    void titleNamesTheDatabase()
    {
        auto window = openWindow(freshDatabase());
        QVERIFY(window->windowTitle().contains(QStringLiteral("test.sqlite")));
        QCOMPARE(window->pages()->count(), 3); // Browse, Compare, Rank List
        QVERIFY(window->undoStack());
        QVERIFY(!window->undoAction()->isEnabled());
        QCOMPARE(window->database()->path(), m_temp->path());
    }

    void filterAsYouTypeAndByFacets()
    {
        auto window = openWindow(freshDatabase());
        QTreeView *view = window->programView();
        BrowsePage *browse = window->browsePage();
        QCOMPARE(view->model()->rowCount(), 3);

        // The search icon shows even without an icon theme (the bundled SVG).
        QVERIFY(!window->filterEdit()->actions().isEmpty());
        const QIcon searchIcon = window->filterEdit()->actions().constFirst()->icon();
        QVERIFY(!searchIcon.isNull());
        QVERIFY(!searchIcon.pixmap(16, 16).isNull());
        QVERIFY(!Icons::themedOrBundled(QStringLiteral("edit-find")).pixmap(16, 16).isNull());

        // Ctrl+F from the list puts the cursor in the filter box.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window->filterEdit()->hasFocus());
        QTest::keyClicks(window->filterEdit(), QStringLiteral("worcester"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QVERIFY(browse->summaryLabel()->text().contains(QStringLiteral("1 of 3")));
        // A continuity site's name finds its program.
        window->filterEdit()->clear();
        QTest::keyClicks(window->filterEdit(), QStringLiteral("chelsea"));
        QTRY_COMPARE(view->model()->index(0, 0).data(ProgramTreeModel::KeyRole).toString(),
                     QStringLiteral("mgh-im"));
        QCOMPARE(view->model()->rowCount(), 1);
        QTest::keyClick(window->filterEdit(), Qt::Key_Escape);
        QTRY_COMPARE(view->model()->rowCount(), 3);

        // Facet: only Global Primary Care tracks.
        QComboBox *type = browse->trackTypeBox();
        type->setCurrentIndex(type->findData(QStringLiteral("global-primary-care")));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        const QModelIndex program = view->model()->index(0, 0);
        QCOMPARE(view->model()->rowCount(program), 1);
        QVERIFY(view->isExpanded(program));
        type->setCurrentIndex(0);
        QTRY_COMPARE(view->model()->rowCount(), 3);

        QComboBox *category = browse->categoryBox();
        QVERIFY(category->count() > 2);
        QComboBox *state = browse->stateBox();
        state->setCurrentIndex(state->findData(QStringLiteral("MA")));
        QTRY_COMPARE(view->model()->rowCount(), 3);
    }

    void selectingShowsDetailsAndAimsNotes()
    {
        auto window = openWindow(freshDatabase());
        QTreeView *view = window->programView();
        click(view, rowFor(view, QStringLiteral("mgh-im")));
        QTRY_VERIFY(detailsText(*window).contains(QStringLiteral("Continuity sites (13)")));
        QVERIFY(detailsText(*window).contains(QStringLiteral("Bulfinch Medical Group")));
        NotesPanel *notes = window->browsePage()->notesPanel();
        QCOMPARE(notes->target().key, QStringLiteral("mgh-im"));
        // A track row aims notes at the track; the sites are offered too.
        click(view, rowFor(view, QStringLiteral("mgh-im.primary-care")));
        QTRY_COMPARE(notes->target().key, QStringLiteral("mgh-im.primary-care"));
        QVERIFY(notes->targetBox()->findData(QStringLiteral("mgh-im@chelsea")) >= 0);
        QVERIFY(!window->browsePage()->editAction()->isEnabled()); // catalog: read-only
    }

    void compareSideBySide()
    {
        auto window = openWindow(freshDatabase());
        QTreeView *view = window->programView();
        click(view, rowFor(view, QStringLiteral("mgh-im.categorical")));
        click(view, rowFor(view, QStringLiteral("mgh-im.primary-care")), Qt::ControlModifier);
        QCOMPARE(window->browsePage()->selectedKeys(),
                 (QStringList {QStringLiteral("mgh-im.categorical"),
                               QStringLiteral("mgh-im.primary-care")}));
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        ComparePage *compare = window->comparePage();
        QTRY_COMPARE(window->pages()->currentWidget(), compare);
        QCOMPARE(compare->items().size(), 2);
        QVERIFY(window->pages()->tabText(1).contains(QStringLiteral("2")));
        SafeTextBrowser *browser = compare->view()->browser();
        QString text = browser->toPlainText();
        QVERIFY(text.contains(QStringLiteral("— Categorical")));
        QVERIFY(text.contains(QStringLiteral("— Primary Care")));
        QVERIFY(text.contains(QStringLiteral("≠ Tracks")));
        QVERIFY(text.contains(QStringLiteral("Institution")));

        // Rows that are the same can be hidden; differences stay.
        QTest::mouseClick(compare->hideSameBox(), Qt::LeftButton);
        text = browser->toPlainText();
        QVERIFY(!text.contains(QStringLiteral("Institution")));
        QVERIFY(text.contains(QStringLiteral("≠ Tracks")));
        QVERIFY(text.contains(QStringLiteral("Rows hidden because they are the same")));

        // Add a third from the box, remove one through its column's link.
        compare->addBox()->setCurrentIndex(
            compare->addBox()->findText(QStringLiteral("UMass Internal Medicine Residency")));
        QTest::keyClick(compare->addBox()->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE(compare->items().size(), 3);
        Q_EMIT browser->anchorClicked(QUrl(QStringLiteral("rankwise:remove/mgh-im.categorical")));
        QCOMPARE(compare->items(),
                 (QStringList {QStringLiteral("mgh-im.primary-care"), QStringLiteral("umass-im")}));

        // Part of a name with one match is enough; several matches add nothing
        // and leave the choice to the user.
        QLineEdit *addEdit = compare->addBox()->lineEdit();
        addEdit->setFocus();
        QTest::keyClicks(addEdit, QStringLiteral("global primary"));
        QTest::keyClick(addEdit, Qt::Key_Return);
        QTRY_COMPARE(compare->items().size(), 3);
        QVERIFY(compare->items().contains(QStringLiteral("mgh-im.global-primary-care")));
        QTest::keyClicks(addEdit, QStringLiteral("Categorical"));
        QTest::keyClick(addEdit, Qt::Key_Return);
        QCOMPARE(compare->items().size(), 3);
    }

    void noteIsSavedAsYouTypeAndSurvivesReopening()
    {
        const QString path = freshDatabase();
        {
            auto window = openWindow(path);
            QTreeView *view = window->programView();
            click(view, rowFor(view, QStringLiteral("mgh-im")));
            NoteEditor *editor = window->browsePage()->notesPanel()->editor();
            QTest::mouseClick(editor->viewport(), Qt::LeftButton);
            QTest::keyClicks(editor, QStringLiteral("Great **mentors**"));
            // Saved without any Save button, while the window is still open.
            QTRY_COMPARE(storedNotes(path, QStringLiteral("body = 'Great **mentors**'")), 1);
            QTRY_VERIFY(detailsText(*window).contains(QStringLiteral("Great mentors")));
            // The note's words find the program.
            QTest::keyClicks(window->filterEdit(), QStringLiteral("mentors"));
            QTRY_COMPARE(view->model()->rowCount(), 1);
            QTest::keyClicks(editor, QStringLiteral(" and food"));
            window->close(); // saves what the timer had not yet saved
        }
        QCOMPARE(storedNotes(path, QStringLiteral("body = 'Great **mentors** and food'")), 1);
        auto window = openWindow(path);
        QTreeView *view = window->programView();
        click(view, rowFor(view, QStringLiteral("mgh-im")));
        QTRY_COMPARE(window->browsePage()->notesPanel()->editor()->toPlainText(),
                     QStringLiteral("Great **mentors** and food"));
        QVERIFY(detailsText(*window).contains(QStringLiteral("Great mentors and food")));
        QCOMPARE(view->model()->index(1, ProgramTreeModel::NotesColumn).data().toInt(), 1);
    }

    void addTrackToRankListFromBrowser()
    {
        auto window = openWindow(freshDatabase());
        QTreeView *view = window->programView();
        const QModelIndex pc = rowFor(view, QStringLiteral("umass-im.primary-care"));
        QVERIFY(pc.isValid());
        click(view, pc);
        QAction *add = window->browsePage()->addToRankListAction();
        QVERIFY(add->isEnabled());
        add->trigger();
        RankListModel *list = window->rankPage()->rankWorkspace()->listPanel()->model();
        QTRY_COMPARE(list->rowCount(), 1);
        QVERIFY(list->data(list->index(0, 0), Qt::DisplayRole).isValid());
        // A program with several tracks needs a track chosen first.
        click(view, rowFor(view, QStringLiteral("mgh-im")));
        QVERIFY(!add->isEnabled());
        // Undo from the window takes it off the list again.
        window->undoAction()->trigger();
        QTRY_COMPARE(list->rowCount(), 0);
    }

    void showsChangesMadeByAnotherProcess()
    {
        const QString path = freshDatabase();
        auto window = openWindow(path);
        QTreeView *view = window->programView();
        QCOMPARE(view->model()->rowCount(), 3);
        // rankwise-cli writes to the same file while the window is open.
        auto added = test::runCli(
            {QStringLiteral("programs"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("Harbor IM"), QStringLiteral("--institution"),
             QStringLiteral("Harbor Hospital"), QStringLiteral("--city"), QStringLiteral("Salem"),
             QStringLiteral("--state"), QStringLiteral("MA")},
            path);
        QCOMPARE(added.exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 4, 10000);
        QVERIFY(rowFor(view, QStringLiteral("my-harbor-im")).isValid());
    }

    void readOnlyDatabaseSaysSoAndRefusesEdits()
    {
        const QString path = freshDatabase();
        m_temp->close();
        auto db = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY(db.ok());
        MainWindow window(std::move(db.value()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *notice = window.findChild<QLabel *>();
        bool shown = false;
        for (QLabel *label : window.findChildren<QLabel *>()) {
            if (label->accessibleName() == u"Read-only notice") {
                shown = label->isVisible() && label->text().startsWith(QStringLiteral("Read-only"));
                notice = label;
            }
        }
        QVERIFY(notice);
        QVERIFY(shown);
        auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("noteEditor"));
        QVERIFY(editor);
        click(window.programView(), rowFor(window.programView(), QStringLiteral("mgh-im")));
        QTRY_VERIFY(editor->isReadOnly());
    }

    void addProgramThenUndoAndRedo()
    {
        auto window = openWindow(freshDatabase());
        test::onNextModal([](QWidget *modal) {
            auto *dialog = qobject_cast<ProgramDialog *>(modal);
            QVERIFY(dialog);
            QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Lakeside Internal Medicine"));
            QTest::keyClicks(dialog->institutionEdit(), QStringLiteral("Lakeside Hospital"));
            QTest::keyClicks(dialog->cityEdit(), QStringLiteral("Chicago"));
            QTest::keyClicks(dialog->stateEdit(), QStringLiteral("IL"));
            QTest::keyClicks(dialog->trackCodeEdit(0), QStringLiteral("1234140C0"));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        window->browsePage()->addProgramAction()->trigger();
        QTreeView *view = window->programView();
        QTRY_COMPARE(view->model()->rowCount(), 4);
        QCOMPARE(window->browsePage()->currentKey(),
                 QStringLiteral("my-lakeside-internal-medicine"));
        QVERIFY(detailsText(*window).contains(QStringLiteral("Added by you")));
        QVERIFY(window->browsePage()->editAction()->isEnabled());
        QVERIFY(window->undoAction()->text().contains(QStringLiteral("Lakeside")));

        activate(window.get());
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(view->model()->rowCount(), 3);
        QVERIFY(!rowFor(view, QStringLiteral("my-lakeside-internal-medicine")).isValid());
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(view->model()->rowCount(), 4);
        QVERIFY(
            rowFor(view, QStringLiteral("my-lakeside-internal-medicine.categorical")).isValid());
    }

    void deleteOwnProgramKeepsItsNotesForUndo()
    {
        const QString path = freshDatabase();
        auto window = openWindow(path);
        test::onNextModal([](QWidget *modal) {
            auto *dialog = qobject_cast<ProgramDialog *>(modal);
            QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Temp Program"));
            QTest::keyClicks(dialog->institutionEdit(), QStringLiteral("Temp Hospital"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        window->browsePage()->addProgramAction()->trigger();
        QTreeView *view = window->programView();
        QTRY_COMPARE(window->browsePage()->currentKey(), QStringLiteral("my-temp-program"));
        NoteEditor *editor = window->browsePage()->notesPanel()->editor();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("keep me"));
        window->browsePage()->notesPanel()->flush();
        QCOMPARE(storedNotes(path), 1);

        activate(window.get());
        view->setFocus();
        click(view, rowFor(view, QStringLiteral("my-temp-program")));
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_VERIFY(!rowFor(view, QStringLiteral("my-temp-program")).isValid());
        QCOMPARE(storedNotes(path), 1); // soft delete: nothing attached is lost
        window->undoAction()->trigger();
        QTRY_VERIFY(rowFor(view, QStringLiteral("my-temp-program")).isValid());
        QTRY_COMPARE(window->browsePage()->currentKey(), QStringLiteral("my-temp-program"));
        QTRY_COMPARE(editor->toPlainText(), QStringLiteral("keep me"));

        // Deleted again and the window closed: gone for good, notes too.
        window->redoAction()->trigger();
        window->close();
        window.reset();
        auto reader = Database::open(path, Database::Mode::ReadOnly);
        QCOMPARE(test::scalar(**reader,
                              QStringLiteral("SELECT count(*) FROM programs WHERE "
                                             "key = 'my-temp-program'"))
                     .toInt(),
                 0);
        QCOMPARE(test::scalar(**reader, QStringLiteral("SELECT count(*) FROM notes")).toInt(), 0);
    }

    void noteEditsUndoAndRedo()
    {
        const QString path = freshDatabase();
        auto window = openWindow(path);
        QTreeView *view = window->programView();
        click(view, rowFor(view, QStringLiteral("umass-im")));
        NotesPanel *notes = window->browsePage()->notesPanel();
        NoteEditor *editor = notes->editor();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("first"));
        notes->flush();
        QTest::keyClicks(editor, QStringLiteral(" second"));
        // Ctrl+Z in the editor reaches the window's undo: the unsaved typing
        // is saved first, then taken back.
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(editor->toPlainText(), QStringLiteral("first"));
        QCOMPARE(storedNotes(path, QStringLiteral("body = 'first'")), 1);
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(storedNotes(path), 0);
        QTRY_COMPARE(editor->toPlainText(), QString());
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(storedNotes(path, QStringLiteral("body = 'first'")), 1);
        QTRY_COMPARE(editor->toPlainText(), QStringLiteral("first"));
        window->redoAction()->trigger();
        QTRY_COMPARE(editor->toPlainText(), QStringLiteral("first second"));
    }

    void fileMenuNewOpenAndRecent()
    {
        const QString first = freshDatabase();
        auto window = openWindow(first);
        QTemporaryDir dir;
        const QString second = dir.filePath(QStringLiteral("second.sqlite"));
        QVERIFY(window->createDatabase(second));
        QVERIFY(window->windowTitle().contains(QStringLiteral("second.sqlite")));
        QCOMPARE(window->programView()->model()->rowCount(), 3); // catalog installed
        QCOMPARE(RecentDatabases::list().value(0), second);
        QCOMPARE(RecentDatabases::list().value(1), first);

        // Creating over an existing file is refused; the open database stays.
        test::onNextModal([](QWidget *modal) { modal->close(); });
        QVERIFY(!window->createDatabase(first));
        QVERIFY(window->windowTitle().contains(QStringLiteral("second.sqlite")));

        // A file that is not a Rankwise database: refused, untouched.
        const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
        test::writeFile(junk, "not a database");
        QString message;
        test::onNextModal([&message](QWidget *modal) {
            message = qobject_cast<QMessageBox *>(modal)->text();
            modal->close();
        });
        QVERIFY(!window->openDatabase(junk));
        QVERIFY(message.contains(QStringLiteral("not a Rankwise database")));
        QCOMPARE(test::readFile(junk), QByteArray("not a database"));

        QVERIFY(window->openDatabase(first));
        QVERIFY(window->windowTitle().contains(QStringLiteral("test.sqlite")));
        QCOMPARE(RecentDatabases::list().value(0), first);
    }

    void rankListExportsAndImportFromTheMenus()
    {
        auto window = openWindow(freshDatabase());
        QTemporaryDir dir;
        // Import a spreadsheet: preview, then Import (one undo step), then the list shows.
        const QString csv = dir.filePath(QStringLiteral("interviews.csv"));
        test::writeFile(csv,
                        "Rank,Program,Track,Teaching\n"
                        "1,UMass Internal Medicine Residency,Primary Care,5\n"
                        "2,Lakeside IM,,3\n");
        test::onNextModal([](QWidget *modal) {
            auto *dialog = qobject_cast<ImportCsvDialog *>(modal);
            QVERIFY(dialog);
            QVERIFY(dialog->importButton()->isEnabled());
            QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        });
        window->importCsvFile(csv);
        QCOMPARE(window->pages()->currentWidget(), window->rankPage());
        QCOMPARE(window->rankPage()->currentListName(), QStringLiteral("interviews"));
        RankListModel *list = window->rankPage()->rankWorkspace()->listPanel()->model();
        QTRY_COMPARE(list->rowCount(), 2);
        QCOMPARE(window->undoAction()->text(),
                 QStringLiteral("&Undo Import \u2068interviews.csv\u2069"));

        // The list's menu on the Rank List page offers the window's actions.
        const auto buttons = window->rankPage()->findChildren<QToolButton *>();
        QToolButton *exportButton = nullptr;
        for (QToolButton *button : buttons) {
            if (button->menu())
                exportButton = button;
        }
        QVERIFY(exportButton);
        QVERIFY(exportButton->menu()->actions().contains(window->exportPdfAction()));
        QVERIFY(exportButton->menu()->actions().contains(window->importCsvAction()));

        // Export PDF… opens the report dialog on the list shown, and saving writes the file.
        const QString pdf = dir.filePath(QStringLiteral("interviews.pdf"));
        test::onNextModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<ExportPdfDialog *>(modal);
            QVERIFY(dialog);
            QCOMPARE(dialog->listBox()->currentData().toString(), QStringLiteral("interviews"));
            dialog->setOutputPath(pdf);
            QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        });
        window->exportPdfAction()->trigger();
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QVERIFY(test::readFile(pdf).startsWith("%PDF"));

        // Export CSV… asks where, then writes the list with the ratings.
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        test::onNextModal([&](QWidget *modal) {
            auto *files = qobject_cast<QFileDialog *>(modal);
            QVERIFY(files);
            files->selectFile(out);
            QMetaObject::invokeMethod(files, "accept");
        });
        window->exportCsvAction()->trigger();
        QTRY_VERIFY(QFileInfo::exists(out));
        const QByteArray bytes = test::readFile(out);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFRank,Program,Institution,Track,NRMP Code,City,"
                                 "State,Score,Coverage,Score low,Score high,Teaching\r\n1,UMass "
                                 "Internal Medicine Residency,"));

        // Undo takes the whole import back.
        window->undoAction()->trigger();
        QTRY_VERIFY(window->rankPage()->currentListName().isEmpty());
    }

    void preferencesFromTheEditMenu()
    {
        auto window = openWindow(freshDatabase());
        QCOMPARE(window->preferencesAction()->shortcut(), QKeySequence(QKeySequence::Preferences));
        test::onNextModal([](QWidget *modal) {
            auto *dialog = qobject_cast<PreferencesDialog *>(modal);
            QVERIFY(dialog);
            dialog->applicantEdit()->setText(QStringLiteral("Alex Kim"));
            dialog->accept();
        });
        window->preferencesAction()->trigger();
        QCOMPARE(Settings::applicantName.get(), QStringLiteral("Alex Kim"));
    }

    void layoutIsRemembered()
    {
        const QString path = freshDatabase();
        {
            auto window = openWindow(path);
            window->programView()->header()->resizeSection(ProgramTreeModel::NameColumn, 333);
            window->pages()->setCurrentIndex(1);
            window->close();
        }
        auto window = openWindow(path);
        QCOMPARE(window->programView()->header()->sectionSize(ProgramTreeModel::NameColumn), 333);
        QCOMPARE(window->pages()->currentIndex(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
