#include "undo/itemcommands.h"

#include "storage/programrepository.h"
#include "storage/siterepository.h"
#include "storage/trackrepository.h"
#include "util/keys.h"

using namespace rw;

namespace {

Workspace::Change changeOf(const QString &key)
{
    if (Keys::isValidTrackKey(key))
        return Workspace::Tracks;
    if (Keys::isValidSiteKey(key))
        return Workspace::Sites;
    return Workspace::Programs;
}

} // namespace

AddItemCommand::AddItemCommand(Workspace *workspace, const QString &text, Workspace::Change what,
                               Add add)
    : DatabaseCommand(workspace, text)
    , m_what(what)
    , m_add(std::move(add))
{ }

AddItemCommand *AddItemCommand::program(Workspace *workspace, const Program &program)
{
    return new AddItemCommand(
        workspace, tr("Add program “%1”").arg(program.name.trimmed()), Workspace::Programs,
        [program](Database &db) { return ProgramRepository(db).addProgram(program); });
}

AddItemCommand *AddItemCommand::track(Workspace *workspace, const QString &programKey,
                                      const Track &track)
{
    return new AddItemCommand(
        workspace, tr("Add track “%1”").arg(track.name.trimmed()), Workspace::Tracks,
        [programKey, track](Database &db) { return TrackRepository(db).add(programKey, track); });
}

AddItemCommand *AddItemCommand::site(Workspace *workspace, const QString &programKey,
                                     const ContinuitySite &site)
{
    return new AddItemCommand(
        workspace, tr("Add site “%1”").arg(site.name.trimmed()), Workspace::Sites,
        [programKey, site](Database &db) { return SiteRepository(db).add(programKey, site); });
}

Status AddItemCommand::doRedo()
{
    if (!m_key.isEmpty())
        return ProgramRepository(database()).restoreItem(m_key);
    auto key = m_add(database());
    if (!key)
        return key.error();
    m_key = *key;
    return {};
}

Status AddItemCommand::doUndo()
{
    if (Status removed = ProgramRepository(database()).deleteItem(m_key); !removed)
        return removed;
    workspace()->rememberDeleted(m_key);
    return {};
}

Workspace::Changed AddItemCommand::changed() const
{
    // Undone, the program it belonged to is what is left to show.
    return {m_what, isDone() ? m_key : Keys::programOf(m_key)};
}

DeleteItemCommand::DeleteItemCommand(Workspace *workspace, const QString &key, const QString &name)
    : DatabaseCommand(workspace, tr("Delete “%1”").arg(name))
    , m_key(key)
{ }

Status DeleteItemCommand::doRedo()
{
    if (Status removed = ProgramRepository(database()).deleteItem(m_key); !removed)
        return removed;
    workspace()->rememberDeleted(m_key);
    return {};
}

Status DeleteItemCommand::doUndo()
{
    return ProgramRepository(database()).restoreItem(m_key);
}

Workspace::Changed DeleteItemCommand::changed() const
{
    // A deleted track or site leaves its program to show.
    return {changeOf(m_key), isDone() ? Keys::programOf(m_key) : m_key};
}
