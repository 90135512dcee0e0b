#pragma once

#include "model/note.h"
#include "undo/databasecommand.h"

#include <QCoreApplication>

// Deletes an own note; undo puts it back exactly (same id, body and times).
class DeleteNoteCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteNoteCommand)

public:
    DeleteNoteCommand(Workspace *workspace, const rw::Note &note);

protected:
    rw::Status doRedo() override;
    rw::Status doUndo() override;

private:
    rw::Note m_note;
};
