// ProgramRepository's checks of what the user typed, before anything is written.

#include "storage/programrepository.h"
#include "storage/programrows.h"
#include "storage/trackrepository.h"
#include "util/nrmpcode.h"

#include <QSet>

namespace rw {

using ProgramRows::checkPositions;
using ProgramRows::checkRange;

Status ProgramRepository::validateFields(const Program &program)
{
    if (program.name.trimmed().isEmpty())
        return Error::input(tr("A program needs a name."));
    if (program.institutionName.trimmed().isEmpty())
        return Error::input(tr("A program needs an institution."));
    const QString website = program.website.trimmed();
    if (!website.isEmpty() && !website.startsWith(QStringLiteral("https://"))
        && !website.startsWith(QStringLiteral("http://")))
        return Error::input(tr("The website must start with http:// or https://."));
    if (Status positions = checkPositions(program.positions); !positions)
        return positions;
    if (Status share = checkRange(program.ambulatoryShare, tr("Ambulatory share"), 100); !share)
        return share;
    return checkRange(program.ambulatoryMonths, tr("Ambulatory months"), 120);
}

Status ProgramRepository::validate(const Program &program)
{
    if (Status fields = validateFields(program); !fields)
        return fields;
    if (program.tracks.isEmpty())
        return Error::input(tr("A program needs at least one track."));
    QSet<QString> names;
    QSet<QString> codes;
    for (const Track &track : program.tracks) {
        if (Status valid = TrackRepository::validate(track); !valid)
            return valid;
        const QString name = track.name.trimmed();
        if (names.contains(name.toLower()))
            return Error::input(tr("The track name “%1” is used twice.").arg(name));
        names.insert(name.toLower());
        if (!track.nrmpCode.trimmed().isEmpty()) {
            const QString code = NrmpCode::normalized(track.nrmpCode);
            if (codes.contains(code))
                return Error::input(tr("The NRMP code %1 is used by two tracks.").arg(code));
            codes.insert(code);
        }
    }
    return {};
}

} // namespace rw
