#pragma once

#include "model/note.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace rw {

// The contents of a `.rwnotes` file (docs/notes-format.md), as plain values.
// The reader fills it from untrusted bytes; the exporter fills it from the
// database; the writer turns it into bytes.

// What an item is about, named so that another catalog can find it: the
// exporter's stable key, an NRMP code when known, and the names.
struct NoteTargetRef
{
    NoteTarget::Kind kind = NoteTarget::Kind::Program;
    QString key;
    // A track's own code; for a program or a site, the code of one of the
    // program's tracks (its first seven characters name the program).
    QString nrmpCode;
    QString institution;
    QString program;
    QString track; // tracks only
    QString trackType; // tracks only, a track type id; may be empty
    QString site; // sites only
    QString city;
    QString state;

    // "Program › Track" as the file names it.
    QString label() const;
};

struct NoteItem
{
    QString id; // unique in the file, stable across exports from one database
    NoteTargetRef target;
    QString body;
    QDateTime created;
    QDateTime modified;
};

// The private parts, present only when the exporter asked for them.
struct SharedCriterion
{
    QString name;
    QString kind; // rating, attribute, feature
    QString parameter;
    bool higherIsBetter = true;
    double weight = 0;
};

struct SharedRating
{
    NoteTargetRef track;
    QString criterion;
    int value = 0; // 1..5
};

struct SharedListEntry
{
    NoteTargetRef track;
    std::optional<int> position; // only with ranks
    bool pinned = false; // only with ranks
};

struct SharedList
{
    QString name; // empty when list names were not shared
    QString kind; // primary, supplemental
    QList<SharedListEntry> entries;
};

struct NotesFile
{
    QString exportedBy;
    QDateTime exportedAt;
    QList<NoteItem> items;
    QList<SharedCriterion> criteria; // with weights
    QList<SharedRating> ratings;
    QList<SharedList> lists; // with lists and/or ranks

    bool hasPrivateParts() const
    {
        return !criteria.isEmpty() || !ratings.isEmpty() || !lists.isEmpty();
    }
};

// The limits a reader enforces; a file past any of them is refused whole.
namespace NotesFormat {
inline QString formatName()
{
    return QStringLiteral("rankwise-notes");
}
inline QString fileSuffix()
{
    return QStringLiteral("rwnotes");
}
constexpr int kVersion = 1;
constexpr qint64 kMaxFileBytes = 20 * 1024 * 1024;
constexpr int kMaxItems = 50000;
constexpr int kMaxBodyLength = 200 * 1024; // characters, as for own notes
constexpr int kMaxDepth = 6; // root > lists > list > entries > entry > track
constexpr int kMaxIdLength = 128;
constexpr int kMaxNameLength = 300;
constexpr int kMaxAuthorLength = 200;
constexpr int kMaxCriteria = 500;
constexpr int kMaxRatings = 200000;
constexpr int kMaxLists = 100;
constexpr int kMaxListEntries = 300; // the NRMP's limit

// "2025-01-20T18:30:00.000Z": the form the database and the files store,
// identical to QDateTime::toString(Qt::ISODateWithMs) in UTC but written by
// hand, which is about fifty times faster (an import writes two per note).
QString timestamp(const QDateTime &time);
// ISO 8601 with an explicit offset (YYYY-MM-DDTHH:MM:SS[.mmm](Z|+HH:MM)), so a
// time means the same everywhere; in UTC, or invalid when malformed. Parsed
// by hand for the same reason.
QDateTime parseTimestamp(QStringView text);
} // namespace NotesFormat

} // namespace rw
