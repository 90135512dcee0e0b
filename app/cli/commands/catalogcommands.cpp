// programs, show, resources: reading the catalog and the user's programs.

#include "command.h"
#include "jsonformat.h"
#include "storage/database.h"
#include "storage/programrepository.h"
#include "storage/resourcerepository.h"
#include "text/displayformat.h"

#include <QJsonArray>

namespace rw::cli {

namespace {

class CatalogCommands
{
    Q_DECLARE_TR_FUNCTIONS(rw::cli::CatalogCommands)

public:
    static int programs(Context &context, Database &db, const QString &format);
    static int show(Context &context, Database &db, const QString &format);
    static int resources(Context &context, Database &db, const QString &format);
};

int CatalogCommands::programs(Context &context, Database &db, const QString &format)
{
    auto programs = ProgramRepository(db).listPrograms();
    if (!programs)
        return context.fail(programs.error());

    if (format == u"json") {
        QJsonArray array;
        for (const Program &program : *programs)
            array.append(JsonFormat::programSummary(program));
        context.out << QString::fromUtf8(JsonFormat::toBytes(array));
        return Success;
    }
    for (const Program &program : *programs) {
        QString place = program.city;
        if (!program.state.isEmpty())
            place += (place.isEmpty() ? QString() : QStringLiteral(", ")) + program.state;
        context.out << program.key << "  " << program.name << "\n    " << program.institutionName;
        if (!place.isEmpty())
            context.out << " · " << place;
        if (program.origin == Origin::User)
            context.out << " · " << tr("added by you");
        context.out << "\n";
        for (const Track &track : program.tracks) {
            context.out << "    - " << track.key << "  " << track.name << " ("
                        << trackTypeDisplayName(track.type) << ")";
            if (!track.nrmpCode.isEmpty())
                context.out << "  NRMP " << track.nrmpCode;
            context.out << "\n";
        }
    }
    return Success;
}

int CatalogCommands::show(Context &context, Database &db, const QString &format)
{
    auto program = ProgramRepository(db).program(context.args.constFirst());
    if (!program)
        return context.fail(program.error());

    if (format == u"json") {
        context.out << QString::fromUtf8(JsonFormat::toBytes(JsonFormat::programDetails(*program)));
        return Success;
    }
    QTextStream &out = context.out;
    const Program &p = *program;
    out << p.name << "\n" << p.institutionName;
    if (!p.city.isEmpty())
        out << " · " << p.city << (p.state.isEmpty() ? QString() : QStringLiteral(", ") + p.state);
    out << "\n";
    if (!p.description.isEmpty())
        out << "\n" << p.description << "\n";
    if (!p.website.isEmpty())
        out << tr("Website: %1").arg(p.website) << "\n";
    if (!p.scheduleModel.isEmpty())
        out << tr("Schedule: %1").arg(p.scheduleModel) << "\n";
    if (!p.ambulatoryShare.isEmpty())
        out << tr("Ambulatory share: %1")
                   .arg(DisplayFormat::range(p.ambulatoryShare, DisplayFormat::Unit::Percent))
            << "\n";
    if (!p.ambulatoryMonths.isEmpty())
        out << tr("Ambulatory months: %1")
                   .arg(DisplayFormat::range(p.ambulatoryMonths, DisplayFormat::Unit::Months))
            << "\n";
    for (const Fact &fact : p.facts)
        out << fact.label << ": " << fact.value << "\n";

    out << "\n" << tr("Tracks") << "\n";
    for (const Track &track : p.tracks) {
        out << "  " << track.key << "  " << track.name << " (" << trackTypeDisplayName(track.type)
            << ")"
            << (track.nrmpCode.isEmpty() ? QString() : QStringLiteral("  NRMP ") + track.nrmpCode)
            << "\n";
        if (!track.scheduleModel.isEmpty())
            out << "      " << tr("Schedule: %1").arg(track.scheduleModel) << "\n";
        if (!track.ambulatoryShare.isEmpty())
            out << "      "
                << tr("Ambulatory share: %1")
                       .arg(DisplayFormat::range(track.ambulatoryShare,
                                                 DisplayFormat::Unit::Percent))
                << "\n";
        for (const Fact &fact : track.facts)
            out << "      " << fact.label << ": " << fact.value << "\n";
    }
    if (!p.partners.isEmpty()) {
        out << "\n" << tr("Partners") << "\n";
        for (const Partner &partner : p.partners)
            out << "  " << partner.name
                << (partner.role.isEmpty() ? QString() : QStringLiteral(" — ") + partner.role)
                << "\n";
    }
    if (!p.sites.isEmpty()) {
        out << "\n" << tr("Continuity sites (%n)", nullptr, int(p.sites.size())) << "\n";
        for (const ContinuitySite &site : p.sites) {
            out << "  " << site.name << "  [" << site.key << "]\n";
            if (!site.residentsPlaced.text.isEmpty())
                out << "      "
                    << tr("Residents placed: %1")
                           .arg(DisplayFormat::residentsPlaced(site.residentsPlaced))
                    << "\n";
            if (site.distanceMiles)
                out << "      "
                    << tr("Distance from campus: %1")
                           .arg(DisplayFormat::distance(*site.distanceMiles))
                    << "\n";
            if (!site.location.isEmpty())
                out << "      " << tr("Location: %1").arg(site.location) << "\n";
            QStringList languages;
            for (const SiteLanguage &language : site.languages)
                languages.append(language.kind == SiteLanguage::Kind::Interpreter
                                     ? tr("%1 (interpreter)").arg(language.language)
                                     : language.language);
            if (!languages.isEmpty())
                out << "      " << tr("Languages: %1").arg(languages.join(QStringLiteral(", ")))
                    << "\n";
            QStringList services;
            for (const SiteService &service : site.services)
                services.append(service.name);
            if (!services.isEmpty())
                out << "      " << tr("Services: %1").arg(services.join(QStringLiteral(", ")))
                    << "\n";
        }
    }
    if (!p.features.isEmpty()) {
        out << "\n" << tr("Curriculum (%n features)", nullptr, int(p.features.size())) << "\n";
        QString category;
        for (const CurriculumFeature &feature : p.features) {
            if (feature.category != category) {
                category = feature.category;
                out << "  " << FeatureCategory::displayName(category) << "\n";
            }
            out << "    - " << feature.name;
            if (!feature.duration.isEmpty())
                out << " (" << feature.duration << ")";
            out << "\n";
        }
    }
    out << "\n" << tr("Sources: %1").arg(p.sources().join(QStringLiteral(", "))) << "\n";
    return Success;
}

int CatalogCommands::resources(Context &context, Database &db, const QString &format)
{
    auto resources = ResourceRepository(db).all();
    if (!resources)
        return context.fail(resources.error());
    if (format == u"json") {
        QJsonArray array;
        for (const Resource &resource : *resources)
            array.append(JsonFormat::resource(resource));
        context.out << QString::fromUtf8(JsonFormat::toBytes(array));
        return Success;
    }
    for (const Resource &resource : *resources) {
        context.out << resource.key << "  " << resource.name << "\n";
        if (!resource.address.isEmpty())
            context.out << "    " << resource.address << "\n";
        if (!resource.description.isEmpty())
            context.out << "    " << resource.description << "\n";
        for (const ResourceOffering &offering : resource.offerings)
            context.out << "    - " << offering.name << "\n";
    }
    return Success;
}

} // namespace

void registerCatalogCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("programs")}, {},
                 CatalogCommands::tr("List every program with its tracks."), {formatOption()}, 0,
                 withFormatAndDatabase(&CatalogCommands::programs));
    registry.add(
        {QStringLiteral("show")}, QStringLiteral("PROGRAM_KEY"),
        CatalogCommands::tr("Show one program whole: tracks, continuity sites, curriculum, "
                            "sources."),
        {formatOption()}, 1, withFormatAndDatabase(&CatalogCommands::show));
    registry.add({QStringLiteral("resources")}, {},
                 CatalogCommands::tr("List resources (organisations that are not programs)."),
                 {formatOption()}, 0, withFormatAndDatabase(&CatalogCommands::resources));
}

} // namespace rw::cli
