#pragma once

#include <QString>

class QWidget;
class Workspace;

// The user's own programs, tracks and sites, edited through dialogs: each
// function opens the dialog, and on OK pushes the matching undo command (a
// refusal from the database keeps the dialog open with the reason). Returns
// the key of what was added or changed, or an empty string if cancelled.
namespace ProgramEdits {

QString addProgram(QWidget *parent, Workspace *workspace);
// A track or site of the user's own, on any program (theirs or the catalog's).
QString addTrack(QWidget *parent, Workspace *workspace, const QString &programKey);
QString addSite(QWidget *parent, Workspace *workspace, const QString &programKey);
// Edits a user program, track or site (by key); explains why a catalog one
// cannot be edited.
QString edit(QWidget *parent, Workspace *workspace, const QString &key);
// Deletes a user program, track or site; undo brings it back.
bool remove(QWidget *parent, Workspace *workspace, const QString &key);

} // namespace ProgramEdits
