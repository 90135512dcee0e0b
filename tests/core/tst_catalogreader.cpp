#include "catalog/bundledcatalog.h"
#include "catalog/catalogreader.h"
#include "catalogsupport.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace rw;
using rw::test::programByKey;
using rw::test::siteByKey;
using rw::test::trackByKey;

namespace {

// A minimal valid catalog to break one piece at a time.
QJsonObject minimalCatalog()
{
    return QJsonDocument::fromJson(R"({
        "format": "rankwise-catalog", "format_version": 1, "catalog_version": 3,
        "institutions": [{"key": "gen", "name": "General Hospital", "source": "test"}],
        "programs": [{
            "key": "gen-im", "name": "General IM", "institution": "gen", "source": "test",
            "tracks": [{"key": "gen-im.cat", "name": "Categorical", "type": "categorical",
                        "nrmp_code": "1234140C0", "source": "test"}],
            "sites": [{"key": "gen-im@north", "name": "North Clinic", "tracks": ["gen-im.cat"],
                       "residents_placed": "20+", "source": "test"}],
            "features": [{"key": "gen-im#qi", "category": "quality", "name": "QI", "source": "test"}]
        }]
    })")
        .object();
}

} // namespace

class TestCatalogReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledCatalogParses()
    {
        const Result<Catalog> &catalog = BundledCatalog::load();
        QVERIFY2(catalog.ok(), qPrintable(catalog.ok() ? QString() : catalog.message()));
        QVERIFY(catalog->version >= 1);
        QCOMPARE(catalog->programs.size(), 3);
        QCOMPARE(catalog->resources.size(), 1);
        QCOMPARE(catalog->sources.size(), 5);
    }

    void everyFactHasASource()
    {
        const Catalog &catalog = BundledCatalog::load().value();
        QStringList seedFiles;
        for (const CatalogSource &source : catalog.sources)
            seedFiles.append(source.file);
        seedFiles.append(QStringLiteral("general knowledge"));
        for (const Program &program : catalog.programs) {
            for (const QString &source : program.sources())
                QVERIFY2(seedFiles.contains(source), qPrintable(program.key + u' ' + source));
        }
        for (auto it = catalog.fieldSources.cbegin(); it != catalog.fieldSources.cend(); ++it) {
            for (const QString &source : it.value())
                QVERIFY2(seedFiles.contains(source), qPrintable(it.key() + u' ' + source));
        }
    }

    void bwhProgram()
    {
        const Program &bwh =
            programByKey(BundledCatalog::load().value(), QStringLiteral("bwh-pcpm"));
        QCOMPARE(bwh.source, QStringLiteral("000_6fe9b5b696a9df1e.txt"));
        QCOMPARE(bwh.partners.size(), 4);
        QVERIFY(std::any_of(bwh.partners.cbegin(), bwh.partners.cend(),
                            [](const Partner &p) { return p.name == u"Atrius Health"; }));
        // The six distinctive features.
        QCOMPARE(bwh.features.size(), 6);
        QVERIFY(
            std::any_of(bwh.features.cbegin(), bwh.features.cend(), [](const CurriculumFeature &f) {
                return f.name.contains(QStringLiteral("Preceptor"));
            }));
        QCOMPARE(bwh.tracks.size(), 1);
        QCOMPARE(bwh.tracks.constFirst().type, TrackType::PrimaryCare);
    }

    void mghContinuitySites()
    {
        const Program &mgh = programByKey(BundledCatalog::load().value(), QStringLiteral("mgh-im"));
        QCOMPARE(mgh.tracks.size(), 3);
        QCOMPARE(trackByKey(mgh, QStringLiteral("mgh-im.global-primary-care")).type,
                 TrackType::GlobalPrimaryCare);
        QCOMPARE(mgh.sites.size(), 13);

        const ContinuitySite &bulfinch = siteByKey(mgh, QStringLiteral("mgh-im@bulfinch"));
        QCOMPARE(bulfinch.residentsPlaced.text, QStringLiteral("20+"));
        QCOMPARE(bulfinch.residentsPlaced.min, 20);
        QVERIFY(!bulfinch.residentsPlaced.max);

        const ContinuitySite &ima = siteByKey(mgh, QStringLiteral("mgh-im@ima"));
        QCOMPARE(ima.residentsPlaced.text, QStringLiteral("60"));
        QCOMPARE(ima.residentsPlaced.max, 60);

        const ContinuitySite &beacon = siteByKey(mgh, QStringLiteral("mgh-im@beacon-hill"));
        QCOMPARE(beacon.residentsPlaced.text, QStringLiteral("2-10"));
        QCOMPARE(beacon.residentsPlaced.min, 2);
        QCOMPARE(beacon.residentsPlaced.max, 10);

        QCOMPARE(siteByKey(mgh, QStringLiteral("mgh-im@charlestown")).distanceMiles, 1.3);
        QCOMPARE(siteByKey(mgh, QStringLiteral("mgh-im@revere-hc")).distanceMiles, 7.0);

        const ContinuitySite &chelsea = siteByKey(mgh, QStringLiteral("mgh-im@chelsea"));
        QVERIFY(chelsea.trackKeys.contains(QStringLiteral("mgh-im.global-primary-care")));
        QCOMPARE(chelsea.trackKeys.size(), 3);
        QCOMPARE(siteByKey(mgh, QStringLiteral("mgh-im@downtown")).trackKeys,
                 QStringList {QStringLiteral("mgh-im.categorical")});

        const ContinuitySite &broadway = siteByKey(mgh, QStringLiteral("mgh-im@broadway-revere"));
        QStringList staff;
        QStringList interpreters;
        for (const SiteLanguage &l : broadway.languages)
            (l.kind == SiteLanguage::Kind::Staff ? staff : interpreters).append(l.language);
        QCOMPARE(staff,
                 (QStringList {QStringLiteral("Spanish"), QStringLiteral("Italian"),
                               QStringLiteral("Hindi"), QStringLiteral("Tamil")}));
        QVERIFY(interpreters.contains(QStringLiteral("Khmer")));
        QVERIFY(interpreters.contains(QStringLiteral("Arabic")));

        const ContinuitySite &charlestown = siteByKey(mgh, QStringLiteral("mgh-im@charlestown"));
        const bool hasNeurology = std::any_of(
            charlestown.services.cbegin(), charlestown.services.cend(), [](const SiteService &s) {
                return s.name == u"Neurology" && s.kind == SiteService::Kind::Subspecialty;
            });
        QVERIFY(hasNeurology);
        const bool hasPatients =
            std::any_of(charlestown.facts.cbegin(), charlestown.facts.cend(),
                        [](const Fact &f) { return f.value.contains(QStringLiteral("26,000")); });
        QVERIFY(hasPatients);
        for (const ContinuitySite &site : mgh.sites)
            QCOMPARE(site.source, QStringLiteral("003_13b1cd11c4af630b.txt"));
    }

    void mghPrimaryCareProgram()
    {
        const Program &mgh = programByKey(BundledCatalog::load().value(), QStringLiteral("mgh-im"));
        const Track &pc = trackByKey(mgh, QStringLiteral("mgh-im.primary-care"));
        QCOMPARE(pc.ambulatoryMonths.min, 10.0);
        QCOMPARE(pc.ambulatoryMonths.max, 15.0);
        auto feature = [&](const QString &key) -> const CurriculumFeature & {
            return test::featureByKey(mgh, key);
        };
        QCOMPARE(feature(QStringLiteral("mgh-im#indian-health-service-rotation")).duration,
                 QStringLiteral("2 weeks"));
        QCOMPARE(feature(QStringLiteral("mgh-im#indian-health-service-rotation")).trackKey, pc.key);
        QCOMPARE(feature(QStringLiteral("mgh-im#designer-block-senior")).duration,
                 QStringLiteral("4 weeks"));
        QCOMPARE(feature(QStringLiteral("mgh-im#asylum-clinic")).category,
                 QStringLiteral("advocacy"));
        QCOMPARE(feature(QStringLiteral("mgh-im#asylum-clinic")).source,
                 QStringLiteral("001_0d8ef33a8306100c.txt"));
        const auto count = [&](const QString &category) {
            return std::count_if(
                mgh.features.cbegin(), mgh.features.cend(),
                [&](const CurriculumFeature &f) { return f.category == category; });
        };
        // Three advocacy initiatives; buprenorphine training is listed once per track.
        QStringList advocacy;
        for (const CurriculumFeature &f : mgh.features) {
            if (f.category == u"advocacy" && !advocacy.contains(f.name))
                advocacy.append(f.name);
        }
        QCOMPARE(advocacy.size(), 3);
        QVERIFY(count(QStringLiteral("conferences")) >= 8);
        QVERIFY(count(QStringLiteral("benefits")) >= 20);
        QVERIFY(count(QStringLiteral("electives")) >= 15);
        QVERIFY(count(QStringLiteral("leadership")) >= 1);
        QVERIFY(count(QStringLiteral("global-health")) >= 1);
    }

    void umassPrimaryCareTrack()
    {
        const Program &umass =
            programByKey(BundledCatalog::load().value(), QStringLiteral("umass-im"));
        const Track &pc = trackByKey(umass, QStringLiteral("umass-im.primary-care"));
        QCOMPARE(pc.scheduleModel, QStringLiteral("3+2"));
        QCOMPARE(pc.ambulatoryShare.min, 50.0);
        QCOMPARE(pc.ambulatoryShare.max, 60.0);
        QCOMPARE(pc.source, QStringLiteral("002_2931cdc2bfdfc84e.txt"));
        const bool firstYear = std::any_of(pc.facts.cbegin(), pc.facts.cend(), [](const Fact &f) {
            return f.value.contains(QStringLiteral("AY2020-21"));
        });
        QVERIFY(firstYear);
        const bool ownMatch = std::any_of(pc.facts.cbegin(), pc.facts.cend(), [](const Fact &f) {
            return f.label.contains(QStringLiteral("NRMP"));
        });
        QVERIFY(ownMatch);
    }

    void centerForPrimaryCareIsAResource()
    {
        const Catalog &catalog = BundledCatalog::load().value();
        const Resource &cpc = catalog.resources.constFirst();
        QCOMPARE(cpc.key, QStringLiteral("hms-cpc"));
        QCOMPARE(cpc.source, QStringLiteral("004_10927e264ad1d9e3.txt"));
        QVERIFY(cpc.address.contains(QStringLiteral("635 Huntington")));
        QVERIFY(!cpc.offerings.isEmpty());
        for (const Program &program : catalog.programs)
            QVERIFY(!program.name.contains(QStringLiteral("Center for Primary Care")));
    }

    void minimalCatalogParses()
    {
        auto catalog = CatalogReader::parse(QJsonDocument(minimalCatalog()).toJson(),
                                            QStringLiteral("t.json"));
        QVERIFY2(catalog.ok(), qPrintable(catalog.ok() ? QString() : catalog.message()));
        QCOMPARE(catalog->version, 3);
        QCOMPARE(catalog->programs.constFirst().tracks.constFirst().nrmpCode,
                 QStringLiteral("1234140C0"));
    }

    // Format 2: single fields may name a source other than the item's.
    void fieldSources()
    {
        QJsonObject root = minimalCatalog();
        root[QStringLiteral("format_version")] = 2;
        QJsonArray programs = root[QStringLiteral("programs")].toArray();
        QJsonObject program = programs[0].toObject();
        program[QStringLiteral("city")] = QStringLiteral("Springfield");
        program[QStringLiteral("field_sources")] =
            QJsonObject {{QStringLiteral("city"), QStringLiteral("general knowledge")}};
        programs[0] = program;
        root[QStringLiteral("programs")] = programs;
        auto catalog = CatalogReader::parse(QJsonDocument(root).toJson(), QStringLiteral("t.json"));
        QVERIFY2(catalog.ok(), qPrintable(catalog.ok() ? QString() : catalog.message()));
        const Program &parsed = catalog->programs.constFirst();
        QCOMPARE(catalog->sourceOf(parsed, QStringLiteral("city")),
                 QStringLiteral("general knowledge"));
        QCOMPARE(catalog->sourceOf(parsed, QStringLiteral("state")), QStringLiteral("test"));
    }

    void refusesMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");

        auto edit = [](auto change) {
            QJsonObject root = minimalCatalog();
            change(root);
            return QJsonDocument(root).toJson();
        };
        auto editProgram = [&](auto change) {
            return edit([&](QJsonObject &root) {
                QJsonArray programs = root[QStringLiteral("programs")].toArray();
                QJsonObject program = programs[0].toObject();
                change(program);
                programs[0] = program;
                root[QStringLiteral("programs")] = programs;
            });
        };

        QTest::newRow("not json") << QByteArray("{\"format\": ") << QStringLiteral("byte offset");
        QTest::newRow("wrong format")
            << edit([](QJsonObject &r) { r[QStringLiteral("format")] = QStringLiteral("other"); })
            << QStringLiteral("format: expected “rankwise-catalog”");
        QTest::newRow("future version")
            << edit([](QJsonObject &r) { r[QStringLiteral("format_version")] = 3; })
            << QStringLiteral("format_version: version 3 is not supported");
        QTest::newRow("unknown field")
            << edit([](QJsonObject &r) { r[QStringLiteral("colour")] = 1; })
            << QStringLiteral("colour: is not a known field");
        QTest::newRow("bad track type") << editProgram([](QJsonObject &p) {
            QJsonArray tracks = p[QStringLiteral("tracks")].toArray();
            QJsonObject t = tracks[0].toObject();
            t[QStringLiteral("type")] = QStringLiteral("surgery");
            tracks[0] = t;
            p[QStringLiteral("tracks")] = tracks;
        }) << QStringLiteral("programs[0].tracks[0].type: “surgery” is not a track type");
        QTest::newRow("bad nrmp code") << editProgram([](QJsonObject &p) {
            QJsonArray tracks = p[QStringLiteral("tracks")].toArray();
            QJsonObject t = tracks[0].toObject();
            t[QStringLiteral("nrmp_code")] = QStringLiteral("12-34");
            tracks[0] = t;
            p[QStringLiteral("tracks")] = tracks;
        }) << QStringLiteral("programs[0].tracks[0].nrmp_code");
        QTest::newRow("dangling site track")
            << editProgram([](QJsonObject &p) {
                   QJsonArray sites = p[QStringLiteral("sites")].toArray();
                   QJsonObject s = sites[0].toObject();
                   s[QStringLiteral("tracks")] = QJsonArray {QStringLiteral("gen-im.nope")};
                   sites[0] = s;
                   p[QStringLiteral("sites")] = sites;
               })
            << QStringLiteral(
                   "programs[0].sites[0].tracks[0]: “gen-im.nope” is not a track of this program");
        QTest::newRow("bad residents") << editProgram([](QJsonObject &p) {
            QJsonArray sites = p[QStringLiteral("sites")].toArray();
            QJsonObject s = sites[0].toObject();
            s[QStringLiteral("residents_placed")] = QStringLiteral("lots");
            sites[0] = s;
            p[QStringLiteral("sites")] = sites;
        }) << QStringLiteral("residents_placed: “lots”");
        QTest::newRow("bad category") << editProgram([](QJsonObject &p) {
            QJsonArray features = p[QStringLiteral("features")].toArray();
            QJsonObject f = features[0].toObject();
            f[QStringLiteral("category")] = QStringLiteral("parties");
            features[0] = f;
            p[QStringLiteral("features")] = features;
        }) << QStringLiteral("programs[0].features[0].category");
        QTest::newRow("missing source")
            << editProgram([](QJsonObject &p) { p.remove(QStringLiteral("source")); })
            << QStringLiteral("programs[0].source: is missing");
        QTest::newRow("unknown institution") << editProgram([](QJsonObject &p) {
            p[QStringLiteral("institution")] = QStringLiteral("zzz");
        }) << QStringLiteral("programs[0].institution");
        QTest::newRow("user key prefix") << editProgram([](QJsonObject &p) {
            p[QStringLiteral("key")] = QStringLiteral("my-im");
        }) << QStringLiteral("reserved");
        QTest::newRow("duplicate key") << edit([](QJsonObject &r) {
            QJsonArray programs = r[QStringLiteral("programs")].toArray();
            QJsonObject copy = programs[0].toObject();
            copy[QStringLiteral("tracks")] = QJsonArray {};
            programs.append(copy);
            r[QStringLiteral("programs")] = programs;
        }) << QStringLiteral("duplicate key “gen-im”");
        QTest::newRow("share out of range") << editProgram([](QJsonObject &p) {
            p[QStringLiteral("ambulatory_share")] =
                QJsonObject {{QStringLiteral("min"), 50}, {QStringLiteral("max"), 160}};
        }) << QStringLiteral("programs[0].ambulatory_share.max: must be between 0 and 100");
        auto withFieldSources = [&](int formatVersion, const QJsonValue &sources) {
            return edit([&](QJsonObject &r) {
                r[QStringLiteral("format_version")] = formatVersion;
                QJsonArray programs = r[QStringLiteral("programs")].toArray();
                QJsonObject p = programs[0].toObject();
                p[QStringLiteral("field_sources")] = sources;
                programs[0] = p;
                r[QStringLiteral("programs")] = programs;
            });
        };
        const QString gk = QStringLiteral("general knowledge");
        QTest::newRow("field sources in format 1")
            << withFieldSources(1, QJsonObject {{QStringLiteral("city"), gk}})
            << QStringLiteral("programs[0].field_sources: is not a known field");
        QTest::newRow("field source of an unknown field")
            << withFieldSources(2, QJsonObject {{QStringLiteral("colour"), gk}})
            << QStringLiteral("programs[0].field_sources.colour: is not a known field");
        QTest::newRow("empty field source")
            << withFieldSources(2, QJsonObject {{QStringLiteral("city"), QStringLiteral(" ")}})
            << QStringLiteral("programs[0].field_sources.city: must name where");
        QTest::newRow("field sources not an object")
            << withFieldSources(2, QJsonArray {gk})
            << QStringLiteral("programs[0].field_sources: expected an object");
        QTest::newRow("wrong type")
            << editProgram([](QJsonObject &p) { p[QStringLiteral("name")] = 7; })
            << QStringLiteral("programs[0].name: expected a string");
    }

    void refusesMalformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto catalog = CatalogReader::parse(json, QStringLiteral("broken.json"));
        QVERIFY(!catalog.ok());
        QCOMPARE(catalog.error().kind, Error::Kind::Input);
        QVERIFY2(catalog.message().startsWith(QStringLiteral("broken.json: ")),
                 qPrintable(catalog.message()));
        QVERIFY2(catalog.message().contains(expected), qPrintable(catalog.message()));
    }
};

QTEST_GUILESS_MAIN(TestCatalogReader)
#include "tst_catalogreader.moc"
