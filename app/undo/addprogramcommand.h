#pragma once

#include "model/program.h"
#include "undo/databasecommand.h"

#include <QCoreApplication>

// Adds a program of the user's own with its tracks. Undo deletes it (a soft
// delete, see ProgramRepository::deleteItem); redo brings the same rows back.
class AddProgramCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddProgramCommand)

public:
    AddProgramCommand(Workspace *workspace, const rw::Program &program);
    const QString &key() const { return m_key; }

protected:
    rw::Status doRedo() override;
    rw::Status doUndo() override;

private:
    rw::Program m_program;
    QString m_key;
};
