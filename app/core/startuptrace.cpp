#include "startuptrace.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace tongban::startup {

void mark(const char *name)
{
    static const bool on = std::getenv("TONGBAN_STARTUP_TRACE") != nullptr;
    if (!on)
        return;
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    std::fprintf(stderr, "startup_mark %s %lld\n", name, static_cast<long long>(t.tv_sec) * 1000000000LL + t.tv_nsec);
}

} // namespace tongban::startup
