#include "catalog/bundledcatalog.h"
#include "catalogsupport.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace rw;
using rw::test::programByKey;
using rw::test::trackByKey;

// Facts of the bundled catalog checked against the seed documents (issue 14,
// catalog corrections), so that a later edit cannot quietly undo them.
namespace {

const QString kBwhSeed = QStringLiteral("000_6fe9b5b696a9df1e.txt");
const QString kMghPrimaryCareSeed = QStringLiteral("001_0d8ef33a8306100c.txt");
const QString kUmassSeed = QStringLiteral("002_2931cdc2bfdfc84e.txt");
const QString kMghSeed = QStringLiteral("003_13b1cd11c4af630b.txt");
const QString kGeneralKnowledge = QStringLiteral("general knowledge");

const Catalog &catalog()
{
    return BundledCatalog::load().value();
}

// Whether one of `facts` comes from `source` and says `phrase`.
bool states(const QList<Fact> &facts, const QString &source, const QString &phrase)
{
    return std::any_of(facts.cbegin(), facts.cend(), [&](const Fact &fact) {
        return fact.source == source && fact.value.contains(phrase, Qt::CaseInsensitive);
    });
}

QString factValue(const QList<Fact> &facts, const QString &label)
{
    const auto it = std::find_if(facts.cbegin(), facts.cend(),
                                 [&](const Fact &fact) { return fact.label == label; });
    return it == facts.cend() ? QString() : it->value;
}

int sitesOffering(const Program &program, const QString &trackKey)
{
    return int(std::count_if(
        program.sites.cbegin(), program.sites.cend(),
        [&](const ContinuitySite &site) { return site.trackKeys.contains(trackKey); }));
}

} // namespace

class TestBundledCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(BundledCatalog::load().ok()); }

    // 001: primary care interns "and their categorical peers".
    void buprenorphineTrainingOnBothMghTracks()
    {
        const Program &mgh = programByKey(catalog(), QStringLiteral("mgh-im"));
        QSet<QString> tracks;
        for (const CurriculumFeature &feature : mgh.features) {
            if (!feature.name.contains(QStringLiteral("Buprenorphine")))
                continue;
            QCOMPARE(feature.source, kMghPrimaryCareSeed);
            tracks.insert(feature.trackKey);
        }
        QCOMPARE(tracks,
                 (QSet<QString> {QStringLiteral("mgh-im.primary-care"),
                                 QStringLiteral("mgh-im.categorical")}));
    }

    // 003: residents are placed; 11 sites take categorical residents, 9
    // primary care residents. The counts the catalog states match its sites.
    void mghContinuitySitesPerTrack()
    {
        const Program &mgh = programByKey(catalog(), QStringLiteral("mgh-im"));
        const QString label = QStringLiteral("Continuity sites open to the track");
        const Track &categorical = trackByKey(mgh, QStringLiteral("mgh-im.categorical"));
        const Track &primaryCare = trackByKey(mgh, QStringLiteral("mgh-im.primary-care"));
        QCOMPARE(sitesOffering(mgh, categorical.key), 11);
        QCOMPARE(sitesOffering(mgh, primaryCare.key), 9);
        QCOMPARE(factValue(categorical.facts, label), QString::number(11));
        QCOMPARE(factValue(primaryCare.facts, label), QString::number(9));
        QVERIFY(!mgh.description.contains(QStringLiteral("13")));
        QVERIFY(mgh.description.contains(QStringLiteral("placed")));
        QVERIFY(mgh.description.contains(QStringLiteral("11")));
        QVERIFY(mgh.description.contains(QStringLiteral("9")));
    }

    // 003 says "appropriate", nothing anywhere says "graded".
    void appropriateSupervision()
    {
        const Program &mgh = programByKey(catalog(), QStringLiteral("mgh-im"));
        QVERIFY(mgh.description.contains(QStringLiteral("appropriate supervision")));
        for (const Program &program : catalog().programs) {
            QStringList texts {program.description};
            for (const Track &track : program.tracks)
                texts.append(track.description);
            for (const CurriculumFeature &feature : program.features)
                texts.append(feature.description);
            for (const QString &text : std::as_const(texts))
                QVERIFY2(!text.contains(QStringLiteral("graded"), Qt::CaseInsensitive),
                         qPrintable(text));
        }
    }

    // 000 names the integrated delivery system and nothing more about it.
    void bwhIntegratedSystemAddsNothing()
    {
        const Program &bwh = programByKey(catalog(), QStringLiteral("bwh-pcpm"));
        const CurriculumFeature &feature =
            test::featureByKey(bwh, QStringLiteral("bwh-pcpm#integrated-delivery-system"));
        for (const QString &detail : {QStringLiteral("Atrius"), QStringLiteral("health plan"),
                                      QStringLiteral("research institute")})
            QVERIFY2(!feature.description.contains(detail, Qt::CaseInsensitive),
                     qPrintable(detail));
    }

    // 004 lists "Newsletter" and "Primary Care Review" as two items.
    void newsletterAndPrimaryCareReviewAreTwoItems()
    {
        const Resource &center =
            test::byKey(catalog().resources, QStringLiteral("hms-cpc"), "resource");
        QStringList names;
        for (const ResourceOffering &offering : center.offerings)
            names.append(offering.name);
        QCOMPARE(names.count(QStringLiteral("Newsletter")), 1);
        QCOMPARE(names.count(QStringLiteral("Primary Care Review")), 1);
    }

    // One service has one kind wherever it is offered; therapies are services.
    void oneKindPerService()
    {
        QHash<QString, SiteService::Kind> kinds;
        for (const Program &program : catalog().programs) {
            for (const ContinuitySite &site : program.sites) {
                for (const SiteService &service : site.services) {
                    const QString name = service.name.toLower();
                    QVERIFY2(!kinds.contains(name) || kinds.value(name) == service.kind,
                             qPrintable(site.key + u' ' + service.name));
                    kinds.insert(name, service.kind);
                }
            }
        }
        QVERIFY(kinds.contains(QStringLiteral("physical therapy")));
        QCOMPARE(kinds.value(QStringLiteral("physical therapy")), SiteService::Kind::Service);
    }

    // What applicants weigh, each from the page that says it.
    void factsApplicantsWeigh()
    {
        const Program &umass = programByKey(catalog(), QStringLiteral("umass-im"));
        const Track &umassPc = trackByKey(umass, QStringLiteral("umass-im.primary-care"));
        QVERIFY(states(umassPc.facts, kUmassSeed, QStringLiteral("clinical service needs")));
        QVERIFY(states(umassPc.facts, kUmassSeed, QStringLiteral("national educational best")));
        QVERIFY(states(umassPc.facts, kUmassSeed, QStringLiteral("engagement")));
        const Track &umassCat = trackByKey(umass, QStringLiteral("umass-im.categorical"));
        QVERIFY(states(umassCat.facts, kUmassSeed, QStringLiteral("clinical training")));
        QVERIFY(states(umassCat.facts, kUmassSeed, QStringLiteral("supportive")));

        const Program &mgh = programByKey(catalog(), QStringLiteral("mgh-im"));
        QVERIFY(states(mgh.facts, kMghSeed, QStringLiteral("national meetings")));
        QVERIFY(states(mgh.facts, kMghSeed, QStringLiteral("original research")));
        QVERIFY(states(mgh.facts, kMghSeed, QStringLiteral("neighbourhoods")));
        QVERIFY(states(mgh.facts, kMghSeed, QStringLiteral("specialty services")));
        const Track &mghPc = trackByKey(mgh, QStringLiteral("mgh-im.primary-care"));
        QVERIFY(states(mghPc.facts, kMghPrimaryCareSeed, QStringLiteral("acutely ill")));

        const Program &bwh = programByKey(catalog(), QStringLiteral("bwh-pcpm"));
        QVERIFY(states(bwh.facts, kBwhSeed, QStringLiteral("quality improvement")));
        QVERIFY(states(bwh.facts, kBwhSeed, QStringLiteral("technology")));
        QVERIFY(states(bwh.facts, kBwhSeed, QStringLiteral("clinical education")));
    }

    // No seed gives a web address, BWH's specialty or any program's city:
    // those come from general knowledge and say so field by field.
    void generalKnowledgeSaysSo()
    {
        for (const Program &program : catalog().programs) {
            QVERIFY(!program.website.isEmpty());
            QCOMPARE(catalog().sourceOf(program, QStringLiteral("website")), kGeneralKnowledge);
            QCOMPARE(catalog().sourceOf(program, QStringLiteral("city")), kGeneralKnowledge);
            QCOMPARE(catalog().sourceOf(program, QStringLiteral("state")), kGeneralKnowledge);
            QVERIFY(catalog().sourceOf(program, QStringLiteral("name")) != kGeneralKnowledge);
        }
        const Program &bwh = programByKey(catalog(), QStringLiteral("bwh-pcpm"));
        QCOMPARE(catalog().sourceOf(bwh, QStringLiteral("specialty")), kGeneralKnowledge);
        // MGH's and UMass's pages name internal medicine themselves.
        QCOMPARE(catalog().sourceOf(programByKey(catalog(), QStringLiteral("mgh-im")),
                                    QStringLiteral("specialty")),
                 kMghSeed);
        QCOMPARE(catalog().sourceOf(programByKey(catalog(), QStringLiteral("umass-im")),
                                    QStringLiteral("specialty")),
                 kUmassSeed);
        for (const Resource &resource : catalog().resources) {
            if (!resource.website.isEmpty())
                QCOMPARE(catalog().sourceOf(resource, QStringLiteral("website")),
                         kGeneralKnowledge);
            QCOMPARE(catalog().sourceOf(resource, QStringLiteral("address")), resource.source);
        }
    }
};

QTEST_GUILESS_MAIN(TestBundledCatalog)
#include "tst_bundledcatalog.moc"
