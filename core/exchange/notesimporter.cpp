#include "exchange/notesimporter.h"

#include "exchange/notesexporter.h"
#include "model/program.h"
#include "storage/database.h"
#include "storage/institutionrepository.h"
#include "storage/peerrepository.h"
#include "storage/programrepository.h"
#include "storage/siterepository.h"
#include "storage/trackrepository.h"
#include "util/inerttext.h"

#include <QHash>
#include <QSet>

namespace rw {

namespace {

QString timestamp(const QDateTime &time)
{
    return NotesFormat::timestamp(time);
}

// What is stored from this peer, by the file's item id.
struct StoredNote
{
    qint64 id = 0;
    NoteTarget::Kind kind = NoteTarget::Kind::Program;
    qint64 rowId = 0;
    QString body;
    QDateTime modified;
};

// The peer's layer by the file's item ids.
QHash<QString, StoredNote> storedNotes(const PeerLayer &layer)
{
    QHash<QString, StoredNote> stored;
    stored.reserve(layer.notes.size());
    for (const PeerLayer::StoredNote &row : layer.notes) {
        StoredNote note;
        note.id = row.id;
        if (row.programId.isValid()) {
            note.kind = NoteTarget::Kind::Program;
            note.rowId = row.programId.toLongLong();
        } else if (row.trackId.isValid()) {
            note.kind = NoteTarget::Kind::Track;
            note.rowId = row.trackId.toLongLong();
        } else {
            note.kind = NoteTarget::Kind::Site;
            note.rowId = row.siteId.toLongLong();
        }
        note.body = row.body;
        note.modified = NotesFormat::parseTimestamp(row.modified);
        stored.insert(row.externalId, note);
    }
    return stored;
}

// A name from the file for a row of the user's own: no active characters.
QString cleanName(const QString &name, const QString &fallback)
{
    const QString clean = InertText::cleanName(name, 300);
    return clean.isEmpty() ? fallback : clean;
}

QString programLabel(const NoteTargetRef &ref)
{
    return ref.institution.trimmed() + QStringLiteral(" — ") + ref.program.trimmed();
}

} // namespace

QString NotesImporter::defaultPeerName(const NotesFile &file)
{
    return InertText::cleanName(file.exportedBy, PeerRepository::kMaxNameLength);
}

QString NotesImporter::changeId(ImportItemPlan::Change change)
{
    switch (change) {
    case ImportItemPlan::Change::New:
        return QStringLiteral("new");
    case ImportItemPlan::Change::Updated:
        return QStringLiteral("updated");
    case ImportItemPlan::Change::Unchanged:
        return QStringLiteral("unchanged");
    case ImportItemPlan::Change::KeptNewer:
        return QStringLiteral("kept");
    case ImportItemPlan::Change::Skipped:
        return QStringLiteral("skipped");
    case ImportItemPlan::Change::AddedAsOwn:
        return QStringLiteral("new-program");
    }
    return {};
}

QString NotesImporter::changeName(ImportItemPlan::Change change)
{
    switch (change) {
    case ImportItemPlan::Change::New:
        return tr("New");
    case ImportItemPlan::Change::Updated:
        return tr("Updated");
    case ImportItemPlan::Change::Unchanged:
        return tr("Unchanged");
    case ImportItemPlan::Change::KeptNewer:
        return tr("Unchanged (the stored copy is newer)");
    case ImportItemPlan::Change::Skipped:
        return tr("Skipped");
    case ImportItemPlan::Change::AddedAsOwn:
        return tr("New, with its program added");
    }
    return {};
}

Result<ImportPreview> NotesImporter::preview(const NotesFile &file,
                                             const ImportOptions &options) const
{
    return planImport(file, options, nullptr);
}

Result<ImportPreview> NotesImporter::planImport(const NotesFile &file, const ImportOptions &options,
                                                std::optional<PeerLayer> *layerBefore) const
{
    ImportPreview plan;
    plan.peerName = options.peerName.isEmpty() ? defaultPeerName(file) : options.peerName;
    if (Status name = PeerRepository::checkName(plan.peerName); !name) {
        if (options.peerName.isEmpty())
            return Error::input(tr("The file does not name its author usably (%1) Choose a name "
                                   "for the classmate.")
                                    .arg(name.message()));
        return name.error();
    }

    auto matcher = TargetMatcher::load(m_db);
    if (!matcher)
        return matcher.error();
    auto peer = PeerRepository(m_db).find(plan.peerName);
    if (!peer)
        return peer.error();
    QHash<QString, StoredNote> stored;
    if (*peer) {
        plan.peerExists = true;
        plan.peerName = (*peer)->name;
        plan.previousFileExportedAt = (*peer)->fileExportedAt;
        plan.olderThanPrevious =
            (*peer)->fileExportedAt.isValid() && file.exportedAt < (*peer)->fileExportedAt;
        auto layer = PeerRepository(m_db).layer(plan.peerName);
        if (!layer)
            return layer.error();
        stored = storedNotes(*layer);
        if (layerBefore)
            *layerBefore = std::move(*layer);
    }

    // Importing one's own file would copy one's notes as a classmate's: say so.
    const QString ownPrefix = NotesExporter(m_db).existingExportId();
    if (!ownPrefix.isEmpty() && !file.items.isEmpty())
        plan.fromThisDatabase = file.items.constFirst().id.startsWith(ownPrefix + u'-');

    QSet<QString> groups;
    plan.items.reserve(file.items.size());
    for (qsizetype i = 0; i < file.items.size(); ++i) {
        const NoteItem &item = file.items.at(i);
        ImportItemPlan step;
        step.index = i;
        step.match = matcher->match(item.target);
        ImportCounts &counts = plan.counts;
        if (!step.match.matched()) {
            ++counts.unmatched;
            if (options.addUnmatched) {
                step.change = ImportItemPlan::Change::AddedAsOwn;
                ++counts.added;
                const QString group = TargetMatcher::programIdentity(item.target);
                if (!groups.contains(group)) {
                    groups.insert(group);
                    plan.programsToAdd.append(programLabel(item.target));
                }
            } else {
                step.change = ImportItemPlan::Change::Skipped;
                ++counts.skipped;
            }
            plan.items.append(step);
            continue;
        }
        ++counts.matched;
        const auto found = stored.constFind(item.id);
        if (found == stored.constEnd()) {
            step.change = ImportItemPlan::Change::New;
            ++counts.added;
        } else {
            step.existingNoteId = found->id;
            const bool sameTarget =
                found->kind == step.match.target.kind && found->rowId == step.match.rowId;
            if (item.modified < found->modified) {
                step.change = ImportItemPlan::Change::KeptNewer;
                ++counts.unchanged;
                ++counts.keptNewer;
            } else if (sameTarget && found->body == item.body && found->modified == item.modified) {
                step.change = ImportItemPlan::Change::Unchanged;
                ++counts.unchanged;
            } else {
                step.change = ImportItemPlan::Change::Updated;
                ++counts.updated;
            }
        }
        plan.items.append(step);
    }
    plan.counts.programsAdded = int(plan.programsToAdd.size());
    return plan;
}

Result<QStringList> NotesImporter::addUnmatchedPrograms(const NotesFile &file,
                                                        const ImportPreview &plan)
{
    struct Group
    {
        NoteTargetRef program;
        QList<NoteTargetRef> tracks;
        QList<NoteTargetRef> sites;
    };
    QStringList order;
    QHash<QString, Group> groups;
    for (const ImportItemPlan &step : plan.items) {
        if (step.change != ImportItemPlan::Change::AddedAsOwn)
            continue;
        const NoteTargetRef &ref = file.items.at(step.index).target;
        const QString identity = TargetMatcher::programIdentity(ref);
        if (!groups.contains(identity)) {
            order.append(identity);
            groups[identity].program = ref;
        }
        Group &group = groups[identity];
        if (group.program.city.isEmpty())
            group.program.city = ref.city;
        if (group.program.state.isEmpty())
            group.program.state = ref.state;
        if (ref.kind == NoteTarget::Kind::Track)
            group.tracks.append(ref);
        else if (ref.kind == NoteTarget::Kind::Site)
            group.sites.append(ref);
    }

    QStringList keys;
    ProgramRepository programs(m_db);
    for (const QString &identity : std::as_const(order)) {
        const Group &group = groups.value(identity);
        Program program;
        program.name = cleanName(group.program.program, tr("Unnamed program"));
        program.institutionName = cleanName(group.program.institution, tr("Unnamed institution"));
        program.city = InertText::cleanName(group.program.city, 100);
        program.state = InertText::cleanName(group.program.state, 100);
        QSet<QString> trackNames;
        QSet<QString> codes;
        for (const NoteTargetRef &ref : group.tracks) {
            const QString name = NameMatcher::trackNameKey(ref.track);
            if (trackNames.contains(name))
                continue;
            trackNames.insert(name);
            Track track;
            track.name = cleanName(ref.track, tr("Unnamed track"));
            track.type = trackTypeFromId(ref.trackType).value_or(TrackType::Other);
            if (!ref.nrmpCode.isEmpty() && !codes.contains(ref.nrmpCode)) {
                auto taken = TrackRepository(m_db).nrmpCodeTaken(ref.nrmpCode);
                if (!taken)
                    return taken.error();
                if (!*taken) {
                    track.nrmpCode = ref.nrmpCode;
                    codes.insert(ref.nrmpCode);
                }
            }
            program.tracks.append(track);
        }
        // A program is ranked through its tracks, so it needs one to exist.
        if (program.tracks.isEmpty()) {
            Track track;
            track.name = tr("Main track");
            track.type = TrackType::Other;
            program.tracks.append(track);
        }
        auto key = programs.addProgram(program);
        if (!key)
            return Error {
                key.error().kind,
                tr("Adding “%1” as your own program failed: %2").arg(program.name, key.message())};
        keys.append(*key);

        QSet<QString> siteNames;
        for (const NoteTargetRef &ref : group.sites) {
            const QString normalized = NameMatcher::normalize(ref.site);
            if (siteNames.contains(normalized))
                continue;
            siteNames.insert(normalized);
            ContinuitySite site;
            site.name = cleanName(ref.site, tr("Unnamed site"));
            if (auto added = SiteRepository(m_db).add(*key, site); !added)
                return added.error();
        }
    }
    return keys;
}

Result<NotesImportReceipt> NotesImporter::apply(const NotesFile &file, const ImportOptions &options)
{
    NotesImportReceipt receipt;
    Status status = m_db.write([&]() -> Status {
        auto plan = planImport(file, options, &receipt.previousLayer);
        if (!plan)
            return plan.error();
        receipt.preview = *plan;
        ImportPreview writing = *plan;

        if (options.addUnmatched && plan->counts.programsAdded > 0) {
            // Institutions the added programs create are undone with them.
            InstitutionRepository institutions(m_db);
            auto lastInstitution = institutions.lastId();
            if (!lastInstitution)
                return lastInstitution.error();
            auto keys = addUnmatchedPrograms(file, *plan);
            if (!keys)
                return keys.error();
            receipt.addedProgramKeys = *keys;
            auto added = institutions.keysAfter(*lastInstitution);
            if (!added)
                return added.error();
            receipt.addedInstitutionKeys = *added;

            // The added programs now match by names: plan again to attach the notes.
            ImportOptions again = options;
            again.peerName = plan->peerName;
            again.addUnmatched = false;
            auto replanned = preview(file, again);
            if (!replanned)
                return replanned.error();
            writing = *replanned;
        }

        auto peerId = PeerRepository(m_db).recordImport(writing.peerName,
                                                        timestamp(QDateTime::currentDateTimeUtc()),
                                                        timestamp(file.exportedAt));
        if (!peerId)
            return peerId.error();
        receipt.peerId = *peerId;
        PeerNotesWriter notes(m_db, receipt.peerId);
        for (const ImportItemPlan &step : std::as_const(writing.items)) {
            if (step.change != ImportItemPlan::Change::New
                && step.change != ImportItemPlan::Change::Updated)
                continue;
            const NoteItem &item = file.items.at(step.index);
            const PeerNote note {step.match.target.kind,  step.match.rowId,         item.body,
                                 timestamp(item.created), timestamp(item.modified), item.id,
                                 item.target.label()};
            Status done = step.change == ImportItemPlan::Change::New
                ? notes.add(note)
                : notes.update(step.existingNoteId, note);
            if (!done)
                return done;
        }
        receipt.preview.peerName = writing.peerName;
        return {};
    });
    if (!status)
        return status.error();
    return receipt;
}

Status NotesImporter::undo(const NotesImportReceipt &receipt)
{
    return m_db.write([&]() -> Status {
        PeerRepository peers(m_db);
        if (auto status = peers.removeById(receipt.peerId); !status)
            return status;
        if (receipt.previousLayer) {
            if (auto status = peers.restoreLayer(*receipt.previousLayer); !status)
                return status;
        }
        // Programs the import added exist only because of it: removed for
        // good (not the soft delete of the UI).
        ProgramRepository programs(m_db);
        for (const QString &key : receipt.addedProgramKeys) {
            if (auto status = programs.purgeProgram(key); !status)
                return status;
        }
        for (const QString &key : receipt.addedInstitutionKeys) {
            if (auto status = InstitutionRepository(m_db).purge(key); !status)
                return status;
        }
        return {};
    });
}

} // namespace rw
