#pragma once

#include "util/result.h"

#include <QUndoCommand>

class Workspace;

// Base of every undoable edit: a change to the database that can be made,
// undone and made again. The first time it runs is Workspace::push(), so a
// refused edit (bad input, a clash) is reported where the user acted and
// never reaches the stack. Later undo/redo failures (a disk error) are
// reported through the workspace and drop the command from the stack.
class DatabaseCommand : public QUndoCommand
{
public:
    DatabaseCommand(Workspace *workspace, const QString &text);

    void redo() final;
    void undo() final;

    // Runs doRedo() once, before the command is pushed.
    rw::Status applyFirst();

protected:
    virtual rw::Status doRedo() = 0;
    virtual rw::Status doUndo() = 0;
    Workspace *workspace() const { return m_workspace; }

private:
    Workspace *m_workspace;
    bool m_appliedByPush = false;
};
