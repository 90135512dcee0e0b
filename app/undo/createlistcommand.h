#pragma once

#include "model/ranklist.h"
#include "undo/rankcommand.h"

// Creates an empty rank list and makes it the current one.
class CreateListCommand : public RankCommand
{
public:
    CreateListCommand(RankDocument *document, const QString &name, rw::RankListKind kind);
    void redo() override;
    void undo() override;

private:
    rw::RankList m_list;
};
