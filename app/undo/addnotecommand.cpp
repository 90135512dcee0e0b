#include "undo/addnotecommand.h"

#include "storage/noterepository.h"
#include "util/keys.h"
#include "workspace.h"

using namespace rw;

AddNoteCommand::AddNoteCommand(Workspace *workspace, const NoteTarget &target, const QString &body)
    : DatabaseCommand(workspace, tr("Write a note"))
{
    m_note.target = target;
    m_note.body = body;
}

Status AddNoteCommand::doRedo()
{
    NoteRepository notes(*workspace()->database());
    if (m_note.id == 0) {
        auto added = notes.add(m_note.target, m_note.body);
        if (!added)
            return added.error();
        m_note = *added;
    } else if (Status restored = notes.restore(m_note); !restored) {
        return restored;
    }
    workspace()->notifyNotesChanged(Keys::programOf(m_note.target.key));
    return {};
}

Status AddNoteCommand::doUndo()
{
    NoteRepository notes(*workspace()->database());
    // Later edits are undone first, so the stored note is the one we wrote.
    if (auto current = notes.note(m_note.id))
        m_note = *current;
    if (Status removed = notes.remove(m_note.id); !removed)
        return removed;
    workspace()->notifyNotesChanged(Keys::programOf(m_note.target.key));
    return {};
}
