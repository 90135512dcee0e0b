#pragma once

#include "model/program.h"
#include "search/programindex.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

// Builds the browse filter's search entries for the programs listed, on a
// worker thread, over a read-only connection of its own, so that
// a database of thousands of programs is listed at once and becomes
// searchable a moment later. One build at a time: starting another, cancel()
// or destroying the builder stops the one running, and its result is never
// delivered.
class SearchIndexBuilder : public QObject
{
    Q_OBJECT

public:
    explicit SearchIndexBuilder(QObject *parent = nullptr);
    ~SearchIndexBuilder() override;

    // Reads the search text of `programs` (summaries will do) from the file.
    void start(const QString &databasePath, const QList<rw::Program> &programs);
    void cancel();
    // Between start() and finished() or failed().
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // Entries by program key (ProgramTreeModel::setEntries()).
    void finished(QList<rw::ProgramIndex::ProgramEntry> entries);
    void failed(const QString &message);

private:
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_generation = 0;
    bool m_running = false;
};
