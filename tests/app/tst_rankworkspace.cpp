#include "rank/addcriteriondialog.h"
#include "rank/breakdownmodel.h"
#include "rank/breakdownpanel.h"
#include "rank/criteriaeditor.h"
#include "rank/decisionaidspanel.h"
#include "rank/newlistdialog.h"
#include "rank/rankdocument.h"
#include "rank/ranklistmodel.h"
#include "rank/ranklistpanel.h"
#include "rank/ranklistview.h"
#include "rank/rankworkspace.h"
#include "rank/snapshotchangesmodel.h"
#include "rank/snapshotspanel.h"
#include "rankfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace rw;

// The whole page: panels wired together, dialogs, messages.
class TestRankWorkspace : public QObject
{
    Q_OBJECT

private:
    // Runs `fill` on the next modal dialog of type D once it is open.
    template<typename D, typename Fill>
    static void whenDialogOpens(Fill fill)
    {
        QTimer::singleShot(0, qApp, [fill] {
            auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
            if (!dialog) {
                QTimer::singleShot(10, qApp, [fill] { whenDialogOpens<D>(fill); });
                return;
            }
            fill(dialog);
        });
    }

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void firstListThroughTheDialog()
    {
        test::TempWorkspace w;
        QUndoStack &stack = *w.workspace.undoStack();
        RankWorkspace workspace(&w.workspace);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        RankListPanel *panel = workspace.listPanel();
        QVERIFY(!panel->trackPicker()->isEnabled()); // no list yet

        whenDialogOpens<NewListDialog>([](NewListDialog *dialog) {
            QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("My rank list")); // offered
            dialog->nameEdit()->setText(QStringLiteral("Preliminary"));
            dialog->kindBox()->setCurrentIndex(1);
            dialog->accept();
        });
        panel->openNewListDialog();
        QCOMPARE(workspace.document()->lists().size(), 1);
        QCOMPARE(workspace.document()->currentList()->kind, RankListKind::Supplemental);
        QVERIFY(panel->listBox()->currentText().contains(QStringLiteral("Preliminary")));
        QVERIFY(panel->trackPicker()->isEnabled());
        QCOMPARE(stack.count(), 1);
    }

    void addCriterionDialogShowsRefusals()
    {
        test::RankFixture f;
        QUndoStack &stack = *f.workspace.undoStack();
        RankWorkspace workspace(&f.workspace);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        int attempts = 0;
        std::function<void(AddCriterionDialog *)> fill = [&](AddCriterionDialog *dialog) {
            ++attempts;
            if (attempts == 1) {
                dialog->nameEdit()->setText(QStringLiteral("culture")); // taken
                dialog->accept();
                whenDialogOpens<AddCriterionDialog>(fill); // shown again with the problem
                return;
            }
            QVERIFY(!dialog->findChild<QLabel *>(QString(), Qt::FindDirectChildrenOnly)
                         ->text()
                         .isEmpty());
            dialog->nameEdit()->setText(QStringLiteral("Sites"));
            dialog->kindBox()->setCurrentIndex(1); // a program fact
            dialog->parameterBox()->setCurrentIndex(
                dialog->parameterBox()->findData(QStringLiteral("continuity-sites")));
            dialog->weightBox()->setValue(4);
            dialog->directionBox()->setCurrentIndex(0);
            dialog->accept();
        };
        whenDialogOpens<AddCriterionDialog>(fill);
        workspace.criteriaEditor()->openAddDialog();
        QCOMPARE(attempts, 2);
        const Criterion &added = workspace.document()->criteria().constLast();
        QCOMPARE(added.name, QStringLiteral("Sites"));
        QCOMPARE(added.kindSpec(), QStringLiteral("attribute:continuity-sites"));
        QCOMPARE(added.weight, 4.0);
        QCOMPARE(stack.count(), 1);
    }

    void breakdownFollowsTheSelection()
    {
        test::RankFixture f;
        RankWorkspace workspace(&f.workspace);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        RankListView *view = workspace.listPanel()->view();
        // The first entry is selected from the start.
        QCOMPARE(workspace.breakdownPanel()->model()->trackId(), f.tracks.at(0).id);
        view->setCurrentIndex(view->model()->index(2, RankListModel::TrackColumn));
        QCOMPARE(workspace.breakdownPanel()->model()->trackId(), f.tracks.at(2).id);
        QVERIFY(workspace.breakdownPanel()->summary()->text().contains(QStringLiteral("75")));
        QVERIFY(workspace.breakdownPanel()->summary()->text().contains(QStringLiteral("missing")));
        // And survives edits that reset the list.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(workspace.breakdownPanel()->model()->trackId(), f.tracks.at(2).id);
        QCOMPARE(view->currentIndex().row(), 1);
    }

    void messagesForRefusals()
    {
        test::RankFixture f;
        RankWorkspace workspace(&f.workspace);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QLabel *message = workspace.messageLabel();
        QVERIFY(!message->isVisible());
        QVERIFY(!workspace.addTrack(f.tracks.at(0).key).ok()); // already on the list
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("already on the list")));
        QVERIFY(workspace.addTrack(QStringLiteral("mgh-im.global-primary-care")).ok());
        QVERIFY(!message->isVisible()); // a successful edit clears it
    }

    void snapshotsPanelTakesAndRestores()
    {
        test::RankFixture f;
        QUndoStack &stack = *f.workspace.undoStack();
        RankWorkspace workspace(&f.workspace);
        workspace.tabs()->setCurrentIndex(RankWorkspace::SnapshotsTab);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        SnapshotsPanel *panel = workspace.snapshotsPanel();
        QVERIFY(!panel->restoreButton()->isEnabled());
        QTest::keyClicks(panel->labelEdit(), QStringLiteral("after interviews"));
        QTest::keyClick(panel->labelEdit(), Qt::Key_Return);
        QCOMPARE(workspace.document()->snapshots().size(), 1);
        QCOMPARE(workspace.document()->snapshots().at(0).label, QStringLiteral("after interviews"));
        QVERIFY(panel->labelEdit()->text().isEmpty());
        QVERIFY(panel->restoreButton()->isEnabled()); // the newest is selected

        const ListOrder original = f.order();
        RankListView *view = workspace.listPanel()->view();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, RankListModel::TrackColumn));
        QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(f.order().size(), 3);
        QCOMPARE(panel->changesModel()->rowCount(), 4);

        QTest::mouseClick(panel->restoreButton(), Qt::LeftButton);
        QCOMPARE(f.order(), original);
        QCOMPARE(workspace.document()->snapshots().size(), 2);
        stack.undo();
        QCOMPARE(f.order().size(), 3);
    }

    void decisionAidsShowTauAndPairs()
    {
        test::RankFixture f;
        RankWorkspace workspace(&f.workspace);
        workspace.tabs()->setCurrentIndex(RankWorkspace::DecisionAidsTab);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        DecisionAidsPanel *aids = workspace.decisionAidsPanel();
        QVERIFY(aids->gutSummary()->text().contains(QStringLiteral("0.33")));
        QCOMPARE(aids->gutCheckView()->model()->rowCount(), 2);
        QCOMPARE(aids->stabilityView()->model()->rowCount(), 2); // bwh is provisional
        QVERIFY(aids->leftOutNote()->text().contains(QStringLiteral("BWH Residency")));
        QVERIFY(aids->leftOutNote()->text().contains(QStringLiteral("20%")));
        // Sorting by score makes the gut check agree fully.
        QTest::mouseClick(workspace.listPanel()->sortButton(), Qt::LeftButton);
        // Tau is written as the CLI writes it (at most two decimals): "tau 1:".
        QVERIFY2(aids->gutSummary()->text().contains(QStringLiteral("tau 1:")),
                 qPrintable(aids->gutSummary()->text()));
        QVERIFY(aids->gutCheckView()->isHidden());
    }

    void everyViewHasAnAccessibleName()
    {
        test::RankFixture f;
        RankWorkspace workspace(&f.workspace);
        QCOMPARE(workspace.tabs()->count(), 5);
        int views = 0;
        for (auto *view : workspace.findChildren<QAbstractItemView *>()) {
            // Headers, and the popups of combo boxes and completers, are Qt's own.
            if (qobject_cast<QHeaderView *>(view) || view->window() != &workspace)
                continue;
            ++views;
            QVERIFY2(!view->accessibleName().isEmpty(), view->metaObject()->className());
        }
        QCOMPARE(views, 7);
    }
};

QTEST_MAIN(TestRankWorkspace)
#include "tst_rankworkspace.moc"
