#include "rank/rankcontroller.h"

#include "rank/rankdocument.h"
#include "ranking/rankservice.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/ranklistrepository.h"
#include "storage/snapshotrepository.h"
#include "undo/addcriterioncommand.h"
#include "undo/createlistcommand.h"
#include "undo/deletelistcommand.h"
#include "undo/entrycommands.h"
#include "undo/removecriterioncommand.h"
#include "undo/renamecriterioncommand.h"
#include "undo/restoresnapshotcommand.h"
#include "undo/setcriteriondirectioncommand.h"
#include "undo/setcriterionweightcommand.h"
#include "undo/setratingcommand.h"
#include "undo/sortbyscorecommand.h"
#include "undo/takesnapshotcommand.h"

#include <QUndoStack>

using namespace rw;

RankController::RankController(RankDocument *document, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_undoStack(undoStack)
{ }

Status RankController::refuse(const Error &error)
{
    Q_EMIT refused(error.message);
    return error;
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
    m_undoStack->push(new AddCriterionCommand(m_document, checked));
    return {};
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
    m_undoStack->beginMacro(tr("Add the suggested criteria"));
    for (const Criterion &criterion : std::as_const(missing))
        m_undoStack->push(new AddCriterionCommand(m_document, criterion));
    m_undoStack->endMacro();
    return {};
}

Status RankController::removeCriterion(qint64 criterionId)
{
    const Criterion *criterion = m_document->criterion(criterionId);
    if (!criterion)
        return refuse(Error::notFound(tr("That criterion no longer exists.")));
    auto ratings = CriterionRepository(m_document->database()).ratingsFor(criterionId);
    if (!ratings)
        return refuse(ratings.error());
    m_undoStack->push(new RemoveCriterionCommand(m_document, *criterion, *ratings));
    return {};
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
        m_document->applyWeight(criterionId, weight); // drop a preview that came back
        return {};
    }
    m_undoStack->push(new SetCriterionWeightCommand(m_document, criterionId, criterion->name,
                                                    stored->weight, weight));
    return {};
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
    m_undoStack->push(
        new RenameCriterionCommand(m_document, criterionId, criterion->name, *checked));
    return {};
}

Status RankController::setDirection(qint64 criterionId, Direction direction)
{
    const Criterion *criterion = m_document->criterion(criterionId);
    if (!criterion)
        return refuse(Error::notFound(tr("That criterion no longer exists.")));
    if (criterion->direction == direction)
        return {};
    m_undoStack->push(new SetCriterionDirectionCommand(m_document, *criterion, direction));
    return {};
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
    m_undoStack->push(new SetRatingCommand(m_document, trackId, criterionId, *before, value, text));
    return {};
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
    m_undoStack->push(new CreateListCommand(m_document, *checked, kind));
    return {};
}

Status RankController::deleteCurrentList()
{
    const RankList *list = m_document->currentList();
    if (!list)
        return refuse(Error::notFound(tr("There is no list to delete.")));
    auto order = RankListRepository(m_document->database()).order(list->id);
    if (!order)
        return refuse(order.error());
    m_undoStack->push(new DeleteListCommand(m_document, *list, *order, m_document->snapshots()));
    return {};
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
    m_undoStack->push(new AddEntryCommand(m_document, list->id, *order, *after, *track));
    return {};
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
    m_undoStack->push(new MoveEntryCommand(m_document, list->id, *order, *after, *track, position));
    return {};
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
    m_undoStack->push(new SetPinnedCommand(m_document, list->id, *order, *after, *track, pinned));
    return {};
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
    m_undoStack->push(new RemoveEntryCommand(m_document, list->id, *order, *after, *track));
    return {};
}

Status RankController::sortByScore()
{
    auto order = currentOrder();
    if (!order)
        return refuse(order.error());
    m_undoStack->push(new SortByScoreCommand(m_document, m_document->currentListId(), *order));
    return {};
}

Status RankController::takeSnapshot(const QString &label)
{
    if (!m_document->currentList())
        return refuse(Error::notFound(tr("Create a rank list first.")));
    auto checked = SnapshotRepository::checkLabel(label);
    if (!checked)
        return refuse(checked.error());
    m_undoStack->push(new TakeSnapshotCommand(m_document, m_document->currentListId(), *checked));
    return {};
}

Status RankController::restoreSnapshot(qint64 snapshotId)
{
    auto order = currentOrder();
    if (!order)
        return refuse(order.error());
    for (const Snapshot &snapshot : m_document->snapshots()) {
        if (snapshot.id == snapshotId) {
            m_undoStack->push(new RestoreSnapshotCommand(m_document, snapshot, *order));
            return {};
        }
    }
    return refuse(Error::notFound(tr("That snapshot no longer exists.")));
}
