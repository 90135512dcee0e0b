#include "databasedump.h"
#include "dialogs/peersdialog.h"
#include "exchange/notesfilereader.h"
#include "exchange/notesimporter.h"
#include "models/peersmodel.h"
#include "sharingfixtures.h"
#include "storage/peerrepository.h"
#include "testsupport.h"
#include "workspacefixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace rw;

namespace {

// Answers the next message box with `button` once it is up.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box)
            box->button(button)->click();
    });
}

} // namespace

class TestPeersDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void listsAndRemovesUndoably()
    {
        test::TempWorkspace w;
        test::TempDatabase &temp = w.temp;
        test::importNotesAs(temp.db(), QStringLiteral("Sam Lee"));
        test::importNotesAs(temp.db(), QStringLiteral("Alex Kim"));
        const QString before = test::databaseDump(temp.db());
        QUndoStack &undo = *w.workspace.undoStack();
        PeersDialog dialog(&w.workspace);
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTableView *view = dialog.view();
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(view->model()->index(0, PeersModel::NameColumn).data().toString(),
                 QStringLiteral("Alex Kim"));
        QCOMPARE(view->model()->index(0, PeersModel::NotesColumn).data().toString(),
                 QStringLiteral("2"));

        // Cancelling the question changes nothing.
        view->selectRow(1);
        answerNextMessageBox(QMessageBox::Cancel);
        QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), 2);

        // Delete asks, then removes Sam's layer only.
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        view->setFocus();
        view->selectRow(1);
        answerNextMessageBox(QMessageBox::Yes);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Alex Kim"));
        QCOMPARE(PeerRepository(temp.db()).peers()->size(), 1);
        QCOMPARE(undo.count(), 1);

        undo.undo();
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(test::databaseDump(temp.db()), before);
        undo.redo();
        QCOMPARE(view->model()->rowCount(), 1);
    }

    void showsAnEmptyState()
    {
        test::TempWorkspace w;
        PeersDialog dialog(&w.workspace);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.view()->isVisible());
        QVERIFY(!dialog.removeButton()->isEnabled());
    }

    void namesAreShownInertly()
    {
        test::TempDatabase temp;
        test::importNotesAs(temp.db(), QStringLiteral("Mallory"));
        // A name stored by hand with an override: the model shows it visibly.
        QVERIFY(test::scalar(temp.db(), QStringLiteral("SELECT 1")).isValid());
        PeersModel model;
        Peer peer;
        peer.name = QStringLiteral("Eve\u202Eliam");
        model.setPeers({peer});
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Eve⟦U+202E⟧liam"));
        QCOMPARE(model.index(0, 0).data(PeersModel::NameRole).toString(), peer.name);
    }
};

QTEST_MAIN(TestPeersDialog)
#include "tst_peersdialog.moc"
