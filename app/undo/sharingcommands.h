#pragma once

#include "exchange/csvimporter.h"
#include "exchange/notesimporter.h"
#include "storage/peerrepository.h"
#include "undo/databasecommand.h"

#include <QCoreApplication>

// Bringing in what others made, as single undo steps: a classmate's note
// file, a spreadsheet; and letting a classmate's notes go.

// Imports a classmate's note file as their layer of notes. Undo is
// NotesImporter::undo() of its receipt (the layer as it was before, the
// programs the import added gone); redo imports the same file contents again.
class ImportNotesCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportNotesCommand)

public:
    ImportNotesCommand(Workspace *workspace, rw::NotesFile file, rw::ImportOptions options);

    // How the first run went (valid once pushed).
    const rw::NotesImportReceipt &result() const { return m_result; }

protected:
    rw::Status doRedo() override;
    rw::Status doUndo() override;
    Workspace::Changed changed() const override;

private:
    rw::NotesFile m_file;
    rw::ImportOptions m_options;
    rw::NotesImportReceipt m_result;
};

// Removes a classmate and their notes; undo restores the layer with the
// same ids.
class RemovePeerCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemovePeerCommand)

public:
    // `layer` is the classmate's notes as stored (PeerRepository::layer()).
    RemovePeerCommand(Workspace *workspace, rw::PeerLayer layer);

protected:
    rw::Status doRedo() override;
    rw::Status doUndo() override;
    Workspace::Changed changed() const override;

private:
    rw::PeerLayer m_layer;
};

// Imports a spreadsheet: programs, criteria, ratings and a list in one
// step; undo is CsvImporter::undo() of its receipt, and redo brings back the
// same list and snapshot.
class ImportCsvCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCsvCommand)

public:
    ImportCsvCommand(Workspace *workspace, rw::CsvTable table, rw::CsvImportOptions options,
                     const QString &origin);

    const rw::CsvImportReceipt &receipt() const { return m_receipt; }

protected:
    rw::Status doRedo() override;
    rw::Status doUndo() override;
    Workspace::Changed changed() const override;

private:
    rw::CsvTable m_table;
    rw::CsvImportOptions m_options;
    QString m_origin;
    rw::CsvImportReceipt m_receipt;
    bool m_undone = false;
};
