// ProgramRepository::listSummaries(), summary() and countPrograms(): the
// browse list's lean reads.

#include "storage/noterepository.h"
#include "storage/programrepository.h"
#include "storage/siterepository.h"
#include "testsupport.h"

#include <QTest>

using namespace rw;

namespace {

const Program *find(const QList<Program> &programs, const QString &key)
{
    for (const Program &program : programs) {
        if (program.key == key)
            return &program;
    }
    return nullptr;
}

} // namespace

class TestProgramSummaries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    // The same programs, tracks and list columns as listPrograms(), without
    // the rest.
    void summariesMatchTheFullListInTheListsColumns()
    {
        test::TempDatabase temp;
        ProgramRepository repository(temp.db());
        auto full = repository.listPrograms();
        auto lean = repository.listSummaries();
        QVERIFY(full.ok() && lean.ok());
        QCOMPARE(lean->size(), full->size());
        QCOMPARE(*repository.countPrograms(), int(full->size()));
        for (qsizetype i = 0; i < full->size(); ++i) {
            const Program &f = full->at(i);
            const Program &l = lean->at(i);
            QCOMPARE(l.key, f.key);
            QCOMPARE(l.id, f.id);
            QCOMPARE(l.name, f.name);
            QCOMPARE(l.institutionName, f.institutionName);
            QCOMPARE(l.city, f.city);
            QCOMPARE(l.state, f.state);
            QCOMPARE(l.ambulatoryShare, f.ambulatoryShare);
            QCOMPARE(l.origin, f.origin);
            QCOMPARE(l.siteCount, f.siteCount);
            QVERIFY(l.description.isEmpty());
            QCOMPARE(l.tracks.size(), f.tracks.size());
            for (qsizetype t = 0; t < f.tracks.size(); ++t) {
                QCOMPARE(l.tracks.at(t).key, f.tracks.at(t).key);
                QCOMPARE(l.tracks.at(t).programKey, f.key);
                QCOMPARE(l.tracks.at(t).name, f.tracks.at(t).name);
                QCOMPARE(l.tracks.at(t).type, f.tracks.at(t).type);
                QCOMPARE(l.tracks.at(t).nrmpCode, f.tracks.at(t).nrmpCode);
                QCOMPARE(l.tracks.at(t).ambulatoryShare, f.tracks.at(t).ambulatoryShare);
            }
        }
    }

    void limitReadsTheFirstByName()
    {
        test::TempDatabase temp;
        ProgramRepository repository(temp.db());
        auto all = repository.listSummaries();
        auto first = repository.listSummaries(2);
        QVERIFY(all.ok() && first.ok());
        QVERIFY(all->size() > 2);
        QCOMPARE(first->size(), 2);
        for (qsizetype i = 0; i < 2; ++i) {
            QCOMPARE(first->at(i).key, all->at(i).key);
            QCOMPARE(first->at(i).tracks.size(), all->at(i).tracks.size());
        }
    }

    // Notes on the program, its tracks and its sites, withdrawn ones left out.
    void countsNotesOfTheProgramItsTracksAndSites()
    {
        test::TempDatabase temp;
        NoteRepository notes(temp.db());
        for (const char *key :
             {"mgh-im", "mgh-im.primary-care", "mgh-im.primary-care", "mgh-im@chelsea"}) {
            auto target = notes.resolveTarget(QString::fromLatin1(key));
            QVERIFY(target.ok());
            QVERIFY(notes.add(*target, QStringLiteral("x")).ok());
        }
        ProgramRepository repository(temp.db());
        auto summary = repository.summary(QStringLiteral("mgh-im"));
        QVERIFY(summary.ok());
        QCOMPARE(summary->noteCount, 4);
        int onTracks = 0;
        for (const Track &track : summary->tracks) {
            QCOMPARE(track.noteCount, track.key == u"mgh-im.primary-care" ? 2 : 0);
            onTracks += track.noteCount;
        }
        QCOMPARE(onTracks, 2);
        QCOMPARE(find(*repository.listSummaries(), QStringLiteral("mgh-im"))->noteCount, 4);

        // A deleted site takes its notes out of the count (and brings them back).
        ContinuitySite site;
        site.name = QStringLiteral("Harborview Clinic");
        auto siteKey = SiteRepository(temp.db()).add(QStringLiteral("mgh-im"), site);
        QVERIFY(siteKey.ok());
        QVERIFY(notes.add({NoteTarget::Kind::Site, *siteKey}, QStringLiteral("y")).ok());
        QCOMPARE(repository.summary(QStringLiteral("mgh-im"))->noteCount, 5);
        const int sites = repository.summary(QStringLiteral("mgh-im"))->siteCount;
        QVERIFY(repository.deleteItem(*siteKey).ok());
        QCOMPARE(repository.summary(QStringLiteral("mgh-im"))->noteCount, 4);
        QCOMPARE(repository.summary(QStringLiteral("mgh-im"))->siteCount, sites - 1);
    }

    void withdrawnProgramsAreNotSummarised()
    {
        test::TempDatabase temp;
        ProgramRepository repository(temp.db());
        Program program;
        program.name = QStringLiteral("Zeta Medicine");
        program.institutionName = QStringLiteral("Zeta Hospital");
        Track track;
        track.name = QStringLiteral("Categorical");
        program.tracks.append(track);
        auto key = repository.addProgram(program);
        QVERIFY(key.ok());
        const int before = *repository.countPrograms();
        QVERIFY(repository.summary(*key).ok());
        QVERIFY(repository.deleteItem(*key).ok());
        QCOMPARE(*repository.countPrograms(), before - 1);
        QCOMPARE(repository.summary(*key).error().kind, Error::Kind::NotFound);
        QVERIFY(!find(*repository.listSummaries(), *key));
    }
};

QTEST_GUILESS_MAIN(TestProgramSummaries)
#include "tst_programsummaries.moc"
