#pragma once

// Where start-up time goes, for `bench startup`: with TONGBAN_STARTUP_TRACE set, each mark
// prints `startup_mark <name> <ns>` on stderr, on CLOCK_MONOTONIC, which the bench shares with
// the kiosk it starts and so subtracts its own spawn time. Unset: one cached check, no output.
namespace tongban::startup {
void mark(const char *name);
}
