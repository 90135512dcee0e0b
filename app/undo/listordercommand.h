#pragma once

#include "model/ranklist.h"
#include "undo/rankcommand.h"

// Base of the edits that change a list's entries (add, remove, move, pin):
// the core plans the new order and checks the NRMP rules before the command
// is pushed; redo and undo write the whole order after or before.
class ListOrderCommand : public RankCommand
{
public:
    ListOrderCommand(RankDocument *document, qint64 listId, const rw::ListOrder &before,
                     const rw::ListOrder &after, const QString &text);
    void redo() override;
    void undo() override;

protected:
    qint64 listId() const { return m_listId; }

private:
    void apply(const rw::ListOrder &order);

    qint64 m_listId;
    rw::ListOrder m_before;
    rw::ListOrder m_after;
};
