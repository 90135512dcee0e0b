#pragma once

#include "model/criterion.h"
#include "undo/rankcommand.h"

// Switches a criterion between "higher is better" and "lower is better".
class SetCriterionDirectionCommand : public RankCommand
{
public:
    SetCriterionDirectionCommand(RankDocument *document, const rw::Criterion &criterion,
                                 rw::Direction after);
    void redo() override;
    void undo() override;

private:
    qint64 m_criterionId;
    rw::Direction m_before;
    rw::Direction m_after;
};
