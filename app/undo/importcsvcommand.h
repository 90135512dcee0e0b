#pragma once

#include "exchange/csvimporter.h"
#include "undo/databasecommand.h"

#include <QCoreApplication>

// Importing a spreadsheet as one undo step: the programs, tracks, criteria,
// ratings and list it brought in. Undo takes back exactly what the import did
// (CsvImportReceipt: rows it added are removed for good, ratings and a list
// order it replaced are put back, the snapshot it took is removed); redo
// imports the same file contents again.
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

private:
    rw::CsvTable m_table;
    rw::CsvImportOptions m_options;
    QString m_origin;
    rw::CsvImportReceipt m_receipt;
    bool m_undone = false;
};
