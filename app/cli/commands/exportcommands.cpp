// export-pdf, export-csv, import-csv: the rank list on paper and in
// spreadsheets, and spreadsheets into Rankwise.

#include "command.h"
#include "exchange/csvimporter.h"
#include "exchange/ranklistcsv.h"
#include "jsonformat.h"
#include "rankcommandsupport.h"
#include "report/ranklistreport.h"
#include "report/reportsettings.h"
#include "settings/appsettings.h"
#include "util/inerttext.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace rw::cli {

namespace {

class ExportCommands
{
    Q_DECLARE_TR_FUNCTIONS(rw::cli::ExportCommands)

public:
    static int exportPdf(Context &context);
    static int exportCsv(Context &context, Database &db);
    static int importCsv(Context &context);

    static QString outcomeId(CsvRowPlan::Outcome outcome);
    static QString outcomeText(const CsvRowPlan &row);

private:
    static void printPlanText(Context &context, const CsvImportPlan &plan,
                              const QStringList &trackKeys, bool dryRun);
    static QJsonObject planJson(const CsvImportPlan &plan, const QStringList &trackKeys,
                                bool dryRun);
};

int ExportCommands::exportPdf(Context &context)
{
    RankListReportOptions options;
    options.listName = context.option(QStringLiteral("list"));
    options.withNotes = context.flag(QStringLiteral("with-notes"));
    options.withBreakdown = context.flag(QStringLiteral("with-breakdown"));
    options.applicantName =
        context.option(QStringLiteral("name"), Settings::reportApplicantName()).trimmed();
    options.pageSize = Settings::reportPageSize();
    if (context.flag(QStringLiteral("page-size"))) {
        const QString value = context.option(QStringLiteral("page-size"));
        const auto size = ReportSettings::pageSizeFromId(value);
        if (!size)
            return context.usageError(tr("--page-size takes letter or a4, not “%1”.").arg(value));
        options.pageSize = *size;
    }
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    const QString path = context.args.constFirst();
    auto written = RankListReport::exportPdf(**db, options, path);
    if (!written)
        return context.fail(written.error());
    context.out
        << tr("Wrote the list “%1” (%n rank(s)", nullptr, written->ranks).arg(written->list.name)
        << tr(", %n page(s)) to %1.", nullptr, written->pages).arg(path) << "\n";
    return Success;
}

int ExportCommands::exportCsv(Context &context, Database &db)
{
    const QString path = context.args.constFirst();
    auto written = RankListCsv::exportTo(db, context.option(QStringLiteral("list")), path);
    if (!written)
        return context.fail(written.error());
    context.out
        << tr("Wrote the list “%1” (%n rank(s)", nullptr, written->ranks).arg(written->list.name)
        << tr(", %n rating column(s)) to %1.", nullptr, written->criteria).arg(path) << "\n";
    return Success;
}

QString ExportCommands::outcomeId(CsvRowPlan::Outcome outcome)
{
    switch (outcome) {
    case CsvRowPlan::Outcome::MatchedByCode:
        return QStringLiteral("matched-by-nrmp-code");
    case CsvRowPlan::Outcome::MatchedByNames:
        return QStringLiteral("matched-by-names");
    case CsvRowPlan::Outcome::NewTrack:
        return QStringLiteral("new-track");
    case CsvRowPlan::Outcome::NewProgram:
        break;
    }
    return QStringLiteral("new-program");
}

QString ExportCommands::outcomeText(const CsvRowPlan &row)
{
    switch (row.outcome) {
    case CsvRowPlan::Outcome::MatchedByCode:
        return tr("matched by NRMP code %1").arg(row.nrmpCode);
    case CsvRowPlan::Outcome::MatchedByNames:
        return tr("matched by names");
    case CsvRowPlan::Outcome::NewTrack:
        return tr("new track of your own");
    case CsvRowPlan::Outcome::NewProgram:
        break;
    }
    return tr("new program of your own");
}

void ExportCommands::printPlanText(Context &context, const CsvImportPlan &plan,
                                   const QStringList &trackKeys, bool dryRun)
{
    QTextStream &out = context.out;
    if (dryRun)
        out << tr("Dry run: nothing was written.") << "\n";
    out << tr("%1: %n row(s), separated by “%2”.", nullptr, int(plan.rows.size()))
               .arg(plan.origin, plan.separator)
        << "\n"
        << tr("Columns:") << "\n";
    for (const CsvColumn &column : plan.columns) {
        QString role = csvRoleId(column.role);
        if (column.role == CsvRole::Rating) {
            bool existing = false;
            for (const CsvCriterionPlan &criterion : plan.criteria)
                existing = existing || (criterion.column == column.index && criterion.existingId);
            role += existing ? tr(" (existing criterion)") : tr(" (new criterion, weight 1)");
        }
        out << "  " << QString::number(column.index + 1).rightJustified(3) << "  "
            << InertText::visibleLine(column.header).leftJustified(24) << "  "
            << role.leftJustified(34) << "  " << InertText::visibleLine(column.reason) << "\n";
    }
    out << tr("Rows:") << "\n";
    for (qsizetype r = 0; r < plan.rows.size(); ++r) {
        const CsvRowPlan &row = plan.rows.at(r);
        out << "  " << tr("line %1").arg(row.line).leftJustified(9) << "  "
            << InertText::visibleLine(row.label) << "  " << outcomeText(row);
        if (r < trackKeys.size() && !trackKeys.at(r).isEmpty())
            out << "  [" << trackKeys.at(r) << "]";
        if (row.rank)
            out << "  " << tr("rank %1").arg(*row.rank);
        if (!row.remark.isEmpty())
            out << "  (" << InertText::visibleLine(row.remark) << ")";
        out << "\n";
    }
    out << plan.summary() << "\n";
}

QJsonObject ExportCommands::planJson(const CsvImportPlan &plan, const QStringList &trackKeys,
                                     bool dryRun)
{
    QJsonArray columns;
    for (const CsvColumn &column : plan.columns) {
        columns.append(
            QJsonObject {{QStringLiteral("column"), column.index + 1},
                         {QStringLiteral("header"), column.header},
                         {QStringLiteral("role"), csvRoleId(column.role)},
                         {QStringLiteral("criterion"), JsonFormat::nullable(column.criterionName)},
                         {QStringLiteral("reason"), column.reason}});
    }
    QJsonArray criteria;
    for (const CsvCriterionPlan &criterion : plan.criteria) {
        criteria.append(QJsonObject {{QStringLiteral("name"), criterion.name},
                                     {QStringLiteral("column"), criterion.column + 1},
                                     {QStringLiteral("new"), criterion.existingId == 0}});
    }
    QJsonArray rows;
    for (qsizetype r = 0; r < plan.rows.size(); ++r) {
        const CsvRowPlan &row = plan.rows.at(r);
        const QString key = r < trackKeys.size() ? trackKeys.at(r) : row.trackKey;
        rows.append(QJsonObject {{QStringLiteral("line"), row.line},
                                 {QStringLiteral("program"), row.program},
                                 {QStringLiteral("track"), row.track},
                                 {QStringLiteral("nrmp_code"), JsonFormat::nullable(row.nrmpCode)},
                                 {QStringLiteral("rank"), JsonFormat::nullable(row.rank)},
                                 {QStringLiteral("outcome"), outcomeId(row.outcome)},
                                 {QStringLiteral("track_key"), JsonFormat::nullable(key)},
                                 {QStringLiteral("label"), row.label},
                                 {QStringLiteral("remark"), JsonFormat::nullable(row.remark)}});
    }
    QJsonValue list = QJsonValue::Null;
    if (!plan.listName.isEmpty()) {
        list = QJsonObject {{QStringLiteral("name"), plan.listName},
                            {QStringLiteral("replaces_existing"), plan.existingListId != 0},
                            {QStringLiteral("ranks"), int(plan.listRows.size())},
                            {QStringLiteral("unranked_rows"), plan.unrankedRows}};
    }
    return QJsonObject {
        {QStringLiteral("file"), plan.origin},
        {QStringLiteral("dry_run"), dryRun},
        {QStringLiteral("separator"), QString(plan.separator)},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("criteria"), criteria},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("list"), list},
        {QStringLiteral("counts"),
         QJsonObject {
             {QStringLiteral("matched_by_nrmp_code"),
              plan.count(CsvRowPlan::Outcome::MatchedByCode)},
             {QStringLiteral("matched_by_names"), plan.count(CsvRowPlan::Outcome::MatchedByNames)},
             {QStringLiteral("new_tracks"), plan.count(CsvRowPlan::Outcome::NewTrack)},
             {QStringLiteral("new_programs"), int(plan.newPrograms.size())},
             {QStringLiteral("new_criteria"), plan.newCriteria()},
             {QStringLiteral("ratings_new"), plan.ratingsNew},
             {QStringLiteral("ratings_changed"), plan.ratingsChanged},
             {QStringLiteral("ratings_unchanged"), plan.ratingsSame}}},
    };
}

int ExportCommands::importCsv(Context &context)
{
    auto format = context.format();
    if (!format)
        return context.fail(format.error());
    const bool dryRun = context.flag(QStringLiteral("dry-run"));
    CsvImportOptions options;
    options.listName = context.option(QStringLiteral("list"));
    if (context.flag(QStringLiteral("list")) && options.listName.trimmed().isEmpty())
        return context.usageError(tr("--list needs the name of the list to fill."));

    // The whole file is read and checked before the database is opened.
    const QString path = context.args.constFirst();
    auto table = CsvImporter::readFile(path);
    if (!table)
        return context.fail(
            Error {table.error().kind, table.message() + u' ' + tr("Nothing was imported.")});
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    CsvImporter importer(**db);
    const QString origin = QFileInfo(path).fileName();
    auto plan = importer.plan(*table, options, origin);
    if (!plan)
        return context.fail(plan.error());
    if (!plan->ok()) {
        context.err << "rankwise-cli: "
                    << tr("%1 has %n problem(s); nothing was imported:", nullptr,
                          int(plan->problems.size()))
                           .arg(origin)
                    << "\n";
        for (const CsvProblem &problem : std::as_const(plan->problems))
            context.err << "  " << problem.text() << "\n";
        context.err.flush();
        return BadInput;
    }
    QStringList trackKeys;
    if (!dryRun) {
        auto receipt = importer.apply(*table, options, origin);
        if (!receipt)
            return context.fail(receipt.error());
        *plan = receipt->plan;
        trackKeys = receipt->trackKeys;
    }
    if (*format == u"json")
        context.out << QString::fromUtf8(JsonFormat::toBytes(planJson(*plan, trackKeys, dryRun)));
    else
        printPlanText(context, *plan, trackKeys, dryRun);
    return Success;
}

} // namespace

void registerExportCommands(CommandRegistry &registry)
{
    CommandSpec pdf;
    pdf.words = {QStringLiteral("export-pdf")};
    pdf.arguments = QStringLiteral("OUT.pdf");
    pdf.summary = ExportCommands::tr(
        "Write a rank list as a PDF to print or bring to your advisor: entries in "
        "order with track, NRMP code, place and score, then the criteria and "
        "weights.");
    pdf.options = {
        RankCommands::listOption(),
        {QStringLiteral("with-breakdown"),
         {},
         ExportCommands::tr("each entry's points per criterion")},
        {QStringLiteral("with-notes"),
         {},
         ExportCommands::tr("an excerpt of your own notes on each entry")},
        {QStringLiteral("page-size"), QStringLiteral("letter|a4"),
         ExportCommands::tr("the paper (default: the saved preference, else by locale)")},
        {QStringLiteral("name"), QStringLiteral("NAME"),
         ExportCommands::tr("the applicant's name on the report (default: the saved preference)")},
    };
    pdf.minArgs = pdf.maxArgs = 1;
    pdf.run = &ExportCommands::exportPdf;
    pdf.needsGui = true;
    registry.add(pdf);

    CommandSpec csv;
    csv.words = {QStringLiteral("export-csv")};
    csv.arguments = QStringLiteral("OUT.csv");
    csv.summary =
        ExportCommands::tr("Write a rank list as a spreadsheet (CSV): rank, program, institution, "
                           "track, NRMP code, city, state, score and your ratings.");
    csv.options = {RankCommands::listOption()};
    csv.minArgs = csv.maxArgs = 1;
    csv.run = withDatabase(&ExportCommands::exportCsv);
    registry.add(csv);

    CommandSpec csvIn;
    csvIn.words = {QStringLiteral("import-csv")};
    csvIn.arguments = QStringLiteral("IN.csv");
    csvIn.summary = ExportCommands::tr(
        "Bring in a spreadsheet: rows become programs and tracks (matched by NRMP code, "
        "then by names, or added as your own), rating columns become criteria, and with "
        "--list the rows become a list in Rank order.");
    csvIn.options = {
        {QStringLiteral("list"), QStringLiteral("NAME"),
         ExportCommands::tr("fill this list (created, or its order replaced after a snapshot)")},
        {QStringLiteral("dry-run"),
         {},
         ExportCommands::tr("show what would be matched and created; write nothing")},
        formatOption(),
    };
    csvIn.minArgs = csvIn.maxArgs = 1;
    csvIn.run = &ExportCommands::importCsv;
    registry.add(csvIn);
}

} // namespace rw::cli
