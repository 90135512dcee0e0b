#pragma once

#include "model/criterion.h"
#include "model/rating.h"
#include "undo/rankcommand.h"

// Removes a criterion with its ratings; undo puts both back as they were.
class RemoveCriterionCommand : public RankCommand
{
public:
    RemoveCriterionCommand(RankDocument *document, const rw::Criterion &criterion,
                           const QList<rw::Rating> &ratings);
    void redo() override;
    void undo() override;

private:
    rw::Criterion m_criterion;
    QList<rw::Rating> m_ratings;
};
