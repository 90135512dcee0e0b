#include "startup/firstpaintprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

FirstPaintProbe::FirstPaintProbe(QWidget *window, const QElapsedTimer &sinceStart)
    : QObject(window)
    , m_sinceStart(sinceStart)
{
    window->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        // Quit after this paint (and the children's, queued with it) is done.
        QTimer::singleShot(0, this, [this] {
            std::printf("first paint after %.1f ms\n", double(m_sinceStart.nsecsElapsed()) / 1e6);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}
