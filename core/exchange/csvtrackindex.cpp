#include "exchange/csvtrackindex.h"

#include "exchange/targetmatcher.h"
#include "storage/statement.h"
#include "util/nrmpcode.h"

namespace rw {

Result<CsvTrackIndex> CsvTrackIndex::load(const Database &db)
{
    CsvTrackIndex index;
    QHash<qint64, int> programById;
    auto programs = Statement::select(
        db,
        QStringLiteral("SELECT p.id, p.key, p.name, coalesce(i.name, '') FROM programs p "
                       "LEFT JOIN institutions i ON i.id = p.institution_id "
                       "WHERE p.withdrawn = 0 ORDER BY p.id"),
        {}, tr("reading programs"));
    if (!programs)
        return programs.error();
    while (programs->next()) {
        ProgramRow row;
        row.id = programs->value(0).toLongLong();
        row.key = programs->value(1).toString();
        row.name = programs->value(2).toString();
        row.institution = programs->value(3).toString();
        programById.insert(row.id, int(index.m_programs.size()));
        index.m_byName[TargetMatcher::normalize(row.name)].append(int(index.m_programs.size()));
        index.m_programs.append(row);
    }
    auto tracks = Statement::select(
        db,
        QStringLiteral("SELECT id, key, program_id, name, type, coalesce(nrmp_code, '') "
                       "FROM tracks WHERE withdrawn = 0 ORDER BY program_id, position, id"),
        {}, tr("reading tracks"));
    if (!tracks)
        return tracks.error();
    while (tracks->next()) {
        const auto program = programById.constFind(tracks->value(2).toLongLong());
        if (program == programById.cend())
            continue; // on a withdrawn program
        TrackRow row;
        row.id = tracks->value(0).toLongLong();
        row.key = tracks->value(1).toString();
        row.program = *program;
        row.name = tracks->value(3).toString();
        row.type = trackTypeFromId(tracks->value(4).toString()).value_or(TrackType::Other);
        row.nrmpCode = tracks->value(5).toString();
        const int at = int(index.m_tracks.size());
        if (!row.nrmpCode.isEmpty())
            index.m_byCode.insert(NrmpCode::normalized(row.nrmpCode), at);
        index.m_programs[*program].tracks.append(at);
        index.m_tracks.append(row);
    }
    return index;
}

int CsvTrackIndex::trackByCode(const QString &code) const
{
    return m_byCode.value(NrmpCode::normalized(code), -1);
}

QList<int> CsvTrackIndex::programsByName(const QString &name, const QString &institution) const
{
    const QList<int> named = m_byName.value(TargetMatcher::normalize(name));
    if (named.size() <= 1 || institution.trimmed().isEmpty())
        return named;
    const QString wanted = TargetMatcher::normalize(institution);
    QList<int> narrowed;
    for (int program : named) {
        if (TargetMatcher::normalize(m_programs.at(program).institution) == wanted)
            narrowed.append(program);
    }
    return narrowed.isEmpty() ? named : narrowed;
}

QString CsvTrackIndex::trackNameKey(const QString &name)
{
    QString key = TargetMatcher::normalize(name);
    for (const QString &suffix : {QStringLiteral(" track"), QStringLiteral(" program")}) {
        if (key.endsWith(suffix) && key.size() > suffix.size())
            key.chop(suffix.size());
    }
    return key;
}

int CsvTrackIndex::trackByName(int program, const QString &name) const
{
    const QString wanted = trackNameKey(name);
    for (int track : m_programs.at(program).tracks) {
        if (trackNameKey(m_tracks.at(track).name) == wanted)
            return track;
    }
    return -1;
}

int CsvTrackIndex::defaultTrack(int program) const
{
    const QList<int> &tracks = m_programs.at(program).tracks;
    if (tracks.size() == 1)
        return tracks.constFirst();
    int categorical = -1;
    for (int track : tracks) {
        if (m_tracks.at(track).type == TrackType::Categorical) {
            if (categorical >= 0)
                return -1;
            categorical = track;
        }
    }
    return categorical;
}

TrackType CsvTrackIndex::typeForName(const QString &name)
{
    const QString key = TargetMatcher::normalize(name);
    if (key.contains(QStringLiteral("global")))
        return TrackType::GlobalPrimaryCare;
    if (key.contains(QStringLiteral("primary care")) || key.contains(QStringLiteral("primary")))
        return TrackType::PrimaryCare;
    if (key.contains(QStringLiteral("prelim")))
        return TrackType::Preliminary;
    if (key.contains(QStringLiteral("scientist")) || key.contains(QStringLiteral("research")))
        return TrackType::PhysicianScientist;
    if (key.isEmpty() || key.contains(QStringLiteral("categorical")))
        return TrackType::Categorical;
    return TrackType::Other;
}

} // namespace rw
