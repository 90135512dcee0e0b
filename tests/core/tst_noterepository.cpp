#include "storage/noterepository.h"
#include "storage/programrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace rw;

class TestNoteRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void resolvesTargets()
    {
        test::TempDatabase temp;
        NoteRepository notes(temp.db());
        QCOMPARE(notes.resolveTarget(QStringLiteral("mgh-im"))->kind, NoteTarget::Kind::Program);
        QCOMPARE(notes.resolveTarget(QStringLiteral("mgh-im.primary-care"))->kind,
                 NoteTarget::Kind::Track);
        QCOMPARE(notes.resolveTarget(QStringLiteral("mgh-im@chelsea"))->kind,
                 NoteTarget::Kind::Site);
        auto missing = notes.resolveTarget(QStringLiteral("mgh-im@nowhere"));
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QCOMPARE(notes.resolveTarget(QStringLiteral("Not A Key")).error().kind, Error::Kind::Input);
    }

    void addUpdateRemove()
    {
        test::TempDatabase temp;
        NoteRepository notes(temp.db());
        const NoteTarget site {NoteTarget::Kind::Site, QStringLiteral("mgh-im@chelsea")};
        auto added = notes.add(site, QStringLiteral("Residents seemed happy."));
        QVERIFY(added.ok());
        QVERIFY(added->id > 0);
        QVERIFY(added->isOwn());

        auto read = notes.note(added->id);
        QVERIFY(read.ok());
        QCOMPARE(read->target, site);
        QCOMPARE(read->body, QStringLiteral("Residents seemed happy."));
        QCOMPARE(read->created, added->created);

        QTest::qWait(5);
        QVERIFY(notes.update(added->id, QStringLiteral("Residents seemed very happy.")).ok());
        read = notes.note(added->id);
        QCOMPARE(read->body, QStringLiteral("Residents seemed very happy."));
        QVERIFY(read->modified > read->created);

        QVERIFY(notes.remove(added->id).ok());
        QCOMPARE(notes.note(added->id).error().kind, Error::Kind::NotFound);

        // Undo of a delete puts it back exactly.
        QVERIFY(notes.restore(*read).ok());
        auto restored = notes.note(added->id);
        QCOMPARE(restored->body, read->body);
        QCOMPARE(restored->created, read->created);
        QCOMPARE(restored->modified, read->modified);
    }

    void programNotesIncludeTracksAndSites()
    {
        test::TempDatabase temp;
        NoteRepository notes(temp.db());
        QVERIFY(
            notes.add({NoteTarget::Kind::Program, QStringLiteral("mgh-im")}, QStringLiteral("a"))
                .ok());
        QVERIFY(notes
                    .add({NoteTarget::Kind::Track, QStringLiteral("mgh-im.primary-care")},
                         QStringLiteral("b"))
                    .ok());
        QVERIFY(
            notes.add({NoteTarget::Kind::Site, QStringLiteral("mgh-im@ima")}, QStringLiteral("c"))
                .ok());
        QVERIFY(
            notes.add({NoteTarget::Kind::Program, QStringLiteral("umass-im")}, QStringLiteral("d"))
                .ok());
        QCOMPARE(notes.notesForProgram(QStringLiteral("mgh-im"))->size(), 3);
        QCOMPARE(notes.all(QStringLiteral("mgh-im"))->size(), 3);
        QCOMPARE(notes.all(QStringLiteral("mgh-im@ima"))->size(), 1);
        QCOMPARE(notes.all()->size(), 4);
        QCOMPARE(notes.notesFor({NoteTarget::Kind::Program, QStringLiteral("mgh-im")})->size(), 1);
    }

    void peerNotesAreReadOnlyHere()
    {
        test::TempDatabase temp;
        QVERIFY(temp->write([&]() -> Status {
                        QSqlQuery q(temp->connection());
                        if (!q.exec(QStringLiteral(
                                "INSERT INTO peers(name, imported_at) VALUES ('Alex', 'x')")))
                            return Error::database(QStringLiteral("peer"));
                        if (!q.exec(QStringLiteral("INSERT INTO notes(program_id, body, created, "
                                                   "modified, peer_id, external_id) "
                                                   "SELECT id, 'peer note', 'x', 'x', 1, 'n1' FROM "
                                                   "programs WHERE key = 'mgh-im'")))
                            return Error::database(QStringLiteral("note"));
                        return {};
                    })
                    .ok());
        NoteRepository notes(temp.db());
        auto all = notes.all();
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->constFirst().author, QStringLiteral("Alex"));
        QVERIFY(!all->constFirst().isOwn());
        QCOMPARE(notes.update(all->constFirst().id, QStringLiteral("mine now")).error().kind,
                 Error::Kind::NotFound);
        QCOMPARE(notes.remove(all->constFirst().id).error().kind, Error::Kind::NotFound);
        QCOMPARE(notes.note(all->constFirst().id)->body, QStringLiteral("peer note"));
    }

    void refusesHugeNote()
    {
        test::TempDatabase temp;
        NoteRepository notes(temp.db());
        auto added = notes.add({NoteTarget::Kind::Program, QStringLiteral("mgh-im")},
                               QString(NoteRepository::kMaxBodyLength + 1, u'x'));
        QCOMPARE(added.error().kind, Error::Kind::Input);
        QCOMPARE(notes.all()->size(), 0);
    }

    void notesOnDeletedTargetsAreHidden()
    {
        test::TempDatabase temp;
        ProgramRepository programs(temp.db());
        Program mine;
        mine.name = QStringLiteral("Lakeside");
        mine.institutionName = QStringLiteral("Lakeside Hospital");
        Track categorical;
        categorical.name = QStringLiteral("Categorical");
        mine.tracks = {categorical, categorical};
        mine.tracks[1].name = QStringLiteral("Prelim");
        auto key = programs.addProgram(mine);
        QVERIFY(key.ok());
        NoteRepository notes(temp.db());
        auto onProgram = notes.add({NoteTarget::Kind::Program, *key}, QStringLiteral("p"));
        auto onTrack = notes.add({NoteTarget::Kind::Track, QStringLiteral("my-lakeside.prelim")},
                                 QStringLiteral("t"));
        QCOMPARE(notes.all()->size(), 2);

        QVERIFY(programs.deleteItem(QStringLiteral("my-lakeside.prelim")).ok());
        QCOMPARE(notes.all()->size(), 1);
        QCOMPARE(notes.notesForProgram(*key)->size(), 1);
        QCOMPARE(notes.resolveTarget(QStringLiteral("my-lakeside.prelim")).error().kind,
                 Error::Kind::NotFound);
        QCOMPARE(notes.note(onTrack->id)->body, QStringLiteral("t")); // still stored

        QVERIFY(programs.deleteItem(*key).ok());
        QCOMPARE(notes.all()->size(), 0);
        QVERIFY(programs.restoreItem(*key).ok());
        QVERIFY(programs.restoreItem(QStringLiteral("my-lakeside.prelim")).ok());
        QCOMPARE(notes.all()->size(), 2);
        Q_UNUSED(onProgram);
    }

    void updateCanPutBackAnEarlierTime()
    {
        test::TempDatabase temp;
        NoteRepository notes(temp.db());
        auto note = notes.add({NoteTarget::Kind::Program, QStringLiteral("mgh-im")},
                              QStringLiteral("first"));
        const QDateTime earlier = QDateTime(QDate(2024, 11, 2), QTime(9, 30), Qt::UTC);
        QVERIFY(notes.update(note->id, QStringLiteral("back"), earlier).ok());
        QCOMPARE(notes.note(note->id)->modified, earlier);
        QCOMPARE(notes.note(note->id)->body, QStringLiteral("back"));
    }

    void authorsAreThePeersWithNotes()
    {
        test::TempDatabase temp;
        QVERIFY(temp->write([&]() -> Status {
                        QSqlQuery q(temp->connection());
                        for (const char *sql :
                             {"INSERT INTO peers(name, imported_at) VALUES ('Zoe', 'x')",
                              "INSERT INTO peers(name, imported_at) VALUES ('Alex', 'x')",
                              "INSERT INTO peers(name, imported_at) VALUES ('Nobody', 'x')",
                              "INSERT INTO notes(program_id, body, created, modified, peer_id, "
                              "external_id) SELECT id, 'a', 'x', 'x', 1, 'n1' FROM programs "
                              "WHERE key = 'mgh-im'",
                              "INSERT INTO notes(program_id, body, created, modified, peer_id, "
                              "external_id) SELECT id, 'b', 'x', 'x', 2, 'n1' FROM programs "
                              "WHERE key = 'mgh-im'"}) {
                            if (!q.exec(QString::fromUtf8(sql)))
                                return Error::database(QString::fromUtf8(sql));
                        }
                        return {};
                    })
                    .ok());
        QCOMPARE(*NoteRepository(temp.db()).authors(),
                 (QStringList {QStringLiteral("Alex"), QStringLiteral("Zoe")}));
    }
};

QTEST_GUILESS_MAIN(TestNoteRepository)
#include "tst_noterepository.moc"
