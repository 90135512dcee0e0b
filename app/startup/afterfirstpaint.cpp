#include "startup/afterfirstpaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace {

// Watches the window and goes once the work is queued.
class PaintWatcher : public QObject
{
public:
    PaintWatcher(QWidget *window, std::function<void()> work)
        : QObject(window)
        , m_work(std::move(work))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // The paint (and the children's, in the same pass) finishes first.
            QTimer::singleShot(0, parent(), std::move(m_work));
            deleteLater();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_work;
};

} // namespace

void afterFirstPaint(QWidget *window, std::function<void()> work)
{
    if (window->isVisible() && !window->visibleRegion().isEmpty()) {
        QTimer::singleShot(0, window, std::move(work));
        return;
    }
    new PaintWatcher(window, std::move(work));
}
