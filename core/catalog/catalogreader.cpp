#include "catalog/catalogreader.h"

#include "util/jsonreader.h"
#include "util/keys.h"
#include "util/nrmpcode.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace rw {

namespace {

constexpr qsizetype kMaxItems = 200000;
constexpr int kMaxText = 20000;
constexpr int kMaxName = 500;
// Format 2 added `field_sources`; format 1 files are still read.
constexpr qint64 kFormatVersion = 2;

// Reads the whole catalog, remembering keys to check references and duplicates.
class Parser
{
public:
    explicit Parser(JsonErrors &errors)
        : m_errors(errors)
    { }

    Catalog read(const QJsonValue &root);

private:
    bool claimKey(const QString &key, const QString &path);
    Range readRange(JsonObjectReader &reader, QLatin1String key, double max);
    QList<Fact> readFacts(JsonObjectReader &reader, bool withSource, const QString &fallbackSource);
    QString readSource(JsonObjectReader &reader);
    void readFieldSources(JsonObjectReader &reader, const QString &itemKey,
                          std::initializer_list<QLatin1String> fields);
    Institution readInstitution(const QJsonValue &value, const QString &path);
    Resource readResource(const QJsonValue &value, const QString &path);
    Program readProgram(const QJsonValue &value, const QString &path);
    Track readTrack(const QJsonValue &value, const QString &path, const Program &program);
    ContinuitySite readSite(const QJsonValue &value, const QString &path, const Program &program);
    CurriculumFeature readFeature(const QJsonValue &value, const QString &path,
                                  const Program &program);

    JsonErrors &m_errors;
    qint64 m_formatVersion = 0;
    QSet<QString> m_keys;
    QSet<QString> m_institutionKeys;
    QSet<QString> m_resourceKeys;
    QSet<QString> m_sourceFiles;
    QHash<QString, FieldSources> m_fieldSources;
};

bool Parser::claimKey(const QString &key, const QString &path)
{
    if (m_errors.failed())
        return false;
    if (Keys::isUserKey(key)) {
        m_errors.fail(path,
                      CatalogReader::tr("“%1”: keys starting with “%2” are reserved for "
                                        "the user's own programs")
                          .arg(key, Keys::userPrefix()));
        return false;
    }
    if (m_keys.contains(key)) {
        m_errors.fail(path, CatalogReader::tr("duplicate key “%1”").arg(key));
        return false;
    }
    m_keys.insert(key);
    return true;
}

QString Parser::readSource(JsonObjectReader &reader)
{
    const QString source = reader.string(QLatin1String("source"), kMaxName);
    if (!m_errors.failed() && source.trimmed().isEmpty())
        m_errors.fail(reader.pathOf(QLatin1String("source")),
                      CatalogReader::tr("must name where the fact comes from"));
    return source;
}

// The optional `field_sources` object: field name -> source, for the fields
// (of `fields`) whose source is not the item's own. Unknown before format 2.
void Parser::readFieldSources(JsonObjectReader &reader, const QString &itemKey,
                              std::initializer_list<QLatin1String> fields)
{
    const QLatin1String key("field_sources");
    if (m_errors.failed() || !reader.has(key))
        return;
    if (m_formatVersion < 2) {
        m_errors.fail(reader.pathOf(key), JsonObjectReader::tr("is not a known field"));
        return;
    }
    JsonObjectReader object(reader.value(key), reader.pathOf(key), fields, m_errors);
    FieldSources sources;
    for (const QLatin1String field : fields) {
        if (m_errors.failed() || !object.has(field))
            continue;
        const QString source = object.string(field, kMaxName);
        if (!m_errors.failed() && source.trimmed().isEmpty())
            m_errors.fail(object.pathOf(field),
                          CatalogReader::tr("must name where the field comes from"));
        sources.insert(QString(field), source);
    }
    object.finish();
    m_fieldSources.insert(itemKey, sources);
}

Range Parser::readRange(JsonObjectReader &reader, QLatin1String key, double max)
{
    Range range;
    const QJsonValue value = reader.value(key);
    if (m_errors.failed() || value.isUndefined() || value.isNull())
        return range;
    JsonObjectReader object(value, reader.pathOf(key), {QLatin1String("min"), QLatin1String("max")},
                            m_errors);
    range.min = object.optionalNumber(QLatin1String("min"), 0, max);
    range.max = object.optionalNumber(QLatin1String("max"), 0, max);
    object.finish();
    if (!m_errors.failed() && range.isEmpty())
        m_errors.fail(reader.pathOf(key), CatalogReader::tr("needs “min”, “max” or both"));
    if (!m_errors.failed() && range.min && range.max && *range.min > *range.max)
        m_errors.fail(reader.pathOf(key), CatalogReader::tr("“min” is larger than “max”"));
    return range;
}

QList<Fact> Parser::readFacts(JsonObjectReader &reader, bool withSource,
                              const QString &fallbackSource)
{
    QList<Fact> facts;
    const QJsonArray array = reader.array(QLatin1String("facts"), 1000);
    for (qsizetype i = 0; i < array.size() && !m_errors.failed(); ++i) {
        const QString path = jsonIndexPath(reader.pathOf(QLatin1String("facts")), i);
        JsonObjectReader item = withSource
            ? JsonObjectReader(
                array.at(i), path,
                {QLatin1String("label"), QLatin1String("value"), QLatin1String("source")}, m_errors)
            : JsonObjectReader(array.at(i), path, {QLatin1String("label"), QLatin1String("value")},
                               m_errors);
        Fact fact;
        fact.label = item.string(QLatin1String("label"), kMaxName);
        fact.value = item.string(QLatin1String("value"), kMaxText);
        fact.source = withSource ? readSource(item) : fallbackSource;
        item.finish();
        facts.append(fact);
    }
    return facts;
}

Institution Parser::readInstitution(const QJsonValue &value, const QString &path)
{
    JsonObjectReader reader(value, path,
                            {QLatin1String("key"), QLatin1String("name"), QLatin1String("source")},
                            m_errors);
    Institution institution;
    institution.key = reader.string(QLatin1String("key"), 64);
    if (!m_errors.failed() && !Keys::isValidSlug(institution.key))
        m_errors.fail(reader.pathOf(QLatin1String("key")),
                      CatalogReader::tr("“%1” is not a valid key").arg(institution.key));
    if (!m_errors.failed() && m_institutionKeys.contains(institution.key))
        m_errors.fail(reader.pathOf(QLatin1String("key")),
                      CatalogReader::tr("duplicate institution key “%1”").arg(institution.key));
    m_institutionKeys.insert(institution.key);
    institution.name = reader.string(QLatin1String("name"), kMaxName);
    institution.source = readSource(reader);
    reader.finish();
    return institution;
}

Resource Parser::readResource(const QJsonValue &value, const QString &path)
{
    JsonObjectReader reader(
        value, path,
        {QLatin1String("key"), QLatin1String("name"), QLatin1String("kind"), QLatin1String("city"),
         QLatin1String("state"), QLatin1String("address"), QLatin1String("phone"),
         QLatin1String("website"), QLatin1String("description"), QLatin1String("source"),
         QLatin1String("field_sources"), QLatin1String("offerings")},
        m_errors);
    Resource resource;
    resource.key = reader.string(QLatin1String("key"), 64);
    if (!m_errors.failed() && !Keys::isValidSlug(resource.key))
        m_errors.fail(reader.pathOf(QLatin1String("key")),
                      CatalogReader::tr("“%1” is not a valid key").arg(resource.key));
    claimKey(resource.key, reader.pathOf(QLatin1String("key")));
    m_resourceKeys.insert(resource.key);
    resource.name = reader.string(QLatin1String("name"), kMaxName);
    resource.kind = reader.optionalString(QLatin1String("kind"), 64);
    resource.city = reader.optionalString(QLatin1String("city"), kMaxName);
    resource.state = reader.optionalString(QLatin1String("state"), 64);
    resource.address = reader.optionalString(QLatin1String("address"), kMaxName);
    resource.phone = reader.optionalString(QLatin1String("phone"), 64);
    resource.website = reader.optionalString(QLatin1String("website"), 2000);
    resource.description = reader.optionalString(QLatin1String("description"), kMaxText);
    resource.source = readSource(reader);
    readFieldSources(reader, resource.key,
                     {QLatin1String("city"), QLatin1String("state"), QLatin1String("address"),
                      QLatin1String("phone"), QLatin1String("website")});
    const QJsonArray offerings = reader.array(QLatin1String("offerings"), 1000);
    for (qsizetype i = 0; i < offerings.size() && !m_errors.failed(); ++i) {
        JsonObjectReader item(
            offerings.at(i), jsonIndexPath(reader.pathOf(QLatin1String("offerings")), i),
            {QLatin1String("category"), QLatin1String("name"), QLatin1String("description")},
            m_errors);
        ResourceOffering offering;
        offering.category = item.string(QLatin1String("category"), 64);
        offering.name = item.string(QLatin1String("name"), kMaxName);
        offering.description = item.optionalString(QLatin1String("description"), kMaxText);
        item.finish();
        resource.offerings.append(offering);
    }
    reader.finish();
    return resource;
}

Track Parser::readTrack(const QJsonValue &value, const QString &path, const Program &program)
{
    JsonObjectReader reader(value, path,
                            {QLatin1String("key"), QLatin1String("name"), QLatin1String("type"),
                             QLatin1String("nrmp_code"), QLatin1String("positions"),
                             QLatin1String("schedule_model"), QLatin1String("ambulatory_share"),
                             QLatin1String("ambulatory_months"), QLatin1String("description"),
                             QLatin1String("source"), QLatin1String("facts")},
                            m_errors);
    Track track;
    track.programKey = program.key;
    track.key = reader.string(QLatin1String("key"), 130);
    if (!m_errors.failed()
        && (!Keys::isValidTrackKey(track.key) || Keys::programOf(track.key) != program.key)) {
        m_errors.fail(
            reader.pathOf(QLatin1String("key")),
            CatalogReader::tr("“%1” is not a track key of program “%2” (expected %2.slug)")
                .arg(track.key, program.key));
    }
    claimKey(track.key, reader.pathOf(QLatin1String("key")));
    track.name = reader.string(QLatin1String("name"), kMaxName);
    const QString type = reader.string(QLatin1String("type"), 64);
    if (!m_errors.failed()) {
        if (const auto parsed = trackTypeFromId(type)) {
            track.type = *parsed;
        } else {
            QStringList known;
            for (TrackType t : allTrackTypes())
                known.append(trackTypeId(t));
            m_errors.fail(reader.pathOf(QLatin1String("type")),
                          CatalogReader::tr("“%1” is not a track type (one of: %2)")
                              .arg(type, known.join(QStringLiteral(", "))));
        }
    }
    const QString code = reader.optionalString(QLatin1String("nrmp_code"), 64);
    if (!m_errors.failed() && !code.isEmpty()) {
        if (!NrmpCode::isValid(code))
            m_errors.fail(reader.pathOf(QLatin1String("nrmp_code")), NrmpCode::problem(code));
        track.nrmpCode = NrmpCode::normalized(code);
    }
    if (const auto positions = reader.optionalInteger(QLatin1String("positions"), 0, 10000))
        track.positions = int(*positions);
    track.scheduleModel = reader.optionalString(QLatin1String("schedule_model"), 64);
    track.ambulatoryShare = readRange(reader, QLatin1String("ambulatory_share"), 100);
    track.ambulatoryMonths = readRange(reader, QLatin1String("ambulatory_months"), 120);
    track.description = reader.optionalString(QLatin1String("description"), kMaxText);
    track.source = readSource(reader);
    track.facts = readFacts(reader, true, {});
    reader.finish();
    return track;
}

ContinuitySite Parser::readSite(const QJsonValue &value, const QString &path,
                                const Program &program)
{
    JsonObjectReader reader(value, path,
                            {QLatin1String("key"), QLatin1String("name"),
                             QLatin1String("short_name"), QLatin1String("tracks"),
                             QLatin1String("residents_placed"), QLatin1String("distance_miles"),
                             QLatin1String("location"), QLatin1String("languages"),
                             QLatin1String("services"), QLatin1String("description"),
                             QLatin1String("source"), QLatin1String("facts")},
                            m_errors);
    ContinuitySite site;
    site.programKey = program.key;
    site.key = reader.string(QLatin1String("key"), 130);
    if (!m_errors.failed()
        && (!Keys::isValidSiteKey(site.key) || Keys::programOf(site.key) != program.key)) {
        m_errors.fail(reader.pathOf(QLatin1String("key")),
                      CatalogReader::tr("“%1” is not a site key of program “%2” (expected %2@slug)")
                          .arg(site.key, program.key));
    }
    claimKey(site.key, reader.pathOf(QLatin1String("key")));
    site.name = reader.string(QLatin1String("name"), kMaxName);
    site.shortName = reader.optionalString(QLatin1String("short_name"), 64);
    site.trackKeys = reader.stringList(QLatin1String("tracks"), 100, 130);
    for (qsizetype i = 0; i < site.trackKeys.size() && !m_errors.failed(); ++i) {
        const QString &trackKey = site.trackKeys.at(i);
        const bool known = std::any_of(program.tracks.cbegin(), program.tracks.cend(),
                                       [&](const Track &t) { return t.key == trackKey; });
        if (!known)
            m_errors.fail(jsonIndexPath(reader.pathOf(QLatin1String("tracks")), i),
                          CatalogReader::tr("“%1” is not a track of this program").arg(trackKey));
    }
    const QString placed = reader.optionalString(QLatin1String("residents_placed"), 32);
    if (!m_errors.failed()) {
        if (const auto parsed = ResidentsPlaced::parse(placed))
            site.residentsPlaced = *parsed;
        else
            m_errors.fail(
                reader.pathOf(QLatin1String("residents_placed")),
                CatalogReader::tr("“%1” is not a count such as 60, 2-10 or 20+").arg(placed));
    }
    site.distanceMiles = reader.optionalNumber(QLatin1String("distance_miles"), 0, 10000);
    site.location = reader.optionalString(QLatin1String("location"), kMaxName);
    const QJsonArray languages = reader.array(QLatin1String("languages"), 500);
    for (qsizetype i = 0; i < languages.size() && !m_errors.failed(); ++i) {
        JsonObjectReader item(languages.at(i),
                              jsonIndexPath(reader.pathOf(QLatin1String("languages")), i),
                              {QLatin1String("language"), QLatin1String("kind")}, m_errors);
        SiteLanguage language;
        language.language = item.string(QLatin1String("language"), 100);
        const QString kind = item.string(QLatin1String("kind"), 32);
        if (const auto parsed = siteLanguageKindFromId(kind))
            language.kind = *parsed;
        else if (!m_errors.failed())
            m_errors.fail(item.pathOf(QLatin1String("kind")),
                          CatalogReader::tr("“%1” is not “staff” or “interpreter”").arg(kind));
        item.finish();
        site.languages.append(language);
    }
    const QJsonArray services = reader.array(QLatin1String("services"), 1000);
    for (qsizetype i = 0; i < services.size() && !m_errors.failed(); ++i) {
        JsonObjectReader item(services.at(i),
                              jsonIndexPath(reader.pathOf(QLatin1String("services")), i),
                              {QLatin1String("name"), QLatin1String("kind")}, m_errors);
        SiteService service;
        service.name = item.string(QLatin1String("name"), kMaxName);
        const QString kind = item.string(QLatin1String("kind"), 32);
        if (const auto parsed = siteServiceKindFromId(kind))
            service.kind = *parsed;
        else if (!m_errors.failed())
            m_errors.fail(
                item.pathOf(QLatin1String("kind")),
                CatalogReader::tr("“%1” is not “subspecialty”, “service” or “program”").arg(kind));
        item.finish();
        site.services.append(service);
    }
    site.description = reader.optionalString(QLatin1String("description"), kMaxText);
    site.source = readSource(reader);
    site.facts = readFacts(reader, false, site.source);
    reader.finish();
    return site;
}

CurriculumFeature Parser::readFeature(const QJsonValue &value, const QString &path,
                                      const Program &program)
{
    JsonObjectReader reader(value, path,
                            {QLatin1String("key"), QLatin1String("track"),
                             QLatin1String("category"), QLatin1String("name"),
                             QLatin1String("duration"), QLatin1String("description"),
                             QLatin1String("source")},
                            m_errors);
    CurriculumFeature feature;
    feature.programKey = program.key;
    feature.key = reader.string(QLatin1String("key"), 130);
    if (!m_errors.failed()
        && (!Keys::isValidFeatureKey(feature.key) || Keys::programOf(feature.key) != program.key)) {
        m_errors.fail(
            reader.pathOf(QLatin1String("key")),
            CatalogReader::tr("“%1” is not a feature key of program “%2” (expected %2#slug)")
                .arg(feature.key, program.key));
    }
    claimKey(feature.key, reader.pathOf(QLatin1String("key")));
    feature.trackKey = reader.optionalString(QLatin1String("track"), 130);
    if (!m_errors.failed() && !feature.trackKey.isEmpty()) {
        const bool known = std::any_of(program.tracks.cbegin(), program.tracks.cend(),
                                       [&](const Track &t) { return t.key == feature.trackKey; });
        if (!known)
            m_errors.fail(
                reader.pathOf(QLatin1String("track")),
                CatalogReader::tr("“%1” is not a track of this program").arg(feature.trackKey));
    }
    feature.category = reader.string(QLatin1String("category"), 64);
    if (!m_errors.failed() && !FeatureCategory::isValid(feature.category))
        m_errors.fail(
            reader.pathOf(QLatin1String("category")),
            CatalogReader::tr("“%1” is not a curriculum category (one of: %2)")
                .arg(feature.category, FeatureCategory::ids().join(QStringLiteral(", "))));
    feature.name = reader.string(QLatin1String("name"), kMaxName);
    feature.duration = reader.optionalString(QLatin1String("duration"), 100);
    feature.description = reader.optionalString(QLatin1String("description"), kMaxText);
    feature.source = readSource(reader);
    reader.finish();
    return feature;
}

Program Parser::readProgram(const QJsonValue &value, const QString &path)
{
    JsonObjectReader reader(value, path,
                            {QLatin1String("key"),
                             QLatin1String("name"),
                             QLatin1String("institution"),
                             QLatin1String("specialty"),
                             QLatin1String("city"),
                             QLatin1String("state"),
                             QLatin1String("description"),
                             QLatin1String("website"),
                             QLatin1String("positions"),
                             QLatin1String("schedule_model"),
                             QLatin1String("ambulatory_share"),
                             QLatin1String("ambulatory_months"),
                             QLatin1String("source"),
                             QLatin1String("field_sources"),
                             QLatin1String("facts"),
                             QLatin1String("partners"),
                             QLatin1String("resources"),
                             QLatin1String("tracks"),
                             QLatin1String("sites"),
                             QLatin1String("features")},
                            m_errors);
    Program program;
    program.key = reader.string(QLatin1String("key"), 64);
    if (!m_errors.failed() && !Keys::isValidProgramKey(program.key))
        m_errors.fail(reader.pathOf(QLatin1String("key")),
                      CatalogReader::tr("“%1” is not a valid key (lower-case letters, digits and "
                                        "hyphens)")
                          .arg(program.key));
    claimKey(program.key, reader.pathOf(QLatin1String("key")));
    program.name = reader.string(QLatin1String("name"), kMaxName);
    program.institutionKey = reader.string(QLatin1String("institution"), 64);
    if (!m_errors.failed() && !m_institutionKeys.contains(program.institutionKey))
        m_errors.fail(reader.pathOf(QLatin1String("institution")),
                      CatalogReader::tr("“%1” is not an institution listed in “institutions”")
                          .arg(program.institutionKey));
    program.specialty = reader.optionalString(QLatin1String("specialty"), kMaxName);
    program.city = reader.optionalString(QLatin1String("city"), kMaxName);
    program.state = reader.optionalString(QLatin1String("state"), 64);
    program.description = reader.optionalString(QLatin1String("description"), kMaxText);
    program.website = reader.optionalString(QLatin1String("website"), 2000);
    if (!m_errors.failed() && !program.website.isEmpty()
        && !program.website.startsWith(QStringLiteral("https://"))
        && !program.website.startsWith(QStringLiteral("http://")))
        m_errors.fail(reader.pathOf(QLatin1String("website")),
                      CatalogReader::tr("must be an http or https address"));
    if (const auto positions = reader.optionalInteger(QLatin1String("positions"), 0, 10000))
        program.positions = int(*positions);
    program.scheduleModel = reader.optionalString(QLatin1String("schedule_model"), 64);
    program.ambulatoryShare = readRange(reader, QLatin1String("ambulatory_share"), 100);
    program.ambulatoryMonths = readRange(reader, QLatin1String("ambulatory_months"), 120);
    program.source = readSource(reader);
    readFieldSources(reader, program.key,
                     {QLatin1String("specialty"), QLatin1String("city"), QLatin1String("state"),
                      QLatin1String("website"), QLatin1String("positions"),
                      QLatin1String("schedule_model"), QLatin1String("ambulatory_share"),
                      QLatin1String("ambulatory_months")});
    program.facts = readFacts(reader, true, {});

    const QJsonArray partners = reader.array(QLatin1String("partners"), 1000);
    for (qsizetype i = 0; i < partners.size() && !m_errors.failed(); ++i) {
        JsonObjectReader item(
            partners.at(i), jsonIndexPath(reader.pathOf(QLatin1String("partners")), i),
            {QLatin1String("name"), QLatin1String("role"), QLatin1String("source")}, m_errors);
        Partner partner;
        partner.name = item.string(QLatin1String("name"), kMaxName);
        partner.role = item.optionalString(QLatin1String("role"), kMaxText);
        partner.source = readSource(item);
        item.finish();
        program.partners.append(partner);
    }
    program.resourceKeys = reader.stringList(QLatin1String("resources"), 1000, 64);
    for (qsizetype i = 0; i < program.resourceKeys.size() && !m_errors.failed(); ++i) {
        if (!m_resourceKeys.contains(program.resourceKeys.at(i)))
            m_errors.fail(jsonIndexPath(reader.pathOf(QLatin1String("resources")), i),
                          CatalogReader::tr("“%1” is not a resource listed in “resources”")
                              .arg(program.resourceKeys.at(i)));
    }

    const QJsonArray tracks = reader.array(QLatin1String("tracks"), 100, true);
    if (!m_errors.failed() && tracks.isEmpty())
        m_errors.fail(reader.pathOf(QLatin1String("tracks")),
                      CatalogReader::tr("a program needs at least one track"));
    for (qsizetype i = 0; i < tracks.size() && !m_errors.failed(); ++i)
        program.tracks.append(readTrack(
            tracks.at(i), jsonIndexPath(reader.pathOf(QLatin1String("tracks")), i), program));

    const QJsonArray sites = reader.array(QLatin1String("sites"), 1000);
    for (qsizetype i = 0; i < sites.size() && !m_errors.failed(); ++i)
        program.sites.append(readSite(
            sites.at(i), jsonIndexPath(reader.pathOf(QLatin1String("sites")), i), program));

    const QJsonArray features = reader.array(QLatin1String("features"), 5000);
    for (qsizetype i = 0; i < features.size() && !m_errors.failed(); ++i)
        program.features.append(readFeature(
            features.at(i), jsonIndexPath(reader.pathOf(QLatin1String("features")), i), program));
    reader.finish();
    return program;
}

Catalog Parser::read(const QJsonValue &root)
{
    Catalog catalog;
    JsonObjectReader reader(root, QString(),
                            {QLatin1String("format"), QLatin1String("format_version"),
                             QLatin1String("catalog_version"), QLatin1String("sources"),
                             QLatin1String("institutions"), QLatin1String("resources"),
                             QLatin1String("programs")},
                            m_errors);
    const QString format = reader.string(QLatin1String("format"), 64);
    if (!m_errors.failed() && format != u"rankwise-catalog")
        m_errors.fail(QLatin1String("format"),
                      CatalogReader::tr("expected “rankwise-catalog” but found “%1”").arg(format));
    m_formatVersion = reader.integer(QLatin1String("format_version"), 1, 1000);
    if (!m_errors.failed() && m_formatVersion > kFormatVersion)
        m_errors.fail(QLatin1String("format_version"),
                      CatalogReader::tr("version %1 is not supported (this Rankwise reads "
                                        "versions 1 to %2)")
                          .arg(m_formatVersion)
                          .arg(kFormatVersion));
    catalog.version = int(reader.integer(QLatin1String("catalog_version"), 1, 1000000));

    const QJsonArray sources = reader.array(QLatin1String("sources"), 10000);
    for (qsizetype i = 0; i < sources.size() && !m_errors.failed(); ++i) {
        JsonObjectReader item(sources.at(i), jsonIndexPath(QLatin1String("sources"), i),
                              {QLatin1String("file"), QLatin1String("title")}, m_errors);
        CatalogSource source;
        source.file = item.string(QLatin1String("file"), kMaxName);
        source.title = item.optionalString(QLatin1String("title"), kMaxName);
        item.finish();
        catalog.sources.append(source);
    }

    const QJsonArray institutions = reader.array(QLatin1String("institutions"), kMaxItems, true);
    for (qsizetype i = 0; i < institutions.size() && !m_errors.failed(); ++i)
        catalog.institutions.append(
            readInstitution(institutions.at(i), jsonIndexPath(QLatin1String("institutions"), i)));

    const QJsonArray resources = reader.array(QLatin1String("resources"), kMaxItems);
    for (qsizetype i = 0; i < resources.size() && !m_errors.failed(); ++i)
        catalog.resources.append(
            readResource(resources.at(i), jsonIndexPath(QLatin1String("resources"), i)));

    const QJsonArray programs = reader.array(QLatin1String("programs"), kMaxItems, true);
    for (qsizetype i = 0; i < programs.size() && !m_errors.failed(); ++i)
        catalog.programs.append(
            readProgram(programs.at(i), jsonIndexPath(QLatin1String("programs"), i)));
    reader.finish();
    catalog.fieldSources = m_fieldSources;
    return catalog;
}

} // namespace

Result<Catalog> CatalogReader::parse(const QByteArray &json, const QString &origin)
{
    if (json.size() > kMaxBytes)
        return Error::input(
            tr("%1: the catalog is larger than %2 MB.").arg(origin).arg(kMaxBytes >> 20));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::input(tr("%1: not valid JSON at byte offset %2: %3.")
                                .arg(origin)
                                .arg(parseError.offset)
                                .arg(parseError.errorString()));
    }
    JsonErrors errors;
    Parser parser(errors);
    Catalog catalog = parser.read(document.isObject() ? QJsonValue(document.object())
                                                      : QJsonValue(document.array()));
    if (errors.failed())
        return Error::input(tr("%1: %2").arg(origin, errors.describe()));
    return catalog;
}

} // namespace rw
