#include "undo/removepeercommand.h"

#include "util/inerttext.h"

using namespace rw;

RemovePeerCommand::RemovePeerCommand(Database &db, PeerLayer layer)
    : m_db(db)
    , m_layer(std::move(layer))
{
    setText(
        tr("Remove %1's notes").arg(InertText::isolate(InertText::visibleLine(m_layer.peer.name))));
}

Result<std::unique_ptr<RemovePeerCommand>> RemovePeerCommand::create(Database &db,
                                                                     const QString &name)
{
    auto layer = PeerRepository(db).layer(name);
    if (!layer)
        return layer.error();
    return std::unique_ptr<RemovePeerCommand>(new RemovePeerCommand(db, std::move(*layer)));
}

void RemovePeerCommand::redo()
{
    const Status status = PeerRepository(m_db).removeById(m_layer.peer.id);
    m_lastError = status ? QString() : status.message();
    if (!status)
        qWarning("Removing the classmate failed: %s", qPrintable(status.message()));
    if (m_observer)
        m_observer(status);
}

void RemovePeerCommand::undo()
{
    const Status status = PeerRepository(m_db).restoreLayer(m_layer);
    m_lastError = status ? QString() : status.message();
    if (!status)
        qWarning("Restoring the classmate failed: %s", qPrintable(status.message()));
    if (m_observer)
        m_observer(status);
}
