#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rw {

// A primary list, or a supplemental list for preliminary positions.
enum class RankListKind { Primary, Supplemental };

QString rankListKindId(RankListKind kind);
std::optional<RankListKind> rankListKindFromId(const QString &id);
QString rankListKindDisplayName(RankListKind kind);

// A named rank order list. Its entries live in rank_entries.
struct RankList
{
    qint64 id = 0;
    QString name;
    RankListKind kind = RankListKind::Primary;
    QDateTime created;

    // The NRMP takes at most 300 ranks on one list.
    static constexpr int kMaxRanks = 300;
};

// One track at one place of a list, with what is needed to show it.
struct RankEntry
{
    qint64 trackId = 0;
    QString trackKey;
    QString trackName;
    QString programKey;
    QString programName;
    QString nrmpCode; // empty when unknown
    int position = 0; // 1-based, contiguous, unique within the list
    bool pinned = false;
    // The track or its program left the catalog or was deleted by the user:
    // kept on the list, flagged, not scored.
    bool withdrawn = false;

    // "Program — Track", as lists and snapshots show it.
    QString label() const;
};

// Where a list entry's program is and who sponsors it: what a printed or
// exported list shows beside the program and track names. RankEntry leaves
// these out because the list builder never needs them.
struct EntryPlace
{
    QString institution;
    QString city;
    QString state;

    // "Boston, MA", "Boston", "MA" or empty.
    QString cityState() const;
};

// The part of an entry the user edits: which track, in which place (its
// index + 1), pinned or not. Undo and redo swap whole orders.
struct EntryState
{
    qint64 trackId = 0;
    bool pinned = false;

    friend bool operator==(const EntryState &, const EntryState &) = default;
};

using ListOrder = QList<EntryState>;

} // namespace rw
