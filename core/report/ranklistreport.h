#pragma once

#include "model/ranklist.h"
#include "report/pdfreport.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPageSize>

#include <memory>

namespace rw {

class Database;
class ListAnalysis;

struct RankListReportOptions
{
    QString listName; // empty: the first primary list
    QString applicantName; // left out when empty
    bool withBreakdown = false; // each entry's points per criterion
    bool withNotes = false; // an excerpt of the user's own notes (never a classmate's)
    QPageSize::PageSizeId pageSize = QPageSize::Letter;
    QLocale locale; // dates and numbers
    QDateTime preparedAt; // invalid: now
};

// The rank order list as a student brings it to an advisor or keeps it
// beside them while entering it in R3: who and which list, the entries in
// order with track, NRMP code, place and score (optionally each entry's
// breakdown and a note excerpt), then the criteria and their weights. Text
// from the database is made inert (InertText) before it is laid out.
class RankListReport
{
    Q_DECLARE_TR_FUNCTIONS(rw::RankListReport)

public:
    struct Built
    {
        std::unique_ptr<PdfReport> report;
        RankList list;
        int ranks = 0;
    };
    // The report, ready to write() to a file or render() on a printer.
    static Result<Built> build(Database &db, const RankListReportOptions &options);

    struct Written
    {
        RankList list;
        int ranks = 0;
        int pages = 0;
    };
    static Result<Written> exportPdf(Database &db, const RankListReportOptions &options,
                                     const QString &path);

private:
    static QStringList details(const ListAnalysis &analysis, int entry,
                               const RankListReportOptions &options, const QStringList &notes);
    static QString breakdown(const ListAnalysis &analysis, int entry, const QLocale &locale);
    static void addCriteria(PdfReport &report, const ListAnalysis &analysis, const QLocale &locale);
};

} // namespace rw
