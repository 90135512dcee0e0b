#pragma once

#include "model/note.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace rw {

class Database;

// Notes on programs, tracks and continuity sites: the user's own (editable)
// and those imported from peers (read-only here; see the exchange layer).
class NoteRepository
{
    Q_DECLARE_TR_FUNCTIONS(rw::NoteRepository)

public:
    explicit NoteRepository(Database &db)
        : m_db(db)
    { }

    // What a key names: a program, a track or a site (NotFound otherwise,
    // also for one the user deleted or the catalog withdrew).
    Result<NoteTarget> resolveTarget(const QString &key) const;

    // A new own note; created and modified are now.
    Result<Note> add(const NoteTarget &target, const QString &body);
    // Puts back a note exactly as it was (same id and times), for undo.
    Status restore(const Note &note);
    // Replaces an own note's body and stamps modified (now, or the given
    // time when undo and redo put a note back as it was).
    Status update(qint64 id, const QString &body, const QDateTime &modified = {});
    // Deletes an own note.
    Status remove(qint64 id);

    Result<Note> note(qint64 id) const;
    // Notes on exactly this target, own first then peers', oldest first.
    Result<QList<Note>> notesFor(const NoteTarget &target) const;
    // Notes on a program and on its tracks and sites.
    Result<QList<Note>> notesForProgram(const QString &programKey) const;
    // Every note; with a key, the notes on that target (a program key
    // includes its tracks and sites).
    Result<QList<Note>> all(const QString &targetKey = {}) const;
    // The user's own notes, every one (on withdrawn rows too), oldest first.
    Result<QList<Note>> ownNotes() const;
    // The bodies of the user's own notes on a list's tracks and their
    // programs, by track id: on the track first, then on its program, most
    // recently changed first.
    Result<QHash<qint64, QStringList>> ownNotesOnList(qint64 listId) const;
    // The classmates who wrote notes here, sorted by name.
    Result<QStringList> authors() const;
    // The lists above leave out notes on withdrawn programs, tracks and sites
    // (deleted by the user or dropped by the catalog); note() does not.

    static constexpr qsizetype kMaxBodyLength = 200 * 1024;
    // The notes column that points at a target of this kind (program_id...).
    static QString targetColumn(NoteTarget::Kind kind);

private:
    Result<QList<Note>> query(const QString &where, const QVariantList &values,
                              bool visibleOnly = true) const;
    Result<qint64> targetRowId(const NoteTarget &target) const;

    Database &m_db;
};

} // namespace rw
