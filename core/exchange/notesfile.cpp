#include "exchange/notesfile.h"

namespace rw {

QString NoteTargetRef::label() const
{
    QString text = program;
    if (kind == NoteTarget::Kind::Track && !track.isEmpty())
        text += QStringLiteral(" › ") + track;
    else if (kind == NoteTarget::Kind::Site && !site.isEmpty())
        text += QStringLiteral(" › ") + site;
    return text;
}

} // namespace rw
