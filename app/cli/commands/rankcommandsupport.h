#pragma once

// Shared by the rank list builder's command files (criteria, lists, reports).

#include "command.h"
#include "ranking/listanalysis.h"
#include "storage/ranklistrepository.h"

#include <QJsonObject>

namespace rw::cli {

class RankCommands
{
    Q_DECLARE_TR_FUNCTIONS(rw::cli::RankCommands)

public:
    static OptionSpec listOption();

    // Rounds for JSON so that 62.5 does not print as 62.49999999999999.
    static double rounded(double value, int decimals = 4);

    // NRMP warnings go to stderr, prefixed, so scripts can keep stdout clean.
    static void printWarnings(Context &context, const QList<NrmpRules::Warning> &warnings);

    static QJsonObject criterionJson(const Criterion &criterion, double share);
};

void registerCriteriaCommands(CommandRegistry &registry);
void registerListCommands(CommandRegistry &registry);
void registerRankReportCommands(CommandRegistry &registry);

} // namespace rw::cli
