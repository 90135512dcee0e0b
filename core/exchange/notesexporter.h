#pragma once

#include "exchange/notesfile.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace rw {

class Database;

struct ExportOptions
{
    enum class Selection {
        All, // every program
        Programs, // the programs named in programKeys
        List, // the programs with a track on the list listName
    };
    Selection selection = Selection::All;
    QStringList programKeys;
    QString listName;

    // Private by default: each must be asked for.
    bool ratings = false; // the user's 1-5 ratings of the selected tracks
    bool ranks = false; // positions (and pins) on a list: listName, else the first primary list
    bool weights = false; // the criteria with their weights
    bool lists = false; // every list's name, kind and which selected tracks are on it

    QString author; // the name the classmate will see
};

struct ExportSummary
{
    int notes = 0;
    int programs = 0; // programs with at least one exported note
    int ratings = 0;
    int criteria = 0;
    int lists = 0;
};

// Builds a note file from the user's own notes (never a peer's: a classmate's
// notes are not forwarded) on the chosen programs and their tracks and sites.
// Each item names its target by key, NRMP code and names so another catalog
// can match it. Ratings, ranks, weights and lists go in only when asked.
class NotesExporter
{
    Q_DECLARE_TR_FUNCTIONS(rw::NotesExporter)

public:
    explicit NotesExporter(Database &db)
        : m_db(db)
    { }

    // The file's contents. Gives the database an export id on first use
    // (item ids are "<export id>-<note id>", unique across databases).
    Result<NotesFile> build(const ExportOptions &options);
    // build() and write to `path` (QSaveFile).
    Result<ExportSummary> exportTo(const QString &path, const ExportOptions &options);

    // How many own notes the selection holds, without writing anything (for a dialog).
    Result<ExportSummary> count(const ExportOptions &options) const;

    // This database's export id (empty before its first export); item ids
    // in the files it writes start with it and a dash.
    QString existingExportId() const;

    // The names of the user's rank lists, in creation order.
    Result<QStringList> listNames() const;

    static ExportSummary summarize(const NotesFile &file);

private:
    Result<QString> exportId();

    Database &m_db;
};

} // namespace rw
