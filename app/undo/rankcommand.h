#pragma once

#include "rank/rankdocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

// Base of the rank list builder's undo commands: each writes through the
// core, then has the document re-read what it touched. A write that fails
// (a full disk, a locked file) is reported, never thrown.
class RankCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RankCommand)

public:
    RankCommand(RankDocument *document, const QString &text)
        : QUndoCommand(text)
        , m_document(document)
    { }

protected:
    RankDocument *document() const { return m_document; }
    rw::Database &database() const { return m_document->database(); }
    // Reports a failure, or re-reads `changes` after a success. A command
    // whose write failed is made obsolete: the stack drops it rather than
    // keep a step that does not match what is stored.
    void finish(const rw::Status &status, RankDocument::Changes changes)
    {
        if (!status) {
            setObsolete(true);
            m_document->reportError(status.error());
        } else {
            m_document->reload(changes);
        }
    }

private:
    RankDocument *m_document;
};
