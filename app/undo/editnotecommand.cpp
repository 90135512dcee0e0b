#include "undo/editnotecommand.h"

#include "storage/noterepository.h"
#include "util/keys.h"
#include "workspace.h"

using namespace rw;

namespace {
constexpr int kEditNoteId = 0x4e4f5445; // "NOTE"
} // namespace

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
    const auto *next = dynamic_cast<const EditNoteCommand *>(other);
    if (!next || next->m_before.id != m_before.id)
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
    NoteRepository notes(*workspace()->database());
    if (Status saved = notes.update(m_before.id, m_afterBody, m_afterModified); !saved)
        return saved;
    if (!m_afterModified.isValid()) {
        auto stored = notes.note(m_before.id);
        if (!stored)
            return stored.error();
        m_afterModified = stored->modified;
    }
    workspace()->notifyNotesChanged(Keys::programOf(m_before.target.key));
    return {};
}

Status EditNoteCommand::doUndo()
{
    NoteRepository notes(*workspace()->database());
    if (Status saved = notes.update(m_before.id, m_before.body, m_before.modified); !saved)
        return saved;
    workspace()->notifyNotesChanged(Keys::programOf(m_before.target.key));
    return {};
}
