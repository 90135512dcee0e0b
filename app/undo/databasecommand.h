#pragma once

#include "util/result.h"
#include "workspace.h"

#include <QUndoCommand>

// Base of every undoable edit: a change to the database that can be made,
// undone and made again. The first time it runs is Workspace::push(), so a
// refused edit (bad input, a clash) is reported where the user acted and
// never reaches the stack. Later undo/redo failures (a disk error) are
// reported through the workspace and drop the command from the stack. After
// every run that worked the workspace says what changed (changed()), so
// commands only write, through the core.
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
    // What the last doRedo() (isDone()) or doUndo() changed.
    virtual Workspace::Changed changed() const = 0;

    Workspace *workspace() const { return m_workspace; }
    rw::Database &database() const { return *m_workspace->database(); }
    // Whether the change is made (after a redo), or taken back (after an undo).
    bool isDone() const { return m_done; }

private:
    rw::Status run(bool redo);

    Workspace *m_workspace;
    bool m_appliedByPush = false;
    bool m_done = false;
};
