#pragma once

#include "storage/peerrepository.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace rw {
class Database;
}

// Removing a classmate and their notes, undoably: the layer is copied first
// and put back, with the same ids, on undo.
class RemovePeerCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemovePeerCommand)

public:
    // Copies the peer's layer; the removal itself happens on the first redo (push).
    static rw::Result<std::unique_ptr<RemovePeerCommand>> create(rw::Database &db,
                                                                 const QString &name);

    void undo() override;
    void redo() override;

    const rw::Peer &peer() const { return m_layer.peer; }
    const QString &lastError() const { return m_lastError; }
    // Called after every undo and redo with how it went.
    void setObserver(std::function<void(const rw::Status &)> observer)
    {
        m_observer = std::move(observer);
    }

private:
    RemovePeerCommand(rw::Database &db, rw::PeerLayer layer);

    rw::Database &m_db;
    rw::PeerLayer m_layer;
    QString m_lastError;
    std::function<void(const rw::Status &)> m_observer;
};
