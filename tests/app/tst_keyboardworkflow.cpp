#include "dialogs/exportpdfdialog.h"
#include "guihelpers.h"
#include "mainwindow.h"
#include "models/programtreemodel.h"
#include "pages/browsepage.h"
#include "pages/rankpage.h"
#include "rank/ranklistmodel.h"
#include "rank/ranklistpanel.h"
#include "rank/ranklistview.h"
#include "rank/rankworkspace.h"
#include "rank/ratingsmodel.h"
#include "rank/ratingsview.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/ranklistrepository.h"
#include "testsupport.h"
#include "workspace.h"

#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace rw;

// The main workflow with the keyboard alone: filter the catalog, open a
// program, put its tracks on the rank list, rate them, reorder the list and
// export it as a PDF. Every step is a key press on the focused widget; the
// test only reads state to check where the keys went.
class TestKeyboardWorkflow : public QObject
{
    Q_OBJECT

private:
    // Key presses go where a user's would: to the focused widget.
    static QWidget *focused()
    {
        QWidget *widget = QApplication::focusWidget();
        if (!widget)
            qFatal("nothing has the keyboard focus");
        return widget;
    }
    static void key(Qt::Key k, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::keyClick(focused(), k, modifiers);
    }
    // Tab until `target` has the focus, as a user would, at most `limit` times.
    static bool tabTo(QWidget *target, int limit = 12)
    {
        for (int i = 0; i < limit && QApplication::focusWidget() != target; ++i)
            key(Qt::Key_Tab);
        return QApplication::focusWidget() == target;
    }

    std::unique_ptr<test::TempDatabase> m_temp;

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void filterOpenRateReorderExport()
    {
        m_temp = std::make_unique<test::TempDatabase>();
        Criterion culture;
        culture.name = QStringLiteral("Culture");
        culture.weight = 1;
        culture.kind = CriterionKind::Rating;
        QVERIFY(CriterionRepository(m_temp->db()).add(culture));
        const QString path = m_temp->path();
        m_temp->close();

        auto db = Database::open(path);
        QVERIFY(db);
        MainWindow window(std::move(db.value()));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // 1. Ctrl+F, type, Down: the first match is current in the list.
        key(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(focused(), window.filterEdit());
        QTest::keyClicks(focused(), QStringLiteral("umass"));
        key(Qt::Key_Down);
        QTreeView *programs = window.programView();
        QCOMPARE(focused(), programs);
        QCOMPARE(programs->currentIndex().data(ProgramTreeModel::KeyRole).toString(),
                 QStringLiteral("umass-im"));

        // 2. The filter opens the programs it found; Down walks onto each
        //    track and Ctrl+R adds it.
        QVERIFY(programs->isExpanded(programs->currentIndex()));
        QStringList added;
        for (int i = 0; i < 2; ++i) {
            key(Qt::Key_Down);
            added.append(programs->currentIndex().data(ProgramTreeModel::KeyRole).toString());
            key(Qt::Key_R, Qt::ControlModifier);
        }
        QCOMPARE(added,
                 (QStringList {QStringLiteral("umass-im.categorical"),
                               QStringLiteral("umass-im.primary-care")}));
        RankWorkspace *rank = window.rankPage()->rankWorkspace();
        QTRY_COMPARE(rank->listPanel()->model()->rowCount(), 2);

        // 3. Ctrl+3 shows the rank list; reach the list and move the first
        //    entry down with Ctrl+Down.
        key(Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.pages()->currentWidget(), window.rankPage());
        RankListView *list = rank->listPanel()->view();
        QVERIFY(tabTo(list));
        key(Qt::Key_Home, Qt::ControlModifier);
        key(Qt::Key_Down, Qt::ControlModifier);
        auto storedOrder = [&] {
            QStringList keys;
            RankListRepository lists(*window.workspace()->database());
            const auto all = lists.all();
            if (!all || all->isEmpty())
                return keys;
            const auto entries = lists.entries(all->first().id);
            for (const RankEntry &e : *entries)
                keys.append(e.trackKey);
            return keys;
        };
        QTRY_COMPARE(storedOrder(), (QStringList {added.at(1), added.at(0)}));

        // 4. Alt+T opens the Ratings tab; type a rating for each entry.
        key(Qt::Key_T, Qt::AltModifier);
        QCOMPARE(rank->tabs()->currentWidget()->isAncestorOf(rank->ratingsView())
                     || rank->tabs()->currentWidget() == rank->ratingsView(),
                 true);
        QVERIFY(tabTo(rank->ratingsView()));
        key(Qt::Key_Home, Qt::ControlModifier);
        key(Qt::Key_5);
        key(Qt::Key_2);
        QTRY_COMPARE(rank->ratingsModel()->index(0, 0).data(Qt::EditRole).toInt(), 5);
        QCOMPARE(rank->ratingsModel()->index(1, 0).data(Qt::EditRole).toInt(), 2);

        // 5. Export: Ctrl+P, the file name typed, Alt+S to save the PDF.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("my list.pdf"));
        bool dialogSeen = false;
        test::onNextModal([&](QWidget *modal) {
            dialogSeen = qobject_cast<ExportPdfDialog *>(modal) != nullptr;
            // Its shortcuts work once it is the active window and holds the
            // focus, as for a user who waits for it to come up.
            const bool ready = QTest::qWaitForWindowActive(modal) && QTest::qWaitFor([modal] {
                                   return modal->isAncestorOf(QApplication::focusWidget());
                               });
            if (!ready) {
                modal->close();
                return;
            }
            QTest::keyClick(modal, Qt::Key_F, Qt::AltModifier); // &File:
            QLineEdit *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
            if (!edit) {
                modal->close();
                return;
            }
            QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(edit, pdf);
            QTest::keyClick(edit, Qt::Key_S, Qt::AltModifier); // &Save PDF
        });
        // Ctrl+P opens the report dialog (to print); Alt+S there saves the PDF.
        key(Qt::Key_P, Qt::ControlModifier);
        QVERIFY(dialogSeen);
        QVERIFY(QFile::exists(pdf));

        // The PDF holds the list in the order chosen by keys.
        const QString out = test::pdfText(pdf);
        const qsizetype primary = out.indexOf(QStringLiteral("Primary Care"));
        const qsizetype categorical = out.indexOf(QStringLiteral("Categorical"));
        QVERIFY2(primary >= 0 && categorical > primary, qPrintable(out));
    }
};

QTEST_MAIN(TestKeyboardWorkflow)
#include "tst_keyboardworkflow.moc"
