#pragma once

#include "model/ranklist.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace rw::NrmpRules {

// The NRMP's limits as the list builder applies them.
constexpr int kMaxRanks = RankList::kMaxRanks; // a 301st rank is refused
constexpr int kManyRanks = 100; // past this, a warning
constexpr int kIncludedPrograms = 20; // program codes covered by the registration fee

struct Warning
{
    enum class Kind {
        InvalidCode, // an NRMP code that is present but malformed
        ExtraFees, // more than 20 program codes
        ManyRanks, // more than 100 ranks
        Withdrawn, // a track that left the catalog or was deleted
    };
    Kind kind;
    QString message;
    QString trackKey; // for warnings about one entry
};

// How many NRMP program codes the list uses. Every track has its own code in
// the NRMP's system, so a track whose code we do not know still counts as one.
int programCodeCount(const QList<RankEntry> &entries);

// What a student should know about the list before certifying it.
QList<Warning> check(const QList<RankEntry> &entries);

// Refuses adding to a list that already holds kMaxRanks entries.
Status checkRoomFor(int currentSize, const QString &trackLabel);

} // namespace rw::NrmpRules
