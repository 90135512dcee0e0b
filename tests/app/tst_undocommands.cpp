#include "databasedump.h"
#include "exchange/notesfilereader.h"
#include "exchange/notesimporter.h"
#include "sharingfixtures.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/noterepository.h"
#include "storage/peerrepository.h"
#include "storage/programrepository.h"
#include "storage/siterepository.h"
#include "storage/trackrepository.h"
#include "testsupport.h"
#include "undo/itemcommands.h"
#include "undo/notecommands.h"
#include "undo/sharingcommands.h"
#include "undo/valuecommands.h"
#include "workspace.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUndoStack>

using namespace rw;

namespace {

// Every row of the tables user edits touch, as text: equal snapshots mean
// the database is exactly as it was.
QStringList rawState(Database &db)
{
    QStringList rows;
    for (const char *table : {"institutions", "programs", "tracks", "sites", "site_tracks",
                              "site_languages", "site_services", "notes"}) {
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
        while (query.next()) {
            QStringList fields {QLatin1String(table)};
            for (int i = 0; i < query.record().count(); ++i)
                fields.append(query.value(i).toString());
            rows.append(fields.join(u'|'));
        }
    }
    return rows;
}

// What the user can see: programs whole and notes. Adding then undoing
// leaves a withdrawn row behind (purged on close), invisible here.
QStringList visibleState(Database &db)
{
    QStringList lines;
    ProgramRepository programs(db);
    auto listed = programs.listPrograms();
    if (!listed)
        qFatal("listPrograms: %s", qPrintable(listed.message()));
    for (const Program &summary : *listed) {
        auto loaded = programs.program(summary.key);
        if (!loaded)
            qFatal("program: %s", qPrintable(loaded.message()));
        const Program p = *loaded;
        lines.append(QStringList {p.key, p.name, p.institutionName, p.city, p.state,
                                  p.scheduleModel, p.website}
                         .join(u'|'));
        for (const Track &t : p.tracks)
            lines.append(QStringList {t.key, t.name, trackTypeId(t.type), t.nrmpCode}.join(u'|'));
        for (const ContinuitySite &s : p.sites)
            lines.append(
                QStringList {s.key, s.name, s.residentsPlaced.text, s.trackKeys.join(u',')}.join(
                    u'|'));
    }
    auto notes = NoteRepository(db).all();
    if (!notes)
        qFatal("notes: %s", qPrintable(notes.message()));
    for (const Note &n : *notes)
        lines.append(QStringList {QString::number(n.id), n.target.key, n.body,
                                  n.created.toString(Qt::ISODateWithMs),
                                  n.modified.toString(Qt::ISODateWithMs)}
                         .join(u'|'));
    return lines;
}

struct Fixture
{
    test::TempDatabase temp;
    Workspace workspace;
    Fixture()
    {
        const QString path = temp.path();
        temp.close();
        workspace.setDatabase(std::move(Database::open(path).value()));
    }
    Database &db() { return *workspace.database(); }
    QUndoStack *stack() { return workspace.undoStack(); }
};

ChangeValue<QString, Program> *editProgram(Fixture &f, const Program &before, const Program &after)
{
    return new ChangeValue(&f.workspace, Values::program, QStringLiteral("Edit"), before.key,
                           before, after);
}

Program lakeside()
{
    Program program;
    program.name = QStringLiteral("Lakeside");
    program.institutionName = QStringLiteral("Lakeside Hospital");
    Track track;
    track.name = QStringLiteral("Categorical");
    program.tracks = {track};
    return program;
}

// The second window of the purge test, in a process of its own: opens the
// file, deletes a program, closes.
int deleteInAnotherWindow(const QString &path, const QString &key)
{
    auto db = Database::open(path);
    if (!db)
        return 2;
    Workspace workspace;
    workspace.setDatabase(std::move(*db));
    if (!workspace.push(new DeleteItemCommand(&workspace, key, key)))
        return 3;
    workspace.closeDatabase();
    return 0;
}

} // namespace

class TestUndoCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void addProgramUndoRedo()
    {
        Fixture f;
        const QStringList before = visibleState(f.db());
        QSignalSpy changed(&f.workspace, &Workspace::changed);
        auto *command = AddItemCommand::program(&f.workspace, lakeside());
        QVERIFY(f.workspace.push(command).ok());
        QCOMPARE(f.stack()->count(), 1);
        QCOMPARE(f.stack()->undoText(), QStringLiteral("Add program “Lakeside”"));
        const auto said = changed.takeFirst().at(0).value<Workspace::Changed>();
        QCOMPARE(said.what, Workspace::Changes(Workspace::Programs));
        QCOMPARE(said.key, QStringLiteral("my-lakeside"));
        const QStringList after = visibleState(f.db());
        QVERIFY(after != before);
        f.stack()->undo();
        QCOMPARE(visibleState(f.db()), before);
        f.stack()->redo();
        QCOMPARE(visibleState(f.db()), after); // same key, same rows
    }

    void refusedEditsNeverReachTheStack()
    {
        Fixture f;
        const QStringList before = rawState(f.db());
        Program bad = lakeside();
        bad.tracks[0].nrmpCode = QStringLiteral("12-34");
        Status status = f.workspace.push(AddItemCommand::program(&f.workspace, bad));
        QVERIFY(!status.ok());
        QVERIFY(status.message().contains(QStringLiteral("12-34")));
        QCOMPARE(f.stack()->count(), 0);
        QCOMPARE(rawState(f.db()), before);
    }

    void editProgramIsExact()
    {
        Fixture f;
        QVERIFY(f.workspace.push(AddItemCommand::program(&f.workspace, lakeside())).ok());
        const Program before = *ProgramRepository(f.db()).program(QStringLiteral("my-lakeside"));
        const QStringList beforeRows = rawState(f.db());
        Program after = before;
        after.name = QStringLiteral("Lakeside IM");
        after.city = QStringLiteral("Chicago");
        after.institutionName = QStringLiteral("Brigham and Women's Hospital");
        QVERIFY(f.workspace.push(editProgram(f, before, after)).ok());
        const QStringList afterRows = rawState(f.db());
        QVERIFY(afterRows != beforeRows);
        f.stack()->undo();
        QCOMPARE(rawState(f.db()), beforeRows);
        f.stack()->redo();
        QCOMPARE(rawState(f.db()), afterRows);
    }

    void tracksAndSites()
    {
        Fixture f;
        const QStringList start = visibleState(f.db());
        Track track;
        track.name = QStringLiteral("Night float");
        auto *addTrack = AddItemCommand::track(&f.workspace, QStringLiteral("mgh-im"), track);
        QVERIFY(f.workspace.push(addTrack).ok());
        const QString trackKey = addTrack->key();
        QCOMPARE(trackKey, QStringLiteral("mgh-im.my-night-float"));

        ContinuitySite site;
        site.name = QStringLiteral("Harbor");
        site.trackKeys = {trackKey};
        site.residentsPlaced.text = QStringLiteral("3");
        auto *addSite = AddItemCommand::site(&f.workspace, QStringLiteral("mgh-im"), site);
        QVERIFY(f.workspace.push(addSite).ok());
        const ContinuitySite storedSite = *SiteRepository(f.db()).site(addSite->key());

        const QStringList beforeEdits = rawState(f.db());
        Track renamed = *TrackRepository(f.db()).track(trackKey);
        const Track original = renamed;
        renamed.name = QStringLiteral("Nights");
        renamed.nrmpCode = QStringLiteral("1234140C9");
        QVERIFY(f.workspace
                    .push(new ChangeValue(&f.workspace, Values::track, QStringLiteral("Edit"),
                                          original.key, original, renamed))
                    .ok());
        ContinuitySite moved = storedSite;
        moved.residentsPlaced.text = QStringLiteral("2-4");
        moved.languages = {{QStringLiteral("Spanish"), SiteLanguage::Kind::Staff}};
        QVERIFY(f.workspace
                    .push(new ChangeValue(&f.workspace, Values::site, QStringLiteral("Edit"),
                                          storedSite.key, storedSite, moved))
                    .ok());
        const QStringList afterEdits = rawState(f.db());
        f.stack()->undo();
        f.stack()->undo();
        QCOMPARE(rawState(f.db()), beforeEdits);
        f.stack()->redo();
        f.stack()->redo();
        QCOMPARE(rawState(f.db()), afterEdits);

        // Back to the start: the added track and site disappear.
        while (f.stack()->canUndo())
            f.stack()->undo();
        QCOMPARE(visibleState(f.db()), start);
    }

    void deleteKeepsEverythingForUndo()
    {
        Fixture f;
        QVERIFY(f.workspace.push(AddItemCommand::program(&f.workspace, lakeside())).ok());
        QVERIFY(f.workspace
                    .push(new AddNoteCommand(
                        &f.workspace,
                        {NoteTarget::Kind::Track, QStringLiteral("my-lakeside.categorical")},
                        QStringLiteral("note")))
                    .ok());
        const QStringList before = rawState(f.db());
        QVERIFY(f.workspace
                    .push(new DeleteItemCommand(&f.workspace, QStringLiteral("my-lakeside"),
                                                QStringLiteral("Lakeside")))
                    .ok());
        QCOMPARE(f.stack()->undoText(), QStringLiteral("Delete “Lakeside”"));
        QVERIFY(!ProgramRepository(f.db()).program(QStringLiteral("my-lakeside")).ok());
        QCOMPARE(NoteRepository(f.db()).all()->size(), 0);
        f.stack()->undo();
        QCOMPARE(rawState(f.db()), before);
        QCOMPARE(NoteRepository(f.db()).all()->size(), 1);

        // A catalog program cannot be deleted: refused before the stack.
        QVERIFY(!f.workspace
                     .push(new DeleteItemCommand(&f.workspace, QStringLiteral("mgh-im"),
                                                 QStringLiteral("MGH")))
                     .ok());
        QCOMPARE(f.stack()->index(), 2);
    }

    void notesAddEditDelete()
    {
        Fixture f;
        const NoteTarget target {NoteTarget::Kind::Site, QStringLiteral("mgh-im@chelsea")};
        auto *add = new AddNoteCommand(&f.workspace, target, QStringLiteral("one"));
        QVERIFY(f.workspace.push(add).ok());
        const Note created = add->note();
        QVERIFY(created.id > 0);
        const QStringList afterAdd = rawState(f.db());

        QTest::qWait(5); // a later "modified" than "created"
        QVERIFY(f.workspace.push(new EditNoteCommand(&f.workspace, created, QStringLiteral("two")))
                    .ok());
        const Note edited = *NoteRepository(f.db()).note(created.id);
        // A quick follow-up save merges into the same undo step.
        QVERIFY(f.workspace.push(new EditNoteCommand(&f.workspace, edited, QStringLiteral("three")))
                    .ok());
        QCOMPARE(f.stack()->count(), 2);
        const QStringList afterEdit = rawState(f.db());
        f.stack()->undo();
        QCOMPARE(rawState(f.db()), afterAdd); // body and modified time as they were
        f.stack()->redo();
        QCOMPARE(rawState(f.db()), afterEdit);

        const Note latest = *NoteRepository(f.db()).note(created.id);
        QVERIFY(f.workspace.push(new DeleteNoteCommand(&f.workspace, latest)).ok());
        QCOMPARE(NoteRepository(f.db()).all()->size(), 0);
        f.stack()->undo();
        QCOMPARE(rawState(f.db()), afterEdit);
        f.stack()->undo();
        f.stack()->undo();
        QCOMPARE(NoteRepository(f.db()).all()->size(), 0);
        f.stack()->redo();
        QCOMPARE(rawState(f.db()), afterAdd); // same id and times
    }

    void typingBackToTheStartLeavesNothingToUndo()
    {
        Fixture f;
        auto *add =
            new AddNoteCommand(&f.workspace, {NoteTarget::Kind::Program, QStringLiteral("mgh-im")},
                               QStringLiteral("same"));
        QVERIFY(f.workspace.push(add).ok());
        const Note note = add->note();
        QVERIFY(f.workspace.push(new EditNoteCommand(&f.workspace, note, QStringLiteral("samex")))
                    .ok());
        const Note changed = *NoteRepository(f.db()).note(note.id);
        QVERIFY(f.workspace.push(new EditNoteCommand(&f.workspace, changed, QStringLiteral("same")))
                    .ok());
        QCOMPARE(f.stack()->count(), 1);
    }

    // Consecutive changes of one value are one undo step, and a step that
    // ends where it began goes away.
    void valueChangesMerge()
    {
        Fixture f;
        QVERIFY(f.workspace.push(AddItemCommand::program(&f.workspace, lakeside())).ok());
        const Program first = *ProgramRepository(f.db()).program(QStringLiteral("my-lakeside"));
        Program second = first;
        second.city = QStringLiteral("Chicago");
        Program third = second;
        third.city = QStringLiteral("Evanston");
        QVERIFY(f.workspace.push(editProgram(f, first, second)).ok());
        QVERIFY(f.workspace.push(editProgram(f, second, third)).ok());
        QCOMPARE(f.stack()->count(), 2);
        f.stack()->undo();
        QCOMPARE(ProgramRepository(f.db()).program(first.key)->city, first.city);

        Criterion culture;
        culture.name = QStringLiteral("Culture");
        culture.weight = 3;
        const qint64 id = CriterionRepository(f.db()).add(culture)->id;
        f.stack()->clear();
        QSignalSpy changed(&f.workspace, &Workspace::changed);
        QVERIFY(f.workspace
                    .push(new ChangeValue(&f.workspace, Values::weight, QStringLiteral("w"), id,
                                          3.0, 5.0))
                    .ok());
        QCOMPARE(changed.takeFirst().at(0).value<Workspace::Changed>().what,
                 Workspace::Changes(Workspace::Weights));
        QVERIFY(f.workspace
                    .push(new ChangeValue(&f.workspace, Values::weight, QStringLiteral("w"), id,
                                          5.0, 3.0))
                    .ok());
        QCOMPARE(f.stack()->count(), 0); // back where it began: nothing to undo
        QCOMPARE(CriterionRepository(f.db()).byId(id)->weight, 3.0);
    }

    // Removing a classmate that fails never becomes a step: there is nothing
    // for undo to "restore".
    void failedPeerRemovalNeverReachesTheStack()
    {
        Fixture f;
        test::importNotesAs(f.db(), QStringLiteral("Sam Lee"));
        const QString before = test::databaseDump(f.db());
        auto layer = PeerRepository(f.db()).layer(QStringLiteral("Sam Lee"));
        QVERIFY(layer.ok());
        test::sql(f.db(),
                  QStringLiteral("CREATE TRIGGER keep_peers BEFORE DELETE ON peers "
                                 "BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
        const Status removed = f.workspace.push(new RemovePeerCommand(&f.workspace, *layer));
        QVERIFY(!removed.ok());
        QVERIFY(removed.message().contains(QStringLiteral("disk full")));
        QCOMPARE(f.stack()->count(), 0);
        test::sql(f.db(), QStringLiteral("DROP TRIGGER keep_peers"));
        QCOMPARE(test::databaseDump(f.db()), before);

        // Once it works, undo brings the classmate back exactly.
        QVERIFY(f.workspace.push(new RemovePeerCommand(&f.workspace, *layer)).ok());
        QCOMPARE(PeerRepository(f.db()).peers()->size(), 0);
        f.stack()->undo();
        QCOMPARE(test::databaseDump(f.db()), before);
    }

    // Closing a window removes for good only what that window deleted:
    // another window on the same file can still bring back what it deleted.
    void closingPurgesOnlyThisWindowsDeletions()
    {
        Fixture f;
        QVERIFY(f.workspace.push(AddItemCommand::program(&f.workspace, lakeside())).ok());
        Program other = lakeside();
        other.name = QStringLiteral("Riverside");
        QVERIFY(f.workspace.push(AddItemCommand::program(&f.workspace, other)).ok());
        QVERIFY(f.workspace
                    .push(new DeleteItemCommand(&f.workspace, QStringLiteral("my-lakeside"),
                                                QStringLiteral("Lakeside")))
                    .ok());

        QProcess second;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("RANKWISE_TEST_DELETE"),
                           f.db().path() + u'\n' + QStringLiteral("my-riverside"));
        second.setProcessEnvironment(environment);
        second.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(second.waitForFinished(30000));
        QCOMPARE(second.exitCode(), 0);

        const auto count = [&](const char *key) {
            return test::scalar(f.db(),
                                QStringLiteral("SELECT count(*) FROM programs WHERE key "
                                               "= '%1'")
                                    .arg(QLatin1String(key)))
                .toInt();
        };
        QCOMPARE(count("my-riverside"), 0); // the other window's deletion: purged
        QCOMPARE(count("my-lakeside"), 1); // ours: still there, withdrawn
        f.stack()->undo();
        QVERIFY(ProgramRepository(f.db()).program(QStringLiteral("my-lakeside")).ok());
        f.stack()->redo();
        f.workspace.closeDatabase();
        test::TempDatabase &temp = f.temp;
        QCOMPARE(test::scalar(temp.reopen(),
                              QStringLiteral("SELECT count(*) FROM programs WHERE key = "
                                             "'my-lakeside'"))
                     .toInt(),
                 0);
    }

    void failedUndoIsReportedAndDropped()
    {
        Fixture f;
        auto *add =
            new AddNoteCommand(&f.workspace, {NoteTarget::Kind::Program, QStringLiteral("mgh-im")},
                               QStringLiteral("x"));
        QVERIFY(f.workspace.push(add).ok());
        const Note note = add->note();
        QVERIFY(
            f.workspace.push(new EditNoteCommand(&f.workspace, note, QStringLiteral("y"))).ok());
        // Someone else removed the note behind our back.
        QVERIFY(NoteRepository(f.db()).remove(note.id).ok());
        QSignalSpy errors(&f.workspace, &Workspace::errorOccurred);
        f.stack()->undo();
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.constFirst().at(0).toString().contains(QString::number(note.id)));
        QCOMPARE(f.stack()->count(), 1);
    }
};

int main(int argc, char **argv)
{
    // The purge test's second window.
    if (const QString second = qEnvironmentVariable("RANKWISE_TEST_DELETE"); !second.isEmpty()) {
        QCoreApplication app(argc, argv);
        return deleteInAnotherWindow(second.section(u'\n', 0, 0), second.section(u'\n', 1));
    }
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestUndoCommands test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_undocommands.moc"
