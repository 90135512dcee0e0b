#include "storage/programrepository.h"
#include "testsupport.h"

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
        auto track = ProgramRepository(temp.db()).track(QStringLiteral("umass-im.primary-care"));
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

    void deletesOnlyUserPrograms()
    {
        test::TempDatabase temp;
        ProgramRepository repository(temp.db());
        auto key = repository.addProgram(
            draft(QStringLiteral("Temp"), {{QStringLiteral("Categorical"), QString()}}));
        QVERIFY(repository.deleteProgram(*key).ok());
        QCOMPARE(repository.program(*key).error().kind, Error::Kind::NotFound);
        QCOMPARE(
            test::scalar(temp.db(),
                         QStringLiteral("SELECT count(*) FROM tracks WHERE key LIKE 'my-temp%'"))
                .toInt(),
            0);

        auto refused = repository.deleteProgram(QStringLiteral("mgh-im"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.message().contains(QStringLiteral("catalog")));
        QVERIFY(repository.program(QStringLiteral("mgh-im")).ok());
    }
};

QTEST_GUILESS_MAIN(TestProgramRepository)
#include "tst_programrepository.moc"
