#include "widgets/noteeditor.h"

#include <QAction>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTest>

class TestNoteEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void asksToSaveAfterAPause()
    {
        NoteEditor editor;
        editor.show();
        QSignalSpy save(&editor, &NoteEditor::saveRequested);
        QTest::keyClicks(&editor, QStringLiteral("abc"));
        QVERIFY(editor.isDirty());
        QCOMPARE(save.size(), 0);
        QTRY_COMPARE(save.size(), 1);
        editor.markSaved();
        QVERIFY(!editor.isDirty());
    }

    void loadingTextIsNotTyping()
    {
        NoteEditor editor;
        QSignalSpy save(&editor, &NoteEditor::saveRequested);
        editor.setTextSilently(QStringLiteral("stored"));
        QVERIFY(!editor.isDirty());
        QTest::qWait(NoteEditor::kMaxWaitMs + 100);
        QCOMPARE(save.size(), 0);
    }

    void focusOutSavesAtOnce()
    {
        QWidget window;
        auto *editor = new NoteEditor(&window);
        auto *other = new NoteEditor(&window);
        other->move(0, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        editor->setFocus();
        QSignalSpy save(editor, &NoteEditor::saveRequested);
        QTest::keyClicks(editor, QStringLiteral("x"));
        other->setFocus();
        QCOMPARE(save.size(), 1);
    }

    void undoShortcutReachesTheWindow()
    {
        QMainWindow window;
        auto *editor = new NoteEditor(&window);
        window.setCentralWidget(editor);
        auto *undo = new QAction(&window);
        undo->setShortcut(QKeySequence::Undo);
        window.addAction(undo);
        QSignalSpy triggered(undo, &QAction::triggered);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("typed"));
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(triggered.size(), 1);
        QCOMPARE(editor->toPlainText(), QStringLiteral("typed")); // its own undo is off
    }
};

QTEST_MAIN(TestNoteEditor)
#include "tst_noteeditor.moc"
