#pragma once

#include "model/criterion.h"
#include "undo/rankcommand.h"

// Adds a criterion; undo removes it, redo puts it back with the same id.
class AddCriterionCommand : public RankCommand
{
public:
    AddCriterionCommand(RankDocument *document, const rw::Criterion &criterion);
    void redo() override;
    void undo() override;

private:
    rw::Criterion m_criterion;
};
