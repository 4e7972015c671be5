#pragma once

#include "scheduler/Scheduler.h"

#include <QDateTime>

namespace reportdesk::test {

// A Clock the test moves by hand: wall and monotonic time advance together, unless the test
// moves only the wall clock (a suspend, a clock change).
class FakeClock : public Clock {
public:
    QDateTime wall;
    qint64 mono = 1000000;
    QDateTime now() const override { return wall; }
    qint64 monotonicMs() const override { return mono; }
    void advance(qint64 ms)
    {
        wall = wall.addMSecs(ms);
        mono += ms;
    }
};

} // namespace reportdesk::test
