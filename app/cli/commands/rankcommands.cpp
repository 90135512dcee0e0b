// criteria, rate, ratings: the yardsticks of the rank list builder and the
// user's 1-to-5 ratings. registerRankCommands() also brings in the list
// commands (listcommands.cpp) and the reports (rankreportcommands.cpp).

#include "jsonformat.h"
#include "rankcommandsupport.h"
#include "ranking/rankservice.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/uservaluerepository.h"
#include "text/displayformat.h"

#include <QJsonArray>
#include <QMap>

#include <cmath>

namespace rw::cli {

OptionSpec RankCommands::listOption()
{
    return {QStringLiteral("list"), QStringLiteral("NAME"),
            tr("the rank list (default: the first primary list)")};
}

double RankCommands::rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

void RankCommands::printWarnings(Context &context, const QList<NrmpRules::Warning> &warnings)
{
    for (const NrmpRules::Warning &warning : warnings)
        context.err << tr("warning: %1").arg(warning.message) << Qt::endl;
}

QJsonObject RankCommands::criterionJson(const Criterion &criterion, double share)
{
    return {{QStringLiteral("name"), criterion.name},
            {QStringLiteral("weight"), criterion.weight},
            {QStringLiteral("kind"), criterion.kindSpec()},
            {QStringLiteral("direction"), directionId(criterion.direction)},
            {QStringLiteral("share"), rounded(share * 100.0, 2)},
            {QStringLiteral("position"), criterion.position}};
}

namespace {

class CriteriaCommands
{
    Q_DECLARE_TR_FUNCTIONS(rw::cli::CriteriaCommands)

public:
    static int add(Context &context);
    static int list(Context &context, Database &db, const QString &format);
    static int setWeight(Context &context);
    static int setDirection(Context &context);
    static int rename(Context &context, Database &db);
    static int remove(Context &context, Database &db);
    static int suggested(Context &context, Database &db);
    static int rate(Context &context);
    static int ratings(Context &context, Database &db, const QString &format);
};

int CriteriaCommands::add(Context &context)
{
    Criterion criterion;
    auto name = CriterionRules::checkName(context.args.at(0));
    if (!name)
        return context.fail(name.error());
    criterion.name = *name;
    if (!context.options.contains(QStringLiteral("weight")))
        return context.usageError(tr("criteria add needs --weight W (a number from 0 to %1).")
                                      .arg(CriterionRules::kMaxWeight));
    auto weight = CriterionRules::parseWeight(context.option(QStringLiteral("weight")));
    if (!weight)
        return context.fail(weight.error());
    criterion.weight = *weight;
    auto kind = CriterionRules::parseKindSpec(
        context.option(QStringLiteral("kind"), QStringLiteral("rating")));
    if (!kind)
        return context.fail(kind.error());
    criterion.kind = kind->first;
    criterion.parameter = kind->second;
    if (context.flag(QStringLiteral("lower-is-better")))
        criterion.direction = Direction::LowerIsBetter;
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    auto added = CriterionRepository(**db).add(criterion);
    if (!added)
        return context.fail(added.error());
    context.out << tr("Added the criterion “%1” (%2, weight %3).")
                       .arg(added->name, added->kindDisplay(), DisplayFormat::weight(added->weight))
                << "\n";
    return Success;
}

int CriteriaCommands::list(Context &context, Database &db, const QString &format)
{
    auto criteria = CriterionRepository(db).all();
    if (!criteria)
        return context.fail(criteria.error());
    double total = 0;
    for (const Criterion &c : *criteria)
        total += c.weight;
    auto share = [&](const Criterion &c) {
        return total > 0 ? c.weight / total : 0.0;
    };
    if (format == u"json") {
        QJsonArray array;
        for (const Criterion &c : *criteria)
            array.append(RankCommands::criterionJson(c, share(c)));
        context.out << QString::fromUtf8(JsonFormat::toBytes(array));
        return Success;
    }
    if (criteria->isEmpty()) {
        context.out << tr("No criteria yet. Add some with “criteria add NAME --weight W”, or the "
                          "suggested set with “criteria suggested”.")
                    << "\n";
        return Success;
    }
    for (const Criterion &c : *criteria) {
        context.out << "  " << c.name.leftJustified(24) << " "
                    << DisplayFormat::weight(c.weight).rightJustified(6) << "  "
                    << DisplayFormat::percent(share(c)).rightJustified(6) << "  " << c.kindDisplay()
                    << ", "
                    << (c.direction == Direction::LowerIsBetter ? tr("lower is better")
                                                                : tr("higher is better"))
                    << "\n";
    }
    return Success;
}

int CriteriaCommands::setWeight(Context &context)
{
    auto weight = CriterionRules::parseWeight(context.args.at(1));
    if (!weight)
        return context.fail(weight.error());
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    CriterionRepository criteria(**db);
    auto criterion = criteria.byName(context.args.at(0));
    if (!criterion)
        return context.fail(criterion.error());
    if (auto status = criteria.setWeight(criterion->id, *weight); !status)
        return context.fail(status.error());
    context.out << tr("“%1” now weighs %2 (was %3).")
                       .arg(criterion->name, DisplayFormat::weight(*weight),
                            DisplayFormat::weight(criterion->weight))
                << "\n";
    return Success;
}

int CriteriaCommands::setDirection(Context &context)
{
    const QString value = context.args.at(1);
    Direction direction;
    if (value == u"higher")
        direction = Direction::HigherIsBetter;
    else if (value == u"lower")
        direction = Direction::LowerIsBetter;
    else
        return context.fail(
            Error::input(tr("The direction must be “higher” or “lower”, not “%1”.").arg(value)));
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    CriterionRepository criteria(**db);
    auto criterion = criteria.byName(context.args.at(0));
    if (!criterion)
        return context.fail(criterion.error());
    if (auto status = criteria.setDirection(criterion->id, direction); !status)
        return context.fail(status.error());
    context.out << (direction == Direction::LowerIsBetter ? tr("For “%1”, lower is now better.")
                                                          : tr("For “%1”, higher is now better."))
                       .arg(criterion->name)
                << "\n";
    return Success;
}

int CriteriaCommands::rename(Context &context, Database &db)
{
    CriterionRepository criteria(db);
    auto criterion = criteria.byName(context.args.at(0));
    if (!criterion)
        return context.fail(criterion.error());
    if (auto status = criteria.rename(criterion->id, context.args.at(1)); !status)
        return context.fail(status.error());
    context.out << tr("Renamed “%1” to “%2”.").arg(criterion->name, context.args.at(1).trimmed())
                << "\n";
    return Success;
}

int CriteriaCommands::remove(Context &context, Database &db)
{
    CriterionRepository criteria(db);
    auto criterion = criteria.byName(context.args.at(0));
    if (!criterion)
        return context.fail(criterion.error());
    auto ratings = criteria.ratingsFor(criterion->id);
    if (!ratings)
        return context.fail(ratings.error());
    if (auto status = criteria.remove(criterion->id); !status)
        return context.fail(status.error());
    context.out << tr("Removed the criterion “%1” and its %n rating(s).", nullptr,
                      int(ratings->size()))
                       .arg(criterion->name)
                << "\n";
    return Success;
}

int CriteriaCommands::suggested(Context &context, Database &db)
{
    auto added = RankService(db).addSuggestedCriteria();
    if (!added)
        return context.fail(added.error());
    if (added->isEmpty()) {
        context.out << tr("Every suggested criterion is already there.") << "\n";
        return Success;
    }
    QStringList names;
    for (const Criterion &c : *added)
        names.append(c.name);
    context.out << tr("Added %n criteria: %1.", nullptr, int(added->size()))
                       .arg(names.join(QStringLiteral(", ")))
                << "\n";
    return Success;
}

int CriteriaCommands::rate(Context &context)
{
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    auto track = RankListRepository(**db).track(context.args.at(0));
    if (!track)
        return context.fail(track.error());
    auto criterion = CriterionRepository(**db).byName(context.args.at(1));
    if (!criterion)
        return context.fail(criterion.error());
    auto value = UserValueRepository::parse(*criterion, context.args.at(2));
    if (!value)
        return context.fail(value.error());
    if (auto status = UserValueRepository(**db).set(track->id, criterion->id, *value); !status)
        return context.fail(status.error());
    if (!*value) {
        context.out << tr("Cleared your value of %1 on “%2”.").arg(track->label, criterion->name);
    } else if (criterion->kind == CriterionKind::Feature) {
        context.out << (**value > 0 ? tr("Set %1 to Yes on “%2”.") : tr("Set %1 to No on “%2”."))
                           .arg(track->label, criterion->name);
    } else {
        context.out << tr("Set %1 to %2 on “%3”.")
                           .arg(track->label, DisplayFormat::number(**value, 4), criterion->name);
    }
    context.out << "\n";
    return Success;
}

int CriteriaCommands::ratings(Context &context, Database &db, const QString &format)
{
    CriterionRepository criteria(db);
    auto all = criteria.all();
    if (!all)
        return context.fail(all.error());
    auto ratings = criteria.ratings();
    if (!ratings)
        return context.fail(ratings.error());
    auto userValues = UserValueRepository(db).all();
    if (!userValues)
        return context.fail(userValues.error());
    QHash<qint64, int> criterionIndex;
    for (qsizetype k = 0; k < all->size(); ++k)
        criterionIndex.insert(all->at(k).id, int(k));
    RankListRepository lists(db);
    QHash<qint64, TrackRef> tracks;

    // Every value scoring uses: the user's (ratings and their values of
    // facts, on any track) and the catalog's facts of the tracks on lists.
    // Sorted by criterion, then track key.
    struct Row
    {
        QString trackKey;
        int criterion = 0;
        double value = 0;
        ListAnalysis::Origin origin;
    };
    QMap<std::pair<int, QString>, Row> rows;
    auto addMine = [&](qint64 trackId, qint64 criterionId, double value) -> Status {
        if (!tracks.contains(trackId)) {
            auto track = lists.track(trackId);
            if (!track)
                return track.error();
            tracks.insert(trackId, *track);
        }
        const int k = criterionIndex.value(criterionId, -1);
        if (k < 0)
            return {};
        const QString &key = tracks[trackId].key;
        rows.insert({k, key}, {key, k, value, {ListAnalysis::Source::You, {}, {}}});
        return {};
    };
    for (const Rating &rating : *ratings) {
        if (Status status = addMine(rating.trackId, rating.criterionId, rating.value); !status)
            return context.fail(status.error());
    }
    for (const UserValue &value : *userValues) {
        if (Status status = addMine(value.trackId, value.criterionId, value.value); !status)
            return context.fail(status.error());
    }
    auto rankLists = lists.all();
    if (!rankLists)
        return context.fail(rankLists.error());
    RankService service(db);
    for (const RankList &list : *rankLists) {
        auto a = service.analyse(list.id);
        if (!a)
            return context.fail(a.error());
        for (int e = 0; e < a->entryCount(); ++e) {
            const QString &key = a->entries().at(e).trackKey;
            for (int k = 0; k < a->criterionCount(); ++k) {
                const auto origin = a->origin(e, k);
                auto it = rows.find({k, key});
                if (it != rows.end()) {
                    it->origin.catalogValue = origin.catalogValue; // the suggestion
                    it->origin.catalogSource = origin.catalogSource;
                } else if (origin.source == ListAnalysis::Source::Catalog) {
                    rows.insert({k, key}, {key, k, *a->rawValue(e, k), origin});
                }
            }
        }
    }

    QJsonArray array;
    for (const Row &row : std::as_const(rows)) {
        const QString &name = all->at(row.criterion).name;
        const QString source = ListAnalysis::sourceId(row.origin.source);
        if (format == u"json") {
            QJsonObject object {{QStringLiteral("track_key"), row.trackKey},
                                {QStringLiteral("criterion"), name},
                                {QStringLiteral("value"), row.value},
                                {QStringLiteral("source"), source}};
            if (all->at(row.criterion).kind != CriterionKind::Rating) {
                object.insert(QStringLiteral("catalog_value"),
                              JsonFormat::nullable(row.origin.catalogValue));
                object.insert(QStringLiteral("catalog_source"),
                              JsonFormat::nullable(row.origin.catalogSource));
            }
            array.append(object);
        } else {
            context.out << "  " << row.trackKey << "  " << name << ": "
                        << DisplayFormat::number(row.value, 4) << "  ("
                        << (row.origin.source == ListAnalysis::Source::You
                                ? tr("you")
                                : tr("catalog, %1").arg(row.origin.catalogSource))
                        << ")\n";
        }
    }
    if (format == u"json")
        context.out << QString::fromUtf8(JsonFormat::toBytes(array));
    return Success;
}

} // namespace

void registerCriteriaCommands(CommandRegistry &registry)
{
    const QString kinds = QStringLiteral("rating|attribute:FIELD|feature:CATEGORY");
    registry.add(
        {QStringLiteral("criteria"), QStringLiteral("add")}, QStringLiteral("NAME"),
        CriteriaCommands::tr("Add a criterion. FIELD is one of %1; CATEGORY a curriculum category.")
            .arg(CriterionAttributes::ids().join(QStringLiteral(", "))),
        {{QStringLiteral("weight"), QStringLiteral("W"),
          CriteriaCommands::tr("its weight, a number from 0 to 1000 (required)")},
         {QStringLiteral("kind"), kinds, CriteriaCommands::tr("what it measures (default rating)")},
         {QStringLiteral("lower-is-better"),
          {},
          CriteriaCommands::tr("smaller values are better")}},
        1, &CriteriaCommands::add);
    registry.add(
        {QStringLiteral("criteria"), QStringLiteral("list")}, {},
        CriteriaCommands::tr("List the criteria with their weights and shares of the total."),
        {formatOption()}, 0, withFormatAndDatabase(&CriteriaCommands::list));
    registry.add({QStringLiteral("criteria"), QStringLiteral("set-weight")},
                 QStringLiteral("NAME W"),
                 CriteriaCommands::tr("Change a criterion's weight (0 to 1000)."), {}, 2,
                 &CriteriaCommands::setWeight);
    registry.add({QStringLiteral("criteria"), QStringLiteral("set-direction")},
                 QStringLiteral("NAME higher|lower"),
                 CriteriaCommands::tr("Say whether higher or lower values are better."), {}, 2,
                 &CriteriaCommands::setDirection);
    registry.add({QStringLiteral("criteria"), QStringLiteral("rename")},
                 QStringLiteral("NAME NEW_NAME"), CriteriaCommands::tr("Rename a criterion."), {},
                 2, withDatabase(&CriteriaCommands::rename));
    registry.add({QStringLiteral("criteria"), QStringLiteral("remove")}, QStringLiteral("NAME"),
                 CriteriaCommands::tr("Remove a criterion and its ratings."), {}, 1,
                 withDatabase(&CriteriaCommands::remove));
    registry.add({QStringLiteral("criteria"), QStringLiteral("suggested")}, {},
                 CriteriaCommands::tr("Add the suggested starting criteria (those not there yet)."),
                 {}, 0, withDatabase(&CriteriaCommands::suggested));
    registry.add(
        {QStringLiteral("rate")}, QStringLiteral("TRACK_KEY CRITERION VALUE"),
        CriteriaCommands::tr("Give a track your value on any criterion: 1 to 5 for a rating, yes "
                             "or no for a feature, a number for an attribute; VALUE “none” "
                             "clears yours (back to the catalog's)."),
        {}, 3, &CriteriaCommands::rate);
    registry.add({QStringLiteral("ratings")}, {},
                 CriteriaCommands::tr("List every value scoring uses, yours and the "
                                      "catalog's, with where each comes from."),
                 {formatOption()}, 0, withFormatAndDatabase(&CriteriaCommands::ratings));
}

void registerRankCommands(CommandRegistry &registry)
{
    registerCriteriaCommands(registry);
    registerListCommands(registry);
    registerRankReportCommands(registry);
}

} // namespace rw::cli
