#include "jsonformat.h"

#include <QHash>
#include <QJsonDocument>

namespace rw::cli::JsonFormat {

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue nullable(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullable(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue range(const Range &r)
{
    if (r.isEmpty())
        return QJsonValue::Null;
    return QJsonObject {{QStringLiteral("min"), nullable(r.min)},
                        {QStringLiteral("max"), nullable(r.max)}};
}

namespace {

QJsonArray facts(const QList<Fact> &list)
{
    QJsonArray array;
    for (const Fact &fact : list)
        array.append(QJsonObject {{QStringLiteral("label"), fact.label},
                                  {QStringLiteral("value"), fact.value},
                                  {QStringLiteral("source"), fact.source}});
    return array;
}

} // namespace

QJsonObject trackSummary(const Track &track)
{
    return {
        {QStringLiteral("key"), track.key},
        {QStringLiteral("name"), track.name},
        {QStringLiteral("type"), trackTypeId(track.type)},
        {QStringLiteral("nrmp_code"), nullable(track.nrmpCode)},
    };
}

QJsonObject programSummary(const Program &program)
{
    QJsonArray tracks;
    for (const Track &track : program.tracks)
        tracks.append(trackSummary(track));
    return {
        {QStringLiteral("key"), program.key},
        {QStringLiteral("name"), program.name},
        {QStringLiteral("institution"), program.institutionName},
        {QStringLiteral("specialty"), program.specialty},
        {QStringLiteral("city"), program.city},
        {QStringLiteral("state"), program.state},
        {QStringLiteral("origin"), originId(program.origin)},
        {QStringLiteral("tracks"), tracks},
    };
}

QJsonObject programDetails(const Program &program)
{
    QJsonObject object = programSummary(program);
    QHash<QString, QString> trackNames;
    QJsonArray tracks;
    for (const Track &track : program.tracks) {
        trackNames.insert(track.key, track.name);
        QJsonObject t = trackSummary(track);
        t.insert(QStringLiteral("positions"), nullable(track.positions));
        t.insert(QStringLiteral("schedule_model"), nullable(track.scheduleModel));
        t.insert(QStringLiteral("ambulatory_share"), range(track.ambulatoryShare));
        t.insert(QStringLiteral("ambulatory_months"), range(track.ambulatoryMonths));
        t.insert(QStringLiteral("description"), track.description);
        t.insert(QStringLiteral("facts"), facts(track.facts));
        t.insert(QStringLiteral("origin"), originId(track.origin));
        t.insert(QStringLiteral("source"), track.source);
        tracks.append(t);
    }
    object.insert(QStringLiteral("tracks"), tracks);
    object.insert(QStringLiteral("institution_key"), program.institutionKey);
    object.insert(QStringLiteral("description"), program.description);
    object.insert(QStringLiteral("website"), nullable(program.website));
    object.insert(QStringLiteral("positions"), nullable(program.positions));
    object.insert(QStringLiteral("schedule_model"), nullable(program.scheduleModel));
    object.insert(QStringLiteral("ambulatory_share"), range(program.ambulatoryShare));
    object.insert(QStringLiteral("ambulatory_months"), range(program.ambulatoryMonths));
    object.insert(QStringLiteral("source"), program.source);
    object.insert(QStringLiteral("facts"), facts(program.facts));

    QJsonArray partners;
    for (const Partner &partner : program.partners)
        partners.append(QJsonObject {{QStringLiteral("name"), partner.name},
                                     {QStringLiteral("role"), partner.role},
                                     {QStringLiteral("source"), partner.source}});
    object.insert(QStringLiteral("partners"), partners);
    object.insert(QStringLiteral("resources"), QJsonArray::fromStringList(program.resourceKeys));

    QJsonArray sites;
    for (const ContinuitySite &site : program.sites) {
        QJsonArray siteTracks;
        for (const QString &key : site.trackKeys)
            siteTracks.append(trackNames.value(key, key));
        QJsonArray languages;
        QJsonArray languageDetails;
        for (const SiteLanguage &language : site.languages) {
            if (!languages.contains(language.language))
                languages.append(language.language);
            languageDetails.append(
                QJsonObject {{QStringLiteral("language"), language.language},
                             {QStringLiteral("kind"), siteLanguageKindId(language.kind)}});
        }
        QJsonArray services;
        QJsonArray serviceDetails;
        for (const SiteService &service : site.services) {
            services.append(service.name);
            serviceDetails.append(
                QJsonObject {{QStringLiteral("name"), service.name},
                             {QStringLiteral("kind"), siteServiceKindId(service.kind)}});
        }
        sites.append(QJsonObject {
            {QStringLiteral("key"), site.key},
            {QStringLiteral("name"), site.name},
            {QStringLiteral("short_name"), nullable(site.shortName)},
            {QStringLiteral("tracks"), siteTracks},
            {QStringLiteral("track_keys"), QJsonArray::fromStringList(site.trackKeys)},
            {QStringLiteral("residents_placed"), nullable(site.residentsPlaced.text)},
            {QStringLiteral("distance_miles"), nullable(site.distanceMiles)},
            {QStringLiteral("location"), nullable(site.location)},
            {QStringLiteral("languages"), languages},
            {QStringLiteral("language_details"), languageDetails},
            {QStringLiteral("services"), services},
            {QStringLiteral("service_details"), serviceDetails},
            {QStringLiteral("facts"), facts(site.facts)},
            {QStringLiteral("description"), site.description},
            {QStringLiteral("origin"), originId(site.origin)},
            {QStringLiteral("source"), site.source},
        });
    }
    object.insert(QStringLiteral("sites"), sites);

    QJsonArray features;
    for (const CurriculumFeature &feature : program.features) {
        features.append(QJsonObject {
            {QStringLiteral("key"), feature.key},
            {QStringLiteral("category"), feature.category},
            {QStringLiteral("name"), feature.name},
            {QStringLiteral("duration"), nullable(feature.duration)},
            {QStringLiteral("track"), nullable(feature.trackKey)},
            {QStringLiteral("description"), feature.description},
            {QStringLiteral("source"), feature.source},
        });
    }
    object.insert(QStringLiteral("features"), features);
    object.insert(QStringLiteral("sources"), QJsonArray::fromStringList(program.sources()));
    return object;
}

QJsonObject resource(const Resource &r)
{
    QJsonArray offerings;
    for (const ResourceOffering &offering : r.offerings)
        offerings.append(QJsonObject {{QStringLiteral("category"), offering.category},
                                      {QStringLiteral("name"), offering.name},
                                      {QStringLiteral("description"), offering.description}});
    return {
        {QStringLiteral("key"), r.key},
        {QStringLiteral("name"), r.name},
        {QStringLiteral("kind"), r.kind},
        {QStringLiteral("city"), r.city},
        {QStringLiteral("state"), r.state},
        {QStringLiteral("address"), nullable(r.address)},
        {QStringLiteral("phone"), nullable(r.phone)},
        {QStringLiteral("website"), nullable(r.website)},
        {QStringLiteral("description"), r.description},
        {QStringLiteral("offerings"), offerings},
        {QStringLiteral("source"), r.source},
    };
}

QByteArray toBytes(const QJsonValue &value)
{
    QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return document.toJson(QJsonDocument::Indented);
}

} // namespace rw::cli::JsonFormat
