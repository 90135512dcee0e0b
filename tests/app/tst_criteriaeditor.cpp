#include "rank/criteriaeditor.h"
#include "rank/rankcontroller.h"
#include "rank/rankdocument.h"
#include "rank/rankworkspace.h"
#include "rankfixture.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QToolButton>
#include <QUndoStack>

#include <cmath>

using namespace rw;

// The weights editor driven like a user would: a slider dragged previews the
// scores and writes one step when let go; keys, numbers, names, direction.
class TestCriteriaEditor : public QObject
{
    Q_OBJECT

private:
    struct Window
    {
        test::RankFixture f;
        QUndoStack &stack = *f.workspace.undoStack();
        RankWorkspace workspace {&f.workspace};
        CriteriaEditor *editor = workspace.criteriaEditor();
        CriterionRepository criteria {f.temp.db()};

        explicit Window(bool withList = true)
            : f(withList)
        {
            workspace.resize(1280, 800);
            workspace.show();
            if (!QTest::qWaitForWindowExposed(&workspace))
                qFatal("window not exposed");
        }
        double stored(qint64 id) { return criteria.byId(id)->weight; }
    };

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void dragPreviewsThenWritesOnce()
    {
        Window w;
        QSlider *slider = w.editor->weightSlider(w.f.location.id);
        QVERIFY(slider);
        QCOMPARE(slider->value(), 1);
        const ListAnalysis *analysis = w.workspace.document()->analysis();
        QCOMPARE(*analysis->computedPosition(0), 3); // mgh cat, strong on Location

        slider->setSliderDown(true);
        slider->setValue(20);
        // While dragging: scores follow in memory; nothing written, nothing pushed.
        QCOMPARE(*w.workspace.document()->analysis()->computedPosition(0), 1);
        QCOMPARE(w.stored(w.f.location.id), 1.0);
        QCOMPARE(w.stack.count(), 0);
        QCOMPARE(w.editor->weightBox(w.f.location.id)->value(), 20.0);
        QVERIFY(w.editor->shareLabel(w.f.location.id)->text().startsWith(QStringLiteral("83.3")));

        slider->setSliderDown(false); // let go
        QCOMPARE(w.stored(w.f.location.id), 20.0);
        QCOMPARE(w.stack.count(), 1);
        w.stack.undo();
        QCOMPARE(w.stored(w.f.location.id), 1.0);
        QCOMPARE(slider->value(), 1);
        QCOMPARE(*w.workspace.document()->analysis()->computedPosition(0), 3);
    }

    void keyboardStepsMergeIntoOneUndo()
    {
        Window w;
        QSlider *slider = w.editor->weightSlider(w.f.culture.id);
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_Right);
        QTest::keyClick(slider, Qt::Key_Right);
        QTest::keyClick(slider, Qt::Key_PageUp);
        QCOMPARE(w.stored(w.f.culture.id), 10.0);
        QCOMPARE(w.stack.count(), 1);
        QVERIFY(slider->hasFocus()); // rows survive value changes
        w.stack.undo();
        QCOMPARE(w.stored(w.f.culture.id), 3.0);

        QDoubleSpinBox *box = w.editor->weightBox(w.f.culture.id);
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, QStringLiteral("12.5"));
        QCOMPARE(w.stored(w.f.culture.id), 3.0); // not while typing
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(w.stored(w.f.culture.id), 12.5);
        QCOMPARE(w.editor->weightSlider(w.f.culture.id)->value(), 13);
    }

    void renameDirectionRemove()
    {
        Window w;
        QLineEdit *name = w.editor->nameEdit(w.f.culture.id);
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Program culture"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(w.criteria.byId(w.f.culture.id)->name, QStringLiteral("Program culture"));

        // A taken name is refused, said so, and the field goes back.
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("LOCATION"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(name->text(), QStringLiteral("Program culture"));
        QVERIFY(w.workspace.messageLabel()->text().contains(QStringLiteral("already")));

        QComboBox *direction = w.editor->directionBox(w.f.location.id);
        direction->setFocus();
        QTest::keyClick(direction, Qt::Key_Down);
        QCOMPARE(w.criteria.byId(w.f.location.id)->direction, Direction::LowerIsBetter);

        QTest::mouseClick(w.editor->removeButton(w.f.advocacy.id), Qt::LeftButton);
        QCOMPARE(w.criteria.all()->size(), 2);
        QVERIFY(!w.editor->weightSlider(w.f.advocacy.id));
        w.stack.undo();
        QCOMPARE(w.criteria.all()->size(), 3);
        QVERIFY(w.editor->weightSlider(w.f.advocacy.id));
        QCOMPARE(w.stack.count(), 3);
    }

    void sliderEndsAreRound()
    {
        QCOMPARE(CriteriaEditor::sliderMaximum(0), 20);
        QCOMPARE(CriteriaEditor::sliderMaximum(3), 20);
        QCOMPARE(CriteriaEditor::sliderMaximum(20), 30);
        QCOMPARE(CriteriaEditor::sliderMaximum(25), 50);
        QCOMPARE(CriteriaEditor::sliderMaximum(400), 750);
        QCOMPARE(CriteriaEditor::sliderMaximum(CriterionRules::kMaxWeight), 1000);
    }

    void offersTheSuggestedSet()
    {
        test::TempWorkspace w;
        QUndoStack &stack = *w.workspace.undoStack();
        RankWorkspace workspace(&w.workspace);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        CriteriaEditor *editor = workspace.criteriaEditor();
        QVERIFY(editor->suggestButton()->isEnabled());
        QTest::mouseClick(editor->suggestButton(), Qt::LeftButton);
        QCOMPARE(workspace.document()->criteria().size(), 9);
        QVERIFY(!editor->suggestButton()->isEnabled());
        QCOMPARE(stack.count(), 1);
        // Shares of 100: the suggested weights add up to 100.
        const qint64 culture = workspace.document()->criteria().at(1).id;
        QCOMPARE(editor->shareLabel(culture)->text(), QStringLiteral("20%"));
        // The sliders fit the weights in use: one end for all, and the
        // heaviest criterion's thumb past the middle, not crowded at the left.
        double largest = 0;
        int maximum = -1;
        for (const Criterion &c : workspace.document()->criteria()) {
            largest = std::max(largest, c.weight);
            QSlider *slider = editor->weightSlider(c.id);
            QCOMPARE(slider->value(), int(std::lround(c.weight)));
            if (maximum < 0)
                maximum = slider->maximum();
            QCOMPARE(slider->maximum(), maximum);
        }
        QVERIFY2(largest / maximum >= 0.5 && largest / maximum <= 1.0,
                 qPrintable(QStringLiteral("%1 of %2").arg(largest).arg(maximum)));
        stack.undo();
        QVERIFY(workspace.document()->criteria().isEmpty());
        QVERIFY(editor->suggestButton()->isEnabled());
    }
};

QTEST_MAIN(TestCriteriaEditor)
#include "tst_criteriaeditor.moc"
