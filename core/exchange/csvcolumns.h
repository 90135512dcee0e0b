#pragma once

#include "exchange/csv.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rw {

// What a column of a rank-list spreadsheet holds.
enum class CsvRole {
    Ignored,
    Program,
    Institution,
    Track,
    NrmpCode,
    City,
    State,
    Rank,
    Score, // computed by Rankwise: written on export, never read back
    Rating, // a criterion the user rates 1 to 5
};

QString csvRoleId(CsvRole role); // "program", "nrmp-code", "rating", "ignored"…
std::optional<CsvRole> csvRoleFromId(const QString &id);
QString csvRoleDisplayName(CsvRole role);
QList<CsvRole> allCsvRoles();

// One column of an imported file and the role it was given.
struct CsvColumn
{
    int index = 0; // 0-based; messages say index + 1
    QString header; // as in the file, trimmed
    CsvRole role = CsvRole::Ignored;
    QString criterionName; // for Rating
    QString reason; // why this role, for the preview
    bool chosen = false; // set by the user rather than detected
    QStringList samples; // the first few non-blank values
};

// Reads the header row and the values of a spreadsheet to say which column
// is which: the headers Rankwise writes (and a few common variants) name
// their role; every other column whose values are ratings is a criterion.
class CsvColumns
{
    Q_DECLARE_TR_FUNCTIONS(rw::CsvColumns)

public:
    // The role a header names by itself, case-insensitively: "Program",
    // "NRMP Code", "rank"…; std::nullopt for any other header.
    static std::optional<CsvRole> roleForHeader(const QString &header);
    // The header Rankwise writes for a role ("NRMP Code").
    static QString exportHeader(CsvRole role);
    // The header for a rating criterion: its name, or "NAME (rating)" when the
    // name alone would read as another role ("City", "Code").
    static QString ratingHeader(const QString &criterionName);
    // "Teaching (rating)" -> "Teaching"; empty when the header is not of that form.
    static QString ratingNameFromHeader(const QString &header);

    // A rating cell: 1..5 as a whole number ("4", "4.0", "4,0"); std::nullopt
    // when blank or not such a number. `number` says whether it was a number.
    static std::optional<int> parseRating(const QString &cell, bool *number = nullptr);

    // Every column's role: `overrides` (by index) first, then the header,
    // then the values: a column is a rating criterion when at least half of
    // its non-blank values are whole numbers 1 to 5 and all are numbers (a
    // stray 7 is then an error to fix, not a reason to drop the column).
    static QList<CsvColumn> detect(const CsvTable &table,
                                   const QHash<int, CsvRole> &overrides = {});

    static constexpr int kSamples = 3;
};

} // namespace rw
