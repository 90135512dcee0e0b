#include "rank/rankcontroller.h"

#include "rank/rankdocument.h"
#include "ranking/rankservice.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/ranklistrepository.h"
#include "storage/snapshotrepository.h"
#include "storage/uservaluerepository.h"
#include "text/displayformat.h"
#include "undo/rankcommands.h"
#include "undo/valuecommands.h"

using namespace rw;

RankController::RankController(Workspace *workspace, RankDocument *document, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_document(document)
{ }

Status RankController::refuse(const Error &error)
{
    Q_EMIT refused(error.message);
    return error;
}

Status RankController::push(DatabaseCommand *command)
{
    if (Status status = m_workspace->push(command); !status)
        return refuse(status.error());
    return {};
}

Status RankController::addCriterion(const Criterion &criterion)
{
    Criterion checked = criterion;
    auto name = CriterionRules::checkName(criterion.name);
    if (!name)
        return refuse(name.error());
    checked.name = *name;
    if (auto weight = CriterionRules::checkWeight(criterion.weight); !weight)
        return refuse(weight.error());
    if (auto kind = CriterionRules::parseKindSpec(criterion.kindSpec()); !kind)
        return refuse(kind.error());
    for (const Criterion &existing : m_document->criteria()) {
        if (existing.name.compare(checked.name, Qt::CaseInsensitive) == 0)
            return refuse(
                Error::conflict(tr("There is already a criterion named “%1”.").arg(existing.name)));
    }
    checked.id = 0;
    return push(new AddCriteriaCommand(m_workspace, {checked}));
}

Status RankController::addSuggestedCriteria()
{
    QList<Criterion> missing;
    for (const Criterion &suggestion : suggestedCriteria()) {
        bool taken = false;
        for (const Criterion &existing : m_document->criteria())
            taken = taken || existing.name.compare(suggestion.name, Qt::CaseInsensitive) == 0;
        if (!taken)
            missing.append(suggestion);
    }
    if (missing.isEmpty())
        return refuse(Error::conflict(tr("Every suggested criterion is already there.")));
    return push(new AddCriteriaCommand(m_workspace, missing));
}

Status RankController::removeCriterion(qint64 criterionId)
{
    const Criterion *criterion = m_document->criterion(criterionId);
    if (!criterion)
        return refuse(Error::notFound(tr("That criterion no longer exists.")));
    auto ratings = CriterionRepository(m_document->database()).ratingsFor(criterionId);
    if (!ratings)
        return refuse(ratings.error());
    return push(new RemoveCriterionCommand(m_workspace, *criterion, *ratings));
}

Status RankController::setWeight(qint64 criterionId, double weight)
{
    const Criterion *criterion = m_document->criterion(criterionId);
    if (!criterion)
        return refuse(Error::notFound(tr("That criterion no longer exists.")));
    if (auto status = CriterionRules::checkWeight(weight); !status)
        return refuse(status.error());
    // The stored weight, not a previewed one, is what undo goes back to.
    auto stored = CriterionRepository(m_document->database()).byId(criterionId);
    if (!stored)
        return refuse(stored.error());
    if (stored->weight == weight) {
        m_document->reloadWeights(); // drop a preview that came back
        return {};
    }
    return push(new ChangeValue(m_workspace, Values::weight,
                                tr("Set weight of “%1”").arg(criterion->name), criterionId,
                                stored->weight, weight));
}

Status RankController::renameCriterion(qint64 criterionId, const QString &name)
{
    const Criterion *criterion = m_document->criterion(criterionId);
    if (!criterion)
        return refuse(Error::notFound(tr("That criterion no longer exists.")));
    auto checked = CriterionRules::checkName(name);
    if (!checked)
        return refuse(checked.error());
    if (*checked == criterion->name)
        return {};
    for (const Criterion &existing : m_document->criteria()) {
        if (existing.id != criterionId && existing.name.compare(*checked, Qt::CaseInsensitive) == 0)
            return refuse(
                Error::conflict(tr("There is already a criterion named “%1”.").arg(existing.name)));
    }
    return push(new ChangeValue(m_workspace, Values::criterionName,
                                tr("Rename criterion “%1” to “%2”").arg(criterion->name, *checked),
                                criterionId, criterion->name, *checked));
}

Status RankController::setDirection(qint64 criterionId, Direction direction)
{
    const Criterion *criterion = m_document->criterion(criterionId);
    if (!criterion)
        return refuse(Error::notFound(tr("That criterion no longer exists.")));
    if (criterion->direction == direction)
        return {};
    const QString text = direction == Direction::LowerIsBetter
        ? tr("Lower is better for “%1”").arg(criterion->name)
        : tr("Higher is better for “%1”").arg(criterion->name);
    return push(new ChangeValue(m_workspace, Values::direction, text, criterionId,
                                criterion->direction, direction));
}

Status RankController::setRating(qint64 trackId, qint64 criterionId, std::optional<int> value)
{
    const Criterion *criterion = m_document->criterion(criterionId);
    if (!criterion)
        return refuse(Error::notFound(tr("That criterion no longer exists.")));
    if (criterion->kind != CriterionKind::Rating) {
        return refuse(Error::input(tr("“%1” comes from the program facts (%2); it is not "
                                      "rated by you.")
                                       .arg(criterion->name, criterion->kindDisplay())));
    }
    if (value) {
        if (auto status = CriterionRepository::checkRating(*value); !status)
            return refuse(status.error());
    }
    CriterionRepository criteria(m_document->database());
    auto before = criteria.rating(trackId, criterionId);
    if (!before)
        return refuse(before.error());
    if (*before == value)
        return {};
    auto track = RankListRepository(m_document->database()).track(trackId);
    if (!track)
        return refuse(track.error());
    const QString text = value
        ? tr("Rate %1 %2 on “%3”").arg(track->label).arg(*value).arg(criterion->name)
        : tr("Clear the rating of %1 on “%2”").arg(track->label, criterion->name);
    return push(new ChangeValue(m_workspace, Values::rating, text,
                                Values::RatingKey {trackId, criterionId}, *before, value));
}

Status RankController::setValue(qint64 trackId, qint64 criterionId, std::optional<double> value)
{
    const Criterion *criterion = m_document->criterion(criterionId);
    if (!criterion)
        return refuse(Error::notFound(tr("That criterion no longer exists.")));
    if (criterion->kind == CriterionKind::Rating)
        return setRating(trackId, criterionId,
                         value ? std::optional<int>(int(*value)) : std::nullopt);
    if (value) {
        if (auto status = UserValueRepository::check(*criterion, *value); !status)
            return refuse(status.error());
    }
    auto before = UserValueRepository(m_document->database()).value(trackId, criterionId);
    if (!before)
        return refuse(before.error());
    if (*before == value)
        return {};
    auto track = RankListRepository(m_document->database()).track(trackId);
    if (!track)
        return refuse(track.error());
    QString text;
    if (!value)
        text = tr("Clear your value of %1 on “%2”").arg(track->label, criterion->name);
    else if (criterion->kind == CriterionKind::Feature)
        text = (*value > 0 ? tr("Set %1 to Yes on “%2”") : tr("Set %1 to No on “%2”"))
                   .arg(track->label, criterion->name);
    else
        text = tr("Set %1 to %2 on “%3”")
                   .arg(track->label, DisplayFormat::criterionValue(*criterion, value),
                        criterion->name);
    return push(new ChangeValue(m_workspace, Values::userValue, text,
                                Values::RatingKey {trackId, criterionId}, *before, value));
}

Status RankController::createList(const QString &name, RankListKind kind)
{
    auto checked = RankListRepository::checkName(name);
    if (!checked)
        return refuse(checked.error());
    for (const RankList &list : m_document->lists()) {
        if (list.name.compare(*checked, Qt::CaseInsensitive) == 0)
            return refuse(
                Error::conflict(tr("There is already a rank list named “%1”.").arg(list.name)));
    }
    return push(new CreateListCommand(m_workspace, *checked, kind));
}

Status RankController::deleteCurrentList()
{
    const RankList *list = m_document->currentList();
    if (!list)
        return refuse(Error::notFound(tr("There is no list to delete.")));
    auto order = RankListRepository(m_document->database()).order(list->id);
    if (!order)
        return refuse(order.error());
    return push(new DeleteListCommand(m_workspace, *list, *order, m_document->snapshots()));
}

Status RankController::changeOrder(qint64 listId, const ListOrder &before, const ListOrder &after,
                                   const QString &text)
{
    return push(new ChangeValue(m_workspace, Values::listOrder, text, listId, before, after));
}

Result<ListOrder> RankController::currentOrder() const
{
    const RankList *list = m_document->currentList();
    if (!list)
        return Error::notFound(tr("Create a rank list first."));
    return RankListRepository(m_document->database()).order(list->id);
}

Status RankController::addTrack(const QString &trackKey, std::optional<int> position)
{
    auto order = currentOrder();
    if (!order)
        return refuse(order.error());
    auto track = RankListRepository(m_document->database()).track(trackKey);
    if (!track)
        return refuse(track.error());
    const RankList *list = m_document->currentList();
    auto after = RankService::planAdd(*order, *track, position, list->name);
    if (!after)
        return refuse(after.error());
    return changeOrder(list->id, *order, *after, tr("Add %1").arg(track->label));
}

Status RankController::moveEntry(qint64 trackId, int position)
{
    auto order = currentOrder();
    if (!order)
        return refuse(order.error());
    auto track = RankListRepository(m_document->database()).track(trackId);
    if (!track)
        return refuse(track.error());
    const RankList *list = m_document->currentList();
    auto after = RankService::planMove(*order, *track, position, list->name);
    if (!after)
        return refuse(after.error());
    if (*after == *order)
        return {};
    return changeOrder(list->id, *order, *after,
                       tr("Move %1 to rank %2").arg(track->label).arg(position));
}

Status RankController::setPinned(qint64 trackId, bool pinned)
{
    auto order = currentOrder();
    if (!order)
        return refuse(order.error());
    auto track = RankListRepository(m_document->database()).track(trackId);
    if (!track)
        return refuse(track.error());
    const RankList *list = m_document->currentList();
    auto after = RankService::planSetPinned(*order, *track, pinned, list->name);
    if (!after)
        return refuse(after.error());
    if (*after == *order)
        return {};
    return changeOrder(list->id, *order, *after,
                       (pinned ? tr("Pin %1") : tr("Unpin %1")).arg(track->label));
}

Status RankController::togglePinned(qint64 trackId)
{
    auto order = currentOrder();
    if (!order)
        return refuse(order.error());
    for (const EntryState &entry : std::as_const(*order)) {
        if (entry.trackId == trackId)
            return setPinned(trackId, !entry.pinned);
    }
    return refuse(Error::notFound(tr("That entry is no longer on the list.")));
}

Status RankController::removeEntry(qint64 trackId)
{
    auto order = currentOrder();
    if (!order)
        return refuse(order.error());
    auto track = RankListRepository(m_document->database()).track(trackId);
    if (!track)
        return refuse(track.error());
    const RankList *list = m_document->currentList();
    auto after = RankService::planRemove(*order, *track, list->name);
    if (!after)
        return refuse(after.error());
    return changeOrder(list->id, *order, *after, tr("Remove %1").arg(track->label));
}

Status RankController::sortByScore()
{
    auto order = currentOrder();
    if (!order)
        return refuse(order.error());
    return push(ReorderCommand::sortByScore(m_workspace, m_document->currentListId(), *order));
}

Status RankController::takeSnapshot(const QString &label)
{
    if (!m_document->currentList())
        return refuse(Error::notFound(tr("Create a rank list first.")));
    auto checked = SnapshotRepository::checkLabel(label);
    if (!checked)
        return refuse(checked.error());
    return push(new TakeSnapshotCommand(m_workspace, m_document->currentListId(), *checked));
}

Status RankController::restoreSnapshot(qint64 snapshotId)
{
    auto order = currentOrder();
    if (!order)
        return refuse(order.error());
    for (const Snapshot &snapshot : m_document->snapshots()) {
        if (snapshot.id == snapshotId)
            return push(ReorderCommand::restoreSnapshot(m_workspace, snapshot, *order));
    }
    return refuse(Error::notFound(tr("That snapshot no longer exists.")));
}
