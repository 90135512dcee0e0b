#include "model/ranklist.h"

#include <QCoreApplication>

namespace rw {

QString rankListKindId(RankListKind kind)
{
    return kind == RankListKind::Supplemental ? QStringLiteral("supplemental")
                                              : QStringLiteral("primary");
}

std::optional<RankListKind> rankListKindFromId(const QString &id)
{
    if (id == u"primary")
        return RankListKind::Primary;
    if (id == u"supplemental")
        return RankListKind::Supplemental;
    return std::nullopt;
}

QString rankListKindDisplayName(RankListKind kind)
{
    return kind == RankListKind::Supplemental
        ? QCoreApplication::translate("rw::RankList", "Supplemental")
        : QCoreApplication::translate("rw::RankList", "Primary");
}

QString RankEntry::label() const
{
    if (programName.isEmpty())
        return trackName;
    return programName + QStringLiteral(" — ") + trackName;
}

QString EntryPlace::cityState() const
{
    if (city.isEmpty())
        return state;
    if (state.isEmpty())
        return city;
    return city + QStringLiteral(", ") + state;
}

} // namespace rw
