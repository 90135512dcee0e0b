#include "undo/notecommands.h"

#include "storage/noterepository.h"
#include "util/keys.h"

using namespace rw;

namespace {

constexpr int kEditNoteId = 0x4e4f5445; // "NOTE"

Workspace::Changed notesOn(const Note &note)
{
    return {Workspace::Notes, Keys::programOf(note.target.key)};
}

} // namespace

AddNoteCommand::AddNoteCommand(Workspace *workspace, const NoteTarget &target, const QString &body)
    : DatabaseCommand(workspace, tr("Write a note"))
{
    m_note.target = target;
    m_note.body = body;
}

Status AddNoteCommand::doRedo()
{
    NoteRepository notes(database());
    if (m_note.id != 0)
        return notes.restore(m_note);
    auto added = notes.add(m_note.target, m_note.body);
    if (!added)
        return added.error();
    m_note = *added;
    return {};
}

Status AddNoteCommand::doUndo()
{
    NoteRepository notes(database());
    // Later edits are undone first, so the stored note is the one we wrote.
    if (auto current = notes.note(m_note.id))
        m_note = *current;
    return notes.remove(m_note.id);
}

Workspace::Changed AddNoteCommand::changed() const
{
    return notesOn(m_note);
}

EditNoteCommand::EditNoteCommand(Workspace *workspace, const Note &before, const QString &body)
    : DatabaseCommand(workspace, tr("Edit a note"))
    , m_before(before)
    , m_afterBody(body)
{
    m_started.start();
    m_lastSave.start();
}

int EditNoteCommand::id() const
{
    return kEditNoteId;
}

bool EditNoteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditNoteCommand *>(other);
    if (next->m_before.id != m_before.id)
        return false;
    if (m_lastSave.elapsed() > kMergeGapMs || m_started.elapsed() > kMergeSpanMs)
        return false;
    m_afterBody = next->m_afterBody;
    m_afterModified = next->m_afterModified;
    m_lastSave.start();
    // Typing that ends where it began leaves nothing to undo.
    setObsolete(m_afterBody == m_before.body);
    return true;
}

Status EditNoteCommand::doRedo()
{
    NoteRepository notes(database());
    if (Status saved = notes.update(m_before.id, m_afterBody, m_afterModified); !saved)
        return saved;
    if (!m_afterModified.isValid()) {
        auto stored = notes.note(m_before.id);
        if (!stored)
            return stored.error();
        m_afterModified = stored->modified;
    }
    return {};
}

Status EditNoteCommand::doUndo()
{
    return NoteRepository(database()).update(m_before.id, m_before.body, m_before.modified);
}

Workspace::Changed EditNoteCommand::changed() const
{
    return notesOn(m_before);
}

DeleteNoteCommand::DeleteNoteCommand(Workspace *workspace, const Note &note)
    : DatabaseCommand(workspace, tr("Delete a note"))
    , m_note(note)
{ }

Status DeleteNoteCommand::doRedo()
{
    NoteRepository notes(database());
    if (auto stored = notes.note(m_note.id))
        m_note = *stored;
    return notes.remove(m_note.id);
}

Status DeleteNoteCommand::doUndo()
{
    return NoteRepository(database()).restore(m_note);
}

Workspace::Changed DeleteNoteCommand::changed() const
{
    return notesOn(m_note);
}
