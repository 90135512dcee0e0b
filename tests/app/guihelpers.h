#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace rw::test {

// Acts on the next modal dialog as soon as it is up, for code that opens
// one with exec() (the call only returns once `act` closes it).
inline void onNextModal(const std::function<void(QWidget *)> &act)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        act(modal);
    });
    timer->start();
}

} // namespace rw::test
