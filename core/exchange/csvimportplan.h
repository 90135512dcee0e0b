#pragma once

#include "exchange/csvcolumns.h"
#include "model/ranklist.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace rw {

// Something wrong in an imported file, where it is. Column 0 means the whole
// row (or, on line 0, the whole file).
struct CsvProblem
{
    int line = 0;
    int column = 0;
    QString message;

    // "line 7, column 3: rating “7” is not 1 to 5"
    QString text() const;
};

// How the preview and the import treat the file: the list to fill (none
// when empty) and the roles the user chose for some columns.
struct CsvImportOptions
{
    QString listName;
    QHash<int, CsvRole> roles; // by 0-based column index
};

// What one row of the file becomes.
struct CsvRowPlan
{
    enum class Outcome {
        MatchedByCode, // an existing track with the row's NRMP code
        MatchedByNames, // an existing program and track with the row's names
        NewTrack, // a track of your own added to an existing program
        NewProgram, // a program of your own, with this track
    };

    int line = 0;
    QString program;
    QString institution;
    QString track;
    QString nrmpCode;
    QString city;
    QString state;
    std::optional<int> rank;
    Outcome outcome = Outcome::NewProgram;
    QString trackKey; // Matched*: the track here
    qint64 trackId = 0; // Matched*: its row id
    QString programKey; // Matched* and NewTrack: the program here
    int newProgram = -1; // NewProgram: index in CsvImportPlan::newPrograms
    QString label; // "Program — Track" as it is (or will be) named here
    QString remark; // a difference worth knowing ("here its NRMP code is …")
    QList<std::optional<int>> ratings; // one per CsvImportPlan::criteria
    bool planned = false; // false when the row has a problem
};

// A rating column and the criterion it fills.
struct CsvCriterionPlan
{
    int column = 0; // 0-based
    QString name;
    qint64 existingId = 0; // 0: created by the import (weight 1)
};

// A program of the user's own that the import adds, with the rows (tracks) on it.
struct CsvNewProgram
{
    QString name;
    QString institution; // the program's name when the file gives none
    QString city;
    QString state;
    QList<int> rows; // indices in CsvImportPlan::rows
};

// Everything an import would do, worked out without writing: the columns'
// roles, each row's outcome, the criteria, the ratings and the list. A plan
// with problems is refused whole.
struct CsvImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(rw::CsvImportPlan)

public:
    QString origin; // the file name, for messages
    QChar separator = u',';
    bool hadByteOrderMark = false;
    QList<CsvColumn> columns;
    QList<CsvCriterionPlan> criteria;
    QList<CsvRowPlan> rows;
    QList<CsvNewProgram> newPrograms;
    QList<CsvProblem> problems;

    // The list: none when listName is empty.
    QString listName;
    qint64 existingListId = 0; // the list is replaced (after a snapshot) when not 0
    RankListKind listKind = RankListKind::Primary;
    int existingEntries = 0;
    QList<int> listRows; // row indices in list order
    int unrankedRows = 0; // rows with a blank Rank, left off the list
    bool rankIgnored = false; // a Rank column but no list to fill

    int ratingsNew = 0;
    int ratingsChanged = 0;
    int ratingsSame = 0;

    bool ok() const { return problems.isEmpty(); }
    int count(CsvRowPlan::Outcome outcome) const;
    int newCriteria() const;
    int newTracksOnNewPrograms() const { return count(CsvRowPlan::Outcome::NewProgram); }
    // The problems as one Input error: the first few with their place, then how many more.
    Error error() const;
    // One paragraph saying what the import does: "Adds 2 programs…".
    QString summary() const;

    static constexpr int kMaxProblems = 200;
};

} // namespace rw
