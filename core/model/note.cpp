#include "model/note.h"

namespace rw {

QString noteTargetKindId(NoteTarget::Kind kind)
{
    switch (kind) {
    case NoteTarget::Kind::Track:
        return QStringLiteral("track");
    case NoteTarget::Kind::Site:
        return QStringLiteral("site");
    case NoteTarget::Kind::Program:
        break;
    }
    return QStringLiteral("program");
}

} // namespace rw
