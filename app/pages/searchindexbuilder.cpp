#include "pages/searchindexbuilder.h"

#include "storage/database.h"
#include "storage/searchtextrepository.h"

using namespace rw;

SearchIndexBuilder::SearchIndexBuilder(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

SearchIndexBuilder::~SearchIndexBuilder()
{
    // The worker posts its result to this object: it must be done first.
    cancel();
    m_pool.waitForDone();
}

void SearchIndexBuilder::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    ++m_generation;
    m_running = false;
}

void SearchIndexBuilder::start(const QString &databasePath, const QList<Program> &programs)
{
    cancel();
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelled;
    m_running = true;
    const int generation = m_generation;
    // The list is implicitly shared: the worker reads its own copy.
    m_pool.start([this, databasePath, programs, cancelled, generation] {
        // A connection of this thread's own, closed before the result goes.
        Result<QList<ProgramIndex::ProgramEntry>> built = [&]() {
            auto db = Database::open(databasePath, Database::Mode::ReadOnly);
            if (!db)
                return Result<QList<ProgramIndex::ProgramEntry>>(db.error());
            SearchTextRepository repository(**db);
            repository.setCancelFlag(cancelled.get());
            return repository.entries(programs);
        }();
        if (cancelled->load())
            return;
        QMetaObject::invokeMethod(
            this,
            [this, generation, built = std::move(built)]() mutable {
                if (generation != m_generation)
                    return;
                m_running = false;
                if (built)
                    Q_EMIT finished(std::move(built.value()));
                else
                    Q_EMIT failed(built.message());
            },
            Qt::QueuedConnection);
    });
}
