#include "mainwindow.h"
#include "models/programtreemodel.h"
#include "storage/programrepository.h"
#include "testsupport.h"
#include "views/programdetailsview.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace rw;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void modelPassesTester()
    {
        test::TempDatabase temp;
        ProgramTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto programs = ProgramRepository(temp.db()).listPrograms();
        model.setPrograms(*programs);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex mgh = model.indexOfProgram(QStringLiteral("mgh-im"));
        QCOMPARE(model.rowCount(mgh), 3);
        QCOMPARE(model.data(model.index(0, ProgramTreeModel::TypeColumn, mgh)).toString(),
                 QStringLiteral("Categorical"));
    }

    void listsProgramsAndShowsDetails()
    {
        test::TempDatabase temp;
        const QString path = temp.path();
        temp.close();
        auto db = Database::open(path);
        QVERIFY(db.ok());
        MainWindow window(std::move(db.value()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QStringLiteral("test.sqlite")));

        QTreeView *view = window.programView();
        QCOMPARE(view->model()->rowCount(), 3);

        // Select the MGH program by typing its name in the filter, then clicking it.
        QTest::keyClicks(window.filterEdit(), QStringLiteral("Massachusetts General"));
        QCOMPARE(view->model()->rowCount(), 1);
        const QModelIndex first = view->model()->index(0, 0);
        view->scrollTo(first);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
        auto *browser = window.detailsView()->findChild<QTextBrowser *>();
        QVERIFY(browser);
        const QString text = browser->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Bulfinch Medical Group")),
                 qPrintable(text.left(300)));
        QVERIFY(text.contains(QStringLiteral("Continuity sites (13)")));
        QVERIFY(text.contains(QStringLiteral("Advocacy")));
    }

    void detailsEscapeText()
    {
        Program program;
        program.name = QStringLiteral("<b>Bold</b> <img src=\"file:///etc/passwd\">");
        program.institutionName = QStringLiteral("A & B");
        program.website = QStringLiteral("javascript:alert(1)");
        const QString html = ProgramDetailsView::toHtml(program, {});
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("<b>Bold")));
        QVERIFY(!html.contains(QStringLiteral("javascript:")));
        QTextBrowser browser;
        browser.setHtml(html);
        QVERIFY(browser.toPlainText().contains(
            QStringLiteral("<b>Bold</b> <img src=\"file:///etc/passwd\">")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
