#pragma once

#include "model/program.h"
#include "undo/databasecommand.h"

#include <QCoreApplication>

// Changes a user program's own fields (name, institution, place, schedule…).
class EditProgramCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditProgramCommand)

public:
    EditProgramCommand(Workspace *workspace, const rw::Program &before, const rw::Program &after);

protected:
    rw::Status doRedo() override;
    rw::Status doUndo() override;

private:
    rw::Status save(const rw::Program &program);

    rw::Program m_before;
    rw::Program m_after;
};
