#pragma once

#include "model/fact.h"

#include <QString>

#include <optional>

namespace rw {

enum class TrackType {
    Categorical,
    PrimaryCare,
    GlobalPrimaryCare,
    Preliminary,
    PhysicianScientist,
    Other,
};

QString trackTypeId(TrackType type);
// Returns std::nullopt for an unknown id so callers can report it.
std::optional<TrackType> trackTypeFromId(const QString &id);
QString trackTypeDisplayName(TrackType type);
QList<TrackType> allTrackTypes();

// The unit a student ranks: one track of one program, with its own NRMP code.
struct Track
{
    qint64 id = 0;
    qint64 programId = 0;
    QString key;
    QString programKey;
    QString name;
    TrackType type = TrackType::Categorical;
    QString nrmpCode; // empty when unknown
    std::optional<int> positions;
    QString scheduleModel;
    Range ambulatoryShare; // percent
    Range ambulatoryMonths; // over the whole residency
    QString description;
    Origin origin = Origin::Catalog;
    QString source;
    QList<Fact> facts;
    // Notes on the track; filled by ProgramRepository::listSummaries().
    int noteCount = 0;
};

} // namespace rw
