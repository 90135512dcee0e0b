#include "rank/ranklistmodel.h"
#include "rank/ranklistpanel.h"
#include "rank/ranklistview.h"
#include "rank/rankworkspace.h"
#include "rankfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSqlQuery>
#include <QUndoStack>

using namespace rw;

// Reordering the list for real: drag and drop onto the table, and the
// keyboard (Ctrl+Up/Down, Space to pin, Delete), each an undoable step.
class TestRankListView : public QObject
{
    Q_OBJECT

private:
    struct Window
    {
        test::RankFixture f;
        QUndoStack &stack = *f.workspace.undoStack();
        RankWorkspace workspace {&f.workspace};
        RankListView *view = workspace.listPanel()->view();

        Window()
        {
            workspace.resize(1280, 800);
            workspace.show();
            if (!QTest::qWaitForWindowExposed(&workspace))
                qFatal("window not exposed");
        }

        void select(int row)
        {
            view->setFocus();
            view->setCurrentIndex(view->model()->index(row, RankListModel::TrackColumn));
        }
    };

    // Drags the entry at `from` and lets it go at `point` of the viewport.
    static void dragAndDrop(RankListView *view, int from, QPoint point)
    {
        std::unique_ptr<QMimeData> data(
            view->model()->mimeData({view->model()->index(from, RankListModel::TrackColumn)}));
        QVERIFY(data);
        QWidget *viewport = view->viewport();
        QDragEnterEvent enter(point, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(point, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(point), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
    }

    static QPoint lowerHalf(RankListView *view, int row)
    {
        const QRect rect = view->visualRect(view->model()->index(row, RankListModel::TrackColumn));
        return {rect.center().x(), rect.bottom() - 1};
    }

    static QPoint upperHalf(RankListView *view, int row)
    {
        const QRect rect = view->visualRect(view->model()->index(row, RankListModel::TrackColumn));
        return {rect.center().x(), rect.top() + 1};
    }

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void reorderByDragAndDrop()
    {
        Window w;
        const QStringList start = w.f.keys();
        // mgh cat (rank 1) dropped below umass (rank 3): it becomes rank 3.
        dragAndDrop(w.view, 0, lowerHalf(w.view, 2));
        QCOMPARE(w.f.keys(), (QStringList {start.at(1), start.at(2), start.at(0), start.at(3)}));
        QCOMPARE(w.stack.count(), 1);
        // bwh (rank 4) dropped above the first row: rank 1.
        dragAndDrop(w.view, 3, upperHalf(w.view, 0));
        QCOMPARE(w.f.keys().constFirst(), start.at(3));
        // The view shows the new order.
        QVERIFY(w.view->model()
                    ->data(w.view->model()->index(0, RankListModel::TrackColumn))
                    .toString()
                    .startsWith(QStringLiteral("Primary Care and Population Medicine — BWH")));
        w.stack.undo();
        w.stack.undo();
        QCOMPARE(w.f.keys(), start);
    }

    void reorderByKeyboard()
    {
        Window w;
        const QStringList start = w.f.keys();
        w.select(0);
        QTest::keyClick(w.view, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(w.f.keys().at(1), start.at(0));
        QCOMPARE(w.view->currentIndex().row(), 1); // the selection follows
        QTest::keyClick(w.view, Qt::Key_Down, Qt::ControlModifier);
        QTest::keyClick(w.view, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(w.f.keys().at(3), start.at(0));
        QTest::keyClick(w.view, Qt::Key_Down, Qt::ControlModifier); // already last
        QCOMPARE(w.stack.count(), 3);
        QTest::keyClick(w.view, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(w.f.keys().at(2), start.at(0));
        // Plain arrows still just move the selection.
        QTest::keyClick(w.view, Qt::Key_Up);
        QCOMPARE(w.view->currentIndex().row(), 1);
        QCOMPARE(w.stack.count(), 4);
        for (int i = 0; i < 4; ++i)
            w.stack.undo();
        QCOMPARE(w.f.keys(), start);
    }

    void pinAndRemoveByKeyboard()
    {
        Window w;
        w.select(1);
        QTest::keyClick(w.view, Qt::Key_Space);
        QVERIFY(w.f.order().at(1).pinned);
        QCOMPARE(
            w.view->model()
                ->data(w.view->model()->index(1, RankListModel::PinnedColumn), Qt::CheckStateRole)
                .value<Qt::CheckState>(),
            Qt::Checked);
        QTest::keyClick(w.view, Qt::Key_Space);
        QVERIFY(!w.f.order().at(1).pinned);
        QTest::keyClick(w.view, Qt::Key_Delete);
        QCOMPARE(w.f.order().size(), 3);
        QVERIFY(w.stack.undoText().contains(QStringLiteral("Remove")));
        w.stack.undo();
        QCOMPARE(w.f.order().size(), 4);
    }

    void sortKeepsPinsFromTheButton()
    {
        Window w;
        w.select(0);
        QTest::keyClick(w.view, Qt::Key_Space); // pin mgh cat at rank 1
        RankListPanel *panel = w.workspace.listPanel();
        QVERIFY(panel->sortButton()->isEnabled());
        QTest::mouseClick(panel->sortButton(), Qt::LeftButton);
        QCOMPARE(w.f.keys().at(0), w.f.tracks.at(0).key);
        QCOMPARE(w.f.keys().at(1), w.f.tracks.at(1).key); // 81.25
        QCOMPARE(w.f.keys().at(2), w.f.tracks.at(2).key); // 75
        // Every entry now sits at its computed place, apart from the pinned one.
        for (int row = 1; row < 4; ++row) {
            const QString distance =
                w.view->model()
                    ->data(w.view->model()->index(row, RankListModel::DistanceColumn))
                    .toString();
            QVERIFY2(distance == u"=" || row == 1 || row == 2, qPrintable(distance));
        }
    }

    void addATrackFromThePicker()
    {
        Window w;
        RankListPanel *panel = w.workspace.listPanel();
        QComboBox *picker = panel->trackPicker();
        // Tracks on the list are not offered.
        for (int i = 0; i < picker->count(); ++i)
            QVERIFY(picker->itemData(i).toString() != w.f.tracks.at(0).key);
        picker->setFocus();
        // Nothing, or too much, matches: said so, nothing added.
        QTest::keyClicks(picker->lineEdit(), QStringLiteral("Dermatology"));
        QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
        QVERIFY(w.workspace.messageLabel()->text().contains(QStringLiteral("Dermatology")));
        picker->lineEdit()->clear();
        QTest::keyClicks(picker->lineEdit(), QStringLiteral("Residency"));
        QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
        QVERIFY(w.workspace.messageLabel()->text().contains(QStringLiteral("choose one")));
        QCOMPARE(w.stack.count(), 0);
        picker->lineEdit()->clear();
        QTest::keyClicks(picker->lineEdit(), QStringLiteral("Global Primary"));
        QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
        QCOMPARE(w.f.keys().size(), 5);
        QCOMPARE(w.f.keys().constLast(), QStringLiteral("mgh-im.global-primary-care"));
        QCOMPARE(w.view->currentTrackId(),
                 RankListRepository(w.f.temp.db())
                     .track(QStringLiteral("mgh-im.global-primary-care"))
                     ->id);
    }

    void warningsShowForWithdrawnTracks()
    {
        Window w;
        QLabel *warnings = w.workspace.listPanel()->warnings();
        QVERIFY(warnings->isHidden());
        QSqlQuery q(w.f.temp->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE programs SET withdrawn = 1 WHERE key = 'bwh-pcpm'")));
        w.workspace.reload();
        QVERIFY(!warnings->isHidden());
        QVERIFY(warnings->text().contains(QStringLiteral("no longer offered")));
        QVERIFY(w.view->model()
                    ->data(w.view->model()->index(3, RankListModel::TrackColumn))
                    .toString()
                    .contains(QStringLiteral("withdrawn")));
    }
};

QTEST_MAIN(TestRankListView)
#include "tst_ranklistview.moc"
