#pragma once

#include "undo/rankcommand.h"

// Changes one criterion's weight. Consecutive changes of the same weight
// (a slider's steps, a spin box's arrows) merge into one undo step.
class SetCriterionWeightCommand : public RankCommand
{
public:
    SetCriterionWeightCommand(RankDocument *document, qint64 criterionId, const QString &name,
                              double before, double after);
    void redo() override;
    void undo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;

    static constexpr int kId = 0x52570001;

private:
    void apply(double weight);

    qint64 m_criterionId;
    double m_before;
    double m_after;
};
