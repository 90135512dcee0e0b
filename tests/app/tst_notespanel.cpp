#include "storage/database.h"
#include "storage/noterepository.h"
#include "storage/programrepository.h"
#include "storage/siterepository.h"
#include "testsupport.h"
#include "views/notespanel.h"
#include "widgets/noteeditor.h"
#include "widgets/safetextbrowser.h"
#include "workspace.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QListView>
#include <QSqlQuery>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QUndoStack>

using namespace rw;

namespace {

// Reads the database file through a connection of its own, as a crash
// survivor (or another program) would see it.
QStringList storedBodies(const QString &path)
{
    auto reader = Database::open(path, Database::Mode::ReadOnly);
    if (!reader)
        return {QStringLiteral("<cannot open>")};
    QSqlQuery query((*reader)->connection());
    query.exec(QStringLiteral("SELECT body FROM notes WHERE peer_id IS NULL ORDER BY id"));
    QStringList bodies;
    while (query.next())
        bodies.append(query.value(0).toString());
    return bodies;
}

struct Fixture
{
    test::TempDatabase temp;
    Workspace workspace;
    std::unique_ptr<NotesPanel> panel;

    Fixture()
    {
        const QString path = temp.path();
        temp.close();
        workspace.setDatabase(std::move(Database::open(path).value()));
        panel = std::make_unique<NotesPanel>(&workspace);
        panel->resize(700, 400);
        panel->show();
        if (!QTest::qWaitForWindowExposed(panel.get()))
            qFatal("panel not exposed");
        panel->setProgram(
            *ProgramRepository(*workspace.database()).program(QStringLiteral("mgh-im")));
    }
    ~Fixture()
    {
        panel->flush();
        panel.reset();
        workspace.closeDatabase();
    }
    QString path() const { return temp.path(); }
};

} // namespace

class TestNotesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void savesAfterAPauseWithoutClosing()
    {
        Fixture f;
        NoteEditor *editor = f.panel->editor();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("Residents looked happy"));
        QVERIFY(editor->isDirty());
        // Not saved on every keystroke, but within the idle pause.
        QTRY_COMPARE_WITH_TIMEOUT(storedBodies(f.path()),
                                  QStringList {QStringLiteral("Residents looked happy")}, 3000);
        QVERIFY(!editor->isDirty());
        QVERIFY(f.panel->currentNoteId() > 0);
        QCOMPARE(f.workspace.undoStack()->count(), 1);
    }

    void continuousTypingIsSavedEverySecond()
    {
        Fixture f;
        NoteEditor *editor = f.panel->editor();
        editor->setFocus();
        // Type one key every 200 ms for 2.5 s: never a pause of 500 ms, yet
        // what was typed reaches the file at least once a second.
        QElapsedTimer clock;
        clock.start();
        int typed = 0;
        bool savedWhileTyping = false;
        while (clock.elapsed() < 2500) {
            QTest::keyClick(editor, Qt::Key_A);
            ++typed;
            QTest::qWait(200);
            const QStringList stored = storedBodies(f.path());
            if (!stored.isEmpty() && !stored.constFirst().isEmpty())
                savedWhileTyping = true;
        }
        QVERIFY(savedWhileTyping);
        QTRY_COMPARE(storedBodies(f.path()), QStringList {QString(typed, u'a')});
        // One burst of typing is one undo step after the note was created.
        QVERIFY(f.workspace.undoStack()->count() <= 2);
    }

    void focusOutAndSwitchingTargetSave()
    {
        Fixture f;
        NoteEditor *editor = f.panel->editor();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("on the program"));
        f.panel->targetBox()->setFocus(); // focus out saves at once
        QCOMPARE(storedBodies(f.path()), QStringList {QStringLiteral("on the program")});

        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral(", more"));
        f.panel->setTarget(QStringLiteral("mgh-im@chelsea"));
        QCOMPARE(storedBodies(f.path()), QStringList {QStringLiteral("on the program, more")});
        QCOMPARE(f.panel->target().kind, NoteTarget::Kind::Site);
        QVERIFY(editor->toPlainText().isEmpty());

        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("commute"));
        f.panel->flush();
        auto onSite = NoteRepository(*f.workspace.database())
                          .notesFor({NoteTarget::Kind::Site, QStringLiteral("mgh-im@chelsea")});
        QCOMPARE(onSite->size(), 1);
        QCOMPARE(onSite->constFirst().body, QStringLiteral("commute"));
        // The target list counts notes.
        QVERIFY(f.panel->targetBox()->currentText().endsWith(QStringLiteral("(1)")));
    }

    void switchingBackShowsTheSavedNote()
    {
        Fixture f;
        f.panel->editor()->setFocus();
        QTest::keyClicks(f.panel->editor(), QStringLiteral("hello"));
        f.panel->setTarget(QStringLiteral("mgh-im.categorical"));
        f.panel->setTarget(QStringLiteral("mgh-im"));
        QCOMPARE(f.panel->editor()->toPlainText(), QStringLiteral("hello"));
        QCOMPARE(f.panel->noteList()->model()->rowCount(), 1);
    }

    void templatesStartANote()
    {
        Fixture f;
        f.panel->newNote(QStringLiteral("interview-day"));
        const QString body = f.panel->editor()->toPlainText();
        QVERIFY(body.contains(QStringLiteral("## Pros")));
        QCOMPARE(storedBodies(f.path()), QStringList {body}); // saved right away
        // The cursor waits on the first bullet.
        QCOMPARE(f.panel->editor()->textCursor().block().text(), QStringLiteral("- "));

        // A second template while the first has text starts another note.
        f.panel->newNote(QStringLiteral("pros-cons"));
        QCOMPARE(storedBodies(f.path()).size(), 2);
        QCOMPARE(f.panel->noteList()->model()->rowCount(), 2);
    }

    void deleteIsUndoable()
    {
        Fixture f;
        f.panel->editor()->setFocus();
        QTest::keyClicks(f.panel->editor(), QStringLiteral("doomed"));
        f.panel->flush();
        f.panel->deleteCurrentNote();
        QCOMPARE(storedBodies(f.path()), QStringList());
        QCOMPARE(f.panel->currentNoteId(), 0);
        QVERIFY(f.panel->editor()->toPlainText().isEmpty());
        f.workspace.undoStack()->undo();
        QCOMPARE(storedBodies(f.path()), QStringList {QStringLiteral("doomed")});
        QCOMPARE(f.panel->editor()->toPlainText(), QStringLiteral("doomed"));
    }

    void peerNotesAreReadOnlyAndFilterable()
    {
        Fixture f;
        Database &db = *f.workspace.database();
        QVERIFY(db.write([&]() -> Status {
                      QSqlQuery q(db.connection());
                      for (const char *sql :
                           {"INSERT INTO peers(name, imported_at) VALUES ('Alex', 'x')",
                            "INSERT INTO notes(program_id, body, created, modified, peer_id, "
                            "external_id) SELECT id, '**Alex** liked <b>it</b>', "
                            "'2025-01-10T10:00:00.000Z', '2025-01-10T10:00:00.000Z', 1, 'n1' "
                            "FROM programs WHERE key = 'mgh-im'"}) {
                          if (!q.exec(QString::fromUtf8(sql)))
                              return Error::database(QString::fromUtf8(sql));
                      }
                      return {};
                  }).ok());
        f.workspace.notifyChanged({Workspace::Notes, QStringLiteral("mgh-im")});
        f.panel->editor()->setFocus();
        QTest::keyClicks(f.panel->editor(), QStringLiteral("mine"));
        f.panel->flush();
        QListView *list = f.panel->noteList();
        QCOMPARE(list->model()->rowCount(), 2); // own first, then Alex's

        // Alex's note shows formatted and read-only; its <b> stays text.
        const QModelIndex alex = list->model()->index(1, 0);
        list->setCurrentIndex(alex);
        QVERIFY(f.panel->viewer()->isVisible());
        QVERIFY(!f.panel->editor()->isVisible());
        const QString shown = f.panel->viewer()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("Alex liked <b>it</b>")), qPrintable(shown));

        // The author filter.
        QComboBox *authors = f.panel->authorBox();
        QCOMPARE(authors->findText(QStringLiteral("Alex")), 2);
        authors->setCurrentIndex(2);
        Q_EMIT authors->activated(2);
        QCOMPARE(list->model()->rowCount(), 1);
        authors->setCurrentIndex(1); // me
        Q_EMIT authors->activated(1);
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data(Qt::UserRole + 2).toBool(), true);
    }

    void aDeletedTargetFallsBackToTheProgram()
    {
        Fixture f;
        ProgramRepository programs(*f.workspace.database());
        ContinuitySite site;
        site.name = QStringLiteral("Pop-up Clinic");
        auto key = SiteRepository(*f.workspace.database()).add(QStringLiteral("mgh-im"), site);
        QVERIFY(key.ok());
        f.panel->setProgram(*programs.program(QStringLiteral("mgh-im")), *key);
        QCOMPARE(f.panel->target().key, *key);
        QVERIFY(programs.deleteItem(*key).ok());
        f.panel->setProgram(*programs.program(QStringLiteral("mgh-im")));
        QCOMPARE(f.panel->target().key, QStringLiteral("mgh-im"));
        QCOMPARE(f.panel->targetBox()->currentData().toString(), QStringLiteral("mgh-im"));
        QCOMPARE(f.panel->targetBox()->findData(*key), -1);
    }

    void ownNotePreviewRendersMarkdown()
    {
        Fixture f;
        f.panel->editor()->setFocus();
        QTest::keyClicks(f.panel->editor(), QStringLiteral("**bold** <i>"));
        auto *preview = f.panel->findChild<QToolButton *>();
        Q_UNUSED(preview);
        const auto buttons = f.panel->findChildren<QToolButton *>();
        QToolButton *previewButton = nullptr;
        for (QToolButton *button : buttons) {
            if (button->isCheckable())
                previewButton = button;
        }
        QVERIFY(previewButton);
        previewButton->click();
        QCOMPARE(f.panel->viewer()->toPlainText(), QStringLiteral("bold <i>"));
        previewButton->click();
        QVERIFY(f.panel->editor()->isVisible());
    }
};

QTEST_MAIN(TestNotesPanel)
#include "tst_notespanel.moc"
