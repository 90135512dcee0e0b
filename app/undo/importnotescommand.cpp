#include "undo/importnotescommand.h"

#include "storage/database.h"
#include "storage/programrepository.h"
#include "util/inerttext.h"

#include <QSqlQuery>

using namespace rw;

ImportNotesCommand::ImportNotesCommand(Database &db, NotesFile file, ImportOptions options)
    : m_db(db)
    , m_file(std::move(file))
    , m_options(std::move(options))
{ }

Result<std::unique_ptr<ImportNotesCommand>> ImportNotesCommand::create(Database &db, NotesFile file,
                                                                       ImportOptions options)
{
    std::unique_ptr<ImportNotesCommand> command(
        new ImportNotesCommand(db, std::move(file), std::move(options)));
    if (auto status = command->importNow(); !status)
        return status.error();
    command->setText(
        tr("Import notes from %1")
            .arg(InertText::isolate(InertText::visibleLine(command->m_result.preview.peerName))));
    return command;
}

Status ImportNotesCommand::importNow()
{
    Status status = m_db.write([&]() -> Status {
        const QString name = m_options.peerName.isEmpty() ? NotesImporter::defaultPeerName(m_file)
                                                          : m_options.peerName;
        PeerRepository peers(m_db);
        auto existing = peers.find(name);
        if (!existing)
            return existing.error();
        m_before.reset();
        if (*existing) {
            auto layer = peers.layer(name);
            if (!layer)
                return layer.error();
            m_before = std::move(*layer);
        }
        auto result = NotesImporter(m_db).apply(m_file, m_options);
        if (!result)
            return result.error();
        m_result = std::move(*result);
        return {};
    });
    m_applied = status.ok();
    return status;
}

Status ImportNotesCommand::putBack()
{
    return m_db.write([&]() -> Status {
        PeerRepository peers(m_db);
        if (auto status = peers.removeById(m_result.peerId); !status)
            return status;
        if (m_before) {
            if (auto status = peers.restoreLayer(*m_before); !status)
                return status;
        }
        // Programs the import added exist only because of it: remove them for
        // good (not the soft delete of the UI), so a redo can add them again
        // under the same keys.
        auto program =
            prepare(m_db, QStringLiteral("DELETE FROM programs WHERE key = ? AND origin = 'user'"));
        if (!program)
            return program.error();
        for (const QString &key : std::as_const(m_result.addedProgramKeys)) {
            program->bindValue(0, key);
            if (auto status = execute(*program, tr("removing an added program")); !status)
                return status;
        }
        auto institution =
            prepare(m_db,
                    QStringLiteral("DELETE FROM institutions WHERE key = ? AND origin = "
                                   "'user' AND NOT EXISTS (SELECT 1 FROM programs p "
                                   "WHERE p.institution_id = institutions.id)"));
        if (!institution)
            return institution.error();
        for (const QString &key : std::as_const(m_result.addedInstitutionKeys)) {
            institution->bindValue(0, key);
            if (auto status = execute(*institution, tr("removing an added institution")); !status)
                return status;
        }
        return {};
    });
}

void ImportNotesCommand::undo()
{
    if (!m_applied)
        return;
    const Status status = putBack();
    m_lastError = status ? QString() : status.message();
    if (status)
        m_applied = false;
    else
        qWarning("Undoing the import failed: %s", qPrintable(status.message()));
    if (m_observer)
        m_observer(status);
}

void ImportNotesCommand::redo()
{
    // The first redo comes from QUndoStack::push, after create() already imported.
    if (m_applied)
        return;
    const Status status = importNow();
    m_lastError = status ? QString() : status.message();
    if (!status)
        qWarning("Redoing the import failed: %s", qPrintable(status.message()));
    if (m_observer)
        m_observer(status);
}
