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
    Range readRange(JsonObjectReader &reader, const QString &key, double max);
    QList<Fact> readFacts(JsonObjectReader &reader, bool withSource, const QString &fallbackSource);
    QString readSource(JsonObjectReader &reader);
    void readFieldSources(JsonObjectReader &reader, const QString &itemKey,
                          const QStringList &fields);
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
    const QString source = reader.string(QStringLiteral("source"), kMaxName);
    if (!m_errors.failed() && source.trimmed().isEmpty())
        m_errors.fail(reader.pathOf(QStringLiteral("source")),
                      CatalogReader::tr("must name where the fact comes from"));
    return source;
}

// The optional `field_sources` object: field name -> source, for the fields
// (of `fields`) whose source is not the item's own. Unknown before format 2.
void Parser::readFieldSources(JsonObjectReader &reader, const QString &itemKey,
                              const QStringList &fields)
{
    FieldSources sources;
    const QString key = QStringLiteral("field_sources");
    if (m_formatVersion < 2 || m_errors.failed() || !reader.has(key))
        return;
    JsonObjectReader object(reader.value(key), reader.pathOf(key), m_errors);
    for (const QString &field : fields) {
        if (m_errors.failed() || !object.has(field))
            continue;
        const QString source = object.string(field, kMaxName);
        if (!m_errors.failed() && source.trimmed().isEmpty())
            m_errors.fail(object.pathOf(field),
                          CatalogReader::tr("must name where the field comes from"));
        sources.insert(field, source);
    }
    object.finish();
    m_fieldSources.insert(itemKey, sources);
}

Range Parser::readRange(JsonObjectReader &reader, const QString &key, double max)
{
    Range range;
    const QJsonValue value = reader.value(key);
    if (m_errors.failed() || value.isUndefined() || value.isNull())
        return range;
    JsonObjectReader object(value, reader.pathOf(key), m_errors);
    range.min = object.optionalNumber(QStringLiteral("min"), 0, max);
    range.max = object.optionalNumber(QStringLiteral("max"), 0, max);
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
    const QJsonArray array = reader.array(QStringLiteral("facts"), 1000);
    for (qsizetype i = 0; i < array.size() && !m_errors.failed(); ++i) {
        JsonObjectReader item(array.at(i), jsonIndexPath(reader.pathOf(QStringLiteral("facts")), i),
                              m_errors);
        Fact fact;
        fact.label = item.string(QStringLiteral("label"), kMaxName);
        fact.value = item.string(QStringLiteral("value"), kMaxText);
        fact.source = withSource ? readSource(item) : fallbackSource;
        item.finish();
        facts.append(fact);
    }
    return facts;
}

Institution Parser::readInstitution(const QJsonValue &value, const QString &path)
{
    JsonObjectReader reader(value, path, m_errors);
    Institution institution;
    institution.key = reader.string(QStringLiteral("key"), 64);
    if (!m_errors.failed() && !Keys::isValidSlug(institution.key))
        m_errors.fail(reader.pathOf(QStringLiteral("key")),
                      CatalogReader::tr("“%1” is not a valid key").arg(institution.key));
    if (!m_errors.failed() && m_institutionKeys.contains(institution.key))
        m_errors.fail(reader.pathOf(QStringLiteral("key")),
                      CatalogReader::tr("duplicate institution key “%1”").arg(institution.key));
    m_institutionKeys.insert(institution.key);
    institution.name = reader.string(QStringLiteral("name"), kMaxName);
    institution.source = readSource(reader);
    reader.finish();
    return institution;
}

Resource Parser::readResource(const QJsonValue &value, const QString &path)
{
    JsonObjectReader reader(value, path, m_errors);
    Resource resource;
    resource.key = reader.string(QStringLiteral("key"), 64);
    if (!m_errors.failed() && !Keys::isValidSlug(resource.key))
        m_errors.fail(reader.pathOf(QStringLiteral("key")),
                      CatalogReader::tr("“%1” is not a valid key").arg(resource.key));
    claimKey(resource.key, reader.pathOf(QStringLiteral("key")));
    m_resourceKeys.insert(resource.key);
    resource.name = reader.string(QStringLiteral("name"), kMaxName);
    resource.kind = reader.optionalString(QStringLiteral("kind"), 64);
    resource.city = reader.optionalString(QStringLiteral("city"), kMaxName);
    resource.state = reader.optionalString(QStringLiteral("state"), 64);
    resource.address = reader.optionalString(QStringLiteral("address"), kMaxName);
    resource.phone = reader.optionalString(QStringLiteral("phone"), 64);
    resource.website = reader.optionalString(QStringLiteral("website"), 2000);
    resource.description = reader.optionalString(QStringLiteral("description"), kMaxText);
    resource.source = readSource(reader);
    readFieldSources(reader, resource.key,
                     {QStringLiteral("city"), QStringLiteral("state"), QStringLiteral("address"),
                      QStringLiteral("phone"), QStringLiteral("website")});
    const QJsonArray offerings = reader.array(QStringLiteral("offerings"), 1000);
    for (qsizetype i = 0; i < offerings.size() && !m_errors.failed(); ++i) {
        JsonObjectReader item(offerings.at(i),
                              jsonIndexPath(reader.pathOf(QStringLiteral("offerings")), i),
                              m_errors);
        ResourceOffering offering;
        offering.category = item.string(QStringLiteral("category"), 64);
        offering.name = item.string(QStringLiteral("name"), kMaxName);
        offering.description = item.optionalString(QStringLiteral("description"), kMaxText);
        item.finish();
        resource.offerings.append(offering);
    }
    reader.finish();
    return resource;
}

Track Parser::readTrack(const QJsonValue &value, const QString &path, const Program &program)
{
    JsonObjectReader reader(value, path, m_errors);
    Track track;
    track.programKey = program.key;
    track.key = reader.string(QStringLiteral("key"), 130);
    if (!m_errors.failed()
        && (!Keys::isValidTrackKey(track.key) || Keys::programOf(track.key) != program.key)) {
        m_errors.fail(
            reader.pathOf(QStringLiteral("key")),
            CatalogReader::tr("“%1” is not a track key of program “%2” (expected %2.slug)")
                .arg(track.key, program.key));
    }
    claimKey(track.key, reader.pathOf(QStringLiteral("key")));
    track.name = reader.string(QStringLiteral("name"), kMaxName);
    const QString type = reader.string(QStringLiteral("type"), 64);
    if (!m_errors.failed()) {
        if (const auto parsed = trackTypeFromId(type)) {
            track.type = *parsed;
        } else {
            QStringList known;
            for (TrackType t : allTrackTypes())
                known.append(trackTypeId(t));
            m_errors.fail(reader.pathOf(QStringLiteral("type")),
                          CatalogReader::tr("“%1” is not a track type (one of: %2)")
                              .arg(type, known.join(QStringLiteral(", "))));
        }
    }
    const QString code = reader.optionalString(QStringLiteral("nrmp_code"), 64);
    if (!m_errors.failed() && !code.isEmpty()) {
        if (!NrmpCode::isValid(code))
            m_errors.fail(reader.pathOf(QStringLiteral("nrmp_code")), NrmpCode::problem(code));
        track.nrmpCode = NrmpCode::normalized(code);
    }
    if (const auto positions = reader.optionalInteger(QStringLiteral("positions"), 0, 10000))
        track.positions = int(*positions);
    track.scheduleModel = reader.optionalString(QStringLiteral("schedule_model"), 64);
    track.ambulatoryShare = readRange(reader, QStringLiteral("ambulatory_share"), 100);
    track.ambulatoryMonths = readRange(reader, QStringLiteral("ambulatory_months"), 120);
    track.description = reader.optionalString(QStringLiteral("description"), kMaxText);
    track.source = readSource(reader);
    track.facts = readFacts(reader, true, {});
    reader.finish();
    return track;
}

ContinuitySite Parser::readSite(const QJsonValue &value, const QString &path,
                                const Program &program)
{
    JsonObjectReader reader(value, path, m_errors);
    ContinuitySite site;
    site.programKey = program.key;
    site.key = reader.string(QStringLiteral("key"), 130);
    if (!m_errors.failed()
        && (!Keys::isValidSiteKey(site.key) || Keys::programOf(site.key) != program.key)) {
        m_errors.fail(reader.pathOf(QStringLiteral("key")),
                      CatalogReader::tr("“%1” is not a site key of program “%2” (expected %2@slug)")
                          .arg(site.key, program.key));
    }
    claimKey(site.key, reader.pathOf(QStringLiteral("key")));
    site.name = reader.string(QStringLiteral("name"), kMaxName);
    site.shortName = reader.optionalString(QStringLiteral("short_name"), 64);
    site.trackKeys = reader.stringList(QStringLiteral("tracks"), 100, 130);
    for (qsizetype i = 0; i < site.trackKeys.size() && !m_errors.failed(); ++i) {
        const QString &trackKey = site.trackKeys.at(i);
        const bool known = std::any_of(program.tracks.cbegin(), program.tracks.cend(),
                                       [&](const Track &t) { return t.key == trackKey; });
        if (!known)
            m_errors.fail(jsonIndexPath(reader.pathOf(QStringLiteral("tracks")), i),
                          CatalogReader::tr("“%1” is not a track of this program").arg(trackKey));
    }
    const QString placed = reader.optionalString(QStringLiteral("residents_placed"), 32);
    if (!m_errors.failed()) {
        if (const auto parsed = ResidentsPlaced::parse(placed))
            site.residentsPlaced = *parsed;
        else
            m_errors.fail(
                reader.pathOf(QStringLiteral("residents_placed")),
                CatalogReader::tr("“%1” is not a count such as 60, 2-10 or 20+").arg(placed));
    }
    site.distanceMiles = reader.optionalNumber(QStringLiteral("distance_miles"), 0, 10000);
    site.location = reader.optionalString(QStringLiteral("location"), kMaxName);
    const QJsonArray languages = reader.array(QStringLiteral("languages"), 500);
    for (qsizetype i = 0; i < languages.size() && !m_errors.failed(); ++i) {
        JsonObjectReader item(languages.at(i),
                              jsonIndexPath(reader.pathOf(QStringLiteral("languages")), i),
                              m_errors);
        SiteLanguage language;
        language.language = item.string(QStringLiteral("language"), 100);
        const QString kind = item.string(QStringLiteral("kind"), 32);
        if (const auto parsed = siteLanguageKindFromId(kind))
            language.kind = *parsed;
        else if (!m_errors.failed())
            m_errors.fail(item.pathOf(QStringLiteral("kind")),
                          CatalogReader::tr("“%1” is not “staff” or “interpreter”").arg(kind));
        item.finish();
        site.languages.append(language);
    }
    const QJsonArray services = reader.array(QStringLiteral("services"), 1000);
    for (qsizetype i = 0; i < services.size() && !m_errors.failed(); ++i) {
        JsonObjectReader item(
            services.at(i), jsonIndexPath(reader.pathOf(QStringLiteral("services")), i), m_errors);
        SiteService service;
        service.name = item.string(QStringLiteral("name"), kMaxName);
        const QString kind = item.string(QStringLiteral("kind"), 32);
        if (const auto parsed = siteServiceKindFromId(kind))
            service.kind = *parsed;
        else if (!m_errors.failed())
            m_errors.fail(
                item.pathOf(QStringLiteral("kind")),
                CatalogReader::tr("“%1” is not “subspecialty”, “service” or “program”").arg(kind));
        item.finish();
        site.services.append(service);
    }
    site.description = reader.optionalString(QStringLiteral("description"), kMaxText);
    site.source = readSource(reader);
    site.facts = readFacts(reader, false, site.source);
    reader.finish();
    return site;
}

CurriculumFeature Parser::readFeature(const QJsonValue &value, const QString &path,
                                      const Program &program)
{
    JsonObjectReader reader(value, path, m_errors);
    CurriculumFeature feature;
    feature.programKey = program.key;
    feature.key = reader.string(QStringLiteral("key"), 130);
    if (!m_errors.failed()
        && (!Keys::isValidFeatureKey(feature.key) || Keys::programOf(feature.key) != program.key)) {
        m_errors.fail(
            reader.pathOf(QStringLiteral("key")),
            CatalogReader::tr("“%1” is not a feature key of program “%2” (expected %2#slug)")
                .arg(feature.key, program.key));
    }
    claimKey(feature.key, reader.pathOf(QStringLiteral("key")));
    feature.trackKey = reader.optionalString(QStringLiteral("track"), 130);
    if (!m_errors.failed() && !feature.trackKey.isEmpty()) {
        const bool known = std::any_of(program.tracks.cbegin(), program.tracks.cend(),
                                       [&](const Track &t) { return t.key == feature.trackKey; });
        if (!known)
            m_errors.fail(
                reader.pathOf(QStringLiteral("track")),
                CatalogReader::tr("“%1” is not a track of this program").arg(feature.trackKey));
    }
    feature.category = reader.string(QStringLiteral("category"), 64);
    if (!m_errors.failed() && !FeatureCategory::isValid(feature.category))
        m_errors.fail(
            reader.pathOf(QStringLiteral("category")),
            CatalogReader::tr("“%1” is not a curriculum category (one of: %2)")
                .arg(feature.category, FeatureCategory::ids().join(QStringLiteral(", "))));
    feature.name = reader.string(QStringLiteral("name"), kMaxName);
    feature.duration = reader.optionalString(QStringLiteral("duration"), 100);
    feature.description = reader.optionalString(QStringLiteral("description"), kMaxText);
    feature.source = readSource(reader);
    reader.finish();
    return feature;
}

Program Parser::readProgram(const QJsonValue &value, const QString &path)
{
    JsonObjectReader reader(value, path, m_errors);
    Program program;
    program.key = reader.string(QStringLiteral("key"), 64);
    if (!m_errors.failed() && !Keys::isValidProgramKey(program.key))
        m_errors.fail(reader.pathOf(QStringLiteral("key")),
                      CatalogReader::tr("“%1” is not a valid key (lower-case letters, digits and "
                                        "hyphens)")
                          .arg(program.key));
    claimKey(program.key, reader.pathOf(QStringLiteral("key")));
    program.name = reader.string(QStringLiteral("name"), kMaxName);
    program.institutionKey = reader.string(QStringLiteral("institution"), 64);
    if (!m_errors.failed() && !m_institutionKeys.contains(program.institutionKey))
        m_errors.fail(reader.pathOf(QStringLiteral("institution")),
                      CatalogReader::tr("“%1” is not an institution listed in “institutions”")
                          .arg(program.institutionKey));
    program.specialty = reader.optionalString(QStringLiteral("specialty"), kMaxName);
    program.city = reader.optionalString(QStringLiteral("city"), kMaxName);
    program.state = reader.optionalString(QStringLiteral("state"), 64);
    program.description = reader.optionalString(QStringLiteral("description"), kMaxText);
    program.website = reader.optionalString(QStringLiteral("website"), 2000);
    if (!m_errors.failed() && !program.website.isEmpty()
        && !program.website.startsWith(QStringLiteral("https://"))
        && !program.website.startsWith(QStringLiteral("http://")))
        m_errors.fail(reader.pathOf(QStringLiteral("website")),
                      CatalogReader::tr("must be an http or https address"));
    if (const auto positions = reader.optionalInteger(QStringLiteral("positions"), 0, 10000))
        program.positions = int(*positions);
    program.scheduleModel = reader.optionalString(QStringLiteral("schedule_model"), 64);
    program.ambulatoryShare = readRange(reader, QStringLiteral("ambulatory_share"), 100);
    program.ambulatoryMonths = readRange(reader, QStringLiteral("ambulatory_months"), 120);
    program.source = readSource(reader);
    readFieldSources(reader, program.key,
                     {QStringLiteral("specialty"), QStringLiteral("city"), QStringLiteral("state"),
                      QStringLiteral("website"), QStringLiteral("positions"),
                      QStringLiteral("schedule_model"), QStringLiteral("ambulatory_share"),
                      QStringLiteral("ambulatory_months")});
    program.facts = readFacts(reader, true, {});

    const QJsonArray partners = reader.array(QStringLiteral("partners"), 1000);
    for (qsizetype i = 0; i < partners.size() && !m_errors.failed(); ++i) {
        JsonObjectReader item(
            partners.at(i), jsonIndexPath(reader.pathOf(QStringLiteral("partners")), i), m_errors);
        Partner partner;
        partner.name = item.string(QStringLiteral("name"), kMaxName);
        partner.role = item.optionalString(QStringLiteral("role"), kMaxText);
        partner.source = readSource(item);
        item.finish();
        program.partners.append(partner);
    }
    program.resourceKeys = reader.stringList(QStringLiteral("resources"), 1000, 64);
    for (qsizetype i = 0; i < program.resourceKeys.size() && !m_errors.failed(); ++i) {
        if (!m_resourceKeys.contains(program.resourceKeys.at(i)))
            m_errors.fail(jsonIndexPath(reader.pathOf(QStringLiteral("resources")), i),
                          CatalogReader::tr("“%1” is not a resource listed in “resources”")
                              .arg(program.resourceKeys.at(i)));
    }

    const QJsonArray tracks = reader.array(QStringLiteral("tracks"), 100, true);
    if (!m_errors.failed() && tracks.isEmpty())
        m_errors.fail(reader.pathOf(QStringLiteral("tracks")),
                      CatalogReader::tr("a program needs at least one track"));
    for (qsizetype i = 0; i < tracks.size() && !m_errors.failed(); ++i)
        program.tracks.append(readTrack(
            tracks.at(i), jsonIndexPath(reader.pathOf(QStringLiteral("tracks")), i), program));

    const QJsonArray sites = reader.array(QStringLiteral("sites"), 1000);
    for (qsizetype i = 0; i < sites.size() && !m_errors.failed(); ++i)
        program.sites.append(readSite(
            sites.at(i), jsonIndexPath(reader.pathOf(QStringLiteral("sites")), i), program));

    const QJsonArray features = reader.array(QStringLiteral("features"), 5000);
    for (qsizetype i = 0; i < features.size() && !m_errors.failed(); ++i)
        program.features.append(readFeature(
            features.at(i), jsonIndexPath(reader.pathOf(QStringLiteral("features")), i), program));
    reader.finish();
    return program;
}

Catalog Parser::read(const QJsonValue &root)
{
    Catalog catalog;
    JsonObjectReader reader(root, QString(), m_errors);
    const QString format = reader.string(QStringLiteral("format"), 64);
    if (!m_errors.failed() && format != u"rankwise-catalog")
        m_errors.fail(QStringLiteral("format"),
                      CatalogReader::tr("expected “rankwise-catalog” but found “%1”").arg(format));
    m_formatVersion = reader.integer(QStringLiteral("format_version"), 1, 1000);
    if (!m_errors.failed() && m_formatVersion > kFormatVersion)
        m_errors.fail(QStringLiteral("format_version"),
                      CatalogReader::tr("version %1 is not supported (this Rankwise reads "
                                        "versions 1 to %2)")
                          .arg(m_formatVersion)
                          .arg(kFormatVersion));
    catalog.version = int(reader.integer(QStringLiteral("catalog_version"), 1, 1000000));

    const QJsonArray sources = reader.array(QStringLiteral("sources"), 10000);
    for (qsizetype i = 0; i < sources.size() && !m_errors.failed(); ++i) {
        JsonObjectReader item(sources.at(i), jsonIndexPath(QStringLiteral("sources"), i), m_errors);
        CatalogSource source;
        source.file = item.string(QStringLiteral("file"), kMaxName);
        source.title = item.optionalString(QStringLiteral("title"), kMaxName);
        item.finish();
        catalog.sources.append(source);
    }

    const QJsonArray institutions = reader.array(QStringLiteral("institutions"), kMaxItems, true);
    for (qsizetype i = 0; i < institutions.size() && !m_errors.failed(); ++i)
        catalog.institutions.append(
            readInstitution(institutions.at(i), jsonIndexPath(QStringLiteral("institutions"), i)));

    const QJsonArray resources = reader.array(QStringLiteral("resources"), kMaxItems);
    for (qsizetype i = 0; i < resources.size() && !m_errors.failed(); ++i)
        catalog.resources.append(
            readResource(resources.at(i), jsonIndexPath(QStringLiteral("resources"), i)));

    const QJsonArray programs = reader.array(QStringLiteral("programs"), kMaxItems, true);
    for (qsizetype i = 0; i < programs.size() && !m_errors.failed(); ++i)
        catalog.programs.append(
            readProgram(programs.at(i), jsonIndexPath(QStringLiteral("programs"), i)));
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
