#include "catalog/bundledcatalog.h"
#include "catalog/catalogreader.h"
#include "catalog/catalogupdater.h"
#include "databasedump.h"
#include "listfixtures.h"
#include "storage/programrepository.h"
#include "storage/resourcerepository.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace rw;

namespace {

Catalog catalogVersion(int version, const QString &trackName, bool withSecondTrack)
{
    QByteArray json = R"({
        "format": "rankwise-catalog", "format_version": 1, "catalog_version": VERSION,
        "institutions": [{"key": "gen", "name": "General Hospital", "source": "seed.txt"}],
        "programs": [{
            "key": "gen-im", "name": "General IM", "institution": "gen", "city": "Boston", "state": "MA",
            "source": "seed.txt",
            "tracks": [{"key": "gen-im.cat", "name": "TRACKNAME", "type": "categorical", "source": "seed.txt"}
                       SECOND],
            "sites": [{"key": "gen-im@north", "name": "North Clinic", "tracks": ["gen-im.cat"],
                       "residents_placed": "2-10", "source": "seed.txt"}],
            "features": [{"key": "gen-im#qi", "category": "quality", "name": "QI", "source": "seed.txt"}]
        }]
    })";
    json.replace("VERSION", QByteArray::number(version));
    json.replace("TRACKNAME", trackName.toUtf8());
    json.replace(
        "SECOND",
        withSecondTrack
            ? R"(, {"key": "gen-im.pc", "name": "Primary Care", "type": "primary-care", "source": "seed.txt"})"
            : "");
    auto catalog = CatalogReader::parse(json, QStringLiteral("test"));
    if (!catalog)
        qFatal("%s", qPrintable(catalog.message()));
    return catalog.value();
}

qint64 idOf(Database &db, const QString &table, const QString &key)
{
    return test::scalar(db, QStringLiteral("SELECT id FROM %1 WHERE key = '%2'").arg(table, key))
        .toLongLong();
}

// The user's rows: every table the catalog does not write, and the user's
// own rows in those it does.
QStringList userRows(Database &db)
{
    static const QStringList catalogTables {QStringLiteral("meta"),
                                            QStringLiteral("institutions"),
                                            QStringLiteral("programs"),
                                            QStringLiteral("program_facts"),
                                            QStringLiteral("program_partners"),
                                            QStringLiteral("resources"),
                                            QStringLiteral("resource_offerings"),
                                            QStringLiteral("program_resources"),
                                            QStringLiteral("tracks"),
                                            QStringLiteral("track_facts"),
                                            QStringLiteral("sites"),
                                            QStringLiteral("site_tracks"),
                                            QStringLiteral("site_languages"),
                                            QStringLiteral("site_services"),
                                            QStringLiteral("site_facts"),
                                            QStringLiteral("features")};
    QStringList rows;
    for (const QString &line : test::databaseDump(db).split(u'\n')) {
        if (!line.contains(u'|'))
            continue; // "table: n rows"
        if (!catalogTables.contains(line.section(u'|', 0, 0)) || line.contains(u"|user|"))
            rows.append(line);
    }
    return rows;
}

QSet<QString> tracksWithFeature(const Program &program, const QString &name)
{
    QSet<QString> tracks;
    for (const CurriculumFeature &feature : program.features) {
        if (feature.name == name)
            tracks.insert(feature.trackKey);
    }
    return tracks;
}

} // namespace

class TestCatalogUpdater : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void installsBundledCatalog()
    {
        test::TempDatabase temp(false);
        auto outcome = BundledCatalog::install(temp.db());
        QVERIFY(outcome.ok());
        QVERIFY(outcome->changed);
        QCOMPARE(outcome->previousVersion, 0);
        QCOMPARE(CatalogUpdater::installedVersion(temp.db()), BundledCatalog::load()->version);
        QCOMPARE(test::scalar(temp.db(), QStringLiteral("SELECT count(*) FROM programs")).toInt(),
                 3);
        QCOMPARE(test::scalar(temp.db(), QStringLiteral("SELECT count(*) FROM sites")).toInt(), 13);
        QCOMPARE(test::scalar(temp.db(), QStringLiteral("SELECT count(*) FROM resources")).toInt(),
                 1);

        auto again = BundledCatalog::install(temp.db());
        QVERIFY(again.ok());
        QVERIFY(!again->changed);
        QCOMPARE(again->version, BundledCatalog::load()->version);
    }

    // The version compiled in (so an up-to-date database skips parsing) is
    // the bundled catalog's own.
    void bundledVersionIsKnownWithoutParsing()
    {
        QVERIFY(BundledCatalog::load().ok());
        QCOMPARE(BundledCatalog::version(), BundledCatalog::load()->version);
    }

    void newerCatalogUpdatesInPlaceAndKeepsUserData()
    {
        test::TempDatabase temp(false);
        Database &db = temp.db();
        QVERIFY(
            CatalogUpdater::apply(db, catalogVersion(1, QStringLiteral("Categorical"), true)).ok());
        const qint64 programId = idOf(db, QStringLiteral("programs"), QStringLiteral("gen-im"));
        const qint64 trackId = idOf(db, QStringLiteral("tracks"), QStringLiteral("gen-im.cat"));
        const qint64 pcId = idOf(db, QStringLiteral("tracks"), QStringLiteral("gen-im.pc"));

        // The user's own program and notes on catalog rows.
        Program mine;
        mine.name = QStringLiteral("Community IM");
        mine.institutionName = QStringLiteral("Community Hospital");
        Track track;
        track.name = QStringLiteral("Categorical");
        mine.tracks = {track};
        auto myKey = ProgramRepository(db).addProgram(mine);
        QVERIFY(myKey.ok());
        QVERIFY(db.write([&]() -> Status {
                      QSqlQuery q(db.connection());
                      q.prepare(QStringLiteral("INSERT INTO notes(track_id, body, created, "
                                               "modified) VALUES (?, 'loved it', 'x', 'x')"));
                      q.addBindValue(pcId);
                      return q.exec() ? Status() : Error::database(QStringLiteral("insert"));
                  }).ok());

        // Same version again: nothing happens even if content differs.
        auto same = CatalogUpdater::apply(db, catalogVersion(1, QStringLiteral("Renamed"), true));
        QVERIFY(same.ok());
        QVERIFY(!same->changed);
        QCOMPARE(
            test::scalar(db, QStringLiteral("SELECT name FROM tracks WHERE key = 'gen-im.cat'"))
                .toString(),
            QStringLiteral("Categorical"));

        // Version 2 renames a track and drops the primary-care track.
        auto newer = CatalogUpdater::apply(
            db, catalogVersion(2, QStringLiteral("Categorical (3 years)"), false));
        QVERIFY2(newer.ok(), qPrintable(newer.ok() ? QString() : newer.message()));
        QVERIFY(newer->changed);
        QCOMPARE(newer->previousVersion, 1);
        QCOMPARE(CatalogUpdater::installedVersion(db), 2);
        QCOMPARE(idOf(db, QStringLiteral("programs"), QStringLiteral("gen-im")), programId);
        QCOMPARE(idOf(db, QStringLiteral("tracks"), QStringLiteral("gen-im.cat")), trackId);
        QCOMPARE(
            test::scalar(db, QStringLiteral("SELECT name FROM tracks WHERE key = 'gen-im.cat'"))
                .toString(),
            QStringLiteral("Categorical (3 years)"));
        // Dropped, not deleted: the note on it survives.
        QCOMPARE(
            test::scalar(db, QStringLiteral("SELECT withdrawn FROM tracks WHERE key = 'gen-im.pc'"))
                .toInt(),
            1);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT body FROM notes")).toString(),
                 QStringLiteral("loved it"));
        // The user's program is untouched.
        auto program = ProgramRepository(db).program(*myKey);
        QVERIFY(program.ok());
        QCOMPARE(program->name, QStringLiteral("Community IM"));
        QCOMPARE(program->origin, Origin::User);
        // Listing hides the withdrawn track.
        auto listed = ProgramRepository(db).program(QStringLiteral("gen-im"));
        QCOMPARE(listed->tracks.size(), 1);
    }

    // A database made with catalog version 1 (tests/data/catalog) and used
    // for a while gets version 2's corrections (issue 14) when it is opened
    // again, and keeps every row of the user's as it was.
    void oldDatabaseGetsTheCorrections()
    {
        test::TempDatabase temp(false);
        auto old = CatalogReader::parse(
            test::readFile(test::dataPath(QStringLiteral("catalog/catalog-v1.json"))),
            QStringLiteral("catalog-v1.json"));
        QVERIFY2(old.ok(), qPrintable(old.ok() ? QString() : old.message()));
        QCOMPARE(old->version, 1);
        QVERIFY(CatalogUpdater::apply(temp.db(), *old).ok());
        const QString buprenorphine = QStringLiteral("Buprenorphine Training");
        QCOMPARE(tracksWithFeature(*ProgramRepository(temp.db()).program(QStringLiteral("mgh-im")),
                                   buprenorphine),
                 QSet<QString> {QStringLiteral("mgh-im.primary-care")});

        // Criteria, ratings, a list of every track, two programs of the
        // user's own, the user's and a classmate's notes on a catalog track.
        test::ExportFixture fixture(temp.db(), 2);
        test::ExportFixture::addNotes(temp.db(), QStringLiteral("mgh-im.categorical"));
        const QStringList before = userRows(temp.db());
        QVERIFY(before.filter(QRegularExpression(QStringLiteral("^notes\\|"))).size() >= 2);
        QVERIFY(!before.filter(QRegularExpression(QStringLiteral("^ratings\\|"))).isEmpty());
        QVERIFY(!before.filter(QRegularExpression(QStringLiteral("^rank_entries\\|"))).isEmpty());
        QVERIFY(before.filter(QRegularExpression(QStringLiteral("^programs\\|"))).size() == 2);

        Database &db = temp.reopen();
        auto outcome = BundledCatalog::install(db);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.message()));
        QVERIFY(outcome->changed);
        QCOMPARE(outcome->previousVersion, 1);
        QCOMPARE(CatalogUpdater::installedVersion(db), BundledCatalog::version());

        auto mgh = ProgramRepository(db).program(QStringLiteral("mgh-im"));
        QVERIFY(mgh.ok());
        QCOMPARE(tracksWithFeature(*mgh, buprenorphine),
                 (QSet<QString> {QStringLiteral("mgh-im.primary-care"),
                                 QStringLiteral("mgh-im.categorical")}));
        QVERIFY(mgh->description.contains(QStringLiteral("appropriate supervision")));
        QVERIFY(!mgh->description.contains(QStringLiteral("13")));
        QVERIFY(std::any_of(mgh->facts.cbegin(), mgh->facts.cend(), [](const Fact &f) {
            return f.value.contains(QStringLiteral("national meetings"));
        }));
        for (const ContinuitySite &site : mgh->sites) {
            for (const SiteService &service : site.services) {
                if (service.name == u"Physical therapy")
                    QCOMPARE(service.kind, SiteService::Kind::Service);
            }
        }
        auto bwh = ProgramRepository(db).program(QStringLiteral("bwh-pcpm"));
        QVERIFY(bwh.ok());
        for (const CurriculumFeature &feature : bwh->features) {
            if (feature.key == u"bwh-pcpm#integrated-delivery-system")
                QVERIFY(!feature.description.contains(QStringLiteral("health plan")));
        }
        auto center = ResourceRepository(db).resource(QStringLiteral("hms-cpc"));
        QVERIFY(center.ok());
        QStringList offerings;
        for (const ResourceOffering &offering : center->offerings)
            offerings.append(offering.name);
        QVERIFY(offerings.contains(QStringLiteral("Newsletter")));
        QVERIFY(offerings.contains(QStringLiteral("Primary Care Review")));
        // Nothing was dropped, and the user's rows are exactly as they were.
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM tracks WHERE withdrawn = 1"))
                     .toInt(),
                 0);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM sites WHERE withdrawn = 1"))
                     .toInt(),
                 0);
        QCOMPARE(userRows(db), before);
    }

    void failedUpdateChangesNothing()
    {
        test::TempDatabase temp(false);
        Database &db = temp.db();
        QVERIFY(
            CatalogUpdater::apply(db, catalogVersion(1, QStringLiteral("Categorical"), true)).ok());
        // A user program that took a key the new catalog wants makes it conflict.
        QVERIFY(db.write([&]() -> Status {
                      QSqlQuery q(db.connection());
                      return q.exec(QStringLiteral(
                                 "UPDATE tracks SET origin = 'user' WHERE key = 'gen-im.cat'"))
                          ? Status()
                          : Error::database(QStringLiteral("update"));
                  }).ok());
        auto result =
            CatalogUpdater::apply(db, catalogVersion(2, QStringLiteral("New name"), true));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Conflict);
        QCOMPARE(CatalogUpdater::installedVersion(db), 1);
        QCOMPARE(
            test::scalar(db, QStringLiteral("SELECT name FROM tracks WHERE key = 'gen-im.cat'"))
                .toString(),
            QStringLiteral("Categorical"));
    }
};

QTEST_GUILESS_MAIN(TestCatalogUpdater)
#include "tst_catalogupdater.moc"
