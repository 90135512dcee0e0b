#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rw {

class Database;

// Every program, track and site by the names and codes another file could
// call it, read in three statements: what matching a classmate's note file
// or a spreadsheet, and naming things in an exported note file, look up.
struct NamedRows
{
    struct Program
    {
        qint64 id = 0;
        QString key;
        QString name;
        QString institution;
        QString city;
        QString state;
    };
    struct Track
    {
        qint64 id = 0;
        qint64 programId = 0;
        QString key;
        QString name;
        QString type; // as stored (trackTypeId)
        QString nrmpCode; // empty when none
    };
    struct Site
    {
        qint64 id = 0;
        qint64 programId = 0;
        QString key;
        QString name;
        QString shortName;
    };
    QList<Program> programs; // by id
    QList<Track> tracks; // by program, then position
    QList<Site> sites; // by program, then position
};

class NameRepository
{
    Q_DECLARE_TR_FUNCTIONS(rw::NameRepository)

public:
    enum class Rows {
        Shown, // leaves out what the user deleted and the catalog withdrew
        All,
    };

    explicit NameRepository(const Database &db)
        : m_db(db)
    { }

    Result<NamedRows> rows(Rows which) const;

private:
    const Database &m_db;
};

} // namespace rw
