#include "exchange/namematcher.h"

#include "util/nrmpcode.h"

namespace rw {

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'’' || c == u'ʼ' || c == u'`' || c == u'´';
}

} // namespace

QString NameMatcher::normalize(const QString &name)
{
    // Decomposing is the slow part and only matters beyond ASCII.
    bool ascii = true;
    for (const QChar c : name) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    const QString decomposed = ascii ? name : name.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    auto append = [&](const QString &word) {
        if (pendingSpace && !out.isEmpty())
            out += u' ';
        pendingSpace = false;
        out += word;
    };
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing || isApostrophe(c)) {
            continue;
        }
        if (c == u'&') {
            pendingSpace = true;
            append(QStringLiteral("and"));
            pendingSpace = true;
        } else if (c.isLetterOrNumber()) {
            append(QString(c.toCaseFolded()));
        } else {
            pendingSpace = true;
        }
    }
    return out;
}

QString NameMatcher::trackNameKey(const QString &name)
{
    QString key = normalize(name);
    for (const QString &suffix : {QStringLiteral(" track"), QStringLiteral(" program")}) {
        if (key.endsWith(suffix) && key.size() > suffix.size())
            key.chop(suffix.size());
    }
    return key;
}

QString NameMatcher::programIdentity(const QString &institution, const QString &name)
{
    return normalize(institution) + u'\x1f' + normalize(name);
}

TrackType NameMatcher::typeForName(const QString &name)
{
    const QString key = normalize(name);
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

Result<NameMatcher> NameMatcher::load(const Database &db, NameRepository::Rows which)
{
    auto rows = NameRepository(db).rows(which);
    if (!rows)
        return rows.error();
    NameMatcher matcher;
    QHash<qint64, int> programIndex;
    programIndex.reserve(rows->programs.size());
    matcher.m_programs.reserve(rows->programs.size());
    for (const NamedRows::Program &program : std::as_const(rows->programs)) {
        const int index = int(matcher.m_programs.size());
        programIndex.insert(program.id, index);
        matcher.m_programByKey.insert(program.key, index);
        const QString name = normalize(program.name);
        matcher.m_programsByName[name].append(index);
        matcher.m_programsByNames[normalize(program.institution) + u'\x1f' + name].append(index);
        matcher.m_programs.append(
            {program.id, program.key, program.name, program.institution, {}, {}});
    }
    matcher.m_tracks.reserve(rows->tracks.size());
    for (const NamedRows::Track &track : std::as_const(rows->tracks)) {
        const int program = programIndex.value(track.programId, -1);
        if (program < 0)
            continue; // on a program left out
        const int index = int(matcher.m_tracks.size());
        matcher.m_trackByKey.insert(track.key, index);
        if (!track.nrmpCode.isEmpty()) {
            matcher.m_tracksByCode[NrmpCode::normalized(track.nrmpCode)].append(index);
            QList<int> &programs =
                matcher.m_programsByCodePart[NrmpCode::programPart(track.nrmpCode)];
            if (!programs.contains(program))
                programs.append(program);
        }
        matcher.m_programs[program].tracks.append(index);
        matcher.m_tracks.append({track.id, track.key, program, track.name,
                                 trackTypeFromId(track.type).value_or(TrackType::Other),
                                 track.nrmpCode, trackNameKey(track.name)});
    }
    matcher.m_sites.reserve(rows->sites.size());
    for (const NamedRows::Site &site : std::as_const(rows->sites)) {
        const int program = programIndex.value(site.programId, -1);
        if (program < 0)
            continue;
        const int index = int(matcher.m_sites.size());
        matcher.m_siteByKey.insert(site.key, index);
        matcher.m_programs[program].sites.append(index);
        matcher.m_sites.append({site.id, site.key, program, site.name, normalize(site.name),
                                normalize(site.shortName)});
    }
    return matcher;
}

QList<int> NameMatcher::tracksByCode(const QString &code) const
{
    return m_tracksByCode.value(NrmpCode::normalized(code));
}

int NameMatcher::trackByCode(const QString &code) const
{
    const QList<int> tracks = tracksByCode(code);
    return tracks.isEmpty() ? -1 : tracks.constLast();
}

QList<int> NameMatcher::programsByCodePart(const QString &code) const
{
    return m_programsByCodePart.value(NrmpCode::programPart(code));
}

QList<int> NameMatcher::programsByNames(const QString &institution, const QString &name) const
{
    return m_programsByNames.value(programIdentity(institution, name));
}

QList<int> NameMatcher::programsByName(const QString &name, const QString &institution) const
{
    const QList<int> named = m_programsByName.value(normalize(name));
    if (named.size() <= 1 || institution.trimmed().isEmpty())
        return named;
    const QString wanted = normalize(institution);
    QList<int> narrowed;
    for (int program : named) {
        if (normalize(m_programs.at(program).institution) == wanted)
            narrowed.append(program);
    }
    return narrowed.isEmpty() ? named : narrowed;
}

int NameMatcher::trackByName(int program, const QString &name) const
{
    const QString wanted = trackNameKey(name);
    for (int track : m_programs.at(program).tracks) {
        if (m_tracks.at(track).nameKey == wanted)
            return track;
    }
    return -1;
}

int NameMatcher::siteByName(int program, const QString &name) const
{
    const QString wanted = normalize(name);
    for (int index : m_programs.at(program).sites) {
        const SiteRow &site = m_sites.at(index);
        if (site.nameKey == wanted || (!site.shortNameKey.isEmpty() && site.shortNameKey == wanted))
            return index;
    }
    return -1;
}

int NameMatcher::defaultTrack(int program) const
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

} // namespace rw
