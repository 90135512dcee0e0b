#include "undo/deletenotecommand.h"

#include "storage/noterepository.h"
#include "util/keys.h"
#include "workspace.h"

using namespace rw;

DeleteNoteCommand::DeleteNoteCommand(Workspace *workspace, const Note &note)
    : DatabaseCommand(workspace, tr("Delete a note"))
    , m_note(note)
{ }

Status DeleteNoteCommand::doRedo()
{
    NoteRepository notes(*workspace()->database());
    if (auto stored = notes.note(m_note.id))
        m_note = *stored;
    if (Status removed = notes.remove(m_note.id); !removed)
        return removed;
    workspace()->notifyNotesChanged(Keys::programOf(m_note.target.key));
    return {};
}

Status DeleteNoteCommand::doUndo()
{
    if (Status restored = NoteRepository(*workspace()->database()).restore(m_note); !restored)
        return restored;
    workspace()->notifyNotesChanged(Keys::programOf(m_note.target.key));
    return {};
}
