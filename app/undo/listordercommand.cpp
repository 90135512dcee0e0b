#include "undo/listordercommand.h"

#include "ranking/rankservice.h"

ListOrderCommand::ListOrderCommand(RankDocument *document, qint64 listId,
                                   const rw::ListOrder &before, const rw::ListOrder &after,
                                   const QString &text)
    : RankCommand(document, text)
    , m_listId(listId)
    , m_before(before)
    , m_after(after)
{ }

void ListOrderCommand::apply(const rw::ListOrder &order)
{
    finish(rw::RankService(database()).applyOrder(m_listId, order), RankDocument::Entries);
}

void ListOrderCommand::redo()
{
    apply(m_after);
}

void ListOrderCommand::undo()
{
    apply(m_before);
}
