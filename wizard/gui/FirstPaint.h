#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace dceha {

/** @brief For the benchmark's GUI start: once @p window has painted for the first time, writes the time
 * (CLOCK_MONOTONIC, nanoseconds) to the file DCEHA_QUIT_AFTER_FIRST_PAINT names and quits the application.
 * The benchmark takes the time from its fork() to that moment: the start up to the first page on screen,
 * without what the process does after it (threads that end, the node's first answer). Installed only when the
 * variable is set (the GUI and the bare QWizard the benchmark compares it with). */
class FirstPaint : public QObject
{
public:
    static void watch(QObject* window)
    {
        if (!qEnvironmentVariableIsSet("DCEHA_QUIT_AFTER_FIRST_PAINT"))
            return;
        window->installEventFilter(new FirstPaint(window));
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            timespec now{};
            ::clock_gettime(CLOCK_MONOTONIC, &now);
            if (FILE* report = std::fopen(qgetenv("DCEHA_QUIT_AFTER_FIRST_PAINT").constData(), "w")) {
                std::fprintf(report, "%lld\n",
                             static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec);
                std::fclose(report);
            }
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    explicit FirstPaint(QObject* parent) : QObject(parent) {}
    bool m_seen = false;
};

} // namespace dceha
