#include "storage/programrepository.h"
#include "storage/siterepository.h"
#include "storage/trackrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace rw;

namespace {

Program draft(const QString &name, const QList<QPair<QString, QString>> &tracks)
{
    Program program;
    program.name = name;
    program.institutionName = QStringLiteral("Lakeside Hospital");
    program.city = QStringLiteral("Chicago");
    program.state = QStringLiteral("IL");
    for (const auto &[trackName, code] : tracks) {
        Track track;
        track.name = trackName;
        track.nrmpCode = code;
        program.tracks.append(track);
    }
    return program;
}

} // namespace

class TestProgramRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void listsProgramsWithTracks()
    {
        test::TempDatabase temp;
        auto programs = ProgramRepository(temp.db()).listPrograms();
        QVERIFY(programs.ok());
        QCOMPARE(programs->size(), 3);
        int tracks = 0;
        for (const Program &p : *programs) {
            tracks += int(p.tracks.size());
            QVERIFY(!p.institutionName.isEmpty());
            QVERIFY(p.sites.isEmpty()); // summaries only
        }
        QCOMPARE(tracks, 6);
        const auto mgh = std::find_if(programs->cbegin(), programs->cend(),
                                      [](const Program &p) { return p.key == u"mgh-im"; });
        QCOMPARE(mgh->siteCount, 13);
        // Sorted by name.
        for (qsizetype i = 1; i < programs->size(); ++i)
            QVERIFY(programs->at(i - 1).name.compare(programs->at(i).name, Qt::CaseInsensitive)
                    <= 0);
    }

    void readsWholeProgram()
    {
        test::TempDatabase temp;
        auto mgh = ProgramRepository(temp.db()).program(QStringLiteral("mgh-im"));
        QVERIFY(mgh.ok());
        QCOMPARE(mgh->institutionName, QStringLiteral("Massachusetts General Hospital"));
        QCOMPARE(mgh->sites.size(), 13);
        QCOMPARE(mgh->tracks.size(), 3);
        QVERIFY(mgh->features.size() > 50);
        const auto chelsea =
            std::find_if(mgh->sites.cbegin(), mgh->sites.cend(),
                         [](const ContinuitySite &s) { return s.key == u"mgh-im@chelsea"; });
        QVERIFY(chelsea != mgh->sites.cend());
        QCOMPARE(chelsea->trackKeys.size(), 3);
        QCOMPARE(mgh->resourceKeys, QStringList {QStringLiteral("hms-cpc")});
        QVERIFY(mgh->sources().contains(QStringLiteral("001_0d8ef33a8306100c.txt")));
        QVERIFY(mgh->sources().contains(QStringLiteral("003_13b1cd11c4af630b.txt")));
    }

    void unknownKeyIsNotFound()
    {
        test::TempDatabase temp;
        auto missing = ProgramRepository(temp.db()).program(QStringLiteral("nope"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QVERIFY(missing.message().contains(QStringLiteral("nope")));
        auto track = TrackRepository(temp.db()).track(QStringLiteral("umass-im.primary-care"));
        QVERIFY(track.ok());
        QCOMPARE(track->programKey, QStringLiteral("umass-im"));
    }

    void addsUserProgram()
    {
        test::TempDatabase temp;
        ProgramRepository repository(temp.db());
        auto key = repository.addProgram(
            draft(QStringLiteral("Lakeside Internal Medicine"),
                  {{QStringLiteral("Categorical"), QStringLiteral("1234140c0")},
                   {QStringLiteral("Preliminary"), QString()}}));
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.message()));
        QCOMPARE(*key, QStringLiteral("my-lakeside-internal-medicine"));
        auto program = repository.program(*key);
        QVERIFY(program.ok());
        QCOMPARE(program->origin, Origin::User);
        QCOMPARE(program->source, QStringLiteral("added by user"));
        QCOMPARE(program->tracks.size(), 2);
        QCOMPARE(program->tracks.at(0).nrmpCode, QStringLiteral("1234140C0"));
        QCOMPARE(program->tracks.at(0).key,
                 QStringLiteral("my-lakeside-internal-medicine.categorical"));
        QVERIFY(program->tracks.at(1).nrmpCode.isEmpty());

        // The same name again gets a new key.
        auto second = repository.addProgram(draft(QStringLiteral("Lakeside Internal Medicine"),
                                                  {{QStringLiteral("Categorical"), QString()}}));
        QCOMPARE(*second, QStringLiteral("my-lakeside-internal-medicine-2"));
    }

    void refusesBadProgramWritingNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad code") << QStringLiteral("X") << QStringLiteral("12345")
                                  << QStringLiteral("not an NRMP code");
        QTest::newRow("no name") << QStringLiteral("  ") << QString()
                                 << QStringLiteral("needs a name");
    }
    void refusesBadProgramWritingNothing()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        QFETCH(QString, expected);
        test::TempDatabase temp;
        const int before =
            test::scalar(temp.db(), QStringLiteral("SELECT count(*) FROM programs")).toInt();
        auto key = ProgramRepository(temp.db()).addProgram(
            draft(name, {{QStringLiteral("Categorical"), code}}));
        QVERIFY(!key.ok());
        QCOMPARE(key.error().kind, Error::Kind::Input);
        QVERIFY2(key.message().contains(expected), qPrintable(key.message()));
        QCOMPARE(test::scalar(temp.db(), QStringLiteral("SELECT count(*) FROM programs")).toInt(),
                 before);
        QCOMPARE(
            test::scalar(temp.db(),
                         QStringLiteral("SELECT count(*) FROM institutions WHERE origin = 'user'"))
                .toInt(),
            0);
    }

    void refusesDuplicateNrmpCode()
    {
        test::TempDatabase temp;
        ProgramRepository repository(temp.db());
        QVERIFY(
            repository
                .addProgram(draft(QStringLiteral("A"),
                                  {{QStringLiteral("Categorical"), QStringLiteral("1111140C0")}}))
                .ok());
        auto clash = repository.addProgram(draft(
            QStringLiteral("B"), {{QStringLiteral("Categorical"), QStringLiteral("1111140C0")}}));
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error().kind, Error::Kind::Conflict);
        QVERIFY(clash.message().contains(QStringLiteral("my-a.categorical")));
        QCOMPARE(test::scalar(temp.db(),
                              QStringLiteral("SELECT count(*) FROM programs WHERE origin = 'user'"))
                     .toInt(),
                 1);
    }

    void deletingIsSoftAndRestoresExactly()
    {
        test::TempDatabase temp;
        ProgramRepository repository(temp.db());
        auto key = repository.addProgram(
            draft(QStringLiteral("Temp"), {{QStringLiteral("Categorical"), QString()}}));
        QVERIFY(key.ok());
        QVERIFY(temp->write([&]() -> Status {
                        QSqlQuery q(temp->connection());
                        if (!q.exec(QStringLiteral("INSERT INTO notes(track_id, body, created, "
                                                   "modified) SELECT id, 'n', 'x', 'x' FROM "
                                                   "tracks WHERE key = 'my-temp.categorical'")))
                            return Error::database(QStringLiteral("note"));
                        return {};
                    })
                    .ok());
        QVERIFY(repository.deleteItem(*key).ok());
        QCOMPARE(repository.program(*key).error().kind, Error::Kind::NotFound);
        QCOMPARE(
            TrackRepository(temp.db()).track(QStringLiteral("my-temp.categorical")).error().kind,
            Error::Kind::NotFound);
        const auto listed = repository.listPrograms();
        QVERIFY(std::none_of(listed->cbegin(), listed->cend(),
                             [&](const Program &p) { return p.key == *key; }));
        // Nothing attached was removed: undo must be exact.
        QCOMPARE(test::scalar(temp.db(), QStringLiteral("SELECT count(*) FROM notes")).toInt(), 1);
        QCOMPARE(repository.deleteItem(*key).error().kind, Error::Kind::NotFound);

        QVERIFY(repository.restoreItem(*key).ok());
        auto back = repository.program(*key);
        QVERIFY(back.ok());
        QCOMPARE(back->tracks.size(), 1);
        QCOMPARE(back->tracks.constFirst().key, QStringLiteral("my-temp.categorical"));
    }

    void catalogRowsAreReadOnly()
    {
        test::TempDatabase temp;
        ProgramRepository repository(temp.db());
        for (const QString &key : {QStringLiteral("mgh-im"), QStringLiteral("mgh-im.primary-care"),
                                   QStringLiteral("mgh-im@chelsea")}) {
            auto refused = repository.deleteItem(key);
            QCOMPARE(refused.error().kind, Error::Kind::Input);
            QVERIFY2(refused.message().contains(QStringLiteral("catalog")),
                     qPrintable(refused.message()));
        }
        auto mgh = repository.program(QStringLiteral("mgh-im"));
        Program renamed = *mgh;
        renamed.name = QStringLiteral("Mine now");
        QCOMPARE(repository.updateProgram(renamed).error().kind, Error::Kind::Input);
        Track track = mgh->tracks.constFirst();
        track.name = QStringLiteral("Renamed");
        QCOMPARE(TrackRepository(temp.db()).update(track).error().kind, Error::Kind::Input);
        QCOMPARE(repository.program(QStringLiteral("mgh-im"))->name, mgh->name);
        QCOMPARE(repository.deleteItem(QStringLiteral("not a key")).error().kind,
                 Error::Kind::Input);
    }

    void editsUserProgram()
    {
        test::TempDatabase temp;
        ProgramRepository repository(temp.db());
        auto key = repository.addProgram(
            draft(QStringLiteral("Lakeside"), {{QStringLiteral("Categorical"), QString()}}));
        Program program = *repository.program(*key);
        program.name = QStringLiteral("Lakeside Internal Medicine");
        program.institutionName = QStringLiteral("Massachusetts General Hospital");
        program.ambulatoryShare = {30, 40};
        program.scheduleModel = QStringLiteral("4+1");
        QVERIFY(repository.updateProgram(program).ok());
        auto stored = repository.program(*key);
        QCOMPARE(stored->key, *key); // keys never change
        QCOMPARE(stored->name, program.name);
        QCOMPARE(stored->institutionKey, QStringLiteral("mgh")); // matched by name
        QCOMPARE(stored->ambulatoryShare, (Range {30, 40}));
        QCOMPARE(stored->scheduleModel, QStringLiteral("4+1"));

        program.ambulatoryShare = {60, 40};
        auto bad = repository.updateProgram(program);
        QCOMPARE(bad.error().kind, Error::Kind::Input);
        QVERIFY(bad.message().contains(QStringLiteral("Ambulatory share")));
        QCOMPARE(repository.program(*key)->ambulatoryShare, (Range {30, 40}));
    }

    void addsAndEditsTracks()
    {
        test::TempDatabase temp;
        ProgramRepository repository(temp.db());
        auto key = repository.addProgram(
            draft(QStringLiteral("Lakeside"), {{QStringLiteral("Categorical"), QString()}}));
        Track track;
        track.name = QStringLiteral("Primary Care");
        track.type = TrackType::PrimaryCare;
        track.nrmpCode = QStringLiteral(" 2222140m1 ");
        auto trackKey = TrackRepository(temp.db()).add(*key, track);
        QVERIFY2(trackKey.ok(), qPrintable(trackKey.ok() ? QString() : trackKey.message()));
        QCOMPARE(*trackKey, QStringLiteral("my-lakeside.primary-care"));
        auto stored = TrackRepository(temp.db()).track(*trackKey);
        QCOMPARE(stored->nrmpCode, QStringLiteral("2222140M1"));
        QCOMPARE(stored->origin, Origin::User);

        // Same name twice in one program, or another track's code: refused.
        QCOMPARE(TrackRepository(temp.db()).add(*key, track).error().kind, Error::Kind::Conflict);
        Track clash;
        clash.name = QStringLiteral("Prelim");
        clash.nrmpCode = QStringLiteral("2222140M1");
        QCOMPARE(TrackRepository(temp.db()).add(*key, clash).error().kind, Error::Kind::Conflict);
        clash.nrmpCode = QStringLiteral("22221");
        auto malformed = TrackRepository(temp.db()).add(*key, clash);
        QCOMPARE(malformed.error().kind, Error::Kind::Input);
        QVERIFY(malformed.message().contains(QStringLiteral("“Prelim”")));

        Track edited = *stored;
        edited.name = QStringLiteral("Primary Care (PCMH)");
        edited.nrmpCode.clear();
        QVERIFY(TrackRepository(temp.db()).update(edited).ok());
        QCOMPARE(TrackRepository(temp.db()).track(*trackKey)->name, edited.name);
        QVERIFY(TrackRepository(temp.db()).track(*trackKey)->nrmpCode.isEmpty());

        // A track of one's own on a catalog program gets a "my-" slug.
        track.nrmpCode.clear();
        track.name = QStringLiteral("Night float");
        auto onCatalog = TrackRepository(temp.db()).add(QStringLiteral("mgh-im"), track);
        QCOMPARE(*onCatalog, QStringLiteral("mgh-im.my-night-float"));
        QVERIFY(repository.deleteItem(*onCatalog).ok());
    }

    void refusesDeletingTheOnlyTrack()
    {
        test::TempDatabase temp;
        ProgramRepository repository(temp.db());
        auto key = repository.addProgram(
            draft(QStringLiteral("Solo"), {{QStringLiteral("Categorical"), QString()}}));
        auto refused = repository.deleteItem(QStringLiteral("my-solo.categorical"));
        QCOMPARE(refused.error().kind, Error::Kind::Input);
        QVERIFY(refused.message().contains(QStringLiteral("only track")));
    }

    void addsAndEditsSites()
    {
        test::TempDatabase temp;
        ProgramRepository repository(temp.db());
        ContinuitySite site;
        site.name = QStringLiteral("Harbor Health");
        site.trackKeys = {QStringLiteral("umass-im.primary-care")};
        site.residentsPlaced.text = QStringLiteral("4-8");
        site.distanceMiles = 2.5;
        site.languages = {{QStringLiteral("Spanish"), SiteLanguage::Kind::Staff},
                          {QStringLiteral("Khmer"), SiteLanguage::Kind::Interpreter}};
        site.services = {{QStringLiteral("Pharmacy"), SiteService::Kind::Service}};
        auto key = SiteRepository(temp.db()).add(QStringLiteral("umass-im"), site);
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.message()));
        QCOMPARE(*key, QStringLiteral("umass-im@my-harbor-health"));
        auto stored = SiteRepository(temp.db()).site(*key);
        QVERIFY(stored.ok());
        QCOMPARE(stored->trackKeys, site.trackKeys);
        QCOMPARE(stored->residentsPlaced.min, 4);
        QCOMPARE(stored->residentsPlaced.max, 8);
        QCOMPARE(stored->languages, site.languages);
        QCOMPARE(stored->services, site.services);
        QCOMPARE(repository.program(QStringLiteral("umass-im"))->sites.size(), 1);

        ContinuitySite edited = *stored;
        edited.trackKeys = {QStringLiteral("umass-im.categorical")};
        edited.residentsPlaced.text = QStringLiteral("20+");
        edited.languages.clear();
        QVERIFY(SiteRepository(temp.db()).update(edited).ok());
        stored = SiteRepository(temp.db()).site(*key);
        QCOMPARE(stored->trackKeys, edited.trackKeys);
        QCOMPARE(stored->residentsPlaced.min, 20);
        QVERIFY(!stored->residentsPlaced.max);
        QVERIFY(stored->languages.isEmpty());

        edited.residentsPlaced.text = QStringLiteral("lots");
        auto bad = SiteRepository(temp.db()).update(edited);
        QCOMPARE(bad.error().kind, Error::Kind::Input);
        QVERIFY(bad.message().contains(QStringLiteral("lots")));
        edited.residentsPlaced.text = QStringLiteral("3");
        edited.trackKeys = {QStringLiteral("mgh-im.categorical")};
        auto foreign = SiteRepository(temp.db()).update(edited);
        QCOMPARE(foreign.error().kind, Error::Kind::Input);
        QCOMPARE(SiteRepository(temp.db()).site(*key)->residentsPlaced.text, QStringLiteral("20+"));
    }

    void purgeRemovesDeletedUserRowsForGood()
    {
        test::TempDatabase temp;
        ProgramRepository repository(temp.db());
        auto gone = repository.addProgram(
            draft(QStringLiteral("Gone"), {{QStringLiteral("Categorical"), QString()}}));
        auto kept = repository.addProgram(draft(
            QStringLiteral("Kept"),
            {{QStringLiteral("Categorical"), QString()}, {QStringLiteral("Prelim"), QString()}}));
        auto elsewhere = repository.addProgram(
            draft(QStringLiteral("Elsewhere"), {{QStringLiteral("Categorical"), QString()}}));
        QVERIFY(repository.deleteItem(*gone).ok());
        QVERIFY(repository.deleteItem(QStringLiteral("my-kept.prelim")).ok());
        QVERIFY(repository.deleteItem(*elsewhere).ok()); // another window's deletion
        auto purged = repository.purgeDeleted({*gone, QStringLiteral("my-kept.prelim"), *kept});
        QVERIFY(purged.ok());
        QCOMPARE(*purged, 2); // "kept" is not deleted: it stays
        QVERIFY(repository.restoreItem(*elsewhere).ok()); // not named: still undoable
        QCOMPARE(test::scalar(temp.db(),
                              QStringLiteral("SELECT count(*) FROM programs WHERE key = 'my-gone'"))
                     .toInt(),
                 0);
        QCOMPARE(repository.program(*kept)->tracks.size(), 1);
        QCOMPARE(repository.restoreItem(*gone).error().kind, Error::Kind::NotFound);
        // Catalog rows withdrawn by the catalog are never purged.
        QVERIFY(test::scalar(temp.db(),
                             QStringLiteral("SELECT count(*) FROM programs WHERE "
                                            "origin = 'catalog'"))
                    .toInt()
                == 3);
    }
};

QTEST_GUILESS_MAIN(TestProgramRepository)
#include "tst_programrepository.moc"
