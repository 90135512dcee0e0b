#include "exchange/targetmatcher.h"

#include "util/inerttext.h"
#include "util/keys.h"
#include "util/nrmpcode.h"

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

} // namespace

QString TargetMatcher::programIdentity(const NoteTargetRef &ref)
{
    return NameMatcher::programIdentity(ref.institution, ref.program);
}

Result<TargetMatcher> TargetMatcher::load(Database &db)
{
    auto names = NameMatcher::load(db, NameRepository::Rows::All);
    if (!names)
        return names.error();
    TargetMatcher matcher(std::move(*names));
    // Translated once: matching 50,000 items must not look each up 50,000 times.
    matcher.m_byKey = tr("by key");
    matcher.m_byNames = tr("by names");
    matcher.m_noMatch = tr("no program here has this key, NRMP code or these names");
    return matcher;
}

QList<int> TargetMatcher::programsNamed(const NoteTargetRef &ref) const
{
    // The items of one program repeat its names: look each pair up once.
    const QString raw = ref.institution + u'\x1f' + ref.program;
    auto found = m_programsByNames.constFind(raw);
    if (found == m_programsByNames.constEnd())
        found =
            m_programsByNames.insert(raw, m_names.programsByNames(ref.institution, ref.program));
    return *found;
}

TargetMatch TargetMatcher::onProgram(int index, TargetMatch::How how, const QString &reason) const
{
    const NameMatcher::ProgramRow &program = m_names.program(index);
    return {how, {NoteTarget::Kind::Program, program.key}, program.id, program.name, reason};
}

TargetMatch TargetMatcher::onTrack(int index, TargetMatch::How how, const QString &reason) const
{
    const NameMatcher::TrackRow &track = m_names.track(index);
    return {how,
            {NoteTarget::Kind::Track, track.key},
            track.id,
            m_names.program(track.program).name + QStringLiteral(" › ") + track.name,
            reason};
}

TargetMatch TargetMatcher::onSite(int index, TargetMatch::How how, const QString &reason) const
{
    const NameMatcher::SiteRow &site = m_names.site(index);
    return {how,
            {NoteTarget::Kind::Site, site.key},
            site.id,
            m_names.program(site.program).name + QStringLiteral(" › ") + site.name,
            reason};
}

TargetMatcher::ProgramFound TargetMatcher::findProgram(const NoteTargetRef &ref) const
{
    ProgramFound found;
    const QString programKey =
        ref.kind == NoteTarget::Kind::Program ? ref.key : programKeyOf(ref.key);
    if (!Keys::isUserKey(programKey)) {
        if (const int index = m_names.programByKey(programKey); index >= 0)
            return {index, m_byKey, TargetMatch::How::Key, 0};
    }
    if (!ref.nrmpCode.isEmpty()) {
        const QList<int> candidates = m_names.programsByCodePart(ref.nrmpCode);
        if (candidates.size() == 1)
            return {candidates.constFirst(),
                    tr("by NRMP code %1").arg(NrmpCode::programPart(ref.nrmpCode)),
                    TargetMatch::How::NrmpCode, 0};
    }
    const QList<int> candidates = programsNamed(ref);
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
            if (const int index = m_names.programByKey(ref.key); index >= 0)
                return onProgram(index, TargetMatch::How::Key, m_byKey);
            break;
        case NoteTarget::Kind::Track:
            if (const int index = m_names.trackByKey(ref.key); index >= 0)
                return onTrack(index, TargetMatch::How::Key, m_byKey);
            break;
        case NoteTarget::Kind::Site:
            if (const int index = m_names.siteByKey(ref.key); index >= 0)
                return onSite(index, TargetMatch::How::Key, m_byKey);
            break;
        }
    }
    // 2. A track's own NRMP code names exactly one track.
    if (ref.kind == NoteTarget::Kind::Track && !ref.nrmpCode.isEmpty()) {
        const QList<int> candidates = m_names.tracksByCode(ref.nrmpCode);
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
    const TargetMatch::How how =
        program.kind == TargetMatch::How::Key ? TargetMatch::How::Names : program.kind;
    if (ref.kind == NoteTarget::Kind::Program)
        return onProgram(program.index, program.kind, program.how);
    if (ref.kind == NoteTarget::Kind::Track) {
        if (const int index = m_names.trackByName(program.index, ref.track); index >= 0)
            return onTrack(index, how, tr("program %1, track by name").arg(program.how));
        return onProgram(program.index, TargetMatch::How::ProgramOnly,
                         tr("program %1; it has no track “%2” here, so the note goes on the "
                            "program")
                             .arg(program.how, InertText::excerpt(ref.track, 60)));
    }
    if (const int index = m_names.siteByName(program.index, ref.site); index >= 0)
        return onSite(index, how, tr("program %1, site by name").arg(program.how));
    return onProgram(program.index, TargetMatch::How::ProgramOnly,
                     tr("program %1; it has no site “%2” here, so the note goes on the program")
                         .arg(program.how, InertText::excerpt(ref.site, 60)));
}

} // namespace rw
