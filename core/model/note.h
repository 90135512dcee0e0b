#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace rw {

// What a note is attached to.
struct NoteTarget
{
    enum class Kind { Program, Track, Site };
    Kind kind = Kind::Program;
    QString key;

    friend bool operator==(const NoteTarget &, const NoteTarget &) = default;
};

QString noteTargetKindId(NoteTarget::Kind kind);

// A private note on a program, a track or a continuity site. Own notes have
// no peer; notes imported from a classmate's file carry the peer's name.
struct Note
{
    qint64 id = 0;
    NoteTarget target;
    QString body;
    QDateTime created;
    QDateTime modified;
    std::optional<qint64> peerId;
    QString author; // empty for the user's own notes
    QString externalId; // the item id in the peer's file

    bool isOwn() const { return !peerId.has_value(); }
};

} // namespace rw
