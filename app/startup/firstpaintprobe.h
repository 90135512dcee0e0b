#pragma once

#include <QElapsedTimer>
#include <QObject>

// For measuring start-up (`rankwise --quit-after-first-paint`): watches a
// window for its first paint, prints how long after main() began it came,
// and quits the application once that paint has been handled.
class FirstPaintProbe : public QObject
{
    Q_OBJECT

public:
    FirstPaintProbe(QWidget *window, const QElapsedTimer &sinceStart);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_sinceStart;
    bool m_seen = false;
};
