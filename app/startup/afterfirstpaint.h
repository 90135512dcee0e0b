#pragma once

#include <QObject>

#include <functional>

class QWidget;

// Runs `work` once `window` has painted for the first time (after that
// paint is done, from the event loop), or at once from the event loop if it
// already has. Work queued with a zero timer before show() would run before
// the first paint and delay it; this is how start-up work is kept off the
// path to the first painted window (docs/performance.md).
void afterFirstPaint(QWidget *window, std::function<void()> work);
