#include "ranking/nrmprules.h"

#include "util/nrmpcode.h"

#include <QCoreApplication>
#include <QSet>

namespace rw::NrmpRules {

namespace {
// Same context lupdate gives tr() calls in this namespace.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("rw::NrmpRules", text, disambiguation, n);
}
} // namespace

int programCodeCount(const QList<RankEntry> &entries)
{
    QSet<QString> codes;
    int unknown = 0;
    for (const RankEntry &entry : entries) {
        if (entry.nrmpCode.isEmpty())
            ++unknown;
        else
            codes.insert(NrmpCode::normalized(entry.nrmpCode));
    }
    return int(codes.size()) + unknown;
}

QList<Warning> check(const QList<RankEntry> &entries)
{
    QList<Warning> warnings;
    const int codes = programCodeCount(entries);
    if (codes > kIncludedPrograms) {
        warnings.append({Warning::Kind::ExtraFees,
                         tr("This list ranks %n NRMP program codes; the registration fee covers "
                            "20, and each one past that costs an extra fee (every track has its "
                            "own code).",
                            nullptr, codes),
                         {}});
    }
    if (entries.size() > kManyRanks) {
        warnings.append({Warning::Kind::ManyRanks,
                         tr("This list has %n ranks, more than 100: check that this is what you "
                            "mean (the NRMP allows at most 300).",
                            nullptr, int(entries.size())),
                         {}});
    }
    for (const RankEntry &entry : entries) {
        if (!entry.nrmpCode.isEmpty() && !NrmpCode::isValid(entry.nrmpCode)) {
            warnings.append({Warning::Kind::InvalidCode,
                             tr("%1 (rank %2): %3")
                                 .arg(entry.label())
                                 .arg(entry.position)
                                 .arg(NrmpCode::problem(entry.nrmpCode)),
                             entry.trackKey});
        }
        if (entry.withdrawn) {
            warnings.append({Warning::Kind::Withdrawn,
                             tr("%1 (rank %2) is no longer offered: it was withdrawn from the "
                                "catalog or deleted. It is kept here but not scored.")
                                 .arg(entry.label())
                                 .arg(entry.position),
                             entry.trackKey});
        }
    }
    return warnings;
}

Status checkRoomFor(int currentSize, const QString &trackLabel)
{
    if (currentSize >= kMaxRanks) {
        return Error::input(
            QCoreApplication::translate("rw::NrmpRules",
                                        "The NRMP accepts at most %1 ranks on a list; “%2” "
                                        "would be rank %3.")
                .arg(kMaxRanks)
                .arg(trackLabel)
                .arg(currentSize + 1));
    }
    return {};
}

} // namespace rw::NrmpRules
