#pragma once

// The four kinds of entry edit. They differ only in what they are called in
// the Edit menu; ListOrderCommand does the work.

#include "storage/ranklistrepository.h"
#include "undo/listordercommand.h"

class AddEntryCommand : public ListOrderCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddEntryCommand)

public:
    AddEntryCommand(RankDocument *document, qint64 listId, const rw::ListOrder &before,
                    const rw::ListOrder &after, const rw::TrackRef &track)
        : ListOrderCommand(document, listId, before, after, tr("Add %1").arg(track.label))
    { }
};

class RemoveEntryCommand : public ListOrderCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveEntryCommand)

public:
    RemoveEntryCommand(RankDocument *document, qint64 listId, const rw::ListOrder &before,
                       const rw::ListOrder &after, const rw::TrackRef &track)
        : ListOrderCommand(document, listId, before, after, tr("Remove %1").arg(track.label))
    { }
};

class MoveEntryCommand : public ListOrderCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveEntryCommand)

public:
    MoveEntryCommand(RankDocument *document, qint64 listId, const rw::ListOrder &before,
                     const rw::ListOrder &after, const rw::TrackRef &track, int position)
        : ListOrderCommand(document, listId, before, after,
                           tr("Move %1 to rank %2").arg(track.label).arg(position))
    { }
};

class SetPinnedCommand : public ListOrderCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetPinnedCommand)

public:
    SetPinnedCommand(RankDocument *document, qint64 listId, const rw::ListOrder &before,
                     const rw::ListOrder &after, const rw::TrackRef &track, bool pinned)
        : ListOrderCommand(document, listId, before, after,
                           (pinned ? tr("Pin %1") : tr("Unpin %1")).arg(track.label))
    { }
};
