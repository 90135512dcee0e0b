#include "catalog/bundledcatalog.h"
#include "catalog/catalogreader.h"
#include "catalog/catalogupdater.h"
#include "storage/programrepository.h"
#include "testsupport.h"

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
