// rank, stability, gutcheck: a list with its scores and computed order, and
// the two decision aids.

#include "jsonformat.h"
#include "rankcommandsupport.h"
#include "ranking/rankservice.h"
#include "storage/database.h"
#include "text/displayformat.h"

#include <QJsonArray>

namespace rw::cli {

namespace {

class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(rw::cli::ReportCommands)

public:
    static int rank(Context &context);
    static int stability(Context &context);
    static int gutcheck(Context &context);

private:
    static Result<ListAnalysis> analyse(Context &context);
    static QString csvField(const QString &text);
    static QString swapText(const ListAnalysis &analysis, const PairStability &pair);
    static QJsonValue nullableNumber(const std::optional<double> &value);
    // What the gut check and rank stability left out, and what to rate first.
    static QJsonArray leftOutJson(const ListAnalysis &analysis);
    static QJsonArray rateFirstJson(const ListAnalysis &analysis);
    static QString reasonText(ListAnalysis::LeftOutReason reason);
    static void printLeftOut(Context &context, const ListAnalysis &analysis);
    // Fewer than two entries to compare: prints what to rate first and
    // returns true.
    static bool printRateFirst(Context &context, const ListAnalysis &analysis, int counted);
};

Result<ListAnalysis> ReportCommands::analyse(Context &context)
{
    auto db = context.database();
    if (!db)
        return db.error();
    RankService service(**db);
    auto list = service.findList(context.option(QStringLiteral("list")));
    if (!list)
        return list.error();
    const QString threshold = context.option(QStringLiteral("min-coverage"));
    double percent = ListAnalysis::kDefaultCoverageThreshold * 100.0;
    if (!threshold.isEmpty()) {
        bool ok = false;
        percent = threshold.toDouble(&ok);
        if (!ok || !(percent >= 0 && percent <= 100)) {
            return Error::input(
                tr("--min-coverage takes a percentage from 0 to 100, not “%1”.").arg(threshold));
        }
    }
    auto analysis = service.analyse(list->id);
    if (analysis)
        analysis->setCoverageThreshold(percent / 100.0);
    return analysis;
}

QJsonValue ReportCommands::nullableNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(RankCommands::rounded(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonArray ReportCommands::leftOutJson(const ListAnalysis &a)
{
    QJsonArray array;
    for (const ListAnalysis::LeftOut &left : a.leftOut()) {
        array.append(
            QJsonObject {{QStringLiteral("track_key"), a.entries().at(left.entry).trackKey},
                         {QStringLiteral("reason"), ListAnalysis::leftOutReasonId(left.reason)}});
    }
    return array;
}

QJsonArray ReportCommands::rateFirstJson(const ListAnalysis &a)
{
    QJsonArray array;
    for (const ListAnalysis::MissingValue &value : a.rateFirst()) {
        array.append(
            QJsonObject {{QStringLiteral("track_key"), a.entries().at(value.entry).trackKey},
                         {QStringLiteral("criterion"), a.criteria().at(value.criterion).name}});
    }
    return array;
}

QString ReportCommands::reasonText(ListAnalysis::LeftOutReason reason)
{
    switch (reason) {
    case ListAnalysis::LeftOutReason::Withdrawn:
        return tr("withdrawn");
    case ListAnalysis::LeftOutReason::NoScore:
        return tr("nothing known yet");
    case ListAnalysis::LeftOutReason::LowCoverage:
        return tr("provisional, coverage below the threshold");
    }
    return {};
}

void ReportCommands::printLeftOut(Context &context, const ListAnalysis &a)
{
    const auto leftOut = a.leftOut();
    if (leftOut.empty())
        return;
    context.out << tr("Left out: %n entry(ies) (the threshold is %1 coverage):", nullptr,
                      int(leftOut.size()))
                       .arg(DisplayFormat::percent(a.coverageThreshold()))
                << "\n";
    for (const ListAnalysis::LeftOut &left : leftOut) {
        const RankEntry &entry = a.entries().at(left.entry);
        QString why = reasonText(left.reason);
        if (left.reason == ListAnalysis::LeftOutReason::LowCoverage)
            why += u' ' + tr("(%1)").arg(DisplayFormat::percent(a.coverage(left.entry) / 100.0));
        context.out << "  " << entry.label() << "  [" << entry.trackKey << "]: " << why << "\n";
    }
}

bool ReportCommands::printRateFirst(Context &context, const ListAnalysis &a, int counted)
{
    if (counted >= 2)
        return false;
    context.out << tr("%n entry(ies) at or above %1 coverage: too few for a verdict.", nullptr,
                      counted)
                       .arg(DisplayFormat::percent(a.coverageThreshold()))
                << "\n";
    const auto first = a.rateFirst();
    if (!first.empty()) {
        context.out << tr("Rate these first:") << "\n";
        for (const ListAnalysis::MissingValue &value : first) {
            const RankEntry &entry = a.entries().at(value.entry);
            context.out << "  " << entry.trackKey << "  " << a.criteria().at(value.criterion).name
                        << "\n";
        }
    }
    return true;
}

// RFC 4180 quoting; a leading = + - @ is defused with an apostrophe so that
// a spreadsheet never runs text from the catalog or the user as a formula.
QString ReportCommands::csvField(const QString &text)
{
    QString value = text;
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r')) {
        value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        value = u'"' + value + u'"';
    }
    return value;
}

int ReportCommands::rank(Context &context)
{
    auto format =
        context.format({QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")});
    if (!format)
        return context.fail(format.error());
    auto analysis = analyse(context);
    if (!analysis)
        return context.fail(analysis.error());
    const ListAnalysis &a = *analysis;
    RankCommands::printWarnings(context, a.warnings());

    if (*format == u"json") {
        QJsonArray array;
        for (int e = 0; e < a.entryCount(); ++e) {
            const RankEntry &entry = a.entries().at(e);
            const auto score = a.score(e);
            const auto computed = a.computedPosition(e);
            const auto distance = a.distance(e);
            const auto range = a.scoreRange(e);
            array.append(QJsonObject {
                {QStringLiteral("position"), entry.position},
                {QStringLiteral("computed_position"),
                 computed ? QJsonValue(*computed) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("distance"),
                 distance ? QJsonValue(*distance) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("track_key"), entry.trackKey},
                {QStringLiteral("program"), entry.programName},
                {QStringLiteral("track"), entry.trackName},
                {QStringLiteral("nrmp_code"), JsonFormat::nullable(entry.nrmpCode)},
                {QStringLiteral("score"), nullableNumber(score)},
                {QStringLiteral("coverage"), RankCommands::rounded(a.coverage(e))},
                {QStringLiteral("score_low"), nullableNumber(range ? range->low : score)},
                {QStringLiteral("score_high"), nullableNumber(range ? range->high : score)},
                {QStringLiteral("provisional"), a.isProvisional(e)},
                {QStringLiteral("missing"), QJsonArray::fromStringList(a.missing(e))},
                {QStringLiteral("pinned"), entry.pinned},
                {QStringLiteral("withdrawn"), entry.withdrawn}});
        }
        context.out << QString::fromUtf8(JsonFormat::toBytes(array));
        return Success;
    }
    if (*format == u"csv") {
        context.out << "position,computed_position,track_key,program,track,nrmp_code,score,"
                       "missing,pinned,withdrawn,coverage,score_low,score_high,provisional\r\n";
        for (int e = 0; e < a.entryCount(); ++e) {
            const RankEntry &entry = a.entries().at(e);
            const auto score = a.score(e);
            const auto computed = a.computedPosition(e);
            const auto range = a.scoreRange(e);
            QStringList fields {QString::number(entry.position),
                                computed ? QString::number(*computed) : QString(),
                                csvField(entry.trackKey),
                                csvField(entry.programName),
                                csvField(entry.trackName),
                                csvField(entry.nrmpCode),
                                score ? DisplayFormat::score(score, QLocale::c()) : QString(),
                                csvField(a.missing(e).join(QStringLiteral("; "))),
                                entry.pinned ? QStringLiteral("true") : QStringLiteral("false"),
                                entry.withdrawn ? QStringLiteral("true") : QStringLiteral("false"),
                                DisplayFormat::score(a.coverage(e), QLocale::c()),
                                range ? DisplayFormat::score(range->low, QLocale::c()) : QString(),
                                range ? DisplayFormat::score(range->high, QLocale::c()) : QString(),
                                a.isProvisional(e) ? QStringLiteral("true")
                                                   : QStringLiteral("false")};
            context.out << fields.join(u',') << "\r\n";
        }
        return Success;
    }

    context.out << tr("%1 (%2): %n rank(s)", nullptr, a.entryCount())
                       .arg(a.list().name, rankListKindDisplayName(a.list().kind).toLower())
                << "\n";
    if (a.entryCount() == 0) {
        context.out << tr("Add tracks with “list add %1 TRACK_KEY”.").arg(a.list().name) << "\n";
        return Success;
    }
    context.out << "  " << tr("rank").rightJustified(4) << "  " << tr("score").rightJustified(5)
                << "  " << tr("by score") << "\n";
    for (int e = 0; e < a.entryCount(); ++e) {
        const RankEntry &entry = a.entries().at(e);
        const auto score = a.score(e);
        const auto computed = a.computedPosition(e);
        const auto distance = a.distance(e);
        QString place = computed ? QString::number(*computed) : QStringLiteral("–");
        if (distance && *distance != 0)
            place += u' '
                + (distance > 0 ? tr("(you +%1)").arg(*distance) : tr("(you −%1)").arg(-*distance));
        context.out << "  " << QString::number(entry.position).rightJustified(4) << "  "
                    << DisplayFormat::score(score).rightJustified(5) << "  "
                    << place.leftJustified(12) << entry.label() << "  [" << entry.trackKey << "]";
        if (!entry.nrmpCode.isEmpty())
            context.out << "  NRMP " << entry.nrmpCode;
        if (entry.pinned)
            context.out << "  " << tr("pinned");
        if (entry.withdrawn)
            context.out << "  " << tr("WITHDRAWN, not scored");
        context.out << "\n";
        const QStringList missing = a.missing(e);
        if (!missing.isEmpty())
            context.out << "              "
                        << tr("missing: %1").arg(missing.join(QStringLiteral(", "))) << "\n";
        if (const auto range = a.scoreRange(e); range && range->low < range->high) {
            context.out << "              "
                        << (a.isProvisional(e) ? tr("provisional: coverage %1, could be %2 to %3")
                                               : tr("coverage %1, could be %2 to %3"))
                               .arg(DisplayFormat::percent(a.coverage(e) / 100.0),
                                    DisplayFormat::score(range->low),
                                    DisplayFormat::score(range->high))
                        << "\n";
        }
    }
    return Success;
}

QString ReportCommands::swapText(const ListAnalysis &a, const PairStability &pair)
{
    if (!pair.swap) {
        return pair.tied ? tr("tied, and identical on every criterion")
                         : tr("stable: no single weight change swaps them");
    }
    const QString criterion = a.criteria().at(pair.swap->criterion).name;
    if (pair.tied) {
        return (pair.swap->direction > 0 ? tr("tied: any increase of the %1 weight swaps them")
                                         : tr("tied: any decrease of the %1 weight swaps them"))
            .arg(criterion);
    }
    const double change = pair.swap->weightChange;
    return tr("would swap if %1 weight %2%3")
        .arg(criterion, change > 0 ? QStringLiteral("+") : QStringLiteral("−"),
             DisplayFormat::weight(std::abs(change)));
}

int ReportCommands::stability(Context &context)
{
    auto format = context.format();
    if (!format)
        return context.fail(format.error());
    auto analysis = analyse(context);
    if (!analysis)
        return context.fail(analysis.error());
    const ListAnalysis &a = *analysis;
    const auto pairs = a.stability();
    if (*format == u"json") {
        QJsonArray array;
        for (const PairStability &pair : pairs) {
            QJsonValue swap = QJsonValue::Null;
            if (pair.swap) {
                swap = QJsonObject {
                    {QStringLiteral("criterion"), a.criteria().at(pair.swap->criterion).name},
                    {QStringLiteral("weight_change"), pair.swap->weightChange},
                    {QStringLiteral("direction"),
                     pair.swap->direction > 0 ? QStringLiteral("increase")
                                              : QStringLiteral("decrease")}};
            }
            array.append(
                QJsonObject {{QStringLiteral("upper"), a.entries().at(pair.upper).trackKey},
                             {QStringLiteral("lower"), a.entries().at(pair.lower).trackKey},
                             {QStringLiteral("margin"), RankCommands::rounded(pair.margin * 100.0)},
                             {QStringLiteral("tied"), pair.tied},
                             {QStringLiteral("swap"), swap}});
        }
        context.out << QString::fromUtf8(JsonFormat::toBytes(QJsonObject {
            {QStringLiteral("pairs"), array},
            {QStringLiteral("left_out"), leftOutJson(a)},
            {QStringLiteral("rate_first"), pairs.empty() ? rateFirstJson(a) : QJsonArray()}}));
        return Success;
    }
    if (pairs.empty()) {
        context.out
            << tr("Rank stability needs at least two scored entries on “%1”.").arg(a.list().name)
            << "\n";
        printRateFirst(context, a, 0);
        printLeftOut(context, a);
        return Success;
    }
    context.out << tr("Rank stability of “%1” (computed order, adjacent pairs):").arg(a.list().name)
                << "\n";
    for (size_t i = 0; i < pairs.size(); ++i) {
        const PairStability &pair = pairs[i];
        context.out << "  " << (i + 1) << "–" << (i + 2) << "  "
                    << a.entries().at(pair.upper).label() << "  ›  "
                    << a.entries().at(pair.lower).label() << "\n      "
                    << tr("ahead by %1 points; %2")
                           .arg(DisplayFormat::score(pair.margin * 100.0), swapText(a, pair))
                    << "\n";
    }
    printLeftOut(context, a);
    return Success;
}

int ReportCommands::gutcheck(Context &context)
{
    auto format = context.format();
    if (!format)
        return context.fail(format.error());
    auto analysis = analyse(context);
    if (!analysis)
        return context.fail(analysis.error());
    const ListAnalysis &a = *analysis;
    const Agreement agreement = a.agreement();
    QStringList unscored;
    int counted = 0;
    for (int e = 0; e < a.entryCount(); ++e) {
        if (!a.isScored(e))
            unscored.append(a.entries().at(e).trackKey);
        if (a.countsForAids(e))
            ++counted;
    }
    if (*format == u"json") {
        QJsonArray disagreements;
        for (const auto &[higher, scoredHigher] : agreement.disagreements) {
            disagreements.append(QJsonArray {a.entries().at(higher).trackKey,
                                             a.entries().at(scoredHigher).trackKey});
        }
        context.out << QString::fromUtf8(JsonFormat::toBytes(QJsonObject {
            {QStringLiteral("kendall_tau"),
             agreement.tau ? QJsonValue(RankCommands::rounded(*agreement.tau, 6))
                           : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("disagreements"), disagreements},
            {QStringLiteral("pairs"), agreement.pairs},
            {QStringLiteral("concordant"), agreement.concordant},
            {QStringLiteral("discordant"), agreement.discordant},
            {QStringLiteral("tied_pairs"), agreement.tiedPairs},
            {QStringLiteral("unscored"), QJsonArray::fromStringList(unscored)},
            {QStringLiteral("left_out"), leftOutJson(a)},
            {QStringLiteral("rate_first"), counted < 2 ? rateFirstJson(a) : QJsonArray()}}));
        return Success;
    }
    if (printRateFirst(context, a, counted)) {
        printLeftOut(context, a);
        return Success;
    }
    if (!agreement.tau) {
        context.out << tr("The gut check needs at least two entries with different scores on "
                          "“%1”.")
                           .arg(a.list().name)
                    << "\n";
        return Success;
    }
    context.out << tr("Kendall's tau between your order and the scores: %1 (%2 of %n pair(s) "
                      "agree, %3 disagree, %4 tied on score).",
                      nullptr, agreement.pairs)
                       .arg(DisplayFormat::number(*agreement.tau, 2))
                       .arg(agreement.concordant)
                       .arg(agreement.discordant)
                       .arg(agreement.tiedPairs)
                << "\n";
    if (agreement.disagreements.empty()) {
        context.out << tr("Your order never goes against your stated priorities.") << "\n";
    } else {
        context.out << tr("Where your gut and your priorities part ways:") << "\n";
        for (const auto &[higher, scoredHigher] : agreement.disagreements) {
            context.out << "  "
                        << tr("you rank %1 above %2, which scores higher (%3 vs %4)")
                               .arg(a.entries().at(higher).label(),
                                    a.entries().at(scoredHigher).label(),
                                    DisplayFormat::score(a.score(scoredHigher)),
                                    DisplayFormat::score(a.score(higher)))
                        << "\n";
        }
    }
    printLeftOut(context, a);
    return Success;
}

OptionSpec coverageOption()
{
    return {QStringLiteral("min-coverage"), QStringLiteral("PERCENT"),
            ReportCommands::tr("below this coverage a score is provisional and left out of "
                               "the decision aids (default 70)")};
}

} // namespace

void registerRankReportCommands(CommandRegistry &registry)
{
    registry.add(
        {QStringLiteral("rank")}, {},
        ReportCommands::tr("Show a list in your order with scores, computed positions and missing "
                           "values."),
        {RankCommands::listOption(), formatOption(QStringLiteral("text|json|csv")),
         coverageOption()},
        0, &ReportCommands::rank);
    registry.add(
        {QStringLiteral("stability")}, {},
        ReportCommands::tr("For each adjacent pair of the computed order, the smallest single "
                           "weight change that would swap them."),
        {RankCommands::listOption(), formatOption(), coverageOption()}, 0,
        &ReportCommands::stability);
    registry.add(
        {QStringLiteral("gutcheck")}, {},
        ReportCommands::tr("Your order against the computed one: Kendall's tau and the pairs where "
                           "they disagree."),
        {RankCommands::listOption(), formatOption(), coverageOption()}, 0,
        &ReportCommands::gutcheck);
}

} // namespace rw::cli
