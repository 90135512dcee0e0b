// ProgramRepository's checks of what the user typed, before anything is written.

#include "storage/programrepository.h"
#include "util/nrmpcode.h"

#include <QSet>

namespace rw {

namespace {

// Empty when the range fits in [0, maxValue] with min <= max.
QString rangeProblem(const Range &range, const QString &what, double maxValue)
{
    for (const auto &end : {range.min, range.max}) {
        if (end && (*end < 0 || *end > maxValue))
            return ProgramRepository::tr("%1 must be between 0 and %2.").arg(what).arg(maxValue);
    }
    if (range.min && range.max && *range.min > *range.max)
        return ProgramRepository::tr("%1: the lower bound is above the upper bound.").arg(what);
    return {};
}

QString positionsProblem(const std::optional<int> &positions)
{
    if (positions && (*positions < 0 || *positions > 1000))
        return ProgramRepository::tr("Positions must be between 0 and 1000.");
    return {};
}

} // namespace

QString ProgramRepository::validateFields(const Program &program)
{
    if (program.name.trimmed().isEmpty())
        return tr("A program needs a name.");
    if (program.institutionName.trimmed().isEmpty())
        return tr("A program needs an institution.");
    const QString website = program.website.trimmed();
    if (!website.isEmpty() && !website.startsWith(QStringLiteral("https://"))
        && !website.startsWith(QStringLiteral("http://")))
        return tr("The website must start with http:// or https://.");
    if (const QString problem = positionsProblem(program.positions); !problem.isEmpty())
        return problem;
    if (const QString problem = rangeProblem(program.ambulatoryShare, tr("Ambulatory share"), 100);
        !problem.isEmpty())
        return problem;
    return rangeProblem(program.ambulatoryMonths, tr("Ambulatory months"), 120);
}

QString ProgramRepository::validateTrack(const Track &track)
{
    const QString name = track.name.trimmed();
    if (name.isEmpty())
        return tr("Every track needs a name.");
    if (!track.nrmpCode.trimmed().isEmpty() && !NrmpCode::isValid(track.nrmpCode))
        return tr("Track “%1”: %2").arg(name, NrmpCode::problem(track.nrmpCode.trimmed()));
    if (const QString problem = positionsProblem(track.positions); !problem.isEmpty())
        return tr("Track “%1”: %2").arg(name, problem);
    if (const QString problem = rangeProblem(track.ambulatoryShare, tr("Ambulatory share"), 100);
        !problem.isEmpty())
        return tr("Track “%1”: %2").arg(name, problem);
    return {};
}

QString ProgramRepository::validate(const Program &program)
{
    if (const QString problem = validateFields(program); !problem.isEmpty())
        return problem;
    if (program.tracks.isEmpty())
        return tr("A program needs at least one track.");
    QSet<QString> names;
    QSet<QString> codes;
    for (const Track &track : program.tracks) {
        if (const QString problem = validateTrack(track); !problem.isEmpty())
            return problem;
        const QString name = track.name.trimmed();
        if (names.contains(name.toLower()))
            return tr("The track name “%1” is used twice.").arg(name);
        names.insert(name.toLower());
        if (!track.nrmpCode.trimmed().isEmpty()) {
            const QString code = NrmpCode::normalized(track.nrmpCode);
            if (codes.contains(code))
                return tr("The NRMP code %1 is used by two tracks.").arg(code);
            codes.insert(code);
        }
    }
    return {};
}

QString ProgramRepository::validateSite(const ContinuitySite &site)
{
    const QString name = site.name.trimmed();
    if (name.isEmpty())
        return tr("A continuity site needs a name.");
    if (!ResidentsPlaced::parse(site.residentsPlaced.text))
        return tr("Site “%1”: residents placed “%2” is not a number (12), a range (2-10) or an "
                  "open range (20+).")
            .arg(name, site.residentsPlaced.text.trimmed());
    if (site.distanceMiles && (*site.distanceMiles < 0 || *site.distanceMiles > 1000))
        return tr("Site “%1”: the distance must be between 0 and 1000 miles.").arg(name);
    for (const SiteLanguage &language : site.languages) {
        if (language.language.trimmed().isEmpty())
            return tr("Site “%1”: a language has no name.").arg(name);
    }
    for (const SiteService &service : site.services) {
        if (service.name.trimmed().isEmpty())
            return tr("Site “%1”: a service has no name.").arg(name);
    }
    return {};
}

} // namespace rw
