#include "clock.h"

namespace tongban {

namespace {
QDateTime &fixedNow()
{
    static QDateTime fixed;
    return fixed;
}
} // namespace

QDateTime Clock::now()
{
    return fixedNow().isValid() ? fixedNow() : QDateTime::currentDateTime();
}

void Clock::setOverride(const QDateTime &fixed)
{
    fixedNow() = fixed;
}

} // namespace tongban
