#include "undo/createlistcommand.h"

#include "storage/ranklistrepository.h"

CreateListCommand::CreateListCommand(RankDocument *document, const QString &name,
                                     rw::RankListKind kind)
    : RankCommand(document, tr("Create list “%1”").arg(name))
{
    m_list.name = name;
    m_list.kind = kind;
}

void CreateListCommand::redo()
{
    rw::RankListRepository lists(database());
    rw::Status status;
    if (m_list.id == 0) {
        auto created = lists.create(m_list.name, m_list.kind);
        if (created)
            m_list = *created;
        else
            status = created.error();
    } else {
        status = lists.restore(m_list, {}, {});
    }
    finish(status, RankDocument::Lists);
    if (status)
        document()->setCurrentList(m_list.id);
}

void CreateListCommand::undo()
{
    finish(rw::RankListRepository(database()).remove(m_list.id), RankDocument::Lists);
}
