#include "undo/valuecommands.h"

#include "ranking/rankservice.h"
#include "storage/criterionrepository.h"
#include "storage/programrepository.h"
#include "storage/siterepository.h"
#include "storage/trackrepository.h"
#include "storage/uservaluerepository.h"
#include "util/keys.h"

using namespace rw;

namespace Values {

namespace {

enum MergeId {
    WeightId = 0x52570001,
    CriterionNameId,
    DirectionId,
    RatingId,
    UserValueId,
    ProgramId,
    TrackId,
    SiteId,
};

template<Workspace::Change What>
Workspace::Changed rankChange(const auto &)
{
    return {What};
}

template<Workspace::Change What>
Workspace::Changed programChange(const QString &key)
{
    return {What, key};
}

} // namespace

const ValueProperty<qint64, double> weight {
    WeightId,
    [](Database &db, const qint64 &id, const double &value) {
        return CriterionRepository(db).setWeight(id, value);
    },
    rankChange<Workspace::Weights>,
};

const ValueProperty<qint64, QString> criterionName {
    CriterionNameId,
    [](Database &db, const qint64 &id, const QString &value) {
        return CriterionRepository(db).rename(id, value);
    },
    rankChange<Workspace::Criteria>,
};

const ValueProperty<qint64, Direction> direction {
    DirectionId,
    [](Database &db, const qint64 &id, const Direction &value) {
        return CriterionRepository(db).setDirection(id, value);
    },
    rankChange<Workspace::Criteria>,
};

const ValueProperty<RatingKey, std::optional<int>> rating {
    RatingId,
    [](Database &db, const RatingKey &key, const std::optional<int> &value) {
        return CriterionRepository(db).setRating(key.first, key.second, value);
    },
    rankChange<Workspace::Ratings>,
};

const ValueProperty<RatingKey, std::optional<double>> userValue {
    UserValueId,
    [](Database &db, const RatingKey &key, const std::optional<double> &value) {
        return UserValueRepository(db).set(key.first, key.second, value);
    },
    rankChange<Workspace::Ratings>,
};

const ValueProperty<qint64, ListOrder> listOrder {
    -1,
    [](Database &db, const qint64 &listId, const ListOrder &order) {
        return RankService(db).applyOrder(listId, order);
    },
    rankChange<Workspace::Entries>,
};

const ValueProperty<QString, Program> program {
    ProgramId,
    [](Database &db, const QString &, const Program &value) {
        return ProgramRepository(db).updateProgram(value);
    },
    programChange<Workspace::Programs>,
};

const ValueProperty<QString, Track> track {
    TrackId,
    [](Database &db, const QString &, const Track &value) {
        return TrackRepository(db).update(value);
    },
    programChange<Workspace::Tracks>,
};

const ValueProperty<QString, ContinuitySite> site {
    SiteId,
    [](Database &db, const QString &, const ContinuitySite &value) {
        return SiteRepository(db).update(value);
    },
    programChange<Workspace::Sites>,
};

} // namespace Values
