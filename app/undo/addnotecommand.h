#pragma once

#include "model/note.h"
#include "undo/databasecommand.h"

#include <QCoreApplication>

// Writes a new own note on a program, track or site. Undo deletes it; redo
// puts it back with the same id and times.
class AddNoteCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddNoteCommand)

public:
    AddNoteCommand(Workspace *workspace, const rw::NoteTarget &target, const QString &body);

    // The note once written (id 0 before).
    const rw::Note &note() const { return m_note; }

protected:
    rw::Status doRedo() override;
    rw::Status doUndo() override;

private:
    rw::Note m_note;
};
