// rank, stability, gutcheck: a list with its scores and computed order, and
// the two decision aids.

#include "jsonformat.h"
#include "rankcommandsupport.h"
#include "ranking/rankservice.h"
#include "storage/database.h"

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
    return service.analyse(list->id);
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
                {QStringLiteral("score"),
                 score ? QJsonValue(RankCommands::rounded(*score)) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("missing"), QJsonArray::fromStringList(a.missing(e))},
                {QStringLiteral("pinned"), entry.pinned},
                {QStringLiteral("withdrawn"), entry.withdrawn}});
        }
        context.out << QString::fromUtf8(JsonFormat::toBytes(array));
        return Success;
    }
    if (*format == u"csv") {
        context.out << "position,computed_position,track_key,program,track,nrmp_code,score,"
                       "missing,pinned,withdrawn\r\n";
        for (int e = 0; e < a.entryCount(); ++e) {
            const RankEntry &entry = a.entries().at(e);
            const auto score = a.score(e);
            const auto computed = a.computedPosition(e);
            QStringList fields {QString::number(entry.position),
                                computed ? QString::number(*computed) : QString(),
                                csvField(entry.trackKey),
                                csvField(entry.programName),
                                csvField(entry.trackName),
                                csvField(entry.nrmpCode),
                                score ? RankCommands::number(*score, 2) : QString(),
                                csvField(a.missing(e).join(QStringLiteral("; "))),
                                entry.pinned ? QStringLiteral("true") : QStringLiteral("false"),
                                entry.withdrawn ? QStringLiteral("true") : QStringLiteral("false")};
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
        context.out
            << "  " << QString::number(entry.position).rightJustified(4) << "  "
            << (score ? RankCommands::number(*score, 1) : QStringLiteral("–")).rightJustified(5)
            << "  " << place.leftJustified(12) << entry.label() << "  [" << entry.trackKey << "]";
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
             RankCommands::number(std::abs(change), 2));
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
        context.out << QString::fromUtf8(JsonFormat::toBytes(array));
        return Success;
    }
    if (pairs.empty()) {
        context.out
            << tr("Rank stability needs at least two scored entries on “%1”.").arg(a.list().name)
            << "\n";
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
                           .arg(RankCommands::number(pair.margin * 100.0, 1), swapText(a, pair))
                    << "\n";
    }
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
    for (int e = 0; e < a.entryCount(); ++e) {
        if (!a.isScored(e))
            unscored.append(a.entries().at(e).trackKey);
    }
    if (*format == u"json") {
        QJsonArray disagreements;
        for (const auto &[higher, scoredHigher] : agreement.disagreements) {
            disagreements.append(QJsonArray {a.entries().at(higher).trackKey,
                                             a.entries().at(scoredHigher).trackKey});
        }
        context.out << QString::fromUtf8(JsonFormat::toBytes(
            QJsonObject {{QStringLiteral("kendall_tau"),
                          agreement.tau ? QJsonValue(RankCommands::rounded(*agreement.tau, 6))
                                        : QJsonValue(QJsonValue::Null)},
                         {QStringLiteral("disagreements"), disagreements},
                         {QStringLiteral("pairs"), agreement.pairs},
                         {QStringLiteral("concordant"), agreement.concordant},
                         {QStringLiteral("discordant"), agreement.discordant},
                         {QStringLiteral("tied_pairs"), agreement.tiedPairs},
                         {QStringLiteral("unscored"), QJsonArray::fromStringList(unscored)}}));
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
                       .arg(RankCommands::number(*agreement.tau, 2))
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
                                    RankCommands::number(*a.score(scoredHigher), 1),
                                    RankCommands::number(*a.score(higher), 1))
                        << "\n";
        }
    }
    if (!unscored.isEmpty())
        context.out << tr("Not scored, left out: %1").arg(unscored.join(QStringLiteral(", ")))
                    << "\n";
    return Success;
}

} // namespace

void registerRankReportCommands(CommandRegistry &registry)
{
    registry.add(
        {QStringLiteral("rank")}, {},
        ReportCommands::tr("Show a list in your order with scores, computed positions and missing "
                           "values."),
        {RankCommands::listOption(), formatOption(QStringLiteral("text|json|csv"))}, 0,
        &ReportCommands::rank);
    registry.add(
        {QStringLiteral("stability")}, {},
        ReportCommands::tr("For each adjacent pair of the computed order, the smallest single "
                           "weight change that would swap them."),
        {RankCommands::listOption(), formatOption()}, 0, &ReportCommands::stability);
    registry.add(
        {QStringLiteral("gutcheck")}, {},
        ReportCommands::tr("Your order against the computed one: Kendall's tau and the pairs where "
                           "they disagree."),
        {RankCommands::listOption(), formatOption()}, 0, &ReportCommands::gutcheck);
}

} // namespace rw::cli
