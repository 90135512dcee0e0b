// How the window loads a large database (BrowsePage's browseloading.cpp,
// RankPage): a first screenful of programs before the first paint and the
// rest after it, the filter's search text on a worker thread, typing before
// it is ready, edits while it is being built, and the Rank List tab built
// when first shown. Small thresholds make the three catalog programs "large".

#include "mainwindow.h"
#include "models/programtreemodel.h"
#include "pages/browsepage.h"
#include "pages/rankpage.h"
#include "rank/rankdocument.h"
#include "rank/rankworkspace.h"
#include "storage/database.h"
#include "storage/noterepository.h"
#include "storage/programrepository.h"
#include "testsupport.h"
#include "views/programdetailsview.h"
#include "widgets/safetextbrowser.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace rw;

class TestBrowseLoading : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> openWindow()
    {
        m_temp = std::make_unique<test::TempDatabase>();
        const QString path = m_temp->path();
        m_temp->close();
        auto db = Database::open(path);
        if (!db)
            qFatal("cannot open %s", qPrintable(db.message()));
        auto window = std::make_unique<MainWindow>(std::move(db.value()));
        window->resize(1200, 800);
        return window;
    }
    std::unique_ptr<test::TempDatabase> m_temp;

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }
    void init() { BrowsePage::setLargeDatabaseThresholds(2, 2, 2); }
    void cleanup()
    {
        BrowsePage::setLargeDatabaseThresholds(1000, 300, 80);
        m_temp.reset();
    }

    void firstScreenfulThenTheRestAfterThePaint()
    {
        auto window = openWindow();
        BrowsePage *browse = window->browsePage();
        QAbstractItemModelTester tester(browse->programModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Before the window shows: two programs, no details, nothing searched yet.
        QVERIFY(!browse->isListComplete());
        QVERIFY(!browse->isSearchReady());
        QCOMPARE(browse->programView()->model()->rowCount(), 2);
        QVERIFY2(
            browse->summaryLabel()->text().startsWith(QStringLiteral("Programs: 2 of 3 shown")),
            qPrintable(browse->summaryLabel()->text()));
        QVERIFY(
            !browse->detailsView()->browser()->toPlainText().contains(QStringLiteral("Tracks")));

        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTRY_VERIFY(browse->isListComplete());
        QCOMPARE(browse->programView()->model()->rowCount(), 3);
        QVERIFY(browse->programView()->currentIndex().isValid());
        QTRY_VERIFY(
            browse->detailsView()->browser()->toPlainText().contains(QStringLiteral("Tracks")));
        QTRY_VERIFY(browse->isSearchReady());
        QVERIFY(browse->programModel()->hasAllEntries());
        QVERIFY(browse->summaryLabel()->text().contains(QStringLiteral("Programs: 3")));
    }

    void typingBeforeTheSearchIsReadyFiltersOnceItIs()
    {
        auto window = openWindow();
        BrowsePage *browse = window->browsePage();
        QSignalSpy ready(browse, &BrowsePage::searchReady);
        browse->filterEdit()->setText(QStringLiteral("chelsea"));
        browse->applyFilter();
        // The whole list is read at once to be filtered, then waits for the text.
        QVERIFY(browse->isListComplete());
        QCOMPARE(browse->programView()->model()->rowCount(), 3);
        QVERIFY(browse->summaryLabel()->text().contains(QStringLiteral("Preparing the filter")));
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(browse->programView()->model()->rowCount(), 1);
        QCOMPARE(browse->programView()->model()->index(0, 0).data(ProgramTreeModel::KeyRole),
                 QVariant(QStringLiteral("mgh-im")));
        // The details held back for the first paint are shown all the same.
        QVERIFY(browse->detailsView()->browser()->toPlainText().contains(QStringLiteral("Tracks")));
    }

    // A note saved while the text is read in the background is searchable
    // once the build is done (the build may have read the note's program
    // before the note).
    void noteSavedDuringTheBuildIsFound()
    {
        auto window = openWindow();
        BrowsePage *browse = window->browsePage();
        browse->completeList();
        QSignalSpy ready(browse, &BrowsePage::searchReady);
        QVERIFY(!browse->isSearchReady());
        QVERIFY(NoteRepository(*window->database())
                    .add({NoteTarget::Kind::Program, QStringLiteral("umass-im")},
                         QStringLiteral("Quokka sighting"))
                    .ok());
        window->workspace()->notifyChanged({Workspace::Notes, QStringLiteral("umass-im")});
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(browse->isSearchReady());
        const QModelIndex umass =
            browse->programModel()->indexOfProgram(QStringLiteral("umass-im"));
        QCOMPARE(browse->programModel()
                     ->index(umass.row(), ProgramTreeModel::NotesColumn)
                     .data()
                     .toInt(),
                 1);
        browse->filterEdit()->setText(QStringLiteral("quokka"));
        browse->applyFilter();
        QCOMPARE(browse->programView()->model()->rowCount(), 1);
    }

    // A small database is read whole before the window shows.
    void smallDatabaseIsReadAtOnce()
    {
        BrowsePage::setLargeDatabaseThresholds(1000, 300, 80);
        auto window = openWindow();
        BrowsePage *browse = window->browsePage();
        QVERIFY(browse->isListComplete());
        QVERIFY(browse->isSearchReady());
        QCOMPARE(browse->programView()->model()->rowCount(), 3);
        QVERIFY(browse->programView()->currentIndex().isValid());
    }

    void rankListIsBuiltWhenFirstShown()
    {
        auto window = openWindow();
        RankPage *rank = window->rankPage();
        QVERIFY(!rank->isBuilt());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(!rank->isBuilt());
        window->showPage(rank);
        QVERIFY(rank->isBuilt());
        QVERIFY(rank->rankWorkspace());
        // Another database: built again when next shown, not before.
        window->showPage(window->browsePage());
        auto other = std::make_unique<test::TempDatabase>();
        const QString path = other->path();
        other->close();
        QVERIFY(window->openDatabase(path));
        QVERIFY(!rank->isBuilt());
        QVERIFY(rank->rankWorkspace()); // asked for: built
        QVERIFY(rank->isBuilt());

        // Programs changed while it is hidden: read again when next asked for.
        RankDocument *document = rank->rankWorkspace()->document();
        const qsizetype tracks = document->tracks().size();
        Program program;
        program.name = QStringLiteral("Aardvark Medicine");
        program.institutionName = QStringLiteral("Aardvark Hospital");
        program.tracks.append(Track {});
        program.tracks[0].name = QStringLiteral("Categorical");
        auto key = ProgramRepository(*window->database()).addProgram(program);
        QVERIFY(key.ok());
        window->workspace()->notifyChanged({Workspace::Programs, *key});
        QCOMPARE(window->browsePage()->currentKey(), *key); // Browse shows it at once
        QCOMPARE(document->tracks().size(), tracks); // the hidden builder waits
        QCOMPARE(rank->rankWorkspace()->document(), document);
        QCOMPARE(document->tracks().size(), tracks + 1);
    }
};

QTEST_MAIN(TestBrowseLoading)
#include "tst_browseloading.moc"
