#pragma once

#include "model/note.h"
#include "undo/databasecommand.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

// Writing a new note on a program, track or site; undo removes it, redo
// brings back the same note (same id and dates).
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
    Workspace::Changed changed() const override;

private:
    rw::Note m_note;
};

// A save of a note's text. Autosaves come every second while typing; those
// close together merge into one undo step, so undo takes back a burst of
// typing rather than one second of it.
class EditNoteCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditNoteCommand)

public:
    // `before` is the note as stored now; `body` the text to store.
    EditNoteCommand(Workspace *workspace, const rw::Note &before, const QString &body);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    qint64 noteId() const { return m_before.id; }
    const QString &body() const { return m_afterBody; }

    // Saves further apart than this start a new undo step.
    static constexpr qint64 kMergeGapMs = 3000;
    // And one undo step never spans more typing time than this.
    static constexpr qint64 kMergeSpanMs = 30000;

protected:
    rw::Status doRedo() override;
    rw::Status doUndo() override;
    Workspace::Changed changed() const override;

private:
    rw::Note m_before;
    QString m_afterBody;
    QDateTime m_afterModified; // set once written
    QElapsedTimer m_started;
    QElapsedTimer m_lastSave;
};

// Deleting a note; undo restores it whole.
class DeleteNoteCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteNoteCommand)

public:
    DeleteNoteCommand(Workspace *workspace, const rw::Note &note);

protected:
    rw::Status doRedo() override;
    rw::Status doUndo() override;
    Workspace::Changed changed() const override;

private:
    rw::Note m_note;
};
