#pragma once

#include "model/criterion.h"
#include "model/ranklist.h"
#include "model/rating.h"
#include "model/snapshot.h"
#include "storage/uservaluerepository.h"
#include "undo/databasecommand.h"

#include <QCoreApplication>

#include <functional>

// The rank list builder's edits that are not one value set (those are
// ChangeValue commands, see undo/valuecommands.h). RankController checks
// each against the core's rules before pushing it.

// Adds one criterion, or several at once (the suggested ones) as one step.
class AddCriteriaCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddCriteriaCommand)

public:
    AddCriteriaCommand(Workspace *workspace, const QList<rw::Criterion> &criteria);

protected:
    rw::Status doRedo() override;
    rw::Status doUndo() override;
    Workspace::Changed changed() const override { return {Workspace::Criteria}; }

private:
    QList<rw::Criterion> m_criteria; // with their ids once added
};

// Removes a criterion with its ratings; undo puts both back.
class RemoveCriterionCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveCriterionCommand)

public:
    RemoveCriterionCommand(Workspace *workspace, const rw::Criterion &criterion,
                           const QList<rw::Rating> &ratings);

protected:
    rw::Status doRedo() override;
    rw::Status doUndo() override;
    Workspace::Changed changed() const override { return {Workspace::Criteria}; }

private:
    rw::Criterion m_criterion;
    QList<rw::Rating> m_ratings;
    QList<rw::UserValue> m_userValues; // the user's values of a fact criterion
};

// Makes an empty list and shows it.
class CreateListCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateListCommand)

public:
    CreateListCommand(Workspace *workspace, const QString &name, rw::RankListKind kind);

protected:
    rw::Status doRedo() override;
    rw::Status doUndo() override;
    Workspace::Changed changed() const override;

private:
    rw::RankList m_list;
};

// Deletes a list with its entries and snapshots; undo brings them back.
class DeleteListCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteListCommand)

public:
    DeleteListCommand(Workspace *workspace, const rw::RankList &list, const rw::ListOrder &order,
                      const QList<rw::Snapshot> &snapshots);

protected:
    rw::Status doRedo() override;
    rw::Status doUndo() override;
    Workspace::Changed changed() const override;

private:
    rw::RankList m_list;
    rw::ListOrder m_order;
    QList<rw::Snapshot> m_snapshots;
};

// A new order that keeps the old one in an automatic snapshot: sorting by
// score, or restoring a snapshot. Undo puts the order back and drops that
// snapshot; redo brings both back as they were first made.
class ReorderCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReorderCommand)

public:
    static ReorderCommand *sortByScore(Workspace *workspace, qint64 listId,
                                       const rw::ListOrder &before);
    static ReorderCommand *restoreSnapshot(Workspace *workspace, const rw::Snapshot &snapshot,
                                           const rw::ListOrder &before);

protected:
    rw::Status doRedo() override;
    rw::Status doUndo() override;
    Workspace::Changed changed() const override
    {
        return {Workspace::Entries | Workspace::Snapshots};
    }

private:
    struct Made
    {
        rw::Snapshot automatic;
        rw::ListOrder order;
    };
    using First = std::function<rw::Result<Made>(rw::Database &)>;
    ReorderCommand(Workspace *workspace, const QString &text, qint64 listId,
                   const rw::ListOrder &before, First first);

    qint64 m_listId;
    rw::ListOrder m_before;
    First m_first;
    Made m_made;
};

// Takes a snapshot of the list by hand; undo removes it.
class TakeSnapshotCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(TakeSnapshotCommand)

public:
    TakeSnapshotCommand(Workspace *workspace, qint64 listId, const QString &label);

protected:
    rw::Status doRedo() override;
    rw::Status doUndo() override;
    Workspace::Changed changed() const override { return {Workspace::Snapshots}; }

private:
    qint64 m_listId;
    QString m_label;
    rw::Snapshot m_snapshot;
};
