#include "exchange/targetmatcher.h"

#include "storage/database.h"
#include "util/inerttext.h"
#include "util/keys.h"
#include "util/nrmpcode.h"

#include <QSqlQuery>

namespace rw {

namespace {

// The program part of a track or site key ("mgh-im" of "mgh-im@ima").
QString programKeyOf(const QString &key)
{
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (key.at(i) == u'.' || key.at(i) == u'@' || key.at(i) == u'#')
            return key.left(i);
    }
    return key;
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'’' || c == u'ʼ' || c == u'`' || c == u'´';
}

} // namespace

QString TargetMatcher::normalize(const QString &name)
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

QString TargetMatcher::programIdentity(const NoteTargetRef &ref)
{
    return normalize(ref.institution) + u'\x1f' + normalize(ref.program);
}

QString TargetMatcher::cachedIdentity(const NoteTargetRef &ref) const
{
    // The items of one program repeat its names: normalise each pair once.
    const QString raw = ref.institution + u'\x1f' + ref.program;
    auto found = m_identityCache.constFind(raw);
    if (found == m_identityCache.constEnd())
        found = m_identityCache.insert(raw, programIdentity(ref));
    return *found;
}

Result<TargetMatcher> TargetMatcher::load(Database &db)
{
    TargetMatcher matcher;
    // Translated once: matching 50,000 items must not look each up 50,000 times.
    matcher.m_byKey = tr("by key");
    matcher.m_byNames = tr("by names");
    matcher.m_noMatch = tr("no program here has this key, NRMP code or these names");
    QHash<qint64, int> programIndex;

    auto programs = prepare(db,
                            QStringLiteral("SELECT p.id, p.key, p.name, COALESCE(i.name, '') "
                                           "FROM programs p LEFT JOIN institutions i "
                                           "ON i.id = p.institution_id ORDER BY p.id"));
    if (!programs)
        return programs.error();
    programs->setForwardOnly(true);
    if (auto status = execute(*programs, tr("reading programs")); !status)
        return status.error();
    while (programs->next()) {
        ProgramRow row;
        row.id = programs->value(0).toLongLong();
        row.key = programs->value(1).toString();
        row.name = programs->value(2).toString();
        const int index = int(matcher.m_programs.size());
        programIndex.insert(row.id, index);
        matcher.m_programByKey.insert(row.key, index);
        matcher
            .m_programsByNames[normalize(programs->value(3).toString()) + u'\x1f'
                               + normalize(row.name)]
            .append(index);
        matcher.m_programs.append(row);
    }

    auto tracks = prepare(db,
                          QStringLiteral("SELECT id, key, program_id, name, nrmp_code FROM tracks "
                                         "ORDER BY program_id, position"));
    if (!tracks)
        return tracks.error();
    tracks->setForwardOnly(true);
    if (auto status = execute(*tracks, tr("reading tracks")); !status)
        return status.error();
    while (tracks->next()) {
        TrackRow row;
        row.id = tracks->value(0).toLongLong();
        row.key = tracks->value(1).toString();
        row.program = programIndex.value(tracks->value(2).toLongLong(), -1);
        if (row.program < 0)
            continue;
        row.name = tracks->value(3).toString();
        row.normalized = normalize(row.name);
        const int index = int(matcher.m_tracks.size());
        matcher.m_trackByKey.insert(row.key, index);
        const QString code = tracks->value(4).toString();
        if (!code.isEmpty()) {
            matcher.m_tracksByCode[code].append(index);
            QList<int> &programsWithCode =
                matcher.m_programsByCodePart[NrmpCode::programPart(code)];
            if (!programsWithCode.contains(row.program))
                programsWithCode.append(row.program);
        }
        matcher.m_programs[row.program].tracks.append(index);
        matcher.m_tracks.append(row);
    }

    auto sites = prepare(db,
                         QStringLiteral("SELECT id, key, program_id, name, short_name FROM sites "
                                        "ORDER BY program_id, position"));
    if (!sites)
        return sites.error();
    sites->setForwardOnly(true);
    if (auto status = execute(*sites, tr("reading continuity sites")); !status)
        return status.error();
    while (sites->next()) {
        SiteRow row;
        row.id = sites->value(0).toLongLong();
        row.key = sites->value(1).toString();
        row.program = programIndex.value(sites->value(2).toLongLong(), -1);
        if (row.program < 0)
            continue;
        row.name = sites->value(3).toString();
        row.normalized = normalize(row.name);
        row.normalizedShort = normalize(sites->value(4).toString());
        const int index = int(matcher.m_sites.size());
        matcher.m_siteByKey.insert(row.key, index);
        matcher.m_programs[row.program].sites.append(index);
        matcher.m_sites.append(row);
    }
    return matcher;
}

TargetMatch TargetMatcher::onProgram(int index, TargetMatch::How how, const QString &reason) const
{
    const ProgramRow &program = m_programs.at(index);
    return {how, {NoteTarget::Kind::Program, program.key}, program.id, program.name, reason};
}

TargetMatch TargetMatcher::onTrack(int index, TargetMatch::How how, const QString &reason) const
{
    const TrackRow &track = m_tracks.at(index);
    return {how,
            {NoteTarget::Kind::Track, track.key},
            track.id,
            m_programs.at(track.program).name + QStringLiteral(" › ") + track.name,
            reason};
}

TargetMatch TargetMatcher::onSite(int index, TargetMatch::How how, const QString &reason) const
{
    const SiteRow &site = m_sites.at(index);
    return {how,
            {NoteTarget::Kind::Site, site.key},
            site.id,
            m_programs.at(site.program).name + QStringLiteral(" › ") + site.name,
            reason};
}

TargetMatcher::ProgramFound TargetMatcher::findProgram(const NoteTargetRef &ref) const
{
    ProgramFound found;
    const QString programKey =
        ref.kind == NoteTarget::Kind::Program ? ref.key : programKeyOf(ref.key);
    if (!Keys::isUserKey(programKey)) {
        if (const auto it = m_programByKey.constFind(programKey); it != m_programByKey.constEnd())
            return {*it, m_byKey, TargetMatch::How::Key, 0};
    }
    if (!ref.nrmpCode.isEmpty()) {
        const QString part = NrmpCode::programPart(ref.nrmpCode);
        const QList<int> candidates = m_programsByCodePart.value(part);
        if (candidates.size() == 1)
            return {candidates.constFirst(), tr("by NRMP code %1").arg(part),
                    TargetMatch::How::NrmpCode, 0};
    }
    const QList<int> candidates = m_programsByNames.value(cachedIdentity(ref));
    if (candidates.size() == 1)
        return {candidates.constFirst(), m_byNames, TargetMatch::How::Names, 0};
    found.ambiguous = int(candidates.size());
    return found;
}

TargetMatch TargetMatcher::match(const NoteTargetRef &ref) const
{
    // 1. The same stable key, unless it is a user key (those are per database).
    if (!Keys::isUserKey(ref.key)) {
        switch (ref.kind) {
        case NoteTarget::Kind::Program:
            if (const auto it = m_programByKey.constFind(ref.key); it != m_programByKey.constEnd())
                return onProgram(*it, TargetMatch::How::Key, m_byKey);
            break;
        case NoteTarget::Kind::Track:
            if (const auto it = m_trackByKey.constFind(ref.key); it != m_trackByKey.constEnd())
                return onTrack(*it, TargetMatch::How::Key, m_byKey);
            break;
        case NoteTarget::Kind::Site:
            if (const auto it = m_siteByKey.constFind(ref.key); it != m_siteByKey.constEnd())
                return onSite(*it, TargetMatch::How::Key, m_byKey);
            break;
        }
    }
    // 2. A track's own NRMP code names exactly one track.
    if (ref.kind == NoteTarget::Kind::Track && !ref.nrmpCode.isEmpty()) {
        const QList<int> candidates = m_tracksByCode.value(ref.nrmpCode);
        if (candidates.size() == 1)
            return onTrack(candidates.constFirst(), TargetMatch::How::NrmpCode,
                           tr("by NRMP code %1").arg(ref.nrmpCode));
    }
    // 3. The program (by key, NRMP code or names), then the track or site in it by name.
    const ProgramFound program = findProgram(ref);
    if (program.index < 0) {
        TargetMatch none;
        none.reason = program.ambiguous > 1
            ? tr("%n programs here have these names; none was chosen", nullptr, program.ambiguous)
            : m_noMatch;
        return none;
    }
    const ProgramRow &row = m_programs.at(program.index);
    const TargetMatch::How how =
        program.kind == TargetMatch::How::Key ? TargetMatch::How::Names : program.kind;
    if (ref.kind == NoteTarget::Kind::Program)
        return onProgram(program.index, program.kind, program.how);
    if (ref.kind == NoteTarget::Kind::Track) {
        const QString wanted = normalize(ref.track);
        for (int index : row.tracks) {
            if (m_tracks.at(index).normalized == wanted)
                return onTrack(index, how, tr("program %1, track by name").arg(program.how));
        }
        return onProgram(program.index, TargetMatch::How::ProgramOnly,
                         tr("program %1; it has no track “%2” here, so the note goes on the "
                            "program")
                             .arg(program.how, InertText::excerpt(ref.track, 60)));
    }
    const QString wanted = normalize(ref.site);
    for (int index : row.sites) {
        const SiteRow &site = m_sites.at(index);
        if (site.normalized == wanted
            || (!site.normalizedShort.isEmpty() && site.normalizedShort == wanted))
            return onSite(index, how, tr("program %1, site by name").arg(program.how));
    }
    return onProgram(program.index, TargetMatch::How::ProgramOnly,
                     tr("program %1; it has no site “%2” here, so the note goes on the program")
                         .arg(program.how, InertText::excerpt(ref.site, 60)));
}

} // namespace rw
