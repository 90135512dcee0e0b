#pragma once

#include "exchange/notesfile.h"
#include "exchange/notesimporter.h"
#include "storage/peerrepository.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <memory>
#include <optional>

namespace rw {
class Database;
}

// Importing a classmate's note file as one undoable step. create() does the
// import (so a failure is reported before anything reaches the undo stack)
// and remembers the peer's layer as it was; undo puts that layer back (or
// removes a peer the import created) and deletes the programs and
// institutions the import added; redo imports the same file contents again.
class ImportNotesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportNotesCommand)

public:
    static rw::Result<std::unique_ptr<ImportNotesCommand>>
    create(rw::Database &db, rw::NotesFile file, rw::ImportOptions options);

    void undo() override;
    void redo() override;

    const rw::ImportResult &result() const { return m_result; }
    // Called after every later undo and redo with how it went, so the window
    // can refresh what it shows and report a failure.
    void setObserver(std::function<void(const rw::Status &)> observer)
    {
        m_observer = std::move(observer);
    }
    // The error of the last undo or redo, empty when it worked.
    const QString &lastError() const { return m_lastError; }

private:
    ImportNotesCommand(rw::Database &db, rw::NotesFile file, rw::ImportOptions options);
    rw::Status importNow();
    rw::Status putBack();

    rw::Database &m_db;
    rw::NotesFile m_file;
    rw::ImportOptions m_options;
    std::optional<rw::PeerLayer> m_before;
    rw::ImportResult m_result;
    bool m_applied = false;
    QString m_lastError;
    std::function<void(const rw::Status &)> m_observer;
};
