#pragma once

#include "model/note.h"
#include "undo/databasecommand.h"

#include <QCoreApplication>
#include <QElapsedTimer>

// Changes an own note's body. Autosave pushes one of these each time it
// saves; saves of the same note close together merge into one undo step, so
// undo takes back a burst of typing rather than half a second of it.
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

private:
    rw::Note m_before;
    QString m_afterBody;
    QDateTime m_afterModified; // set once written
    QElapsedTimer m_started;
    QElapsedTimer m_lastSave;
};
