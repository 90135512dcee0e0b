#include "model/track.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace rw {

namespace {
constexpr std::array<std::pair<TrackType, const char16_t *>, 6> kTrackTypeIds {{
    {TrackType::Categorical, u"categorical"},
    {TrackType::PrimaryCare, u"primary-care"},
    {TrackType::GlobalPrimaryCare, u"global-primary-care"},
    {TrackType::Preliminary, u"preliminary"},
    {TrackType::PhysicianScientist, u"physician-scientist"},
    {TrackType::Other, u"other"},
}};
} // namespace

QString trackTypeId(TrackType type)
{
    for (const auto &[t, id] : kTrackTypeIds) {
        if (t == type)
            return QString::fromUtf16(id);
    }
    return QStringLiteral("other");
}

std::optional<TrackType> trackTypeFromId(const QString &id)
{
    for (const auto &[t, tid] : kTrackTypeIds) {
        if (id == QStringView(tid))
            return t;
    }
    return std::nullopt;
}

QString trackTypeDisplayName(TrackType type)
{
    switch (type) {
    case TrackType::Categorical:
        return QCoreApplication::translate("rw::TrackType", "Categorical");
    case TrackType::PrimaryCare:
        return QCoreApplication::translate("rw::TrackType", "Primary Care");
    case TrackType::GlobalPrimaryCare:
        return QCoreApplication::translate("rw::TrackType", "Global Primary Care");
    case TrackType::Preliminary:
        return QCoreApplication::translate("rw::TrackType", "Preliminary");
    case TrackType::PhysicianScientist:
        return QCoreApplication::translate("rw::TrackType", "Physician-Scientist");
    case TrackType::Other:
        break;
    }
    return QCoreApplication::translate("rw::TrackType", "Other");
}

QList<TrackType> allTrackTypes()
{
    QList<TrackType> types;
    for (const auto &entry : kTrackTypeIds)
        types.append(entry.first);
    return types;
}

} // namespace rw
