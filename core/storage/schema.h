#pragma once

#include <QList>
#include <QStringList>

namespace rw {

// One step of the schema: the statements that take a database from
// version - 1 to version. Steps are cumulative and never edited once a
// release has shipped them; a change is a new step.
struct Migration
{
    int version = 0;
    QStringList statements;
};

const QList<Migration> &migrations();

} // namespace rw
