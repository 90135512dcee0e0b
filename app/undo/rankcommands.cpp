#include "undo/rankcommands.h"

#include "ranking/rankservice.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/ranklistrepository.h"
#include "storage/snapshotrepository.h"
#include "text/displayformat.h"

using namespace rw;

AddCriteriaCommand::AddCriteriaCommand(Workspace *workspace, const QList<Criterion> &criteria)
    : DatabaseCommand(workspace,
                      criteria.size() == 1
                          ? tr("Add criterion “%1”").arg(criteria.constFirst().name)
                          : tr("Add the suggested criteria"))
    , m_criteria(criteria)
{ }

Status AddCriteriaCommand::doRedo()
{
    return database().write([&]() -> Status {
        CriterionRepository criteria(database());
        for (Criterion &criterion : m_criteria) {
            if (criterion.id != 0) {
                if (Status restored = criteria.restore(criterion, {}); !restored)
                    return restored;
                continue;
            }
            auto added = criteria.add(criterion);
            if (!added)
                return added.error();
            criterion = *added;
        }
        return {};
    });
}

Status AddCriteriaCommand::doUndo()
{
    return database().write([&]() -> Status {
        CriterionRepository criteria(database());
        for (const Criterion &criterion : std::as_const(m_criteria)) {
            if (Status removed = criteria.remove(criterion.id); !removed)
                return removed;
        }
        return {};
    });
}

RemoveCriterionCommand::RemoveCriterionCommand(Workspace *workspace, const Criterion &criterion,
                                               const QList<Rating> &ratings)
    : DatabaseCommand(workspace, tr("Remove criterion “%1”").arg(criterion.name))
    , m_criterion(criterion)
    , m_ratings(ratings)
{ }

Status RemoveCriterionCommand::doRedo()
{
    return database().write([&]() -> Status {
        auto values = UserValueRepository(database()).forCriterion(m_criterion.id);
        if (!values)
            return values.error();
        m_userValues = *values;
        return CriterionRepository(database()).remove(m_criterion.id);
    });
}

Status RemoveCriterionCommand::doUndo()
{
    return database().write([&]() -> Status {
        if (Status restored = CriterionRepository(database()).restore(m_criterion, m_ratings);
            !restored)
            return restored;
        return UserValueRepository(database()).restore(m_userValues);
    });
}

CreateListCommand::CreateListCommand(Workspace *workspace, const QString &name, RankListKind kind)
    : DatabaseCommand(workspace, tr("Create list “%1”").arg(name))
{
    m_list.name = name;
    m_list.kind = kind;
}

Status CreateListCommand::doRedo()
{
    RankListRepository lists(database());
    if (m_list.id != 0)
        return lists.restore(m_list, {}, {});
    auto created = lists.create(m_list.name, m_list.kind);
    if (!created)
        return created.error();
    m_list = *created;
    return {};
}

Status CreateListCommand::doUndo()
{
    return RankListRepository(database()).remove(m_list.id);
}

Workspace::Changed CreateListCommand::changed() const
{
    return {Workspace::Lists, {}, isDone() ? m_list.id : 0};
}

DeleteListCommand::DeleteListCommand(Workspace *workspace, const RankList &list,
                                     const ListOrder &order, const QList<Snapshot> &snapshots)
    : DatabaseCommand(workspace, tr("Delete list “%1”").arg(list.name))
    , m_list(list)
    , m_order(order)
    , m_snapshots(snapshots)
{ }

Status DeleteListCommand::doRedo()
{
    return RankListRepository(database()).remove(m_list.id);
}

Status DeleteListCommand::doUndo()
{
    return RankListRepository(database()).restore(m_list, m_order, m_snapshots);
}

Workspace::Changed DeleteListCommand::changed() const
{
    return {Workspace::Lists, {}, isDone() ? 0 : m_list.id};
}

ReorderCommand::ReorderCommand(Workspace *workspace, const QString &text, qint64 listId,
                               const ListOrder &before, First first)
    : DatabaseCommand(workspace, text)
    , m_listId(listId)
    , m_before(before)
    , m_first(std::move(first))
{ }

ReorderCommand *ReorderCommand::sortByScore(Workspace *workspace, qint64 listId,
                                            const ListOrder &before)
{
    return new ReorderCommand(workspace, tr("Sort by score"), listId, before,
                              [listId](Database &db) -> Result<Made> {
                                  auto automatic = RankService(db).sortByScore(listId);
                                  if (!automatic)
                                      return automatic.error();
                                  auto after = RankListRepository(db).order(listId);
                                  if (!after)
                                      return after.error();
                                  return Made {*automatic, *after};
                              });
}

ReorderCommand *ReorderCommand::restoreSnapshot(Workspace *workspace, const Snapshot &snapshot,
                                                const ListOrder &before)
{
    const QString when = DisplayFormat::dateTime(snapshot.takenAt);
    return new ReorderCommand(workspace, tr("Restore snapshot of %1").arg(when), snapshot.listId,
                              before, [id = snapshot.id](Database &db) -> Result<Made> {
                                  auto restored = RankService(db).restoreSnapshot(id);
                                  if (!restored)
                                      return restored.error();
                                  return Made {restored->automatic, restored->order};
                              });
}

Status ReorderCommand::doRedo()
{
    if (m_made.automatic.id != 0)
        return RankService(database()).redoReorder(m_listId, m_made.order, m_made.automatic);
    auto made = m_first(database());
    if (!made)
        return made.error();
    m_made = *made;
    return {};
}

Status ReorderCommand::doUndo()
{
    return RankService(database()).undoReorder(m_listId, m_before, m_made.automatic.id);
}

TakeSnapshotCommand::TakeSnapshotCommand(Workspace *workspace, qint64 listId, const QString &label)
    : DatabaseCommand(workspace, tr("Take snapshot"))
    , m_listId(listId)
    , m_label(label)
{ }

Status TakeSnapshotCommand::doRedo()
{
    SnapshotRepository snapshots(database());
    if (m_snapshot.id != 0)
        return snapshots.restore(m_snapshot);
    auto taken = snapshots.take(m_listId, m_label, SnapshotReason::Manual);
    if (!taken)
        return taken.error();
    m_snapshot = *taken;
    return {};
}

Status TakeSnapshotCommand::doUndo()
{
    return SnapshotRepository(database()).remove(m_snapshot.id);
}
