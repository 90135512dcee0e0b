#include "rank/rankdocument.h"
#include "rank/rankworkspace.h"
#include "rank/ratingsmodel.h"
#include "rank/ratingsview.h"
#include "rankfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QTabWidget>
#include <QUndoStack>

using namespace rw;

// Typing ratings into the grid.
class TestRatingsView : public QObject
{
    Q_OBJECT

private:
    struct Window
    {
        test::RankFixture f;
        QUndoStack &stack = *f.workspace.undoStack();
        RankWorkspace workspace {&f.workspace};
        RatingsView *view = workspace.ratingsView();
        CriterionRepository criteria {f.temp.db()};

        Window()
        {
            workspace.tabs()->setCurrentIndex(RankWorkspace::RatingsTab);
            workspace.resize(1280, 800);
            workspace.show();
            if (!QTest::qWaitForWindowExposed(&workspace))
                qFatal("window not exposed");
            view->setFocus();
        }
        std::optional<int> rating(int track, const Criterion &c)
        {
            return *criteria.rating(f.tracks.at(track).id, c.id);
        }
    };

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void typeDigitsDownAColumn()
    {
        Window w;
        // Location column (1): mgh cat 5, others unrated.
        w.view->setCurrentIndex(w.view->model()->index(1, 1));
        QTest::keyClick(w.view, Qt::Key_3);
        QTest::keyClick(w.view, Qt::Key_4);
        QTest::keyClick(w.view, Qt::Key_2);
        QCOMPARE(w.rating(1, w.f.location), std::optional<int>(3));
        QCOMPARE(w.rating(2, w.f.location), std::optional<int>(4));
        QCOMPARE(w.rating(3, w.f.location), std::optional<int>(2));
        QCOMPARE(w.view->currentIndex().row(), 3); // stays on the last row
        QCOMPARE(w.view->currentIndex().column(), 1);
        QCOMPARE(w.view->model()->data(w.view->model()->index(2, 1)).toString(),
                 QStringLiteral("4"));
        QCOMPARE(w.stack.count(), 3);
        // The bwh entry now has a score.
        QVERIFY(w.workspace.document()->analysis()->score(3).has_value());
    }

    void deleteClearsAndUndoBringsBack()
    {
        Window w;
        w.view->setCurrentIndex(w.view->model()->index(0, 0)); // mgh cat culture 2
        QTest::keyClick(w.view, Qt::Key_Delete);
        QVERIFY(!w.rating(0, w.f.culture));
        QCOMPARE(w.view->model()->data(w.view->model()->index(0, 0)).toString(),
                 QStringLiteral("–"));
        QCOMPARE(w.view->currentIndex().row(), 0);
        w.view->setCurrentIndex(w.view->model()->index(1, 0));
        QTest::keyClick(w.view, Qt::Key_0);
        QVERIFY(!w.rating(1, w.f.culture));
        w.stack.undo();
        w.stack.undo();
        QCOMPARE(w.rating(0, w.f.culture), std::optional<int>(2));
        QCOMPARE(w.rating(1, w.f.culture), std::optional<int>(4));
        // Out-of-range digits and fact columns do nothing.
        w.view->setCurrentIndex(w.view->model()->index(0, 0));
        QTest::keyClick(w.view, Qt::Key_7);
        w.view->setCurrentIndex(w.view->model()->index(0, 2)); // Advocacy, a feature
        QTest::keyClick(w.view, Qt::Key_4);
        QCOMPARE(w.stack.count(), 2);
        QCOMPARE(w.stack.index(), 0);
    }

    // Y and N on a feature cell give the user's own value; Delete goes back
    // to the catalog's. Changes of one cell in a row merge into one undo step,
    // as ratings do.
    void yesNoOnAFeature()
    {
        Window w;
        UserValueRepository values(w.f.temp.db());
        const qint64 bwh = w.f.tracks.at(3).id;
        QCOMPARE(**values.value(bwh, w.f.advocacy.id), 0.0);
        w.view->setCurrentIndex(w.view->model()->index(3, 2));
        QTest::keyClick(w.view, Qt::Key_Y);
        QCOMPARE(**values.value(bwh, w.f.advocacy.id), 1.0);
        QCOMPARE(w.view->model()->data(w.view->model()->index(3, 2)).toString(),
                 QStringLiteral("Yes"));
        w.view->setCurrentIndex(w.view->model()->index(3, 2));
        QTest::keyClick(w.view, Qt::Key_Delete);
        QVERIFY(!values.value(bwh, w.f.advocacy.id)->has_value());
        QCOMPARE(w.view->model()->data(w.view->model()->index(3, 2)).toString(),
                 QStringLiteral("–")); // the catalog records none: unknown
        w.stack.undo();
        QCOMPARE(**values.value(bwh, w.f.advocacy.id), 0.0);
        w.stack.redo();
        QVERIFY(!values.value(bwh, w.f.advocacy.id)->has_value());
        // N on another track's cell is a step of its own.
        const qint64 pc = w.f.tracks.at(1).id;
        w.view->setCurrentIndex(w.view->model()->index(1, 2));
        QTest::keyClick(w.view, Qt::Key_N);
        QCOMPARE(**values.value(pc, w.f.advocacy.id), 0.0);
        w.stack.undo();
        QVERIFY(!values.value(pc, w.f.advocacy.id)->has_value()); // the catalog's Yes again
        QVERIFY(!values.value(bwh, w.f.advocacy.id)->has_value());
    }

    void chooserForTheMouse()
    {
        Window w;
        const QModelIndex cell = w.view->model()->index(3, 0); // bwh culture, unrated
        w.view->edit(cell);
        auto *box = w.view->findChild<QComboBox *>();
        QVERIFY(box);
        QCOMPARE(box->currentIndex(), 0); // "not rated"
        box->setCurrentIndex(5);
        QTest::keyClick(box, Qt::Key_Return); // commits on the next turn of the event loop
        QTRY_COMPARE(w.rating(3, w.f.culture), std::optional<int>(5));
        QTRY_VERIFY(!w.view->findChild<QComboBox *>());
        QCOMPARE(w.view->model()->data(cell).toString(), QStringLiteral("5"));
    }
};

QTEST_MAIN(TestRatingsView)
#include "tst_ratingsview.moc"
