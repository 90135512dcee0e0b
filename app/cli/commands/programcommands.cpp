// programs add: a program of the user's own, with its tracks.

#include "command.h"
#include "storage/database.h"
#include "storage/programrepository.h"

namespace rw::cli {

namespace {

class ProgramCommands
{
    Q_DECLARE_TR_FUNCTIONS(rw::cli::ProgramCommands)

public:
    static int add(Context &context);

private:
    static Result<Track> parseTrack(const QString &spec);
};

Result<Track> ProgramCommands::parseTrack(const QString &spec)
{
    const QStringList parts = spec.split(u':');
    if (parts.size() < 2 || parts.size() > 3) {
        return Error::input(tr("--track “%1” must be NAME:TYPE or NAME:TYPE:NRMP_CODE.").arg(spec));
    }
    Track track;
    track.name = parts.at(0).trimmed();
    const auto type = trackTypeFromId(parts.at(1).trimmed().toLower());
    if (!type) {
        QStringList ids;
        for (TrackType t : allTrackTypes())
            ids.append(trackTypeId(t));
        return Error::input(tr("--track “%1”: “%2” is not a track type; use one of %3.")
                                .arg(spec, parts.at(1), ids.join(QStringLiteral(", "))));
    }
    track.type = *type;
    if (parts.size() == 3)
        track.nrmpCode = parts.at(2).trimmed();
    return track;
}

int ProgramCommands::add(Context &context)
{
    for (const char *required : {"name", "institution", "city", "state"}) {
        const QString name = QString::fromLatin1(required);
        if (context.option(name).trimmed().isEmpty())
            return context.usageError(tr("--%1 is required.").arg(name));
    }
    Program program;
    program.name = context.option(QStringLiteral("name"));
    program.institutionName = context.option(QStringLiteral("institution"));
    program.city = context.option(QStringLiteral("city"));
    program.state = context.option(QStringLiteral("state"));
    program.specialty = context.option(QStringLiteral("specialty"), tr("Internal Medicine"));
    program.website = context.option(QStringLiteral("website"));
    const QStringList tracks = context.optionValues(QStringLiteral("track"));
    for (const QString &spec : tracks) {
        auto track = parseTrack(spec);
        if (!track)
            return context.fail(track.error());
        program.tracks.append(*track);
    }
    if (program.tracks.isEmpty()) {
        Track categorical;
        categorical.name = tr("Categorical");
        program.tracks.append(categorical);
    }
    // Validate before opening (and perhaps creating) the database.
    if (Status valid = ProgramRepository::validate(program); !valid)
        return context.fail(valid.error());
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    auto key = ProgramRepository(**db).addProgram(program);
    if (!key)
        return context.fail(key.error());
    context.out << *key << "\n";
    return Success;
}

} // namespace

void registerProgramCommands(CommandRegistry &registry)
{
    registry.add(
        {QStringLiteral("programs"), QStringLiteral("add")}, {},
        ProgramCommands::tr("Add a program of your own; prints its key. --name, "
                            "--institution, --city and --state are required; without --track "
                            "it gets one Categorical track."),
        {{QStringLiteral("name"), QStringLiteral("NAME"), ProgramCommands::tr("program name")},
         {QStringLiteral("institution"), QStringLiteral("NAME"),
          ProgramCommands::tr("sponsoring institution")},
         {QStringLiteral("city"), QStringLiteral("CITY"), ProgramCommands::tr("city")},
         {QStringLiteral("state"), QStringLiteral("STATE"), ProgramCommands::tr("state")},
         {QStringLiteral("specialty"), QStringLiteral("NAME"),
          ProgramCommands::tr("specialty (default Internal Medicine)")},
         {QStringLiteral("website"), QStringLiteral("URL"),
          ProgramCommands::tr("website, http:// or https://")},
         {QStringLiteral("track"), QStringLiteral("NAME:TYPE[:NRMP_CODE]"),
          ProgramCommands::tr("a track; TYPE is categorical, primary-care, "
                              "global-primary-care, preliminary, physician-scientist or other"),
          true}},
        0, &ProgramCommands::add);
}

} // namespace rw::cli
