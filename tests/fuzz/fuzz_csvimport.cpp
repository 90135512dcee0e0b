// Fuzz target: a spreadsheet import must refuse anything malformed with a
// message naming where, never crash or hang. Whatever the CSV reader accepts
// survives a write and a second read unchanged, and planning its import
// against a database (the bundled catalog) either names problems or plans
// every row.

#include "catalog/bundledcatalog.h"
#include "exchange/csv.h"
#include "exchange/csvimporter.h"
#include "fuzztarget.h"
#include "storage/database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdint>
#include <memory>

namespace {

rw::Database &database()
{
    static QTemporaryDir dir;
    static std::unique_ptr<rw::Database> db = [] {
        auto opened = rw::Database::open(dir.filePath(QStringLiteral("fuzz.sqlite")));
        if (!opened || !rw::BundledCatalog::install(**opened))
            __builtin_trap();
        return std::move(opened.value());
    }();
    return *db;
}

void checkRoundTrip(const rw::CsvTable &table)
{
    rw::CsvWriter writer(table.separator);
    writer.addRow(table.header);
    for (const QStringList &row : table.rows)
        writer.addRow(row);
    auto again = rw::CsvReader::parse(writer.bytes(), QStringLiteral("again.csv"));
    if (!again.ok() || again->header != table.header)
        __builtin_trap();
    // A one-column row with nothing in it is a blank line, which readers skip.
    qsizetype expected = 0;
    for (const QStringList &row : table.rows)
        expected += (row.size() == 1 && row.constFirst().isEmpty()) ? 0 : 1;
    if (again->rows.size() != expected)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_csvimport";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);

    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    auto table = rw::CsvReader::parse(bytes, QStringLiteral("fuzz.csv"));
    if (!table.ok()) {
        if (!table.message().contains(QStringLiteral("fuzz.csv")))
            __builtin_trap();
        return 0;
    }
    checkRoundTrip(*table);

    rw::CsvImportOptions options;
    options.listName = QStringLiteral("Fuzz");
    auto plan = rw::CsvImporter(database()).plan(*table, options, QStringLiteral("fuzz.csv"));
    if (!plan.ok())
        __builtin_trap(); // the database is fine and the list name valid
    for (const rw::CsvProblem &problem : plan->problems) {
        if (problem.message.isEmpty() || problem.line < 0)
            __builtin_trap();
    }
    if (plan->ok()) {
        for (const rw::CsvRowPlan &row : plan->rows) {
            if (!row.planned || row.label.isEmpty())
                __builtin_trap();
        }
        if (plan->listRows.size() > rw::RankList::kMaxRanks)
            __builtin_trap();
    }
    return 0;
}
