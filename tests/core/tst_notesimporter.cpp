#include "databasedump.h"
#include "exchange/notesexporter.h"
#include "exchange/notesfilereader.h"
#include "exchange/notesimporter.h"
#include "sharingfixtures.h"
#include "storage/peerrepository.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace rw;

namespace {

ExportOptions byAlex()
{
    ExportOptions options;
    options.author = QStringLiteral("Alex Kim");
    return options;
}

NotesFile exported(Database &db, const ExportOptions &options = byAlex())
{
    auto file = NotesExporter(db).build(options);
    if (!file)
        qFatal("export failed: %s", qPrintable(file.message()));
    return *file;
}

QList<Note> allNotes(Database &db)
{
    auto all = NoteRepository(db).all();
    if (!all)
        qFatal("cannot read notes: %s", qPrintable(all.message()));
    return *all;
}

QList<Note> peerNotes(Database &db)
{
    QList<Note> notes;
    const auto all = NoteRepository(db).all();
    for (const Note &note : *all) {
        if (!note.isOwn())
            notes.append(note);
    }
    return notes;
}

// The notes table's rows exactly as stored.
QStringList notesRows(Database &db)
{
    return test::databaseDump(db).split(u'\n').filter(
        QRegularExpression(QStringLiteral("^notes\\|")));
}

// A dump without the peers' rows, whose import time a redo sets anew.
QString withoutPeers(const QString &dump)
{
    QStringList lines = dump.split(u'\n');
    lines.removeIf([](const QString &line) { return line.startsWith(QStringLiteral("peers|")); });
    return lines.join(u'\n');
}

const Note *noteWithBody(const QList<Note> &notes, const QString &body)
{
    for (const Note &note : notes) {
        if (note.body == body)
            return &note;
    }
    return nullptr;
}

// Notes on catalog and user programs in a database with the bundled catalog.
struct Exporter
{
    test::TempDatabase temp;
    QString tuftsKey;
    QString chaKey;

    Exporter()
    {
        Database &db = temp.db();
        tuftsKey = test::addUserProgram(
            db, QStringLiteral("Tufts Internal Medicine"), QStringLiteral("Tufts Medical Center"),
            {{QStringLiteral("Categorical"), QStringLiteral("1234140C0")}});
        chaKey = test::addUserProgram(db, QStringLiteral("CHA Internal Medicine"),
                                      QStringLiteral("Cambridge Health Alliance"),
                                      {{QStringLiteral("Primary Care"), {}}});
        using K = NoteTarget::Kind;
        test::addOwnNote(db, K::Program, QStringLiteral("mgh-im"), QStringLiteral("mgh program"));
        test::addOwnNote(db, K::Track, QStringLiteral("mgh-im.primary-care"),
                         QStringLiteral("mgh primary care"));
        test::addOwnNote(db, K::Site, QStringLiteral("mgh-im@ima"), QStringLiteral("mgh ima site"));
        test::addOwnNote(db, K::Track, QStringLiteral("umass-im.categorical"),
                         QStringLiteral("umass categorical"));
        test::addOwnNote(db, K::Track, tuftsKey + QStringLiteral(".categorical"),
                         QStringLiteral("tufts categorical"));
        test::addOwnNote(db, K::Program, chaKey, QStringLiteral("cha program"));
    }
};

// A database without the bundled catalog, holding its own versions of two of
// the exporter's programs: Tufts under other names but the same NRMP code, and
// MGH under its names spelled differently, with a differently spelled track.
struct Importer
{
    test::TempDatabase temp {false};
    QString tuftsKey;
    QString mghKey;

    Importer()
    {
        tuftsKey = test::addUserProgram(temp.db(), QStringLiteral("Tufts MC IM (my copy)"),
                                        QStringLiteral("Tufts"),
                                        {{QStringLiteral("Cat."), QStringLiteral("1234140C0")}});
        mghKey = test::addUserProgram(
            temp.db(), QStringLiteral("massachusetts general hospital internal-medicine residency"),
            QStringLiteral("MASSACHUSETTS GENERAL HOSPITAL."),
            {{QStringLiteral("Primary care"), {}}});
    }
};

} // namespace

class TestNotesImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void roundTripBetweenDifferentCatalogs()
    {
        Exporter a;
        Importer b;
        const NotesFile file = exported(a.temp.db());
        QCOMPARE(file.items.size(), 6);

        NotesImporter importer(b.temp.db());
        auto result = importer.apply(file, {});
        QVERIFY2(result.ok(), test::why(result).constData());
        const ImportCounts &counts = result->preview.counts;
        QCOMPARE(counts.matched, 4);
        QCOMPARE(counts.unmatched, 2);
        QCOMPARE(counts.added, 4);
        QCOMPARE(counts.skipped, 2);
        QCOMPARE(counts.updated, 0);
        QCOMPARE(counts.unchanged, 0);
        QCOMPARE(result->preview.peerName, QStringLiteral("Alex Kim"));

        auto how = [&](const QString &body) {
            for (const ImportItemPlan &step : result->preview.items) {
                if (file.items.at(step.index).body == body)
                    return step.match.how;
            }
            return TargetMatch::How::None;
        };
        QCOMPARE(how(QStringLiteral("tufts categorical")), TargetMatch::How::NrmpCode);
        QCOMPARE(how(QStringLiteral("mgh program")), TargetMatch::How::Names);
        QCOMPARE(how(QStringLiteral("mgh primary care")), TargetMatch::How::Names);
        QCOMPARE(how(QStringLiteral("mgh ima site")), TargetMatch::How::ProgramOnly);
        QCOMPARE(how(QStringLiteral("umass categorical")), TargetMatch::How::None);

        const QList<Note> notes = peerNotes(b.temp.db());
        QCOMPARE(notes.size(), 4);
        for (const Note &note : notes)
            QCOMPARE(note.author, QStringLiteral("Alex Kim"));
        QCOMPARE(noteWithBody(notes, QStringLiteral("tufts categorical"))->target.key,
                 b.tuftsKey + QStringLiteral(".cat"));
        QCOMPARE(noteWithBody(notes, QStringLiteral("mgh primary care"))->target.key,
                 b.mghKey + QStringLiteral(".primary-care"));
        // The site is not in this catalog: the note sits on the program.
        const Note *site = noteWithBody(notes, QStringLiteral("mgh ima site"));
        QCOMPARE(site->target, (NoteTarget {NoteTarget::Kind::Program, b.mghKey}));
        QCOMPARE(test::scalar(b.temp.db(),
                              QStringLiteral("SELECT peer_target FROM notes WHERE body = "
                                             "'mgh ima site'"))
                     .toString(),
                 QStringLiteral("Massachusetts General Hospital Internal Medicine Residency › "
                                "Mass General Internal Medical Associates"));
        // Created and modified times come from the file.
        const QList<Note> originals = allNotes(a.temp.db());
        const Note &original = *noteWithBody(originals, QStringLiteral("mgh program"));
        QCOMPARE(noteWithBody(notes, QStringLiteral("mgh program"))->modified, original.modified);
    }

    void addsUnmatchedProgramsWhenAsked()
    {
        Exporter a;
        Importer b;
        const NotesFile file = exported(a.temp.db());
        NotesImporter importer(b.temp.db());
        QVERIFY(importer.apply(file, {}).ok());

        ImportOptions add;
        add.addUnmatched = true;
        auto preview = importer.preview(file, add);
        QVERIFY(preview.ok());
        QCOMPARE(preview->counts.programsAdded, 2);
        QCOMPARE(
            preview->programsToAdd,
            (QStringList {QStringLiteral("University of Massachusetts Medical School — "
                                         "UMass Internal Medicine Residency"),
                          QStringLiteral("Cambridge Health Alliance — CHA Internal Medicine")}));

        auto result = importer.apply(file, add);
        QVERIFY2(result.ok(), test::why(result).constData());
        QCOMPARE(result->preview.counts.unmatched, 2);
        QCOMPARE(result->preview.counts.added, 2);
        QCOMPARE(result->preview.counts.unchanged, 4);
        QCOMPARE(result->addedProgramKeys.size(), 2);
        QCOMPARE(result->addedInstitutionKeys.size(), 2);
        QCOMPARE(peerNotes(b.temp.db()).size(), 6);

        // The added programs are the user's own, with the file's names and tracks.
        auto umass = ProgramRepository(b.temp.db()).program(result->addedProgramKeys.at(0));
        QVERIFY(umass.ok());
        QCOMPARE(umass->origin, Origin::User);
        QCOMPARE(umass->name, QStringLiteral("UMass Internal Medicine Residency"));
        QCOMPARE(umass->tracks.size(), 1);
        QCOMPARE(umass->tracks.at(0).name, QStringLiteral("Categorical"));
        QCOMPARE(umass->tracks.at(0).type, TrackType::Categorical);
        auto cha = ProgramRepository(b.temp.db()).program(result->addedProgramKeys.at(1));
        QCOMPARE(cha->tracks.at(0).name, QStringLiteral("Main track"));

        // Importing once more changes nothing: everything now matches.
        auto again = importer.apply(file, add);
        QVERIFY(again.ok());
        QCOMPARE(again->preview.counts.matched, 6);
        QCOMPARE(again->preview.counts.unchanged, 6);
        QCOMPARE(again->addedProgramKeys.size(), 0);
    }

    void addsSitesOfUnmatchedPrograms()
    {
        auto file = NotesFileReader::readFile(
            test::dataPath(QStringLiteral("notes/good/two-notes.rwnotes")));
        QVERIFY(file.ok());
        NoteItem site = file->items.at(0);
        site.id = QStringLiteral("site-1");
        site.target.kind = NoteTarget::Kind::Site;
        site.target.key = QStringLiteral("mgh-im@chelsea");
        site.target.site = QStringLiteral("Chelsea HealthCare Center");
        site.body = QStringLiteral("site body");
        file->items.append(site);
        test::TempDatabase empty(false);
        const QString before = test::databaseDump(empty.db());
        ImportOptions add;
        add.addUnmatched = true;
        auto result = NotesImporter(empty.db()).apply(*file, add);
        QVERIFY2(result.ok(), test::why(result).constData());
        QCOMPARE(result->addedProgramKeys.size(), 1);
        auto program = ProgramRepository(empty.db()).program(result->addedProgramKeys.at(0));
        QCOMPARE(program->tracks.size(), 1);
        QCOMPARE(program->tracks.at(0).nrmpCode, QStringLiteral("1234140M0"));
        QCOMPARE(program->tracks.at(0).type, TrackType::PrimaryCare);
        QCOMPARE(program->sites.size(), 1);
        QCOMPARE(program->sites.at(0).name, QStringLiteral("Chelsea HealthCare Center"));
        const QList<Note> notes = peerNotes(empty.db());
        QCOMPARE(notes.size(), 3);
        QCOMPARE(noteWithBody(notes, site.body)->target,
                 (NoteTarget {NoteTarget::Kind::Site, program->sites.at(0).key}));
        // Undo takes the program, its site and its institution away again.
        QVERIFY(NotesImporter(empty.db()).undo(*result).ok());
        QCOMPARE(test::databaseDump(empty.db()), before);
    }

    void undoPutsTheDatabaseBackForANewPeer()
    {
        Exporter a;
        Importer b;
        const NotesFile file = exported(a.temp.db());
        const QString before = test::databaseDump(b.temp.db());
        ImportOptions add;
        add.addUnmatched = true;
        NotesImporter importer(b.temp.db());
        auto receipt = importer.apply(file, add);
        QVERIFY2(receipt.ok(), test::why(receipt).constData());
        QVERIFY(!receipt->previousLayer);
        QCOMPARE(receipt->addedProgramKeys.size(), 2);
        QCOMPARE(receipt->addedInstitutionKeys.size(), 2);
        const QString imported = withoutPeers(test::databaseDump(b.temp.db()));

        QVERIFY(importer.undo(*receipt).ok());
        QCOMPARE(test::databaseDump(b.temp.db()), before);

        // Redo imports again, adding the programs under the same keys.
        auto redone = importer.apply(file, add);
        QVERIFY2(redone.ok(), test::why(redone).constData());
        QCOMPARE(redone->addedProgramKeys, receipt->addedProgramKeys);
        QCOMPARE(withoutPeers(test::databaseDump(b.temp.db())), imported);
        QVERIFY(importer.undo(*redone).ok());
        QCOMPARE(test::databaseDump(b.temp.db()), before);
    }

    void undoPutsBackThePeersNotesAsTheyWere()
    {
        Exporter a;
        test::TempDatabase b;
        NotesImporter importer(b.db());
        const NotesFile older = exported(a.temp.db());
        QVERIFY(importer.apply(older, {}).ok());
        QTest::qWait(5); // distinct modified times
        const Note mgh = *noteWithBody(allNotes(a.temp.db()), QStringLiteral("mgh program"));
        QVERIFY(NoteRepository(a.temp.db())
                    .update(mgh.id, QStringLiteral("mgh program, revised"))
                    .ok());
        test::addOwnNote(a.temp.db(), NoteTarget::Kind::Track, QStringLiteral("mgh-im.categorical"),
                         QStringLiteral("mgh categorical"));
        NotesFile newer = exported(a.temp.db());
        newer.exportedAt = older.exportedAt.addSecs(60);
        const QString before = test::databaseDump(b.db());

        auto receipt = importer.apply(newer, {});
        QVERIFY2(receipt.ok(), test::why(receipt).constData());
        QCOMPARE(receipt->preview.counts.updated, 1);
        QCOMPARE(receipt->preview.counts.added, 1);
        QVERIFY(receipt->previousLayer);
        QVERIFY(importer.undo(*receipt).ok());
        QCOMPARE(test::databaseDump(b.db()), before);

        auto redone = importer.apply(newer, {});
        QVERIFY2(redone.ok(), test::why(redone).constData());
        QCOMPARE(redone->preview.counts.updated, 1);
        QCOMPARE(redone->preview.counts.added, 1);
        QVERIFY(noteWithBody(peerNotes(b.db()), QStringLiteral("mgh program, revised")));
        QVERIFY(noteWithBody(peerNotes(b.db()), QStringLiteral("mgh categorical")));
        QVERIFY(importer.undo(*redone).ok());
        QCOMPARE(test::databaseDump(b.db()), before);
    }

    void reimportingIsIdempotent()
    {
        Exporter a;
        test::TempDatabase b;
        const NotesFile file = exported(a.temp.db());
        NotesImporter importer(b.db());
        QVERIFY(importer.apply(file, {}).ok());
        const QStringList notesBefore = notesRows(b.db());
        const int count = int(peerNotes(b.db()).size());
        QCOMPARE(count, 4); // two notes are on user programs B does not have

        auto again = importer.apply(file, {});
        QVERIFY(again.ok());
        QCOMPARE(again->preview.counts.added, 0);
        QCOMPARE(again->preview.counts.unchanged, 4);
        QCOMPARE(again->preview.counts.updated, 0);
        QCOMPARE(peerNotes(b.db()).size(), count);
        QCOMPARE(notesRows(b.db()), notesBefore);
        QCOMPARE(PeerRepository(b.db()).peers()->size(), 1);
    }

    void newerFileUpdatesOlderFileDoesNotRollBack()
    {
        Exporter a;
        test::TempDatabase b;
        const NotesFile older = exported(a.temp.db());
        QTest::qWait(5); // distinct modified times
        const Note mgh = *noteWithBody(allNotes(a.temp.db()), QStringLiteral("mgh program"));
        QVERIFY(NoteRepository(a.temp.db())
                    .update(mgh.id, QStringLiteral("mgh program, revised"))
                    .ok());
        NotesFile newer = exported(a.temp.db());
        newer.exportedAt = older.exportedAt.addSecs(60);

        NotesImporter importer(b.db());
        QVERIFY(importer.apply(older, {}).ok());
        auto updated = importer.apply(newer, {});
        QVERIFY(updated.ok());
        QCOMPARE(updated->preview.counts.updated, 1);
        QCOMPARE(updated->preview.counts.unchanged, 3);
        QCOMPARE(updated->preview.counts.added, 0);
        QVERIFY(noteWithBody(peerNotes(b.db()), QStringLiteral("mgh program, revised")));
        QCOMPARE(peerNotes(b.db()).size(), 4);

        // The older file again: flagged, and the revised note stays.
        auto preview = importer.preview(older, {});
        QVERIFY(preview.ok());
        QVERIFY(preview->olderThanPrevious);
        QCOMPARE(preview->previousFileExportedAt, newer.exportedAt);
        auto rolledBack = importer.apply(older, {});
        QVERIFY(rolledBack.ok());
        QCOMPARE(rolledBack->preview.counts.keptNewer, 1);
        QCOMPARE(rolledBack->preview.counts.updated, 0);
        QVERIFY(noteWithBody(peerNotes(b.db()), QStringLiteral("mgh program, revised")));
        QVERIFY(!noteWithBody(peerNotes(b.db()), QStringLiteral("mgh program")));
        QCOMPARE(PeerRepository(b.db()).peer(QStringLiteral("alex kim"))->fileExportedAt,
                 newer.exportedAt);
    }

    void noticesItsOwnFile()
    {
        Exporter a;
        test::TempDatabase b;
        const NotesFile file = exported(a.temp.db());
        QVERIFY(NotesImporter(a.temp.db()).preview(file, {})->fromThisDatabase);
        QVERIFY(!NotesImporter(b.db()).preview(file, {})->fromThisDatabase);
    }

    void ownNotesAreNeverTouched()
    {
        Exporter a;
        test::TempDatabase b;
        const Note own = test::addOwnNote(b.db(), NoteTarget::Kind::Program,
                                          QStringLiteral("mgh-im"), QStringLiteral("my own view"));
        QVERIFY(NotesImporter(b.db()).apply(exported(a.temp.db()), {}).ok());
        QCOMPARE(NoteRepository(b.db()).note(own.id)->body, QStringLiteral("my own view"));
        QVERIFY(NoteRepository(b.db()).note(own.id)->isOwn());
        // Peers' notes are read-only through the note repository.
        const Note peer = peerNotes(b.db()).constFirst();
        QCOMPARE(NoteRepository(b.db()).update(peer.id, QStringLiteral("x")).error().kind,
                 Error::Kind::NotFound);

        auto removed = PeerRepository(b.db()).remove(QStringLiteral("Alex Kim"));
        QVERIFY(removed.ok());
        QCOMPARE(*removed, 4);
        QCOMPARE(peerNotes(b.db()).size(), 0);
        QCOMPARE(NoteRepository(b.db()).all()->size(), 1);
        QCOMPARE(NoteRepository(b.db()).note(own.id)->body, QStringLiteral("my own view"));
    }

    void twoPeersAreSeparateLayers()
    {
        Exporter a;
        test::TempDatabase b;
        const NotesFile file = exported(a.temp.db());
        NotesImporter importer(b.db());
        QVERIFY(importer.apply(file, {}).ok());
        ImportOptions sam;
        sam.peerName = QStringLiteral("Sam Lee");
        auto second = importer.apply(file, sam);
        QVERIFY(second.ok());
        QCOMPARE(second->preview.counts.added, 4);
        QCOMPARE(peerNotes(b.db()).size(), 8);
        QVERIFY(PeerRepository(b.db()).remove(QStringLiteral("Sam Lee")).ok());
        const QList<Note> left = peerNotes(b.db());
        QCOMPARE(left.size(), 4);
        for (const Note &note : left)
            QCOMPARE(note.author, QStringLiteral("Alex Kim"));
    }

    void previewWritesNothing()
    {
        Exporter a;
        test::TempDatabase b;
        const QString before = test::databaseDump(b.db());
        ImportOptions add;
        add.addUnmatched = true;
        auto preview = NotesImporter(b.db()).preview(exported(a.temp.db()), add);
        QVERIFY(preview.ok());
        QCOMPARE(preview->counts.added, 6);
        QCOMPARE(test::databaseDump(b.db()), before);
    }

    void failureHalfwayWritesNothing()
    {
        Exporter a;
        test::TempDatabase b;
        const NotesFile file = exported(a.temp.db());
        NotesImporter importer(b.db());
        QVERIFY(importer.apply(file, {}).ok());
        QVERIFY(NoteRepository(a.temp.db())
                    .update(noteWithBody(allNotes(a.temp.db()), QStringLiteral("mgh program"))->id,
                            QStringLiteral("changed"))
                    .ok());
        const NotesFile second = exported(a.temp.db());
        // SQLite refuses the last note of the second import: all of it must go.
        test::sql(b.db(),
                  QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON notes WHEN "
                                 "NEW.body = 'cha program' BEGIN SELECT RAISE(ABORT, "
                                 "'refused for the test'); END"));
        const QString before = test::databaseDump(b.db());
        ImportOptions add;
        add.addUnmatched = true;
        auto failed = importer.apply(second, add);
        QVERIFY(!failed.ok());
        QVERIFY(failed.message().contains(QStringLiteral("refused for the test")));
        QCOMPARE(test::databaseDump(b.db()), before);
    }

    void badPeerNamesAreRefused()
    {
        Exporter a;
        test::TempDatabase b;
        const QString before = test::databaseDump(b.db());
        ImportOptions options;
        for (const QString &name : {QStringLiteral(" "), QStringLiteral("Eve\u202E"),
                                    QStringLiteral("a\nb"), QString(101, u'x')}) {
            options.peerName = name;
            auto result = NotesImporter(b.db()).apply(exported(a.temp.db()), options);
            QVERIFY(!result.ok());
            QCOMPARE(result.error().kind, Error::Kind::Input);
        }
        QCOMPARE(test::databaseDump(b.db()), before);
    }

    void hostileTextIsStoredAsText()
    {
        test::TempDatabase b;
        auto file = NotesFileReader::readFile(
            test::dataPath(QStringLiteral("notes/good/hostile-text.rwnotes")));
        QVERIFY(file.ok());
        auto result = NotesImporter(b.db()).apply(*file, {});
        QVERIFY2(result.ok(), test::why(result).constData());
        // The author's name loses its control and direction characters.
        QCOMPARE(result->preview.peerName, QStringLiteral("Mallory evil"));
        const QList<Note> notes = peerNotes(b.db());
        QCOMPARE(notes.size(), 2);
        QVERIFY(noteWithBody(notes, file->items.at(0).body));
        // The site matched by its name, whatever the case.
        QCOMPARE(noteWithBody(notes, file->items.at(2).body)->target.key,
                 QStringLiteral("mgh-im@chelsea"));
    }

    void importsTenThousandNotes()
    {
        test::TempDatabase b;
        NotesFile file;
        file.exportedBy = QStringLiteral("Big");
        file.exportedAt = QDateTime::currentDateTimeUtc();
        const QStringList keys {QStringLiteral("mgh-im.primary-care"),
                                QStringLiteral("umass-im.categorical"),
                                QStringLiteral("bwh-pcpm.primary-care")};
        for (int i = 0; i < 10000; ++i) {
            NoteItem item;
            item.id = QStringLiteral("n-%1").arg(i);
            item.target.kind = NoteTarget::Kind::Track;
            item.target.key = keys.at(i % keys.size());
            item.target.institution = QStringLiteral("I");
            item.target.program = QStringLiteral("P");
            item.target.track = QStringLiteral("T");
            item.body = QStringLiteral("note %1").arg(i);
            item.created = item.modified = file.exportedAt;
            file.items.append(item);
        }
        auto result = NotesImporter(b.db()).apply(file, {});
        QVERIFY(result.ok());
        QCOMPARE(result->preview.counts.added, 10000);
        QCOMPARE(test::scalar(b.db(), QStringLiteral("SELECT COUNT(*) FROM notes")).toInt(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestNotesImporter)
#include "tst_notesimporter.moc"
